//! Closures and scoping: counters sharing state, per-iteration `let` bindings versus one `var`, composed
//! and curried functions, memoization, shadowing in nested blocks, parameter scopes with defaults,
//! `this` in arrows and functions, generators, mapped and unmapped `arguments`, Annex B functions in
//! blocks, and bounded recursion.

use crate::differential::render::Writer;
use proptest::prelude::*;
use proptest::sample::select;

#[derive(Clone, Debug)]
pub enum Case {
    Counter {
        start: i8,
        step: i8,
        calls: u8,
    },
    LoopCapture {
        binding: &'static str,
        n: u8,
        factor: i8,
    },
    Compose {
        fns: Vec<(&'static str, i8)>,
        input: i8,
    },
    Curry {
        a: i8,
        b: i8,
        c: i8,
    },
    Memo {
        n: u8,
    },
    Shadow {
        outer: i8,
        inner: i8,
        capture_inner: bool,
    },
    ParamScope {
        arg: Option<i8>,
        reassign: i8,
        redeclare: bool,
    },
    This {
        arrow: bool,
        value: i8,
    },
    Generator {
        n: u8,
        factor: i8,
        take: u8,
    },
    /// `write_param`: assign a parameter, which a mapped (sloppy) arguments object reflects.
    Arguments {
        args: Vec<i8>,
        /// 0: none, 1: the parameter, 2: `arguments[0]`, 3: the parameter after deleting `arguments[0]`.
        write: u8,
        strict: bool,
    },
    /// Annex B: a function declared in a block also assigns the function's `var` of its name.
    BlockFunction {
        value: i8,
        /// Declared under an `if` with or without braces, or in a `switch` case.
        place: u8,
        /// A `let` of the same name around the block (then the function stays block-scoped).
        shadowed: bool,
    },
    Once {
        calls: u8,
    },
    Recursion {
        n: u8,
    },
    Hoisting {
        value: i8,
    },
    ClosureInLoopBody {
        n: u8,
        early_exit: Option<u8>,
    },
}

#[derive(Clone, Debug)]
pub struct Snippet {
    cases: Vec<Case>,
}

const ARITH: &[&str] = &["+", "-", "*", "%", "**", "<<", "&"];

fn case() -> impl Strategy<Value = Case> {
    prop_oneof![
        (any::<i8>(), -5i8..5, 0u8..5).prop_map(|(start, step, calls)| Case::Counter { start, step, calls }),
        (select(&["let", "var", "const"][..]), 0u8..5, -3i8..4).prop_map(|(binding, n, factor)| Case::LoopCapture { binding, n, factor }),
        (proptest::collection::vec((select(ARITH), -4i8..5), 0..5), any::<i8>()).prop_map(|(fns, input)| Case::Compose { fns, input }),
        (any::<i8>(), any::<i8>(), any::<i8>()).prop_map(|(a, b, c)| Case::Curry { a, b, c }),
        (0u8..40).prop_map(|n| Case::Memo { n }),
        (any::<i8>(), any::<i8>(), any::<bool>()).prop_map(|(outer, inner, capture_inner)| Case::Shadow { outer, inner, capture_inner }),
        (proptest::option::of(any::<i8>()), any::<i8>(), any::<bool>()).prop_map(|(arg, reassign, redeclare)| Case::ParamScope {
            arg,
            reassign,
            redeclare
        }),
        (any::<bool>(), any::<i8>()).prop_map(|(arrow, value)| Case::This { arrow, value }),
        (0u8..6, -3i8..4, 0u8..8).prop_map(|(n, factor, take)| Case::Generator { n, factor, take }),
        (proptest::collection::vec(any::<i8>(), 0..5), 0u8..4, any::<bool>()).prop_map(|(args, write, strict)| Case::Arguments {
            args,
            write,
            strict
        }),
        (any::<i8>(), 0u8..3, any::<bool>()).prop_map(|(value, place, shadowed)| Case::BlockFunction { value, place, shadowed }),
        (0u8..4).prop_map(|calls| Case::Once { calls }),
        (0u8..15).prop_map(|n| Case::Recursion { n }),
        any::<i8>().prop_map(|value| Case::Hoisting { value }),
        (0u8..5, proptest::option::of(0u8..5)).prop_map(|(n, early_exit)| Case::ClosureInLoopBody { n, early_exit }),
    ]
}

pub fn strategy() -> impl Strategy<Value = Snippet> {
    proptest::collection::vec(case(), 1..5).prop_map(|cases| Snippet { cases })
}

impl Snippet {
    pub fn render(&self, out: &mut Writer) {
        for case in &self.cases {
            out.open("{");
            render_case(case, out);
            out.close("}");
        }
    }
}

fn render_case(case: &Case, out: &mut Writer) {
    let label = out.label();
    match case {
        Case::Counter { start, step, calls } => {
            out.open("function makeCounter(start, step) {");
            out.line("let n = start;");
            out.line("return { inc: () => (n += step), get: () => n, reset() { n = start; return this; } };");
            out.close("}");
            out.line(format!("const c1 = makeCounter({start}, {step}), c2 = makeCounter(0, 1);"));
            out.line(format!("const seen = []; for (let i = 0; i < {calls}; i++) seen.push(c1.inc(), c2.inc());"));
            out.line(format!("console.log({label}, seen, c1.get(), c2.get(), c1.reset().get());"));
        }
        Case::LoopCapture { binding, n, factor } => {
            // `const` cannot be incremented: it gets a for-of loop.
            let head = if *binding == "const" {
                format!("for (const i of [...Array({n}).keys()])")
            } else {
                format!("for ({binding} i = 0; i < {n}; i++)")
            };
            out.line(format!("const fs = []; {head} {{ fs.push(() => i * {factor}); }}"));
            out.line(format!("console.log({label}, fs.map((f) => f()));"));
        }
        Case::Compose { fns, input } => {
            let fns: Vec<String> = fns.iter().map(|(op, k)| format!("(x) => x {op} ({k})")).collect();
            out.line(format!("const fns = [{}];", fns.join(", ")));
            out.line("const composed = fns.reduce((f, g) => (x) => g(f(x)), (x) => x);");
            out.line(format!("console.log({label}, composed({input}), fns.length);"));
        }
        Case::Curry { a, b, c } => {
            out.line("const curry = (f) => function curried(...args) { return args.length >= f.length ? f(...args) : (...more) => curried(...args, ...more); };");
            out.line("const add3 = curry((a, b, c) => a + b * c);");
            out.line(format!("console.log({label}, add3({a})({b})({c}), add3({a}, {b})({c}), add3({a}, {b}, {c}));"));
        }
        Case::Memo { n } => {
            out.open("const memo = (f) => {");
            out.line("const cache = new Map(); let misses = 0;");
            out.line("const g = (k) => { if (!cache.has(k)) { misses++; cache.set(k, f(k)); } return cache.get(k); };");
            out.line("g.misses = () => misses; return g;");
            out.close("};");
            out.line("const fib = memo((k) => (k < 2 ? k : fib(k - 1) + fib(k - 2)));");
            out.line(format!("console.log({label}, fib({n}), fib.misses());"));
        }
        Case::Shadow { outer, inner, capture_inner } => {
            out.line(format!("let x = {outer}; let get;"));
            out.open("{");
            out.line(format!("let x = {inner};"));
            out.line(if *capture_inner { "get = () => x;" } else { "get = () => typeof x;" });
            out.line("x += 1;");
            out.close("}");
            out.line("x -= 1;");
            out.line(format!("console.log({label}, x, get());"));
        }
        Case::ParamScope { arg, reassign, redeclare } => {
            let var = if *redeclare { "var a; " } else { "" };
            out.line(format!("function f(a = 1, b = () => a) {{ {var}a = {reassign}; return [a, b()]; }}"));
            let arg = arg.map(|a| a.to_string()).unwrap_or_default();
            out.line(format!("console.log({label}, f({arg}));"));
        }
        Case::This { arrow, value } => {
            let method = if *arrow { "() => typeof this" } else { "function () { return this.value; }" };
            out.line(format!("const o = {{ value: {value}, get: {method}, later() {{ return [1].map(() => this.value); }} }};"));
            out.line(format!("console.log({label}, o.get(), o.later(), (0, o.later).call({{ value: 'other' }}));"));
        }
        Case::Generator { n, factor, take } => {
            out.line(format!("function* gen(n) {{ for (let i = 0; i < n; i++) {{ const got = yield i * {factor}; if (got) return 'stopped ' + got; }} return 'done'; }}"));
            out.line(format!(
                "const g = gen({n}); const got = []; for (let i = 0; i < {take}; i++) got.push(g.next(i === 3 ? 'x' : undefined));"
            ));
            out.line(format!("console.log({label}, got, [...gen({n})]);"));
        }
        Case::Arguments { args, write, strict } => {
            let args: Vec<String> = args.iter().map(i8::to_string).collect();
            let directive = if *strict { "'use strict'; " } else { "" };
            let write = match write {
                1 => "a = 'changed'; ",
                2 => "arguments[0] = 'via arguments'; ",
                3 => "delete arguments[0]; a = 'after delete'; ",
                _ => "",
            };
            out.line(format!(
                "function f(a, b) {{ {directive}{write}return [arguments.length, [...arguments], a, b, f.length, typeof arguments]; }}"
            ));
            out.line(format!("console.log({label}, f({}));", args.join(", ")));
        }
        Case::BlockFunction { value, place, shadowed } => {
            let declaration = format!("function inner() {{ return {value}; }}");
            let declared = match place {
                0 => format!("if (flag) {{ {declaration} }}"),
                1 => format!("if (flag) {declaration}"),
                _ => format!("switch (flag) {{ case true: {declaration} }}"),
            };
            let (open, close) = if *shadowed { ("{ let inner = 'lexical'; ", " }") } else { ("", "") };
            out.line(format!(
                "function host(flag) {{ const before = typeof inner; {open}{declared}{close} return [before, typeof inner, typeof inner === 'function' ? inner() : inner]; }}"
            ));
            out.line(format!("console.log({label}, host(true), host(false));"));
        }
        Case::Once { calls } => {
            out.line(
                "const once = (f) => { let done = false, value; return (...a) => (done ? value : ((done = true), (value = f(...a)))); };",
            );
            out.line("let runs = 0; const init = once((k) => ++runs * k);");
            out.line(format!("const results = []; for (let i = 1; i <= {calls}; i++) results.push(init(i * 10));"));
            out.line(format!("console.log({label}, results, runs);"));
        }
        Case::Recursion { n } => {
            out.line("const fact = function self(k) { return k <= 1 ? 1 : k * self(k - 1); };");
            out.line("const hanoi = (k, from, to, via, moves = []) => { if (k > 0) { hanoi(k - 1, from, via, to, moves); moves.push(from + to); hanoi(k - 1, via, to, from, moves); } return moves; };");
            out.line(format!("console.log({label}, fact({n}), hanoi({}, 'a', 'c', 'b').length);", n % 8));
        }
        Case::Hoisting { value } => {
            out.line(format!("const before = typeof hoisted; function hoisted() {{ return {value}; }}"));
            out.line("let tdz; try { tdz = later; } catch (e) { tdz = e.name; } let later = 1;");
            out.line("var v1 = typeof v2; var v2 = 2;");
            out.line(format!("console.log({label}, before, hoisted(), tdz, v1, v2);"));
        }
        Case::ClosureInLoopBody { n, early_exit } => {
            let exit = early_exit.map(|k| format!("if (i === {k}) break;")).unwrap_or_default();
            out.line(format!("const fs = []; let i = 0; while (i < {n}) {{ const j = i * 2; {exit} fs.push(() => [i, j]); i++; }}"));
            out.line(format!("console.log({label}, fs.map((f) => f()));"));
        }
    }
}
