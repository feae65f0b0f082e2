//! A test262 runner following `shared/test262/INDEX.md` (INTERPRETING.md): frontmatter, harness includes,
//! strict and sloppy runs, `raw`, `module`, `async` (doneprintHandle.js + `Test262:AsyncTestComplete`),
//! `negative` (error name read from stderr), the `--test262` host globals; parallel, with a per-run timeout
//! and a `folder: passed/total` report.

pub mod error_name;
pub mod execute;
pub mod frontmatter;
pub mod plan;
mod summary;

use crate::binary::locate_minijs;
use crate::child;
use crate::expected_failures::{self, Comparison};
use crate::pool;
use plan::{Mode, TestPlan};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Everything a run needs.
#[derive(Clone, Debug)]
pub struct Options {
    /// The test262 checkout (holding `harness/` and `test/`).
    pub root: PathBuf,
    /// Folders or files to run: absolute, relative to the root, or relative to `root/test`.
    pub targets: Vec<String>,
    /// The expected-failures list to check against (and rewrite with MINIJS_UPDATE_EXPECTED_FAILURES=1).
    pub expected_failures: Option<PathBuf>,
    pub skip_features: BTreeSet<String>,
    pub timeout: Duration,
    pub jobs: usize,
    /// How many folder levels below each target the report breaks results down by.
    pub depth: usize,
    /// Print every failure's details, not just the unexpected ones.
    pub verbose: bool,
    /// Only list the tests and their runs (checks every frontmatter); run nothing.
    pub list_only: bool,
}

impl Options {
    /// Defaults: the shared subset, the skip list in `tests/test262/skip-features.txt`, env-driven
    /// timeout and parallelism, depth 1.
    pub fn with_targets(targets: Vec<String>) -> Options {
        Options {
            root: crate::paths::test262_dir(),
            targets,
            expected_failures: None,
            skip_features: default_skip_features(),
            timeout: child::timeout_from_env(),
            jobs: pool::worker_count(),
            depth: 1,
            verbose: std::env::var("MINIJS_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0"),
            list_only: false,
        }
    }
}

/// Features minijs does not implement (tests tagged with any are skipped): `tests/test262/skip-features.txt`.
pub fn default_skip_features() -> BTreeSet<String> {
    let path = crate::paths::tests_dir().join("test262").join("skip-features.txt");
    expected_failures::read_list(&path)
}

/// The result of one test (all its runs).
#[derive(Clone, Debug)]
pub struct TestResult {
    pub id: String,
    /// `None` when skipped.
    pub passed: Option<bool>,
    /// Per failing run: `mode: reason`.
    pub details: String,
}

fn resolve_target(root: &Path, target: &str) -> Option<PathBuf> {
    let given = PathBuf::from(target);
    [given.clone(), root.join(&given), root.join("test").join(&given)].into_iter().find(|p| p.exists())
}

/// Runs the targets and prints the report; returns whether the run passed (no unexpected failure).
pub fn run(options: &Options) -> bool {
    let Some((plans, target_ids)) = plan_targets(options) else {
        println!("0 passed, 1 failed");
        return false;
    };
    if options.list_only {
        return list(&plans);
    }
    let binary = match locate_minijs() {
        Ok(path) => path,
        Err(message) => {
            println!("{message}");
            println!("0 passed, 1 failed");
            return false;
        }
    };
    let harness = options.root.join("harness");
    let runs: Vec<(usize, Mode)> = plans.iter().enumerate().flat_map(|(i, p)| p.runs.iter().map(move |m| (i, *m))).collect();
    println!(
        "test262: {} tests, {} runs, with {} on {} threads (timeout {:.0}s per run)",
        plans.len(),
        runs.len(),
        binary.display(),
        options.jobs,
        options.timeout.as_secs_f64()
    );
    let total_runs = runs.len();
    let mut finished = 0usize;
    let outcomes = pool::map_parallel(
        &runs,
        options.jobs,
        |(index, mode)| match plans.get(*index) {
            Some(p) => execute::run_mode(&binary, &harness, &p.path, &p.meta, *mode, options.timeout),
            None => Err("internal: no such plan".to_string()),
        },
        |_, _| {
            finished += 1;
            if total_runs >= 2000 && finished.is_multiple_of(total_runs / 10) {
                println!("  ... {finished}/{total_runs} runs");
            }
        },
    );
    let results = collect_results(&plans, &runs, &outcomes);
    let expected = options.expected_failures.as_deref().map(expected_failures::read_list).unwrap_or_default();
    print_failures(&results, &expected, options.verbose);
    summary::print_folders(&results, &target_ids, options.depth);
    conclude(&results, options)
}

/// Every test under the targets (deduplicated), and the targets as ids; `None` for a missing target.
fn plan_targets(options: &Options) -> Option<(Vec<TestPlan>, Vec<String>)> {
    let mut plans: Vec<TestPlan> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut target_ids = Vec::new();
    for target in &options.targets {
        let Some(path) = resolve_target(&options.root, target) else {
            println!("no such test262 folder or file: {target} (root {})", options.root.display());
            return None;
        };
        target_ids.push(crate::paths::relative_display(&path, &options.root));
        for file in plan::discover(&path) {
            if seen.insert(file.clone()) {
                plans.push(plan::plan_test(&options.root, &file, &options.skip_features));
            }
        }
    }
    Some((plans, target_ids))
}

/// `--list`: one line per test with its runs, skip reason or frontmatter error.
fn list(plans: &[TestPlan]) -> bool {
    let mut broken = 0;
    for p in plans {
        let what = match (&p.error, &p.skip) {
            (Some(error), _) => {
                broken += 1;
                format!("ERROR {error}")
            }
            (None, Some(reason)) => format!("skip ({reason})"),
            (None, None) => p.runs.iter().map(|m| m.label()).collect::<Vec<_>>().join(","),
        };
        println!("{} {what}", p.id);
    }
    let runs: usize = plans.iter().map(|p| p.runs.len()).sum();
    println!("{} tests, {runs} runs, {broken} unreadable", plans.len());
    broken == 0
}

/// Folds per-run outcomes into per-test results.
fn collect_results(plans: &[TestPlan], runs: &[(usize, Mode)], outcomes: &[Result<(), String>]) -> Vec<TestResult> {
    let mut results: Vec<TestResult> = plans
        .iter()
        .map(|p| TestResult {
            id: p.id.clone(),
            passed: if p.skip.is_some() { None } else { Some(p.error.is_none()) },
            details: p.error.clone().unwrap_or_default(),
        })
        .collect();
    for ((index, mode), outcome) in runs.iter().zip(outcomes) {
        if let (Some(result), Err(reason)) = (results.get_mut(*index), outcome) {
            result.passed = Some(false);
            result.details.push_str(&format!("{}: {reason}\n", mode.label()));
        }
    }
    results
}

fn print_failures(results: &[TestResult], expected: &BTreeSet<String>, verbose: bool) {
    for result in results.iter().filter(|r| r.passed == Some(false)) {
        let listed = expected.contains(&result.id);
        if listed && !verbose {
            let first = result.details.lines().next().unwrap_or("");
            println!("xfail {}: {first}", result.id);
            continue;
        }
        println!("{} {}", if listed { "xfail" } else { "FAIL " }, result.id);
        for line in result.details.lines() {
            println!("    {line}");
        }
    }
}

fn conclude(results: &[TestResult], options: &Options) -> bool {
    let skipped = results.iter().filter(|r| r.passed.is_none()).count();
    let verdicts: Vec<(&str, bool)> = results.iter().filter_map(|r| r.passed.map(|p| (r.id.as_str(), p))).collect();
    match &options.expected_failures {
        Some(list) => {
            let what = format!("test262 {}", options.targets.join(" "));
            expected_failures::conclude(verdicts, list, &what, skipped, false)
        }
        None => {
            let comparison = Comparison::new(verdicts, &BTreeSet::new());
            comparison.print_summary(Path::new("(no expected-failures list given)"), skipped);
            comparison.ok()
        }
    }
}

/// Parses the `test262` command line (see `src/bin/test262.rs`).
pub fn options_from_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options::with_targets(Vec::new());
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |name: &str| iter.next().cloned().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--expected-failures" => options.expected_failures = Some(PathBuf::from(value(arg)?)),
            "--skip-features" => {
                options.skip_features.extend(value(arg)?.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()))
            }
            "--no-default-skips" => options.skip_features.clear(),
            "--timeout" => {
                let secs: f64 = value(arg)?.parse().map_err(|_| "--timeout needs seconds".to_string())?;
                if !(secs.is_finite() && secs > 0.0) {
                    return Err("--timeout needs a positive number of seconds".into());
                }
                options.timeout = Duration::from_secs_f64(secs);
            }
            "--jobs" | "-j" => options.jobs = value(arg)?.parse().ok().filter(|n| *n > 0).ok_or("--jobs needs a positive integer")?,
            "--depth" => options.depth = value(arg)?.parse().map_err(|_| "--depth needs an integer".to_string())?,
            "--root" => options.root = PathBuf::from(value(arg)?),
            "--verbose" | "-v" => options.verbose = true,
            "--list" => options.list_only = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            target => options.targets.push(target.to_string()),
        }
    }
    if options.targets.is_empty() {
        return Err("give at least one folder, e.g. test/built-ins/AsyncContext".into());
    }
    Ok(options)
}
