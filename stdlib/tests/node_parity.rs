//! Node parity: small programs whose stdout and exit code must equal Node 26's (recorded with
//! node v26.12.1). They exercise the event loop, process lifecycle, AsyncLocalStorage and the
//! module loader through the real stdlib (bootstrap, console, node:* modules).

mod support;

use support::Project;

fn check(name: &str, files: &[(&str, &str)], entry: &str, args: &[&str], stdout: &str, code: i32) {
    let project = Project::new(name, files);
    let mut all = vec![entry];
    all.extend_from_slice(args);
    let out = project.run(&all);
    assert_eq!(out.stdout, stdout, "stdout of {name} (stderr: {})", out.stderr);
    assert_eq!(out.code, code, "exit code of {name} (stderr: {})", out.stderr);
}

/// CommonJS main: the nextTick queue drains before promise jobs, ticks queued by ticks run first.
#[test]
fn ticks() {
    require_bootstrap!();
    check(
        "ticks",
        &[(
            "main.js",
            r#"Promise.resolve().then(() => {
  console.log("promise 1");
  process.nextTick(() => console.log("tick inside promise"));
  Promise.resolve().then(() => console.log("promise inside promise"));
});
process.nextTick(() => {
  console.log("tick 1");
  Promise.resolve().then(() => console.log("promise inside tick"));
  process.nextTick(() => console.log("tick inside tick"));
});
process.nextTick((a, b) => console.log("tick 2", a, b), "x", "y");
queueMicrotask(() => console.log("microtask"));
Promise.resolve().then(() => console.log("promise 2"));
console.log("sync");
"#,
        )],
        "main.js",
        &[],
        r#"sync
tick 1
tick 2 x y
tick inside tick
promise 1
microtask
promise 2
promise inside tick
promise inside promise
tick inside promise
"#,
        0,
    );
}

/// ES module main: the body runs from a promise job, so promise jobs run before nextTick.
#[test]
fn esm() {
    require_bootstrap!();
    check(
        "esm",
        &[(
            "main.mjs",
            r#"process.nextTick(() => console.log("nextTick"));
Promise.resolve().then(() => console.log("promise"));
queueMicrotask(() => console.log("queueMicrotask"));
setTimeout(() => { console.log("timeout"); setImmediate(() => console.log("immediate")); }, 0);
console.log("sync", typeof require, typeof module, this);
await null;
console.log("after await");
"#,
        )],
        "main.mjs",
        &[],
        r#"sync undefined undefined undefined
promise
queueMicrotask
after await
nextTick
timeout
immediate
"#,
        0,
    );
}

/// Timer order, intervals, clearing, arguments, immediates inside timers, Timeout objects.
#[test]
fn timers() {
    require_bootstrap!();
    check(
        "timers",
        &[(
            "main.js",
            r#"setTimeout(() => console.log("80ms"), 80);
setTimeout(() => console.log("0ms a"), 0);
setTimeout(() => console.log("0ms b"));
const cancelled = setTimeout(() => console.log("never"), 5);
clearTimeout(cancelled);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log("interval", n);
  if (n === 3) clearInterval(iv);
}, 2);
setTimeout((a, b) => console.log("args", a, b), 160, "x", "y");
setTimeout(function () {
  console.log("this is timeout:", this === t);
  setTimeout(() => console.log("timeout inside timeout"), 0);
  setImmediate((v) => console.log("immediate inside timeout", v), 7);
  const im = setImmediate(() => console.log("cancelled immediate"));
  clearImmediate(im);
  process.nextTick(() => console.log("tick inside timeout"));
}, 120);
const t = setTimeout(() => {}, 125);
console.log("scheduled", typeof t.ref, t.hasRef());
"#,
        )],
        "main.js",
        &[],
        r#"scheduled function true
0ms a
0ms b
interval 1
interval 2
interval 3
80ms
this is timeout: false
tick inside timeout
immediate inside timeout 7
timeout inside timeout
args x y
"#,
        0,
    );
}

/// beforeExit can schedule more work (called again when the loop empties); unref'd timers do not keep the loop alive; exit listeners run once.
#[test]
fn life() {
    require_bootstrap!();
    check(
        "life",
        &[(
            "main.js",
            r#"let rounds = 0;
process.on("beforeExit", (code) => {
  console.log("beforeExit", code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log("more work", rounds), 1);
});
process.on("exit", (code) => {
  console.log("exit", code);
  setTimeout(() => console.log("never runs"), 0);
});
const forever = setInterval(() => console.log("unref'd interval must not run"), 100000);
forever.unref();
setTimeout(() => console.log("ref'd timer"), 5).unref().ref();
"#,
        )],
        "main.js",
        &[],
        r#"ref'd timer
beforeExit 0 0
more work 1
beforeExit 0 1
more work 2
beforeExit 0 2
exit 0
"#,
        0,
    );
}

/// process.exit inside a timer wins over process.exitCode; exit listeners see the code.
#[test]
fn exitcode() {
    require_bootstrap!();
    check(
        "exitcode",
        &[(
            "main.js",
            r#"process.on("exit", (code) => console.log("exit event", code, process.exitCode));
process.exitCode = 3;
setTimeout(() => {
  console.log("in timer");
  process.exit(5);
  console.log("not printed");
}, 1);
setTimeout(() => console.log("never"), 50);
"#,
        )],
        "main.js",
        &[],
        r#"in timer
exit event 5 5
"#,
        5,
    );
}

/// uncaughtException listeners keep the process alive after throws in ticks and timers.
#[test]
fn uncaught() {
    require_bootstrap!();
    check(
        "uncaught",
        &[(
            "main.js",
            r#"process.on("uncaughtException", (err, origin) => {
  console.log("caught:", err.message, origin);
});
setTimeout(() => {
  console.log("timer 1");
  throw new Error("from timer");
}, 1);
setTimeout(() => console.log("timer 2 still runs"), 5);
process.nextTick(() => { throw new RangeError("from tick"); });

console.log("main done");
"#,
        )],
        "main.js",
        &[],
        r#"main done
caught: from tick uncaughtException
timer 1
caught: from timer uncaughtException
timer 2 still runs
"#,
        0,
    );
}

/// unhandledRejection in rejection order, then rejectionHandled once a handler is attached later.
#[test]
fn rejection() {
    require_bootstrap!();
    check(
        "rejection",
        &[(
            "main.js",
            r#"process.on("unhandledRejection", (reason, promise) => {
  console.log("unhandled:", reason instanceof Error ? reason.message : reason, promise instanceof Promise);
  setTimeout(() => {
    promise.catch(() => console.log("handled late"));
  }, 1);
});
process.on("rejectionHandled", (promise) => console.log("rejectionHandled", promise instanceof Promise));
Promise.reject(new Error("first"));
const p = Promise.reject(42);
Promise.reject(new Error("handled in time")).catch(() => console.log("caught in time"));
(async () => { await null; throw new Error("async"); })();
console.log("main done");
"#,
        )],
        "main.js",
        &[],
        r#"main done
caught in time
unhandled: first true
unhandled: 42 true
unhandled: async true
handled late
rejectionHandled true
handled late
rejectionHandled true
handled late
rejectionHandled true
"#,
        0,
    );
}

/// (Immediates are scheduled from timer callbacks so the order does not depend on timing.)
/// AsyncLocalStorage propagates through timers, immediates, ticks, microtasks, then and await; bind and snapshot.
#[test]
fn als() {
    require_bootstrap!();
    check(
        "als",
        &[(
            "main.js",
            r#"const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
function log(label) { console.log(label, als.getStore()); }
als.run("A", () => {
  setTimeout(() => { log("timeout"); setImmediate(() => log("immediate")); }, 1);
  process.nextTick(() => log("tick"));
  queueMicrotask(() => log("microtask"));
  Promise.resolve().then(() => log("then"));
  (async () => { await new Promise((r) => setTimeout(r, 1)); log("after await"); })();
  const bound = AsyncLocalStorage.bind(() => log("bound"));
  als.run("B", () => { bound(); log("inner"); });
  log("sync");
});
log("outside");
const snapshot = als.run(123, () => AsyncLocalStorage.snapshot());
snapshot(() => log("snapshot"));
"#,
        )],
        "main.js",
        &[],
        r#"bound A
inner B
sync A
outside undefined
snapshot 123
tick A
microtask A
then A
timeout A
after await A
immediate A
"#,
        0,
    );
}

/// enterWith lasts until the enclosing run or callback ends.
#[test]
fn enterwith() {
    require_bootstrap!();
    check(
        "enterwith",
        &[(
            "main.js",
            r#"const { AsyncLocalStorage } = require("node:async_hooks");
const als = new AsyncLocalStorage();
setTimeout(() => {
  als.enterWith("timer");
  console.log("in timer", als.getStore());
  Promise.resolve().then(() => console.log("then after enterWith", als.getStore()));
}, 1);
setTimeout(() => console.log("next timer", als.getStore()), 2);
als.run("outer", () => {
  als.enterWith("entered");
  console.log("inside run", als.getStore());
});
console.log("after run", als.getStore());
"#,
        )],
        "main.js",
        &[],
        r#"inside run entered
after run undefined
in timer timer
then after enterWith timer
next timer undefined
"#,
        0,
    );
}

/// require: relative paths, extensions, JSON, directory index, cycles with partial exports, MODULE_NOT_FOUND, failed modules leave the cache, require.main.
#[test]
fn cjs() {
    require_bootstrap!();
    check(
        "cjs",
        &[
            (
                "lib/a.js",
                r#"exports.name = "a";
const b = require("./b");
exports.fromB = b.seen;
"#,
            ),
            (
                "lib/b.js",
                r#"const a = require("./a");
exports.seen = "b saw partial a: " + a.name + " " + a.fromB;
"#,
            ),
            (
                "lib/data.json",
                r#"{ "list": [1, 2, 3] }
"#,
            ),
            (
                "lib/index.js",
                r#"exports.index = "index.js";
"#,
            ),
            (
                "lib/throws.js",
                r#"globalThis.count = (globalThis.count || 0) + 1; throw new Error("load " + globalThis.count);
"#,
            ),
            (
                "main.js",
                r#"const a = require("./lib/a");
console.log("a:", a.name, a.fromB);
const again = require("./lib/a.js");
console.log("cached:", a === again);
console.log("json:", require("./lib/data.json").list.length);
console.log("dir index:", require("./lib").index);
try { require("./lib/nope"); } catch (e) { console.log(e.code); }
try { require("./lib/throws"); } catch (e) { console.log("throws:", e.message); }
try { require("./lib/throws"); } catch (e) { console.log("throws again:", e.message); }
console.log(require.main === module, module.id, typeof __filename, typeof __dirname);
console.log(this === module.exports, require("node:util") === require("util"));
"#,
            ),
        ],
        "main.js",
        &[],
        r#"a: a b saw partial a: a undefined
cached: true
json: 3
dir index: index.js
MODULE_NOT_FOUND
throws: load 1
throws again: load 2
true . string string
true true
"#,
        0,
    );
}

/// import: default, named (live), renamed, namespace, re-exports and export *, CommonJS and built-in modules, import.meta.url, dynamic import.
#[test]
fn esm2() {
    require_bootstrap!();
    check(
        "esm2",
        &[
            (
                "lib/c.cjs",
                r#"exports.named = "named export";
"#,
            ),
            (
                "lib/m.mjs",
                r#"export let live = 1;
export function bump() { live++; }
export const sum = (a, b) => a + b;
export default "the default";
"#,
            ),
            (
                "lib/re.mjs",
                r#"export { sum as again } from "./m.mjs";
export * from "./s.mjs";
"#,
            ),
            (
                "lib/s.mjs",
                r#"export const star = "from star";
"#,
            ),
            (
                "main.mjs",
                r#"import def, { live, bump, sum as add } from "./lib/m.mjs";
import * as ns from "./lib/m.mjs";
import { again, star } from "./lib/re.mjs";
import cjs, { named } from "./lib/c.cjs";
import { EventEmitter } from "node:events";
console.log(def, add(1, 2), live, again === add, star);
bump();
console.log("live:", live);
console.log(Object.keys(ns), ns[Symbol.toStringTag], Object.getPrototypeOf(ns));
console.log(cjs.named, named, typeof EventEmitter);
console.log(import.meta.url.startsWith("file:///"), import.meta.url.endsWith("/main.mjs"));
const dyn = await import("./lib/m.mjs");
console.log(dyn === ns, (await import("./lib/c.cjs")).default === cjs);
try { await import("./lib/missing.mjs"); } catch (e) { console.log(e.code); }
"#,
            ),
        ],
        "main.mjs",
        &[],
        r#"the default 3 1 true from star
live: 2
[ 'bump', 'default', 'live', 'sum' ] Module null
named export named export function
true true
true true
ERR_MODULE_NOT_FOUND
"#,
        0,
    );
}

/// node:module createRequire and isBuiltin.
#[test]
fn createreq() {
    require_bootstrap!();
    check(
        "createreq",
        &[
            (
                "dep.cjs",
                r#"module.exports = { value: 7 };
"#,
            ),
            (
                "main.mjs",
                r#"import { createRequire, isBuiltin } from "node:module";
const require = createRequire(import.meta.url);
console.log(require("./dep.cjs").value, isBuiltin("node:util"), isBuiltin("nope"));
"#,
            ),
        ],
        "main.mjs",
        &[],
        r#"7 true false
"#,
        0,
    );
}

/// process.argv carries the user's arguments.
#[test]
fn argv() {
    require_bootstrap!();
    check(
        "argv",
        &[(
            "main.js",
            r#"console.log(process.argv.slice(2), process.argv.length, typeof process.argv[0], require("path" === "x" ? "x" : "node:util").format("%s=%d", "n", 5));
"#,
        )],
        "main.js",
        &["a1", "--b"],
        r#"[ 'a1', '--b' ] 4 string n=5
"#,
        0,
    );
}

/// An exception in a queueMicrotask callback is an uncaught exception; later jobs still run.
#[test]
fn micro_throw() {
    require_bootstrap!();
    check(
        "micro_throw",
        &[(
            "main.js",
            r#"process.on("uncaughtException", (e) => console.log("caught", e.message));
queueMicrotask(() => { throw new Error("microtask boom"); });
queueMicrotask(() => console.log("second microtask"));
Promise.resolve().then(() => console.log("promise job"));
"#,
        )],
        "main.js",
        &[],
        r#"caught microtask boom
second microtask
promise job
"#,
        0,
    );
}

/// Node's report of an uncaught exception thrown in a timer: the throw site, the error, exit 1.
#[test]
fn uncaught_report() {
    require_bootstrap!();
    let project = Project::new(
        "uncaught-report",
        &[("u.js", "console.log(\"out\");\nfunction f() {\n  throw new Error(\"boom\");\n}\nsetTimeout(f, 1);\n")],
    );
    let out = project.run(&["u.js"]);
    assert_eq!(out.stdout, "out\n");
    assert_eq!(out.code, 1);
    let head = format!("{}:3\n  throw new Error(\"boom\");\n  ^\n\nError: boom\n    at ", project.path("u.js").display());
    assert!(out.stderr.starts_with(&head), "{}", out.stderr);
}

/// An unhandled rejection with an Error reason ends the process like an uncaught exception.
#[test]
fn unhandled_rejection_report() {
    require_bootstrap!();
    let project = Project::new("rejection-report", &[("r.js", "Promise.reject(new Error(\"rej\"));\nconsole.log(\"sync\");\n")]);
    let out = project.run(&["r.js"]);
    assert_eq!(out.stdout, "sync\n");
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("Error: rej\n"), "{}", out.stderr);
}

/// An `uncaughtException` listener that throws ends the process with code 7.
#[test]
fn failing_exception_handler_exits_7() {
    require_bootstrap!();
    let src = "process.on(\"uncaughtException\", () => { throw new Error(\"handler fails\"); });\nthrow new Error(\"first\");\n";
    let out = support::run_program("exit7", "h.js", src, &[]);
    assert_eq!(out.code, 7);
    assert!(out.stderr.contains("Error: handler fails"), "{}", out.stderr);
}

/// The seed example of AsyncLocalStorage (tests/seed): stores survive awaits in concurrent
/// "requests".
#[test]
fn seed_concurrent_requests() {
    require_bootstrap!();
    let src = r#"import { AsyncLocalStorage } from "node:async_hooks";
const als = new AsyncLocalStorage();
let idSeq = 0;
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
async function fetch(req) {
  return als.run(idSeq++, async () => {
    await wait(5 - req);
    return `request ${req} saw store ${als.getStore()}`;
  });
}
const results = await Promise.all([fetch(0), fetch(1), fetch(2)]);
console.log(results.join("\n"));
"#;
    let out = support::run_program("seed", "seed.mjs", src, &[]);
    assert_eq!(out.stdout, "request 0 saw store 0\nrequest 1 saw store 1\nrequest 2 saw store 2\n", "{}", out.stderr);
    assert_eq!(out.code, 0);
}
