//! The host without the Node bootstrap: the command line, limits, error reports, test262's
//! host globals, the native timer globals and the module loader, observed through `print`
//! (`--test262`). Orders of output were checked against Node 26 with `print = console.log`.

mod support;

use std::process::Command;

use support::{Project, minijs, run_program};

#[test]
fn version_help_and_bad_flags() {
    let out = Command::new(minijs()).arg("--version").output().expect("spawn");
    assert_eq!(String::from_utf8_lossy(&out.stdout), format!("minijs v{}\n", env!("CARGO_PKG_VERSION")));
    let help = Command::new(minijs()).arg("--help").output().expect("spawn");
    assert!(String::from_utf8_lossy(&help.stdout).contains("--max-steps"));
    let bad = Command::new(minijs()).args(["run", "--bogus", "x.js"]).output().expect("spawn");
    assert_eq!(bad.status.code(), Some(9));
    let none = Command::new(minijs()).arg("run").output().expect("spawn");
    assert_eq!(none.status.code(), Some(9));
}

#[test]
fn missing_main_file() {
    let project = Project::new("missing", &[]);
    let out = project.run(&["nope.js"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("Cannot find module"), "{}", out.stderr);
}

#[test]
fn syntax_error_is_reported_with_location_and_caret() {
    let project = Project::new("syntax", &[("bad.js", "// comment\nlet let = 1;\n")]);
    let out = project.run(&["bad.js"]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "");
    let path = project.path("bad.js");
    let expected_head = format!("{}:2:5\nlet let = 1;\n    ^", path.display());
    assert!(out.stderr.starts_with(&expected_head), "{}", out.stderr);
    assert!(out.stderr.contains("\n\nSyntaxError: "), "{}", out.stderr);
}

#[test]
fn step_limit_stops_infinite_loops() {
    let out = run_program("steps", "loop.js", "print('start'); while (true) {}", &["--test262", "--max-steps", "200000"]);
    assert_eq!(out.stdout, "start\n");
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("minijs: step limit of 200000 exceeded"), "{}", out.stderr);
}

#[test]
fn step_limit_counts_timer_callbacks() {
    // Callbacks that are natives cost no bytecode; the host still charges for each task.
    let out = run_program("tasks", "iv.js", "setInterval(Math.max, 1);", &["--test262", "--max-steps", "5000"]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("step limit"), "{}", out.stderr);
}

#[test]
fn heap_limit_stops_runaway_allocation() {
    let src = "print('start'); const hoard = []; for (;;) hoard.push({ a: [1, 2, 3], b: {} });";
    let out = run_program("heap", "alloc.js", src, &["--test262", "--max-heap-mb", "8", "--max-steps", "50000000"]);
    assert_eq!(out.stdout, "start\n");
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("minijs: heap limit of 8 MB exceeded"), "{}", out.stderr);
}

#[test]
fn disasm_prints_bytecode() {
    let out = run_program("disasm", "d.js", "var x = 1 + 2;", &["--script", "--disasm"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("== "), "{}", out.stdout);
    assert!(out.stdout.contains("Return"), "{}", out.stdout);
}

#[test]
fn test262_host_globals() {
    let src = r#"
print(typeof $262, $262.global === globalThis, typeof process, typeof console);
print($262.evalScript("var fromEval = 40; fromEval + 2"), fromEval);
try { $262.evalScript("let = ;"); } catch (e) { print(e.constructor === SyntaxError); }
const other = $262.createRealm();
print(typeof other.global, other.global !== globalThis);
$262.gc();
print("done");
"#;
    let out = run_program("t262", "t.js", src, &["--test262", "--script"]);
    assert_eq!(out.stdout, "object true undefined undefined\n42 40\ntrue\nobject true\ndone\n", "{}", out.stderr);
    assert_eq!(out.code, 0);
}

#[test]
fn script_module_and_strict_goals() {
    let script = run_program(
        "goal-script",
        "s.js",
        "print(this === globalThis, (function () { return this; })() === globalThis)",
        &["--test262", "--script"],
    );
    assert_eq!(script.stdout, "true true\n", "{}", script.stderr);
    let strict = run_program("goal-strict", "s.js", "print((function () { return this; })())", &["--test262", "--script", "--strict"]);
    assert_eq!(strict.stdout, "undefined\n", "{}", strict.stderr);
    let module = run_program("goal-module", "m.js", "print(this, typeof require)", &["--test262", "--module"]);
    assert_eq!(module.stdout, "undefined undefined\n", "{}", module.stderr);
    let cjs = run_program("goal-cjs", "c.js", "print(typeof require, typeof module, this === module.exports)", &["--test262"]);
    assert_eq!(cjs.stdout, "function object true\n", "{}", cjs.stderr);
}

#[test]
fn preludes_run_first_in_the_global_scope() {
    let project = Project::new(
        "prelude",
        &[
            ("p1.js", "var fromPrelude = 'one'; print('p1');"),
            ("p2.js", "let lexical = fromPrelude + ' two'; print('p2');"),
            ("main.js", "print(lexical);"),
        ],
    );
    let out = project.run(&["--test262", "--script", "--prelude", "p1.js", "--prelude", "p2.js", "main.js"]);
    assert_eq!(out.stdout, "p1\np2\none two\n", "{}", out.stderr);
}

#[test]
fn eval_flag() {
    let project = Project::new("eval", &[]);
    let out = project.run(&["--test262", "-e", "print(6 * 7)"]);
    assert_eq!(out.stdout, "42\n", "{}", out.stderr);
}

#[test]
fn native_timers_and_microtasks_order() {
    let src = r#"
setTimeout(() => print("timeout 2"), 2);
setTimeout((a, b) => {
  print("timeout 1", a, b);
  setTimeout(() => print("timeout inside timeout"), 0);
  setImmediate(() => print("immediate inside timeout"));
  queueMicrotask(() => print("microtask inside timeout"));
}, 1, "x", "y");
const cancelled = setTimeout(() => print("never"), 1);
clearTimeout(cancelled);
let n = 0;
const iv = setInterval(() => { if (++n === 3) { clearInterval(iv); print("interval done"); } }, 1);
Promise.resolve().then(() => print("promise"));
queueMicrotask(() => print("microtask"));
print("sync");
"#;
    let out = run_program("timers", "t.js", src, &["--test262"]);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.get(..3), Some(&["sync", "promise", "microtask"][..]), "{}", out.stdout);
    let pos = |s: &str| lines.iter().position(|l| *l == s).unwrap_or(usize::MAX);
    assert!(pos("timeout 1 x y") < pos("microtask inside timeout"));
    assert!(pos("microtask inside timeout") < pos("immediate inside timeout"));
    assert!(pos("immediate inside timeout") < pos("timeout inside timeout"));
    assert!(pos("timeout inside timeout") != usize::MAX && pos("interval done") != usize::MAX);
    assert!(!out.stdout.contains("never"));
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn uncaught_error_without_bootstrap() {
    let out =
        run_program("uncaught", "u.js", "print('before');\nfunction f() {\n  throw new TypeError('bad thing');\n}\nf();\n", &["--test262"]);
    assert_eq!(out.stdout, "before\n");
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("u.js:3\n  throw new TypeError('bad thing');\n  ^\n"), "{}", out.stderr);
    assert!(out.stderr.contains("TypeError: bad thing"), "{}", out.stderr);
}

#[test]
fn unhandled_rejection_without_bootstrap() {
    let out = run_program("rejection", "r.js", "Promise.reject(new RangeError('nobody listens'));\nprint('sync');", &["--test262"]);
    assert_eq!(out.stdout, "sync\n");
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("RangeError: nobody listens"), "{}", out.stderr);
}

#[test]
fn modules_load_without_bootstrap() {
    let project = Project::new(
        "modules",
        &[
            (
                "main.js",
                "const m = require('./lib/m'); print(m.answer, require('./lib/data.json').x[0]); import('./lib/e.mjs').then(ns => print(ns.default, ns.named));",
            ),
            ("lib/m.js", "exports.answer = 42;"),
            ("lib/data.json", "{ \"x\": [1] }"),
            ("lib/e.mjs", "import { answer } from './m.js'; export default answer + 1; export const named = 'n';"),
        ],
    );
    let out = project.run(&["--test262", "main.js"]);
    assert_eq!(out.stdout, "42 1\n43 n\n", "{}", out.stderr);
    assert_eq!(out.code, 0);
}

#[test]
fn module_kind_detection() {
    let project = Project::new(
        "detect",
        &[
            ("esm.js", "import { v } from './dep.mjs'; print(v, typeof require);"),
            ("dep.mjs", "export const v = 'dep';"),
            ("cjs.cjs", "import { v } from './dep.mjs';"),
        ],
    );
    let esm = project.run(&["--test262", "esm.js"]);
    assert_eq!(esm.stdout, "dep undefined\n", "{}", esm.stderr);
    let cjs = project.run(&["--test262", "cjs.cjs"]);
    assert_eq!(cjs.code, 1);
    assert!(cjs.stderr.contains("SyntaxError"), "{}", cjs.stderr);
}

#[test]
fn esm_errors_are_reported() {
    let project = Project::new(
        "esm-errors",
        &[
            ("missing-export.mjs", "import { nope } from './dep.mjs';"),
            ("missing-file.mjs", "import './not-there.mjs';"),
            ("dep.mjs", "export const yes = 1;"),
        ],
    );
    let export = project.run(&["--test262", "missing-export.mjs"]);
    assert_eq!(export.code, 1);
    assert!(export.stderr.contains("does not provide an export named 'nope'"), "{}", export.stderr);
    let file = project.run(&["--test262", "missing-file.mjs"]);
    assert_eq!(file.code, 1);
    assert!(file.stderr.contains("Cannot find module"), "{}", file.stderr);
}

#[test]
fn top_level_await_and_unsettled_main() {
    let done = run_program("tla", "t.mjs", "await new Promise(r => setTimeout(r, 2)); print('after');", &["--test262"]);
    assert_eq!(done.stdout, "after\n", "{}", done.stderr);
    assert_eq!(done.code, 0);
    let stuck = run_program("tla-stuck", "t.mjs", "print('before'); await new Promise(() => {});", &["--test262"]);
    assert_eq!(stuck.stdout, "before\n");
    assert_eq!(stuck.code, 13);
    assert!(stuck.stderr.contains("Detected unsettled top-level await"), "{}", stuck.stderr);
}
