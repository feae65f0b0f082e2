//! Developer tools for the built-ins of group B, run by hand (both are `#[ignore]`):
//!
//! - `BB_FILE=x.js cargo test -p minijs-vm --test builtins_b_harness run_file -- --ignored --nocapture`
//!   runs a script with a `print` global and shows its output.
//! - `BB_T262=built-ins/Map,built-ins/Set cargo test -p minijs-vm --test builtins_b_harness test262 -- --ignored --nocapture`
//!   runs test262 folders in-process (until the CLI runner can) and prints pass rates; the
//!   failures go to /tmp/bb_t262_failures.txt.
mod support;

use std::path::{Path, PathBuf};

use minijs_vm::exec::native::{Ctx, NativeResult};
use minijs_vm::exec::property::Get;
use minijs_vm::heap::object::{Attrs, PropertyKey};
use minijs_vm::heap::value::Value;
use minijs_vm::{Runtime, StepOutcome, compile_script};

#[test]
#[ignore]
fn run_file() {
    let path = std::env::var("BB_FILE").unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    print!("{}", support::run(&src));
}

thread_local! {
    static OUT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn print<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let parts: Vec<String> = args.iter().map(|v| ctx.vm.display_value(*v)).collect();
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.push_str(&parts.join(" "));
        o.push('\n');
    });
    NativeResult::Return(Value::Undefined)
}

struct Meta {
    includes: Vec<String>,
    flags: Vec<String>,
    negative: Option<(String, String)>,
    features: Vec<String>,
}

fn list_after(text: &str, key: &str) -> Vec<String> {
    let Some(at) = text.find(key) else { return Vec::new() };
    let rest = &text[at + key.len()..];
    let rest = rest.trim_start();
    if let Some(inner) = rest.strip_prefix('[') {
        let end = inner.find(']').unwrap_or(inner.len());
        return inner[..end].split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
    }
    let mut out = Vec::new();
    for line in rest.lines() {
        let t = line.trim();
        if let Some(item) = t.strip_prefix("- ") {
            out.push(item.trim().to_string());
        } else if !t.is_empty() {
            break;
        }
    }
    out
}

fn parse_meta(src: &str) -> Meta {
    let start = src.find("/*---").map(|i| i + 5).unwrap_or(0);
    let end = src[start..].find("---*/").map(|i| i + start).unwrap_or(start);
    let fm = &src[start..end];
    let negative = fm.find("negative:").map(|at| {
        let rest = &fm[at..];
        let phase = rest.split("phase:").nth(1).and_then(|s| s.lines().next()).unwrap_or("").trim().to_string();
        let ty = rest.split("type:").nth(1).and_then(|s| s.lines().next()).unwrap_or("").trim().to_string();
        (phase, ty)
    });
    Meta { includes: list_after(fm, "includes:"), flags: list_after(fm, "flags:"), negative, features: list_after(fm, "features:") }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().and_then(|e| e.to_str()) == Some("js") && !p.to_string_lossy().contains("_FIXTURE") {
            out.push(p);
        }
    }
}

/// Runs one test; `Ok` on pass, else why it failed.
fn run_one(root: &Path, path: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let meta = parse_meta(&src);
    if meta.flags.iter().any(|f| f == "module") {
        return Err("skip: module".into());
    }
    let skip = ["Atomics", "SharedArrayBuffer", "IsHTMLDDA", "tail-call-optimization"];
    if meta.features.iter().any(|f| skip.contains(&f.as_str())) {
        return Err("skip: feature".into());
    }
    let mut text = String::new();
    let strict = meta.flags.iter().any(|f| f == "onlyStrict");
    if strict {
        text.push_str("'use strict';\n");
    }
    if !meta.flags.iter().any(|f| f == "raw") {
        let mut harness = vec!["assert.js".to_string(), "sta.js".to_string()];
        if meta.flags.iter().any(|f| f == "async") {
            harness.push("doneprintHandle.js".into());
        }
        harness.extend(meta.includes.iter().cloned());
        for h in harness {
            let t = std::fs::read_to_string(root.join("harness").join(&h)).map_err(|e| format!("{h}: {e}"))?;
            text.push_str(&t);
            text.push('\n');
        }
    }
    text.push_str(&src);
    let code = match compile_script(&text, &path.display().to_string(), false) {
        Ok(c) => c,
        Err(e) => {
            return match &meta.negative {
                Some((phase, ty)) if phase == "parse" && ty == "SyntaxError" => Ok(()),
                _ => Err(format!("compile error: {}", e.message)),
            };
        }
    };
    if matches!(&meta.negative, Some((phase, _)) if phase == "parse") {
        return Err("expected a parse error".into());
    }
    OUT.with(|o| o.borrow_mut().clear());
    let mut rt = Runtime::new();
    rt.with(|mc, vm| {
        let f = vm.native_function(mc, "print", 1, print, Value::Undefined, false);
        let g = vm.realm.global;
        vm.define_value(mc, g, "print", Value::Object(f), Attrs::HIDDEN);
        vm.install_test262_host(mc);
    });
    rt.start(&code);
    let mut budget = 40_000_000i64;
    loop {
        match rt.step(100_000) {
            StepOutcome::Idle => break,
            StepOutcome::OutOfFuel => {
                budget -= 100_000;
                if budget <= 0 {
                    return Err("out of fuel".into());
                }
            }
        }
    }
    let uncaught: Option<(String, String)> = rt.with(|mc, vm| {
        let e = vm.uncaught.first().copied()?;
        let name = match e {
            Value::Object(o) => {
                let ctor = vm.get(mc, Value::Object(o), PropertyKey::String(vm.names.constructor));
                match ctor {
                    Get::Value(Value::Object(c)) => vm.display_value(Value::Object(c)),
                    _ => "?".into(),
                }
            }
            other => vm.display_value(other),
        };
        let detail = match e {
            Value::Object(o) => match vm.get(mc, Value::Object(o), PropertyKey::String(vm.names.message)) {
                Get::Value(v) => vm.display_value(v),
                _ => String::new(),
            },
            other => vm.display_value(other),
        };
        Some((name, detail))
    });
    let out = OUT.with(|o| o.borrow().clone());
    if let Some((phase, ty)) = &meta.negative {
        return match uncaught {
            Some((name, _)) if &name == ty => Ok(()),
            Some((name, msg)) => Err(format!("expected {phase} {ty}, got {name}: {msg}")),
            None => Err(format!("expected {phase} {ty}, got no error")),
        };
    }
    if let Some((name, msg)) = uncaught {
        return Err(format!("{name}: {msg}"));
    }
    if meta.flags.iter().any(|f| f == "async") && !out.contains("Test262:AsyncTestComplete") {
        return Err(format!("async: {}", out.trim()));
    }
    Ok(())
}

#[test]
#[ignore]
fn test262() {
    let root = PathBuf::from(std::env::var("BB_T262_ROOT").unwrap_or_else(|_| "/work/shared/test262".into()));
    let folders = std::env::var("BB_T262").unwrap_or_default();
    let handle = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let mut report = String::new();
            let mut failures = String::new();
            for folder in folders.split(',').filter(|s| !s.is_empty()) {
                let mut files = Vec::new();
                collect(&root.join("test").join(folder), &mut files);
                let (mut pass, mut fail, mut skipped) = (0, 0, 0);
                for f in &files {
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_one(&root, f)))
                        .unwrap_or_else(|_| Err("panic".into()));
                    match r {
                        Ok(()) => pass += 1,
                        Err(e) if e.starts_with("skip:") => skipped += 1,
                        Err(e) => {
                            fail += 1;
                            let short: String = e.chars().take(300).collect();
                            failures.push_str(&format!("{}: {}\n", f.strip_prefix(&root).unwrap_or(f).display(), short));
                        }
                    }
                }
                let total = pass + fail;
                let pct = if total > 0 { 100.0 * pass as f64 / total as f64 } else { 0.0 };
                report.push_str(&format!("{folder}: {pass}/{total} ({pct:.1}%), {skipped} skipped\n"));
            }
            let _ = std::fs::write("/tmp/bb_t262_failures.txt", &failures);
            report
        })
        .expect("spawn the runner thread");
    let report = handle.join().unwrap_or_default();
    print!("{report}");
}
