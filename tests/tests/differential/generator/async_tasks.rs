//! Asynchronous ordering, and AsyncLocalStorage across it.
//!
//! A snippet is a tree of tasks: logs, `process.nextTick`, `queueMicrotask`, promise chains (then, catch,
//! finally, returned promises and thenables), async functions awaiting values, promises, thenables, timers
//! and rejections, the four combinators, `setImmediate` and `setTimeout`; and, when AsyncLocalStorage is on,
//! `run`, `exit`, `enterWith`, `AsyncLocalStorage.bind`, `AsyncLocalStorage.snapshot` and `AsyncResource`
//! (created in one context, called from another). Every log also prints both stores (see the prelude).
//!
//! Determinism. Node's order of microtasks, ticks and immediates is fixed, and so is the order of timers
//! scheduled during the main tick when their delays differ; what is *not* fixed is a timer against an
//! immediate scheduled at about the same time (it depends on whether a millisecond passed). So each task is
//! rendered knowing the macrotask it runs in ([`Ctx`]), and a timer or immediate that could race is rendered
//! as a microtask or tick instead: the generator never has to know, and shrinking cannot break the rule.

use crate::differential::generator::Features;
use crate::differential::render::Writer;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::{BoxedStrategy, Union};

#[derive(Clone, Debug)]
pub enum Task {
    Log,
    Tick(Vec<Task>),
    Microtask(Vec<Task>),
    Chain { start: Start, steps: Vec<Step> },
    Immediate(Vec<Task>),
    Timeout(Vec<Task>),
    Async(Vec<Await>),
    Combinator { kind: &'static str, inputs: Vec<Input>, body: Vec<Task> },
    Run { second: bool, store: usize, body: Vec<Task> },
    Exit { second: bool, body: Vec<Task> },
    EnterWith { second: bool, store: usize },
    Capture { how: Capture, call: Call, body: Vec<Task> },
}

#[derive(Clone, Debug)]
pub enum Start {
    Resolve(i8),
    Reject(i8),
    Executor(i8),
    Thenable(i8),
    AsyncReturn(i8),
}

#[derive(Clone, Debug)]
pub enum Step {
    Then(Vec<Task>),
    Throw,
    Catch(Vec<Task>),
    Finally(Vec<Task>),
    ReturnPromise,
    ReturnThenable,
    TwoArgs(Vec<Task>),
}

#[derive(Clone, Debug)]
pub enum Await {
    Value(i8),
    Resolved(i8),
    Thenable(i8),
    Timer,
    Rejected(i8),
    Nested(i8),
    Tasks(Vec<Task>),
}

#[derive(Clone, Debug)]
pub enum Input {
    Value(i8),
    Resolved(i8),
    Rejected(i8),
    Chained(i8),
    Thenable(i8),
    Timer(i8, bool),
    Never,
}

#[derive(Clone, Copy, Debug)]
pub enum Capture {
    Bind,
    Snapshot,
    Resource,
    ResourceBind,
    StaticResourceBind,
}

#[derive(Clone, Copy, Debug)]
pub enum Call {
    Now,
    InRun(usize),
    Then,
    Tick,
    Immediate,
    Timeout,
}

#[derive(Clone, Debug)]
pub struct Snippet {
    tasks: Vec<Task>,
}

/// The macrotask a piece of code runs in (microtasks inherit it), which decides what it may schedule.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Ctx {
    /// The main script: timers with distinct delays, immediates.
    Main,
    /// Microtasks and ticks of the main tick: timers with distinct, later delays, immediates.
    MainLater,
    /// An immediate scheduled from `Main` (or from another such immediate): more immediates, no timers.
    MainImmediate,
    /// A timer callback: 1 ms timers (they all go behind any immediate scheduled here) and immediates.
    Timer,
    /// Anything else: only microtasks and ticks.
    Restricted,
}

impl Ctx {
    /// The context of a callback queued as a microtask or tick from this one.
    fn later(self) -> Ctx {
        if self == Ctx::Main { Ctx::MainLater } else { self }
    }

    fn immediate_body(self) -> Option<Ctx> {
        match self {
            Ctx::Main | Ctx::MainLater | Ctx::MainImmediate => Some(Ctx::MainImmediate),
            Ctx::Timer => Some(Ctx::Restricted),
            Ctx::Restricted => None,
        }
    }

    /// The delay of a timer scheduled here, if one may be.
    fn timer_delay(self, out: &mut Writer) -> Option<String> {
        match self {
            Ctx::Main => Some(out.main_tick_timer_delay()),
            Ctx::MainLater => Some(out.later_timer_delay()),
            Ctx::Timer => Some("1".into()),
            Ctx::MainImmediate | Ctx::Restricted => None,
        }
    }
}

const STORES: &[&str] = &["'red'", "'blue'", "7", "{ id: 1 }", "undefined"];
const COMBINATORS: &[&str] = &["all", "allSettled", "race", "any"];

fn store() -> impl Strategy<Value = usize> {
    0..STORES.len()
}

fn task(features: Features) -> BoxedStrategy<Task> {
    let als = features.async_local_storage;
    let leaf: BoxedStrategy<Task> = if als {
        prop_oneof![5 => Just(Task::Log), 1 => (any::<bool>(), store()).prop_map(|(second, store)| Task::EnterWith { second, store })]
            .boxed()
    } else {
        Just(Task::Log).boxed()
    };
    leaf.prop_recursive(4, 28, 3, move |inner| {
        let body = || proptest::collection::vec(inner.clone(), 0..3);
        let small = || -9i8..10;
        let start = prop_oneof![
            3 => small().prop_map(Start::Resolve),
            1 => small().prop_map(Start::Reject),
            1 => small().prop_map(Start::Executor),
            1 => small().prop_map(Start::Thenable),
            1 => small().prop_map(Start::AsyncReturn),
        ];
        let step = prop_oneof![
            3 => body().prop_map(Step::Then),
            1 => Just(Step::Throw),
            2 => body().prop_map(Step::Catch),
            1 => body().prop_map(Step::Finally),
            1 => Just(Step::ReturnPromise),
            1 => Just(Step::ReturnThenable),
            1 => body().prop_map(Step::TwoArgs),
        ];
        let await_step = prop_oneof![
            1 => small().prop_map(Await::Value),
            1 => small().prop_map(Await::Resolved),
            1 => small().prop_map(Await::Thenable),
            2 => Just(Await::Timer),
            1 => small().prop_map(Await::Rejected),
            1 => small().prop_map(Await::Nested),
            2 => body().prop_map(Await::Tasks),
        ];
        let input = prop_oneof![
            1 => small().prop_map(Input::Value),
            1 => small().prop_map(Input::Resolved),
            1 => small().prop_map(Input::Rejected),
            1 => small().prop_map(Input::Chained),
            1 => small().prop_map(Input::Thenable),
            2 => (small(), proptest::bool::weighted(0.3)).prop_map(|(k, reject)| Input::Timer(k, reject)),
            1 => Just(Input::Never),
        ];
        let mut choices: Vec<(u32, BoxedStrategy<Task>)> = vec![
            (2, body().prop_map(Task::Tick).boxed()),
            (1, body().prop_map(Task::Microtask).boxed()),
            (3, (start, proptest::collection::vec(step, 1..4)).prop_map(|(start, steps)| Task::Chain { start, steps }).boxed()),
            (2, body().prop_map(Task::Immediate).boxed()),
            (2, body().prop_map(Task::Timeout).boxed()),
            (3, proptest::collection::vec(await_step, 1..5).prop_map(Task::Async).boxed()),
            (
                2,
                (select(COMBINATORS), proptest::collection::vec(input, 0..4), body())
                    .prop_map(|(kind, inputs, body)| Task::Combinator { kind, inputs, body })
                    .boxed(),
            ),
        ];
        if als {
            let capture =
                select(&[Capture::Bind, Capture::Snapshot, Capture::Resource, Capture::ResourceBind, Capture::StaticResourceBind][..]);
            let call = prop_oneof![
                1 => Just(Call::Now),
                2 => store().prop_map(Call::InRun),
                1 => Just(Call::Then),
                1 => Just(Call::Tick),
                1 => Just(Call::Immediate),
                1 => Just(Call::Timeout),
            ];
            choices.push((4, (any::<bool>(), store(), body()).prop_map(|(second, store, body)| Task::Run { second, store, body }).boxed()));
            choices.push((1, (any::<bool>(), body()).prop_map(|(second, body)| Task::Exit { second, body }).boxed()));
            choices.push((3, (capture, call, body()).prop_map(|(how, call, body)| Task::Capture { how, call, body }).boxed()));
        }
        Union::new_weighted(choices)
    })
    .boxed()
}

pub fn strategy(features: Features) -> impl Strategy<Value = Snippet> {
    proptest::collection::vec(task(features), 1..5).prop_map(|tasks| Snippet { tasks })
}

impl Snippet {
    pub fn render(&self, out: &mut Writer, _features: Features) {
        render_tasks(&self.tasks, Ctx::Main, out);
    }
}

fn render_tasks(tasks: &[Task], ctx: Ctx, out: &mut Writer) {
    for task in tasks {
        render_task(task, ctx, out);
    }
}

/// `head` + an indented body in `ctx` + `tail`.
fn block(out: &mut Writer, head: String, body: &[Task], ctx: Ctx, tail: &str) {
    out.open(head);
    render_tasks(body, ctx, out);
    out.close(tail);
}

fn als_name(second: bool) -> &'static str {
    if second { "als2" } else { "als" }
}

fn render_task(task: &Task, ctx: Ctx, out: &mut Writer) {
    match task {
        Task::Log => {
            let label = out.label();
            out.line(format!("log({label});"));
        }
        Task::Tick(body) => block(out, "process.nextTick(() => {".into(), body, ctx.later(), "});"),
        Task::Microtask(body) => block(out, "queueMicrotask(() => {".into(), body, ctx.later(), "});"),
        // Every callback of a chain runs as a microtask (the executor and thenables only log).
        Task::Chain { start, steps } => render_chain(start, steps, ctx.later(), out),
        Task::Immediate(body) => match ctx.immediate_body() {
            Some(inner) => {
                let label = out.label();
                block(out, format!("setImmediate(() => {{ log({label}, 'immediate');"), body, inner, "});");
            }
            None => block(out, "process.nextTick(() => {".into(), body, ctx.later(), "});"),
        },
        Task::Timeout(body) => match ctx.timer_delay(out) {
            Some(delay) => {
                let label = out.label();
                block(out, format!("setTimeout(() => {{ log({label}, 'timeout {delay}');"), body, Ctx::Timer, &format!("}}, {delay});"));
            }
            None => block(out, "queueMicrotask(() => {".into(), body, ctx.later(), "});"),
        },
        Task::Async(steps) => render_async(steps, ctx, out),
        Task::Combinator { kind, inputs, body } => render_combinator(kind, inputs, body, ctx, out),
        Task::Run { second, store, body } => {
            let store = STORES.get(*store).copied().unwrap_or("0");
            block(out, format!("{}.run({store}, () => {{", als_name(*second)), body, ctx, "});");
        }
        Task::Exit { second, body } => block(out, format!("{}.exit(() => {{", als_name(*second)), body, ctx, "});"),
        Task::EnterWith { second, store } => {
            let store = STORES.get(*store).copied().unwrap_or("0");
            out.line(format!("{}.enterWith({store});", als_name(*second)));
        }
        Task::Capture { how, call, body } => render_capture(*how, *call, body, ctx, out),
    }
}

fn render_chain(start: &Start, steps: &[Step], ctx: Ctx, out: &mut Writer) {
    let label = out.label();
    let head = match start {
        Start::Resolve(k) => format!("Promise.resolve({k})"),
        Start::Reject(k) => format!("Promise.reject('r{k}')"),
        Start::Executor(k) => format!("new Promise((resolve) => {{ log({label}, 'executor'); resolve({k}); }})"),
        Start::Thenable(k) => format!("Promise.resolve({{ then(r) {{ log({label}, 'thenable'); r({k}); }} }})"),
        Start::AsyncReturn(k) => format!("(async () => {k})()"),
    };
    out.open(head);
    for step in steps {
        let label = out.label();
        match step {
            Step::Then(body) => {
                block(out, format!(".then((x) => {{ log({label}, x);"), body, ctx, "return typeof x === 'number' ? x + 1 : x; })")
            }
            Step::Throw => out.line(format!(".then((x) => {{ log({label}, x); throw 'thrown ' + x; }})")),
            Step::Catch(body) => block(out, format!(".catch((e) => {{ log({label}, 'caught', e);"), body, ctx, "return 'recovered'; })"),
            Step::Finally(body) => block(out, format!(".finally(() => {{ log({label}, 'finally');"), body, ctx, "})"),
            Step::ReturnPromise => out.line(format!(".then((x) => {{ log({label}, x); return Promise.resolve([x]); }})")),
            Step::ReturnThenable => {
                out.line(format!(".then((x) => {{ log({label}, x); return {{ then(r) {{ r(String(x) + '!'); }} }}; }})"))
            }
            Step::TwoArgs(body) => {
                let other = out.label();
                block(
                    out,
                    format!(".then((x) => {{ log({label}, 'ok', x);"),
                    body,
                    ctx,
                    &format!("}}, (e) => {{ log({other}, 'err', e); return 'handled'; }})"),
                );
            }
        }
    }
    let label = out.label();
    out.close(format!(".catch((e) => log({label}, 'end', e));"));
}

fn render_async(steps: &[Await], ctx: Ctx, out: &mut Writer) {
    let label = out.label();
    out.open(format!("(async () => {{ log({label}, 'async start');"));
    let mut inner = ctx;
    for step in steps {
        let label = out.label();
        match step {
            Await::Tasks(body) => render_tasks(body, inner, out),
            Await::Value(k) => out.line(format!("log({label}, await {k});")),
            Await::Resolved(k) => out.line(format!("log({label}, await Promise.resolve({k}));")),
            Await::Thenable(k) => out.line(format!("log({label}, await {{ then(r) {{ r({k}); }} }});")),
            Await::Timer => match inner.timer_delay(out) {
                Some(delay) => {
                    out.line(format!("await new Promise((resolve) => setTimeout(resolve, {delay})); log({label}, 'slept {delay}');"));
                    inner = Ctx::Timer;
                }
                None => out.line(format!("await null; log({label}, 'no sleep');")),
            },
            Await::Rejected(k) => out.line(format!("try {{ await Promise.reject('no{k}'); }} catch (e) {{ log({label}, 'caught', e); }}")),
            Await::Nested(k) => out.line(format!("log({label}, await (async () => {{ await null; return {k}; }})());")),
        }
        // What follows an await runs in a microtask.
        if !matches!(step, Await::Tasks(_)) {
            inner = inner.later();
        }
    }
    let label = out.label();
    out.close(format!("return 'done'; }})().then((v) => log({label}, v));"));
}

fn render_combinator(kind: &str, inputs: &[Input], body: &[Task], ctx: Ctx, out: &mut Writer) {
    let mut uses_timer = false;
    let mut parts = Vec::new();
    for input in inputs {
        parts.push(match input {
            Input::Value(k) => k.to_string(),
            Input::Resolved(k) => format!("Promise.resolve({k})"),
            Input::Rejected(k) => format!("Promise.reject('no{k}')"),
            Input::Chained(k) => format!("Promise.resolve({k}).then((x) => x * 2)"),
            Input::Thenable(k) => format!("{{ then(r) {{ r({k}); }} }}"),
            Input::Timer(k, reject) => match ctx.timer_delay(out) {
                Some(delay) => {
                    uses_timer = true;
                    let label = out.label();
                    let settle = if *reject { format!("reject('late{k}')") } else { format!("resolve({k})") };
                    format!("new Promise((resolve, reject) => setTimeout(() => {{ log({label}, 'input'); {settle}; }}, {delay}))")
                }
                None => format!("Promise.resolve({k})"),
            },
            Input::Never => "new Promise(() => {})".into(),
        });
    }
    // Which macrotask settles the combinator depends on the inputs: with a timer among them, only microtasks.
    let inner = if uses_timer { Ctx::Restricted } else { ctx.later() };
    let (label, other) = (out.label(), out.label());
    out.open(format!("Promise.{kind}([{}]).then(", parts.join(", ")));
    block(out, format!("(v) => {{ log({label}, '{kind}', v);"), body, inner, "},");
    out.line(format!("(e) => log({other}, '{kind} rejected', e instanceof AggregateError ? ['aggregate', e.message, e.errors] : e),"));
    out.close(");");
}

fn render_capture(how: Capture, call: Call, body: &[Task], ctx: Ctx, out: &mut Writer) {
    let name = out.name("f");
    let label = out.label();
    // Where the captured function is called decides which macrotask its body runs in; a call that could
    // race falls back to a microtask or tick.
    let (before, after, body_ctx) = match call {
        Call::Now => (String::new(), ";".to_string(), ctx),
        Call::InRun(store) => (format!("als.run({}, () => {{ ", STORES.get(store).copied().unwrap_or("0")), "; });".into(), ctx),
        Call::Then => ("Promise.resolve().then(() => { ".into(), "; });".into(), ctx.later()),
        Call::Tick => ("process.nextTick(() => { ".into(), "; });".into(), ctx.later()),
        Call::Immediate => match ctx.immediate_body() {
            Some(inner) => ("setImmediate(() => { ".into(), "; });".into(), inner),
            None => ("Promise.resolve().then(() => { ".into(), "; });".into(), ctx.later()),
        },
        Call::Timeout => match ctx.timer_delay(out) {
            Some(delay) => ("setTimeout(() => { ".into(), format!("; }}, {delay});"), Ctx::Timer),
            None => ("process.nextTick(() => { ".into(), "; });".into(), ctx.later()),
        },
    };
    out.open("{");
    out.line(format!("log({label}, 'capture');"));
    match how {
        Capture::Bind | Capture::ResourceBind | Capture::StaticResourceBind => {
            let wrap = match how {
                Capture::Bind => "AsyncLocalStorage.bind",
                Capture::ResourceBind => "new AsyncResource('R').bind",
                _ => "AsyncResource.bind",
            };
            block(out, format!("const {name} = {wrap}(() => {{"), body, body_ctx, "});");
            out.line(format!("{before}{name}(){after}"));
        }
        Capture::Snapshot | Capture::Resource => {
            let (create, run) = match how {
                Capture::Snapshot => ("AsyncLocalStorage.snapshot()", name.clone()),
                _ => ("new AsyncResource('R')", format!("{name}.runInAsyncScope")),
            };
            out.line(format!("const {name} = {create};"));
            block(out, format!("{before}{run}(() => {{"), body, body_ctx, &format!("}}){after}"));
        }
    }
    out.close("}");
}
