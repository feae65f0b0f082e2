//! The library entry points: `run_captured`, and `run_source_for_fuzzing` on hostile inputs
//! (it must always return, quickly, without panicking).

use std::time::{Duration, Instant};

use minijs::fuzzing::run as run_source_for_fuzzing;
use minijs::{RunOptions, Source, run_captured};

fn text(src: &str) -> RunOptions {
    let mut options = RunOptions::new(Source::Text { name: "/virtual/main.js".into(), text: src.into() });
    options.test262 = true;
    options.bootstrap = false;
    options.filesystem = false;
    options.real_process = false;
    options
}

#[test]
fn captured_output_and_exit_code() {
    let out = run_captured(&text("print('hello'); setTimeout(() => print('later'), 1);"));
    assert_eq!(out.stdout, "hello\nlater\n");
    assert_eq!(out.exit_code, 0);
    let failed = run_captured(&text("throw new Error('x')"));
    assert_eq!(failed.exit_code, 1);
    assert!(failed.stderr.contains("Error: x"), "{}", failed.stderr);
}

#[test]
fn virtual_time_skips_long_timers() {
    let mut options = text("setTimeout(() => print('a day later'), 86400000);");
    options.virtual_time = true;
    let started = Instant::now();
    let out = run_captured(&options);
    assert_eq!(out.stdout, "a day later\n");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn fuzzing_entry_point_survives_hostile_programs() {
    let programs = [
        "",
        "while (true) {}",
        "for (;;) { new Array(1000); }",
        "const a = []; for (;;) a.push({});",
        "function f() { return f() + 1; } f();",
        "setInterval(() => {}, 1);",
        "setInterval(Math.max, 1);",
        "setTimeout(() => {}, 2147483647);",
        "(async function f() { await null; return f(); })();",
        "Promise.reject(1); Promise.reject(2);",
        "queueMicrotask(() => { throw 1; });",
        "import('./x.mjs');",
        "require('fs')",
        "import x from 'y'; export default x;",
        "export let a = 1; await a;",
        "let let = 1",
        "}); (function () {",
        "\u{0}\u{feff}`${",
        "new Promise(() => {}); await new Promise(() => {});",
        "$262.agent.sleep(100000); $262.gc(); print($262.evalScript('1+1'));",
        "throw Symbol('s')",
        "let x = 'x'; for (;;) x += x;",
    ];
    for src in programs {
        let started = Instant::now();
        let code = run_source_for_fuzzing(src);
        assert!((0..=255).contains(&code), "exit code {code} for {src:?}");
        assert!(started.elapsed() < Duration::from_secs(60), "too slow: {src:?}");
    }
}
