//! Node's own AsyncLocalStorage / AsyncResource tests (`shared/node-tests/test`, 43 files from Node's
//! `test/async-hooks` and `test/parallel`), run unmodified the way Node's test runner runs them: each file
//! is `minijs run file.js` from its own folder, and it passes when the process exits with code 0.
//!
//! The files `require('../common')` (Node's test helpers, not part of the corpus): `tests/node/common/`
//! is a small stand-in, and the runner copies the tree and the stand-in into a scratch folder so that the
//! relative requires resolve (`scratch.rs`). `tests/node/MANIFEST` says, for every file, `run` or
//! `skip: <reason>` (`manifest.rs`); a file's `// Flags:` line is honoured only where minijs has an
//! equivalent (`flags.rs`). A test that skips itself (prints `1..0 # Skipped: ...` and exits 0, as Node's
//! `common.skip` does) is reported as skipped. Failures are checked against `tests/node/EXPECTED_FAILURES`.

mod flags;
mod manifest;
mod scratch;

use crate::binary::locate_minijs;
use crate::child::{self, Invocation, Outcome};
use crate::expected_failures;
use crate::paths;
use crate::pool;
use manifest::Entry;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What happened to one file.
#[derive(Clone, Debug)]
enum Verdict {
    Passed {
        elapsed: Duration,
        ignored_flags: Vec<String>,
    },
    /// Skipped by the manifest, or by the test itself (`common.skip`).
    Skipped(String),
    Failed(String),
}

/// The manifest entries to handle in this run (in manifest order), and the mismatches between the manifest
/// and the test tree: a file the manifest does not cover, or a manifest line without its file.
struct Plan {
    selected: Vec<Entry>,
    problems: Vec<(String, String)>,
}

/// The `main` of the `node_tests` integration test: arguments not starting with `-` filter files by
/// substring.
pub fn main() -> std::process::ExitCode {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if run_suite(&filters) { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}

/// Runs the suite; returns whether it passed (only unexpected failures fail it).
pub fn run_suite(filters: &[String]) -> bool {
    let test_root = paths::shared_dir().join("node-tests").join("test");
    let own_dir = paths::tests_dir().join("node");
    println!("== node tests suite: {}", test_root.display());
    let plan = match make_plan(&test_root, &own_dir, filters) {
        Ok(plan) => plan,
        Err(message) => return setup_failure(&message),
    };
    let binary = match locate_minijs() {
        Ok(path) => path,
        Err(message) => return setup_failure(&message),
    };
    let tree = match scratch::build(&test_root, &own_dir.join("common"), scratch::scratch_location()) {
        Ok(tree) => tree,
        Err(message) => return setup_failure(&message),
    };
    let to_run: Vec<PathBuf> = plan.selected.iter().filter(|e| e.plan == manifest::Plan::Run).map(|e| tree.root.join(&e.path)).collect();
    let timeout = child::timeout_from_env();
    let workers = pool::worker_count();
    println!(
        "running {} of {} selected files with {} on {} threads (timeout {:.0}s each)",
        to_run.len(),
        plan.selected.len(),
        binary.display(),
        workers,
        timeout.as_secs_f64()
    );
    let ran = pool::map_parallel(&to_run, workers, |path| run_file(&binary, path, timeout), |_, _| {});
    drop(tree);
    report(&plan, ran, &own_dir.join("EXPECTED_FAILURES"), !filters.is_empty())
}

/// Reads the manifest and checks it against the files of the test tree.
fn make_plan(test_root: &Path, own_dir: &Path, filters: &[String]) -> Result<Plan, String> {
    let text = std::fs::read_to_string(own_dir.join("MANIFEST")).map_err(|e| format!("cannot read tests/node/MANIFEST: {e}"))?;
    let entries = manifest::parse(&text)?;
    let files = scratch::test_files(test_root);
    if files.is_empty() {
        return Err(format!("no test files under {}", test_root.display()));
    }
    let wanted = |path: &str| filters.is_empty() || filters.iter().any(|f| path.contains(f.as_str()));
    let unlisted = files
        .iter()
        .filter(|f| !entries.iter().any(|e| &e.path == *f))
        .map(|f| (f.clone(), "not listed in tests/node/MANIFEST (add `run` or `skip: <reason>`)"));
    let missing = entries
        .iter()
        .filter(|e| !files.contains(&e.path))
        .map(|e| (e.path.clone(), "listed in tests/node/MANIFEST but not in the test tree"));
    let problems = unlisted.chain(missing).filter(|(id, _)| wanted(id)).map(|(id, why)| (id, why.to_string())).collect();
    let selected = entries.into_iter().filter(|e| files.contains(&e.path) && wanted(&e.path)).collect();
    Ok(Plan { selected, problems })
}

/// Prints one line per file and the closing summary; returns whether the suite passed.
fn report(plan: &Plan, ran: Vec<Verdict>, list_path: &Path, partial: bool) -> bool {
    let expected = expected_failures::read_list(list_path);
    let mut ran = ran.into_iter();
    let mut verdicts: Vec<(String, bool)> = Vec::new();
    let mut skipped = 0;
    for entry in &plan.selected {
        let verdict = match &entry.plan {
            manifest::Plan::Skip(reason) => Verdict::Skipped(reason.clone()),
            manifest::Plan::Run => ran.next().unwrap_or_else(|| Verdict::Failed("did not run".into())),
        };
        print_verdict(&entry.path, &verdict, expected.contains(&entry.path));
        match verdict {
            Verdict::Passed { .. } => verdicts.push((entry.path.clone(), true)),
            Verdict::Failed(_) => verdicts.push((entry.path.clone(), false)),
            Verdict::Skipped(_) => skipped += 1,
        }
    }
    for (id, problem) in &plan.problems {
        println!("FAIL  {id}: {problem}");
        verdicts.push((id.clone(), false));
    }
    let what = "node tests suite (tests/node, files of shared/node-tests/test)";
    expected_failures::conclude(verdicts.iter().map(|(id, ok)| (id.as_str(), *ok)), list_path, what, skipped, partial)
}

fn setup_failure(message: &str) -> bool {
    println!("{message}");
    println!("0 passed, 1 failed");
    false
}

/// Runs one file from its own folder of the scratch tree.
fn run_file(binary: &Path, path: &Path, timeout: Duration) -> Verdict {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => return Verdict::Failed(format!("cannot read {}: {e}", path.display())),
    };
    let (minijs_flags, ignored_flags) = flags::translate(&source);
    let mut args = vec!["run".to_string()];
    args.extend(minijs_flags);
    args.push(path.display().to_string());
    let invocation = Invocation { program: binary, args, cwd: path.parent(), timeout };
    match child::run(&invocation) {
        Ok(outcome) => judge(&outcome, timeout, ignored_flags),
        Err(e) => Verdict::Failed(e),
    }
}

/// Node's rule: exit code 0 passes. `common.skip` prints a TAP plan of zero tests with the reason.
fn judge(outcome: &Outcome, timeout: Duration, ignored_flags: Vec<String>) -> Verdict {
    if outcome.exit_code == Some(0) && !outcome.timed_out {
        if let Some(reason) = outcome.stdout.lines().find_map(|line| line.strip_prefix("1..0 # Skipped:")) {
            return Verdict::Skipped(format!("the test skipped itself: {}", reason.trim()));
        }
        return Verdict::Passed { elapsed: outcome.elapsed, ignored_flags };
    }
    let mut details = if outcome.timed_out {
        format!("timed out after {:.1}s (killed)", timeout.as_secs_f64())
    } else {
        match outcome.exit_code {
            Some(code) => format!("exit code {code}"),
            None => "killed by a signal".to_string(),
        }
    };
    for (name, text) in [("stderr", &outcome.stderr), ("stdout", &outcome.stdout)] {
        if !text.trim().is_empty() {
            details.push_str(&format!("\n{name} (first lines):"));
            for line in text.lines().take(12) {
                details.push_str("\n  ");
                details.push_str(line);
            }
        }
    }
    Verdict::Failed(details)
}

/// One line per file; failures not on the expected-failures list also get their output excerpt.
fn print_verdict(id: &str, verdict: &Verdict, listed: bool) {
    match verdict {
        Verdict::Passed { elapsed, ignored_flags } => {
            let note = if ignored_flags.is_empty() { String::new() } else { format!("; flags ignored: {}", ignored_flags.join(", ")) };
            println!("ok    {id} ({} ms{note})", elapsed.as_millis());
        }
        Verdict::Skipped(reason) => println!("skip  {id}: {reason}"),
        Verdict::Failed(details) if listed => println!("xfail {id}: {}", details.lines().next().unwrap_or("")),
        Verdict::Failed(details) => {
            println!("FAIL  {id}");
            for line in details.lines() {
                println!("    {line}");
            }
        }
    }
}
