//! How the host runs JavaScript: every callback (the main module, timers, immediates, ticks,
//! microtasks, host hooks) is a job calling the `hostInvoke` native, which calls the callback
//! and decides what its completion means: an exception becomes an `uncaughtException` hook
//! call (or exit 7 when a hook itself fails), and after a macrotask the `process.nextTick`
//! queue is scheduled before the promise jobs, as Node does.
//!
//! Natives never call JS re-entrantly, so all of this is continuations: a native returns
//! `NativeResult::Call` with a continuation that receives the callee's completion.

use minijs_vm::Mutation;
use minijs_vm::builtins::arg;
use minijs_vm::exec::native::{Continuation, Ctx, NativeFn, NativeResult};
use minijs_vm::heap::value::Value;
use minijs_vm::runtime::context::Mapping;
use minijs_vm::vm::{Job, Vm};

use crate::report;
use crate::state::with_host;

/// What a host invocation is (the first argument of `hostInvoke`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// A callback of the event loop or the CommonJS main module: exceptions are uncaught;
    /// afterwards ticks run before promise jobs.
    Macrotask = 0,
    /// A host hook other than `uncaughtException` (`unhandledRejection`, `rejectionHandled`,
    /// `beforeExit`): what it throws is an uncaught exception, as in Node.
    Hook = 1,
    /// The `uncaughtException` hook after a macrotask threw (then ticks, as for a macrotask).
    UncaughtAfterMacrotask = 2,
    /// The `exit` hook: its result is the exit code.
    ExitHook = 3,
    /// A `queueMicrotask` callback: exceptions are uncaught; no tick scheduling.
    Microtask = 4,
    /// `bootstrap.js`: a failure is an internal error (exit 70).
    Bootstrap = 5,
    /// The ES module main entry: the completion is the evaluation promise (kept to detect an
    /// unsettled top-level await).
    MainModule = 6,
    /// A prelude or other script run before the main file (like a macrotask).
    Script = 7,
    /// The `uncaughtException` hook: if it throws, the process exits with code 7.
    UncaughtHook = 8,
}

impl Kind {
    fn from_value(v: Value<'_>) -> Kind {
        const KINDS: [Kind; 9] = [
            Kind::Macrotask,
            Kind::Hook,
            Kind::UncaughtAfterMacrotask,
            Kind::ExitHook,
            Kind::Microtask,
            Kind::Bootstrap,
            Kind::MainModule,
            Kind::Script,
            Kind::UncaughtHook,
        ];
        match v {
            Value::Number(n) => KINDS.iter().copied().find(|k| *k as u8 as f64 == n).unwrap_or(Kind::Macrotask),
            _ => Kind::Macrotask,
        }
    }
    fn value<'gc>(self) -> Value<'gc> {
        Value::Number(self as u8 as f64)
    }
}

/// Names under which the host keeps its own function objects in `vm.host_hooks`.
pub const HOST_INVOKE: &str = "minijs:hostInvoke";
pub const RUN_TICKS: &str = "minijs:runTicks";
pub const REPORT_UNCAUGHT: &str = "minijs:reportUncaught";
pub const RUN_EMPTY: &str = "minijs:runEmpty";
pub const MAIN_PROMISE: &str = "minijs:mainPromise";

/// Ticks run by one `runTicks` job before it yields to a fresh job (bounds Rust recursion
/// when tick callbacks are natives).
const TICKS_PER_JOB: u32 = 512;

/// Creates the host's invocation natives.
pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let natives: [(&'static str, &str, u32, NativeFn); 4] = [
        (HOST_INVOKE, "hostInvoke", 3, host_invoke),
        (RUN_TICKS, "runTicks", 0, run_ticks),
        (REPORT_UNCAUGHT, "reportUncaught", 1, report_uncaught_native),
        (RUN_EMPTY, "runEmpty", 1, run_empty),
    ];
    for (key, name, length, f) in natives {
        let function = vm.native_function(mc, name, length, f, Value::Undefined, false);
        vm.host_hooks.insert(key, Value::Object(function));
    }
}

/// A JS host hook registered by `internal.setHostHooks`, if any.
pub fn hook<'gc>(vm: &Vm<'gc>, name: &str) -> Option<Value<'gc>> {
    vm.host_hooks.get(name).copied().filter(|v| matches!(v, Value::Object(o) if o.is_callable()))
}

fn host_fn<'gc>(vm: &Vm<'gc>, key: &str) -> Value<'gc> {
    vm.host_hooks.get(key).copied().unwrap_or(Value::Undefined)
}

/// Queues a job that invokes `f` as `kind` in `mapping` (at the front for urgent reports).
#[allow(clippy::too_many_arguments)]
pub fn queue_invoke<'gc>(
    vm: &mut Vm<'gc>,
    kind: Kind,
    f: Value<'gc>,
    this: Value<'gc>,
    args: Vec<Value<'gc>>,
    mapping: Mapping<'gc>,
    front: bool,
) {
    let mut job_args = vec![kind.value(), f, this];
    job_args.extend(args);
    let job = Job::Callback { f: host_fn(vm, HOST_INVOKE), args: job_args, mapping };
    if front {
        vm.jobs.push_front(job);
    } else {
        vm.jobs.push_back(job);
    }
}

/// Queues a report of an exception that escaped to the VM's bottom (`vm.uncaught`).
pub fn queue_uncaught_report<'gc>(vm: &mut Vm<'gc>, error: Value<'gc>) {
    let f = host_fn(vm, REPORT_UNCAUGHT);
    if !f.is_object() {
        // Only reachable if the host failed to install itself: never loop on it.
        let text = vm.display_value(error);
        crate::output::write(2, &format!("Uncaught {text}\n"));
        request_exit(vm, 1);
        return;
    }
    vm.jobs.push_front(Job::Callback { f, args: vec![error], mapping: None });
}

/// Makes sure the tick queue is drained by a job: at the front after a macrotask (ticks run
/// before promise jobs), at the back otherwise.
pub fn schedule_ticks<'gc>(vm: &mut Vm<'gc>, front: bool) {
    let needed = with_host(|h| {
        let needed = !h.ticks.is_empty() && !h.tick_runner_queued;
        if needed {
            h.tick_runner_queued = true;
        }
        needed
    });
    if needed {
        let job = Job::Callback { f: host_fn(vm, RUN_TICKS), args: Vec::new(), mapping: None };
        if front {
            vm.jobs.push_front(job);
        } else {
            vm.jobs.push_back(job);
        }
    }
}

/// Ends the process with `code` once the current native returns: the VM stops at once
/// (`vm.exit_code`) and the host loop exits. The first request wins.
pub fn request_exit(vm: &mut Vm<'_>, code: i32) {
    let code = with_host(|h| *h.exit.get_or_insert(code));
    vm.exit_code = Some(code);
    crate::output::flush();
}

/// The `uncaughtException` hook threw: print what it threw and exit with Node's code 7.
fn hook_failed<'gc>(ctx: &mut Ctx<'gc, '_>, error: Value<'gc>) -> NativeResult<'gc> {
    let text = report::fallback_report(ctx.mc, ctx.vm, error);
    crate::output::write(2, &text);
    request_exit(ctx.vm, 7);
    NativeResult::Return(Value::Undefined)
}

fn continuation<'gc>(
    ctx: &Ctx<'gc, '_>,
    f: minijs_vm::exec::native::ContinueFn,
    values: Vec<Value<'gc>>,
    mapping: Mapping<'gc>,
) -> Continuation<'gc> {
    Continuation { f, values, mapping, callee: ctx.callee }
}

/// Reports an uncaught exception through the `uncaughtException` hook (in the current
/// mapping), continuing as `then_kind`; without a hook, prints it and exits with code 1.
fn report_uncaught<'gc>(ctx: &mut Ctx<'gc, '_>, error: Value<'gc>, then_kind: Kind) -> NativeResult<'gc> {
    if ctx.vm.exit_code.is_some() {
        return NativeResult::Return(Value::Undefined);
    }
    match hook(ctx.vm, "uncaughtException") {
        Some(h) => {
            let source_context = report::source_context_value(ctx.mc, ctx.vm, error);
            let mapping = ctx.vm.context;
            let then = continuation(ctx, invoke_done, vec![then_kind.value()], mapping);
            NativeResult::Call { f: h, this: Value::Undefined, args: vec![error, source_context], then: Some(then) }
        }
        None => {
            let text = report::fallback_report(ctx.mc, ctx.vm, error);
            crate::output::write(2, &text);
            request_exit(ctx.vm, 1);
            NativeResult::Return(Value::Undefined)
        }
    }
}

/// `hostInvoke(kind, f, this, ...args)`
fn host_invoke<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if ctx.vm.exit_code.is_some() {
        return NativeResult::Return(Value::Undefined);
    }
    let kind = arg(args, 0);
    let f = arg(args, 1);
    let this = arg(args, 2);
    let rest = args.get(3..).map(<[Value<'gc>]>::to_vec).unwrap_or_default();
    let mapping = ctx.vm.context;
    let then = continuation(ctx, invoke_done, vec![kind], mapping);
    NativeResult::Call { f, this, args: rest, then: Some(then) }
}

/// The completion of a host invocation.
fn invoke_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let kind = Kind::from_value(cont.values.first().copied().unwrap_or(Value::Undefined));
    if ctx.vm.exit_code.is_some() {
        return NativeResult::Return(Value::Undefined);
    }
    match result {
        Ok(value) => {
            match kind {
                Kind::Macrotask | Kind::UncaughtAfterMacrotask | Kind::Script => schedule_ticks(ctx.vm, true),
                Kind::ExitHook => {
                    let code = match value {
                        Value::Number(n) if n.is_finite() => (n as i64 & 0xff) as i32,
                        _ => 0,
                    };
                    with_host(|h| h.exit_hook_result = Some(code));
                }
                Kind::MainModule => {
                    ctx.vm.host_hooks.insert(MAIN_PROMISE, value);
                }
                Kind::Hook | Kind::Microtask | Kind::Bootstrap | Kind::UncaughtHook => {}
            }
            NativeResult::Return(Value::Undefined)
        }
        Err(error) => match kind {
            Kind::Macrotask | Kind::Script => report_uncaught(ctx, error, Kind::UncaughtAfterMacrotask),
            Kind::Microtask | Kind::MainModule | Kind::Hook | Kind::ExitHook => report_uncaught(ctx, error, Kind::UncaughtHook),
            Kind::Bootstrap => {
                let text = report::fallback_report(ctx.mc, ctx.vm, error);
                crate::output::write(2, &format!("minijs: bootstrap failed\n{text}"));
                request_exit(ctx.vm, 70);
                NativeResult::Return(Value::Undefined)
            }
            Kind::UncaughtHook | Kind::UncaughtAfterMacrotask => hook_failed(ctx, error),
        },
    }
}

/// `reportUncaught(error)`: reports an exception no callback owns (a rejected ES module
/// evaluation, an exception that unwound to the VM's bottom).
fn report_uncaught_native<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    report_uncaught(ctx, arg(args, 0), Kind::UncaughtHook)
}

/// `runEmpty(f)`: calls `f` in the empty AsyncContext mapping, restoring the current one after.
fn run_empty<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let previous = ctx.vm.context;
    ctx.vm.context = None;
    let then = continuation(ctx, minijs_vm::exec::executor::restore_mapping, Vec::new(), previous);
    NativeResult::Call { f: arg(args, 0), this: Value::Undefined, args: Vec::new(), then: Some(then) }
}

// ---------------------------------------------------------------------------------------------
// The nextTick queue

/// `runTicks()`: runs queued ticks in FIFO order (including ticks queued meanwhile), each in
/// the mapping captured when it was queued.
fn run_ticks<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    next_tick(ctx, 0)
}

fn next_tick<'gc>(ctx: &mut Ctx<'gc, '_>, ran: u32) -> NativeResult<'gc> {
    if ctx.vm.exit_code.is_some() {
        return NativeResult::Return(Value::Undefined);
    }
    if ran >= TICKS_PER_JOB {
        with_host(|h| h.tick_runner_queued = false);
        schedule_ticks(ctx.vm, true);
        return NativeResult::Return(Value::Undefined);
    }
    loop {
        let Some(id) = with_host(|h| {
            let id = h.ticks.pop_front();
            if id.is_none() {
                h.tick_runner_queued = false;
            }
            id
        }) else {
            return NativeResult::Return(Value::Undefined);
        };
        let Some(task) = ctx.vm.tasks.remove(&id) else {
            continue;
        };
        let previous = ctx.vm.context;
        ctx.vm.context = task.mapping;
        let then = continuation(ctx, tick_done, vec![Value::Number(f64::from(ran + 1))], previous);
        return NativeResult::Call { f: task.f, this: Value::Undefined, args: task.args, then: Some(then) };
    }
}

fn ticks_ran(cont: &Continuation<'_>) -> u32 {
    match cont.values.first() {
        Some(Value::Number(n)) => *n as u32,
        _ => 0,
    }
}

fn tick_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match result {
        Ok(_) => {
            ctx.vm.context = cont.mapping;
            next_tick(ctx, ticks_ran(cont))
        }
        Err(error) => {
            if ctx.vm.exit_code.is_some() {
                return NativeResult::Return(Value::Undefined);
            }
            // Reported in the tick's mapping, then the remaining ticks still run.
            match hook(ctx.vm, "uncaughtException") {
                Some(h) => {
                    let source_context = report::source_context_value(ctx.mc, ctx.vm, error);
                    let then = continuation(ctx, tick_hook_done, cont.values.clone(), cont.mapping);
                    NativeResult::Call { f: h, this: Value::Undefined, args: vec![error, source_context], then: Some(then) }
                }
                None => {
                    let text = report::fallback_report(ctx.mc, ctx.vm, error);
                    crate::output::write(2, &text);
                    request_exit(ctx.vm, 1);
                    NativeResult::Return(Value::Undefined)
                }
            }
        }
    }
}

fn tick_hook_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match result {
        Ok(_) => {
            ctx.vm.context = cont.mapping;
            next_tick(ctx, ticks_ran(cont))
        }
        Err(error) => hook_failed(ctx, error),
    }
}
