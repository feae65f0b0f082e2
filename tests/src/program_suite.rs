//! Program suites (golden, seed, bad_input): a folder of JS programs, each with sidecar expectations.
//!
//! For a program `dir/name.js` (or `.mjs` / `.cjs`):
//! - `dir/name.out`: its exact stdout (required when the suite says so, e.g. golden and seed);
//! - `dir/name.exit`: the expected exit code, or `nonzero`; absent means 0;
//! - `dir/name.stderr`: a pattern for the first lines of stderr (see `pattern.rs`); absent means unchecked;
//! - `dir/name.args`: extra `minijs run` flags placed before the file (whitespace-separated).
//!
//! Files and folders whose name starts with `_` are helpers (modules other programs import), never run on
//! their own. Stdout is compared after replacing the absolute path of the program's folder with `<dir>`, so
//! expected output recorded on one machine holds in any checkout (regen.sh does the same to Node's output).

use crate::binary::locate_minijs;
use crate::child::{self, Invocation, Outcome};
use crate::diff::line_diff;
use crate::expected_failures;
use crate::paths::relative_display;
use crate::pattern::StderrPattern;
use crate::pool;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The placeholder that stands for a program's own folder in expected output.
pub const DIR_PLACEHOLDER: &str = "<dir>";

/// A suite's configuration.
#[derive(Clone, Debug)]
pub struct SuiteConfig {
    /// Name shown in reports.
    pub name: String,
    /// Folder holding the programs (searched recursively).
    pub root: PathBuf,
    /// The expected-failures list.
    pub expected_failures: PathBuf,
    /// Whether every program must have a `.out` file.
    pub require_stdout: bool,
}

/// The expected exit status.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExpectedExit {
    Code(i32),
    NonZero,
}

/// One program and what it must do.
#[derive(Clone, Debug)]
pub struct ProgramCase {
    /// Path relative to the suite root, `/`-separated: the id used in the expected-failures list.
    pub id: String,
    pub path: PathBuf,
    pub args: Vec<String>,
    pub stdout: Option<String>,
    pub exit: ExpectedExit,
    pub stderr_pattern: Option<String>,
    /// A problem with the case's own files (unreadable `.exit`, missing `.out`): the case fails with it.
    pub setup_error: Option<String>,
}

/// The verdict on one program.
#[derive(Clone, Debug)]
pub struct CaseResult {
    pub id: String,
    pub passed: bool,
    /// Empty when passed; otherwise why, with diffs.
    pub details: String,
    pub elapsed: Duration,
}

/// Every program file under `root`, sorted, skipping `_`-prefixed helpers.
pub fn discover_programs(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    collect_programs(root, &mut found);
    found.sort();
    found
}

fn collect_programs(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect_programs(&path, found);
        } else if is_program(&path) {
            found.push(path);
        }
    }
}

/// Whether a file is a JavaScript program by its extension.
pub fn is_program(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("js" | "mjs" | "cjs"))
}

/// Reads a program's sidecar files.
pub fn load_case(root: &Path, path: &Path, require_stdout: bool) -> ProgramCase {
    let id = relative_display(path, root);
    let sidecar = |ext: &str| std::fs::read_to_string(path.with_extension(ext)).ok();
    let mut setup_error = None;
    let stdout = sidecar("out");
    if stdout.is_none() && require_stdout {
        setup_error = Some(format!("missing {} (generate it with the suite's regen.sh)", path.with_extension("out").display()));
    }
    let exit = match sidecar("exit") {
        None => ExpectedExit::Code(0),
        Some(text) => match parse_exit(&text) {
            Some(exit) => exit,
            None => {
                setup_error =
                    Some(format!("{} must hold an integer or `nonzero`, found {:?}", path.with_extension("exit").display(), text.trim()));
                ExpectedExit::Code(0)
            }
        },
    };
    let args = sidecar("args").map(|text| text.split_whitespace().map(str::to_string).collect()).unwrap_or_default();
    ProgramCase { id, path: path.to_path_buf(), args, stdout, exit, stderr_pattern: sidecar("stderr"), setup_error }
}

fn parse_exit(text: &str) -> Option<ExpectedExit> {
    let text = text.trim();
    if text == "nonzero" {
        return Some(ExpectedExit::NonZero);
    }
    text.parse::<i32>().ok().map(ExpectedExit::Code)
}

/// Runs one case through the binary and judges it.
pub fn run_case(binary: &Path, case: &ProgramCase, timeout: Duration) -> CaseResult {
    let fail = |details: String, elapsed: Duration| CaseResult { id: case.id.clone(), passed: false, details, elapsed };
    if let Some(problem) = &case.setup_error {
        return fail(problem.clone(), Duration::ZERO);
    }
    let file = case.path.display().to_string();
    let mut args = vec!["run".to_string()];
    args.extend(case.args.iter().cloned());
    args.push(file.clone());
    let invocation = Invocation { program: binary, args, cwd: case.path.parent(), timeout };
    let outcome = match child::run(&invocation) {
        Ok(outcome) => outcome,
        Err(e) => return fail(e, Duration::ZERO),
    };
    let problems = judge(case, &file, &outcome, timeout);
    CaseResult { id: case.id.clone(), passed: problems.is_empty(), details: problems, elapsed: outcome.elapsed }
}

/// Everything wrong with an outcome, as a report; empty when it matches.
fn judge(case: &ProgramCase, file: &str, outcome: &Outcome, timeout: Duration) -> String {
    let mut report = String::new();
    if outcome.timed_out {
        report.push_str(&format!("timed out after {:.1}s (killed)\n", timeout.as_secs_f64()));
    }
    let exit_ok = match (case.exit, outcome.exit_code) {
        (ExpectedExit::Code(want), Some(got)) => want == got,
        (ExpectedExit::NonZero, Some(got)) => got != 0,
        (_, None) => false,
    };
    if !exit_ok {
        let want = match case.exit {
            ExpectedExit::Code(code) => code.to_string(),
            ExpectedExit::NonZero => "non-zero".to_string(),
        };
        let got = outcome.exit_code.map(|c| c.to_string()).unwrap_or_else(|| "killed by a signal".to_string());
        report.push_str(&format!("exit code: expected {want}, got {got}\n"));
    }
    if let Some(expected) = &case.stdout {
        let actual = normalize_stdout(&outcome.stdout, &case.path);
        let diff = line_diff(expected, &actual);
        if !diff.is_empty() {
            report.push_str("stdout differs (- expected, + actual):\n");
            report.push_str(&diff);
        }
    }
    if let Some(source) = &case.stderr_pattern {
        let pattern = StderrPattern::parse(source, file);
        if !pattern.matches(&outcome.stderr) {
            report.push_str("stderr does not match the pattern.\n--- expected (pattern) ---\n");
            report.push_str(&pattern.describe());
            report.push_str("--- actual (first lines) ---\n");
            for line in outcome.stderr.lines().take(12) {
                report.push_str(line);
                report.push('\n');
            }
        }
    }
    if !report.is_empty() && !outcome.stderr.is_empty() && case.stderr_pattern.is_none() {
        report.push_str("stderr (first lines):\n");
        for line in outcome.stderr.lines().take(8) {
            report.push_str("  ");
            report.push_str(line);
            report.push('\n');
        }
    }
    report
}

/// Replaces the program folder's absolute path with `<dir>` (see the module docs).
pub fn normalize_stdout(stdout: &str, program: &Path) -> String {
    match program.parent().map(|d| d.display().to_string()) {
        Some(dir) if !dir.is_empty() => stdout.replace(&dir, DIR_PLACEHOLDER),
        _ => stdout.to_string(),
    }
}

/// Discovers, runs and reports a whole suite; returns whether it passed (only unexpected failures fail it).
pub fn run_suite(config: &SuiteConfig, filters: &[String]) -> bool {
    println!("== {} suite: {}", config.name, config.root.display());
    let binary = match locate_minijs() {
        Ok(path) => path,
        Err(message) => {
            println!("{message}");
            println!("0 passed, 1 failed");
            return false;
        }
    };
    let cases: Vec<ProgramCase> = discover_programs(&config.root)
        .iter()
        .map(|path| load_case(&config.root, path, config.require_stdout))
        .filter(|case| filters.is_empty() || filters.iter().any(|f| case.id.contains(f.as_str())))
        .collect();
    if cases.is_empty() {
        if filters.is_empty() {
            println!("no programs found under {}", config.root.display());
        } else {
            println!("no programs under {} match {:?}", config.root.display(), filters);
        }
        println!("0 passed, 0 failed");
        // No programs at all means a broken checkout; no programs matching a filter is fine.
        return !filters.is_empty();
    }
    let timeout = child::timeout_from_env();
    let workers = pool::worker_count();
    println!(
        "running {} programs with {} on {} threads (timeout {:.0}s each)",
        cases.len(),
        binary.display(),
        workers,
        timeout.as_secs_f64()
    );
    let results = pool::map_parallel(&cases, workers, |case| run_case(&binary, case, timeout), |_, _| {});
    print_results(&results, &expected_failures::read_list(&config.expected_failures));
    let verdicts: Vec<(&str, bool)> = results.iter().map(|r| (r.id.as_str(), r.passed)).collect();
    let checkout = crate::paths::tests_dir().parent().map(Path::to_path_buf).unwrap_or_default();
    let what = format!("{} suite ({})", config.name, relative_display(&config.root, &checkout));
    expected_failures::conclude(verdicts, &config.expected_failures, &what, 0, !filters.is_empty())
}

/// Details for unexpected failures; one line per expected failure (all details with `MINIJS_VERBOSE=1`).
fn print_results(results: &[CaseResult], expected: &std::collections::BTreeSet<String>) {
    let verbose = std::env::var("MINIJS_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    for result in results {
        let listed = expected.contains(&result.id);
        match (result.passed, listed) {
            (true, _) => {
                if verbose {
                    println!("ok    {} ({} ms)", result.id, result.elapsed.as_millis());
                }
            }
            (false, true) if !verbose => {
                let first = result.details.lines().next().unwrap_or("");
                println!("xfail {}: {}", result.id, first);
            }
            (false, listed) => {
                println!("{} {}", if listed { "xfail" } else { "FAIL " }, result.id);
                for line in result.details.lines() {
                    println!("    {line}");
                }
            }
        }
    }
}

/// The common `main` of a program-suite integration test: positional arguments that do not start with
/// `-` filter programs by substring (so `cargo test --test golden -- async` works); exit code 1 on failure.
pub fn main_for(name: &str, folder: &str, require_stdout: bool) -> std::process::ExitCode {
    let root = crate::paths::tests_dir().join(folder);
    let config = SuiteConfig { name: name.to_string(), expected_failures: root.join("EXPECTED_FAILURES"), root, require_stdout };
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if run_suite(&config, &filters) { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}
