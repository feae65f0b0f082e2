//! An in-process test262 runner for the built-ins of this group (Array, String, Number,
//! Math, JSON, Boolean, Symbol), usable before the `minijs` CLI exists.
//!
//! `cargo test -p minijs-vm --test builtins_a_test262` runs the folders listed in
//! `GATED_FOLDERS` and fails if a test outside their known failures fails. Set
//! `MINIJS_T262=Array,String/prototype/at` (folders or files under test262/test/built-ins) to
//! measure other folders instead (best with `--release`); the report with every failure is
//! written to `MINIJS_T262_OUT` (default: builtins_a_test262.txt in the system temp dir).

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use minijs_vm::exec::native::{Ctx, NativeResult};
use minijs_vm::exec::property::Get;
use minijs_vm::heap::object::{Attrs, PropertyKey};
use minijs_vm::heap::value::Value;
use minijs_vm::{Runtime, StepOutcome, compile_script};

/// Features the engine does not have (or that are newer than ES2024): such tests are skipped.
const SKIPPED_FEATURES: &[&str] = &[
    "TypedArray",
    "ArrayBuffer",
    "resizable-arraybuffer",
    "SharedArrayBuffer",
    "Atomics",
    "DataView",
    "Temporal",
    "Intl",
    "json-parse-with-source",
    "Float16Array",
    "Math.sumPrecise",
    "explicit-resource-management",
    "iterator-helpers",
    "uint8array-base64",
    "upsert",
    "canonical-tz",
    "import-defer",
    "source-phase-imports",
    "immutable-arraybuffer",
    "iterator-sequencing",
    "joint-iteration",
    "tail-call-optimization",
];

/// Folders run by plain `cargo test` as a regression gate, with the tests known to fail in
/// them (engine limitations, not the built-ins: proxies, BigInt literals).
const GATED_FOLDERS: &[(&str, &[&str])] = &[
    ("Number/prototype/toFixed", &[]),
    ("Number/prototype/toPrecision", &[]),
    ("Math/round", &[]),
    ("String/prototype/padStart", &[]),
    ("String/fromCodePoint", &[]),
    ("Symbol/for", &[]),
    ("Array/prototype/toSorted", &["comparefn-not-a-function.js"]),
    ("Array/prototype/flat", &["proxy-access-count.js"]),
];

thread_local! {
    static OUT: RefCell<String> = const { RefCell::new(String::new()) };
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

#[derive(Default)]
struct Meta {
    includes: Vec<String>,
    flags: Vec<String>,
    features: Vec<String>,
    negative_phase: Option<String>,
    negative_type: Option<String>,
}

fn list_items(value: &str) -> Vec<String> {
    value.trim().trim_start_matches('[').trim_end_matches(']').split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

fn parse_meta(src: &str) -> Meta {
    let mut meta = Meta::default();
    let Some(start) = src.find("/*---") else {
        return meta;
    };
    let Some(end) = src[start..].find("---*/") else {
        return meta;
    };
    let yaml = &src[start + 5..start + end];
    let mut current = "";
    for line in yaml.lines() {
        let trimmed = line.trim();
        if let Some((key, value)) = trimmed.split_once(':')
            && !line.starts_with(' ')
            && !line.starts_with('\t')
        {
            current = key.trim();
            let value = value.trim();
            match current {
                "includes" if !value.is_empty() => meta.includes = list_items(value),
                "flags" if !value.is_empty() => meta.flags = list_items(value),
                "features" if !value.is_empty() => meta.features = list_items(value),
                _ => {}
            }
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            match current {
                "includes" => meta.includes.push(item.trim().to_string()),
                "features" => meta.features.push(item.trim().to_string()),
                "flags" => meta.flags.push(item.trim().to_string()),
                _ => {}
            }
        } else if current == "negative" {
            if let Some(v) = trimmed.strip_prefix("phase:") {
                meta.negative_phase = Some(v.trim().to_string());
            } else if let Some(v) = trimmed.strip_prefix("type:") {
                meta.negative_type = Some(v.trim().to_string());
            }
        }
    }
    meta
}

enum Verdict {
    Pass,
    Skip,
    Fail(String),
}

/// MINIJS_TEST262_DIR, else `shared/test262` beside the checkout, else /work/shared/test262.
fn test262_root() -> PathBuf {
    if let Some(dir) = std::env::var_os("MINIJS_TEST262_DIR") {
        return PathBuf::from(dir);
    }
    let beside = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/test262");
    if beside.join("harness").is_dir() {
        return beside;
    }
    PathBuf::from("/work/shared/test262")
}

/// Runs one source text; returns printed output and the uncaught errors as "Name: message".
fn execute(src: &str, strict: bool, deadline: Instant) -> Result<(String, Vec<String>), String> {
    OUT.with(|o| o.borrow_mut().clear());
    let mut rt = Runtime::new();
    rt.with(|mc, vm| {
        let f = vm.native_function(mc, "print", 1, print, Value::Undefined, false);
        let g = vm.realm.global;
        vm.define_value(mc, g, "print", Value::Object(f), Attrs::HIDDEN);
        vm.install_test262_host(mc);
    });
    let text = if strict { format!("\"use strict\";\n{src}") } else { src.to_string() };
    let code = compile_script(&text, "test.js", strict).map_err(|e| format!("SyntaxError: {}", e.message))?;
    rt.start(&code);
    loop {
        match rt.step(100_000) {
            StepOutcome::Idle => break,
            StepOutcome::OutOfFuel => {
                if Instant::now() > deadline {
                    return Ok((String::new(), vec!["Timeout: test ran too long".into()]));
                }
            }
        }
    }
    let errors = rt.with(|mc, vm| {
        let errs: Vec<_> = std::mem::take(&mut vm.uncaught);
        errs.into_iter()
            .map(|e| match e {
                Value::Object(o) => {
                    let name = match vm.get(mc, Value::Object(o), PropertyKey::String(vm.names.name)) {
                        Get::Value(v) => vm.display_value(v),
                        _ => "Error".into(),
                    };
                    let message = match vm.get(mc, Value::Object(o), PropertyKey::String(vm.names.message)) {
                        Get::Value(v) => vm.display_value(v),
                        _ => String::new(),
                    };
                    format!("{name}: {message}")
                }
                other => format!("thrown {}", vm.display_value(other)),
            })
            .collect::<Vec<_>>()
    });
    Ok((OUT.with(|o| o.borrow().clone()), errors))
}

fn run_test(path: &Path, harness: &Path) -> Verdict {
    let Ok(src) = std::fs::read_to_string(path) else {
        return Verdict::Fail("unreadable".into());
    };
    let meta = parse_meta(&src);
    if meta.flags.iter().any(|f| f == "module") || meta.features.iter().any(|f| SKIPPED_FEATURES.contains(&f.as_str())) {
        return Verdict::Skip;
    }
    let raw = meta.flags.iter().any(|f| f == "raw");
    let is_async = meta.flags.iter().any(|f| f == "async");
    let mut full = String::new();
    if !raw {
        let mut includes = vec!["assert.js".to_string(), "sta.js".to_string()];
        if is_async {
            includes.push("doneprintHandle.js".into());
        }
        includes.extend(meta.includes.iter().cloned());
        for inc in includes {
            match std::fs::read_to_string(harness.join(&inc)) {
                Ok(t) => {
                    full.push_str(&t);
                    full.push('\n');
                }
                Err(_) => return Verdict::Fail(format!("missing include {inc}")),
            }
        }
    }
    full.push_str(&src);
    let modes: Vec<bool> = if meta.flags.iter().any(|f| f == "onlyStrict") {
        vec![true]
    } else if meta.flags.iter().any(|f| f == "noStrict" || f == "raw") {
        vec![false]
    } else {
        vec![false, true]
    };
    for strict in modes {
        let deadline = Instant::now() + Duration::from_secs(10);
        let outcome = std::panic::catch_unwind(|| execute(&full, strict, deadline));
        let verdict = match outcome {
            Err(_) => Verdict::Fail("panic".into()),
            Ok(Err(syntax)) => match (&meta.negative_phase, &meta.negative_type) {
                (Some(p), Some(t)) if (p == "parse" || p == "early") && t == "SyntaxError" => Verdict::Pass,
                _ => Verdict::Fail(syntax),
            },
            Ok(Ok((out, errors))) => {
                if let (Some(_), Some(t)) = (&meta.negative_phase, &meta.negative_type) {
                    if errors.first().is_some_and(|e| e.starts_with(&format!("{t}:"))) {
                        Verdict::Pass
                    } else {
                        Verdict::Fail(format!("expected {t}, got {errors:?}"))
                    }
                } else if let Some(e) = errors.first() {
                    Verdict::Fail(e.clone())
                } else if is_async && !out.contains("Test262:AsyncTestComplete") {
                    Verdict::Fail(format!("async test did not complete: {}", out.trim()))
                } else {
                    Verdict::Pass
                }
            }
        };
        if !matches!(verdict, Verdict::Pass) {
            let mode = if strict { " [strict]" } else { "" };
            return match verdict {
                Verdict::Fail(m) => Verdict::Fail(format!("{m}{mode}")),
                v => v,
            };
        }
    }
    Verdict::Pass
}

fn collect_tests(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        if dir.extension().is_some_and(|e| e == "js") {
            out.push(dir.to_path_buf());
        }
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect_tests(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") && !p.to_string_lossy().contains("_FIXTURE") {
            out.push(p);
        }
    }
}

/// Runs a folder; returns (passed, failed, skipped) and the failure lines.
fn run_folder(folder: &str) -> (usize, usize, usize, Vec<String>) {
    let root = test262_root();
    let harness = root.join("harness");
    let mut tests = Vec::new();
    collect_tests(&root.join("test/built-ins").join(folder), &mut tests);
    // Two workers (the machine has two cores); results keep the test order.
    let verdicts: Vec<(PathBuf, Verdict)> = std::thread::scope(|scope| {
        let halves: Vec<Vec<PathBuf>> =
            vec![tests.iter().step_by(2).cloned().collect(), tests.iter().skip(1).step_by(2).cloned().collect()];
        let handles: Vec<_> = halves
            .into_iter()
            .map(|half| {
                let harness = harness.clone();
                scope.spawn(move || {
                    half.into_iter()
                        .map(|t| {
                            let v = run_test(&t, &harness);
                            (t, v)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut all: Vec<(PathBuf, Verdict)> = handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    });
    let (mut pass, mut fail, mut skip) = (0, 0, 0);
    let mut failures = Vec::new();
    for (t, v) in verdicts {
        match v {
            Verdict::Pass => pass += 1,
            Verdict::Skip => skip += 1,
            Verdict::Fail(m) => {
                fail += 1;
                let rel = t.strip_prefix(&root).unwrap_or(&t).display().to_string();
                failures.push(format!("{rel}: {}", m.lines().next().unwrap_or("")));
            }
        }
    }
    (pass, fail, skip, failures)
}

#[test]
fn test262_builtins_a() {
    if !test262_root().join("harness").is_dir() {
        println!("test262 not found; skipping");
        return;
    }
    let chosen = std::env::var("MINIJS_T262").ok();
    let folders: Vec<(String, Option<&[&str]>)> = match &chosen {
        Some(list) => list.split(',').map(|s| (s.trim().to_string(), None)).collect(),
        None => GATED_FOLDERS.iter().map(|(f, known)| (f.to_string(), Some(*known))).collect(),
    };
    let mut report = String::new();
    let mut regressions = Vec::new();
    for (folder, allowed) in folders {
        let (pass, fail, skip, failures) = run_folder(&folder);
        let line = format!("{folder}: {pass} passed, {fail} failed, {skip} skipped");
        println!("{line}");
        report.push_str(&line);
        report.push('\n');
        for f in &failures {
            report.push_str("  ");
            report.push_str(f);
            report.push('\n');
        }
        if let Some(known) = allowed {
            for f in &failures {
                let file = f.split(':').next().unwrap_or("");
                if !known.iter().any(|k| file.ends_with(k)) {
                    regressions.push(f.clone());
                }
            }
        }
    }
    let out = std::env::var_os("MINIJS_T262_OUT").map(PathBuf::from).unwrap_or_else(|| std::env::temp_dir().join("builtins_a_test262.txt"));
    let _ = std::fs::write(&out, &report);
    assert!(regressions.is_empty(), "test262 regressions: {regressions:?}\n{report}");
}
