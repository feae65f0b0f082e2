//! The proposal suite: `tests/proposal/run.mjs` (the type-stripped tc39/proposal-async-context test plus a
//! mocha-like shim) run once under minijs; its TAP-style lines are matched against `tests/proposal/CASES`.
//!
//! A case passes when the program printed `ok N - name` for it. The extra case `(exit status)` passes when
//! the program exited 0 after printing its `N passed, M failed` line, i.e. the harness itself worked.

use crate::binary::locate_minijs;
use crate::child::{self, Invocation};
use crate::expected_failures;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The id of the pseudo-case that checks the program's own exit status and summary line.
pub const EXIT_CASE: &str = "(exit status)";

/// What the program reported about each case: `"N name"` → passed.
pub fn parse_tap(stdout: &str) -> BTreeMap<String, bool> {
    let mut seen = BTreeMap::new();
    for line in stdout.lines() {
        let (passed, rest) = if let Some(rest) = line.strip_prefix("ok ") {
            (true, rest)
        } else if let Some(rest) = line.strip_prefix("not ok ") {
            (false, rest)
        } else {
            continue;
        };
        if let Some((number, name)) = rest.split_once(" - ") {
            seen.insert(format!("{} {}", number.trim(), name.trim()), passed);
        }
    }
    seen
}

/// Whether stdout contains a plain summary line.
fn has_summary_line(stdout: &str) -> bool {
    stdout.lines().any(|line| {
        let words: Vec<&str> = line.split_whitespace().collect();
        matches!(words.as_slice(), [a, "passed,", b, "failed"] if a.parse::<u32>().is_ok() && b.parse::<u32>().is_ok())
    })
}

/// Runs the suite; returns whether it passed given `tests/proposal/EXPECTED_FAILURES`.
pub fn run_suite(folder: &Path) -> bool {
    println!("== proposal suite: {}", folder.display());
    let list_path = folder.join("EXPECTED_FAILURES");
    // In file order (the harness's numbering), without duplicates.
    let mut cases: Vec<String> = Vec::new();
    for line in std::fs::read_to_string(folder.join("CASES")).unwrap_or_default().lines().map(str::trim) {
        if !line.is_empty() && !line.starts_with('#') && !cases.iter().any(|c| c == line) {
            cases.push(line.to_string());
        }
    }
    let binary = match locate_minijs() {
        Ok(path) => path,
        Err(message) => {
            println!("{message}");
            println!("0 passed, 1 failed");
            return false;
        }
    };
    let entry = folder.join("run.mjs");
    let timeout = child::timeout_from_env();
    let invocation =
        Invocation { program: &binary, args: vec!["run".to_string(), entry.display().to_string()], cwd: Some(folder), timeout };
    let (stdout, stderr, exit_ok) = match child::run(&invocation) {
        Ok(outcome) => {
            let ok = outcome.exit_code == Some(0) && !outcome.timed_out;
            (
                outcome.stdout,
                if outcome.timed_out { format!("timed out after {timeout:?}\n{}", outcome.stderr) } else { outcome.stderr },
                ok,
            )
        }
        Err(e) => (String::new(), e, false),
    };
    let reported = parse_tap(&stdout);
    let mut results: Vec<(String, bool)> = cases.iter().map(|id| (id.clone(), reported.get(id).copied().unwrap_or(false))).collect();
    results.push((EXIT_CASE.to_string(), exit_ok && has_summary_line(&stdout)));
    let known: BTreeSet<&String> = cases.iter().collect();
    for (id, passed) in &reported {
        if !known.contains(id) {
            println!("note: the program reported a case not in CASES: {} {id}", if *passed { "ok" } else { "not ok" });
        }
    }
    let expected = expected_failures::read_list(&list_path);
    let any_unexpected = results.iter().any(|(id, passed)| !passed && !expected.contains(id));
    for (id, passed) in &results {
        if !passed {
            println!("{} {id}", if expected.contains(id) { "xfail" } else { "FAIL " });
        }
    }
    if any_unexpected || std::env::var("MINIJS_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0") {
        println!("--- program stdout ---\n{stdout}--- program stderr (first lines) ---");
        for line in stderr.lines().take(20) {
            println!("{line}");
        }
    }
    let verdicts: Vec<(&str, bool)> = results.iter().map(|(id, passed)| (id.as_str(), *passed)).collect();
    expected_failures::conclude(verdicts, &list_path, "proposal suite (tests/proposal)", 0, false)
}

#[cfg(test)]
mod tests {
    use super::{has_summary_line, parse_tap};

    #[test]
    fn tap_lines_are_parsed() {
        let seen = parse_tap("ok 1 - a > b\nnot ok 2 - a > c\n  # Error: x\nrandom\n");
        assert_eq!(seen.get("1 a > b"), Some(&true));
        assert_eq!(seen.get("2 a > c"), Some(&false));
        assert_eq!(seen.len(), 2);
    }

    #[test]
    fn summary_line_is_found() {
        assert!(has_summary_line("ok 1 - x\n19 passed, 0 failed\n"));
        assert!(!has_summary_line("passed, failed\n"));
    }
}
