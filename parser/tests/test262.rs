//! Parses every file under test262's `test/language`: files expected to parse must parse (as a
//! module when flagged `module`, strict when flagged `onlyStrict`), files with
//! `negative: phase: parse` must fail. Slow, so ignored by default:
//!
//! `cargo test -p minijs-parser --test test262 -- --ignored --nocapture`
//!
//! Set `TEST262_FAILURES=path` to write the failing files, and `TEST262_DIR` to use another
//! checkout. Prints the pass rate and fails below `MIN_PASS_RATE`.

use std::path::{Path, PathBuf};

const DEFAULT_DIR: &str = "/work/shared/test262/test/language";
const MIN_PASS_RATE: f64 = 0.95;

struct Meta {
    module: bool,
    only_strict: bool,
    no_strict: bool,
    raw: bool,
    negative_parse: bool,
}

fn metadata(src: &str) -> Meta {
    let header = src.find("/*---").and_then(|start| src[start..].find("---*/").map(|end| &src[start..start + end])).unwrap_or("");
    let flags = header.lines().find(|l| l.trim_start().starts_with("flags:")).unwrap_or("");
    let negative_parse = header.find("negative:").is_some_and(|at| header[at..].lines().take(3).any(|l| l.trim() == "phase: parse"));
    Meta {
        module: flags.contains("module"),
        only_strict: flags.contains("onlyStrict"),
        no_strict: flags.contains("noStrict"),
        raw: flags.contains("raw"),
        negative_parse,
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "js") && !path.to_string_lossy().contains("_FIXTURE") {
            // Fixtures are imported by other tests, some deliberately broken: not tests themselves.
            out.push(path);
        }
    }
}

/// `Some(message)` when the file does not behave as its metadata says. Like test262's harness,
/// a script without `onlyStrict`/`noStrict`/`raw` flags is tried both sloppy and strict.
fn check_file(path: &Path) -> Option<String> {
    let src = std::fs::read_to_string(path).ok()?;
    let meta = metadata(&src);
    let strict_src = format!("\"use strict\";\n{src}");
    let sloppy = !meta.only_strict || meta.raw || meta.module;
    let strict = !meta.module && !meta.raw && !meta.no_strict;
    if sloppy && let Some(why) = check_run(&meta, &src) {
        return Some(why);
    }
    if strict {
        return check_run(&meta, &strict_src).map(|why| format!("(strict) {why}"));
    }
    None
}

fn check_run(meta: &Meta, text: &str) -> Option<String> {
    let module = meta.module;
    let result = std::panic::catch_unwind(|| if module { minijs_parser::parse_module(text) } else { minijs_parser::parse_script(text) });
    match result {
        Err(_) => Some("PANIC".to_string()),
        Ok(Ok(_)) if meta.negative_parse => Some("parsed, expected SyntaxError".to_string()),
        Ok(Err(e)) if !meta.negative_parse => Some(format!("{} at {:?}", e.message, e.span)),
        Ok(_) => None,
    }
}

#[test]
#[ignore]
fn test262_language() {
    let dir = std::env::var("TEST262_DIR").unwrap_or_else(|_| DEFAULT_DIR.to_string());
    let mut files = Vec::new();
    collect(Path::new(&dir), &mut files);
    files.sort();
    if files.is_empty() {
        println!("test262 not found at {dir}; skipping");
        return;
    }
    std::panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    for f in &files {
        if let Some(why) = check_file(f) {
            failures.push(format!("{}: {why}", f.display()));
        }
    }
    let _ = std::panic::take_hook();
    let passed = files.len() - failures.len();
    let rate = passed as f64 / files.len() as f64;
    println!("test262 language: {passed}/{} passed ({:.2}%)", files.len(), rate * 100.0);
    if let Ok(out) = std::env::var("TEST262_FAILURES") {
        let _ = std::fs::write(out, failures.join("\n"));
    }
    let panics = failures.iter().filter(|f| f.ends_with("PANIC")).count();
    assert_eq!(panics, 0, "the parser panicked");
    assert!(rate >= MIN_PASS_RATE, "pass rate {rate:.4} below {MIN_PASS_RATE}");
}
