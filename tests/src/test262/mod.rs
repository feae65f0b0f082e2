//! A test262 runner following `shared/test262/INDEX.md` (INTERPRETING.md): frontmatter, harness includes,
//! strict and sloppy runs, `raw`, `module`, `async` (doneprintHandle.js + `Test262:AsyncTestComplete`),
//! `negative` (error name read from stderr), the `--test262` host globals; parallel `minijs batch` workers
//! with a per-run timeout; a run that panics or kills its worker counts as a crash. Reports per folder
//! (`tests/test262/RESULTS.md`) and checks a baseline of passing tests (`tests/test262/PASSING`).

mod baseline;
pub mod error_name;
pub mod execute;
pub mod frontmatter;
pub mod plan;
mod summary;

use crate::binary::locate_minijs;
use crate::child;
use crate::pool;
use execute::RunVerdict;
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
    /// The passing-tests baseline: every test on it that runs must pass.
    pub baseline: Option<PathBuf>,
    /// Rewrite the baseline (for the tests that ran) and the results table from this run.
    pub update: bool,
    /// Where the per-folder Markdown table goes (written on `update`).
    pub results_table: Option<PathBuf>,
    pub skip_features: BTreeSet<String>,
    pub timeout: Duration,
    pub jobs: usize,
    /// How many folder levels below each target the report breaks results down by.
    pub depth: usize,
    /// Print every failure's details, not just those of baseline regressions.
    pub verbose: bool,
    /// Only list the tests and their runs (checks every frontmatter); run nothing.
    pub list_only: bool,
    /// Run in `minijs batch` workers (default) rather than a process per run.
    pub batch: bool,
}

impl Options {
    /// Defaults: the shared subset, the skip list in `tests/test262/skip-features.txt`, env-driven
    /// timeout and parallelism, depth 1, batch workers.
    pub fn with_targets(targets: Vec<String>) -> Options {
        Options {
            root: crate::paths::test262_dir(),
            targets,
            baseline: None,
            update: false,
            results_table: None,
            skip_features: default_skip_features(),
            timeout: child::timeout_from_env(),
            jobs: pool::worker_count(),
            depth: 1,
            verbose: std::env::var("MINIJS_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0"),
            list_only: false,
            batch: true,
        }
    }

    /// The whole subset against the checked-in baseline, as CI runs it; `update` from
    /// `MINIJS_UPDATE_EXPECTED_FAILURES=1`, like the other suites.
    pub fn whole_subset() -> Options {
        let dir = crate::paths::tests_dir().join("test262");
        let mut options = Options::with_targets(vec!["test".to_string()]);
        options.baseline = Some(dir.join("PASSING"));
        options.results_table = Some(dir.join("RESULTS.md"));
        options.update = crate::expected_failures::update_requested();
        options.depth = 2;
        options
    }
}

/// Features minijs does not implement (tests tagged with any are skipped): `tests/test262/skip-features.txt`.
pub fn default_skip_features() -> BTreeSet<String> {
    let path = crate::paths::tests_dir().join("test262").join("skip-features.txt");
    crate::expected_failures::read_list(&path)
}

/// How one test ended (all its runs together).
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Passed,
    Failed,
    Crashed,
    Skipped,
}

/// The result of one test.
#[derive(Clone, Debug)]
pub struct TestResult {
    pub id: String,
    pub status: Status,
    /// Per failing run: `mode: reason`; for a skipped test, why.
    pub details: String,
}

fn resolve_target(root: &Path, target: &str) -> Option<PathBuf> {
    let given = PathBuf::from(target);
    [given.clone(), root.join(&given), root.join("test").join(&given)].into_iter().find(|p| p.exists())
}

/// Runs the targets and prints the report; returns whether the run passed (no crash, no baseline
/// regression).
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
        "test262: {} tests, {} runs, with {} on {} threads ({}, timeout {:.0}s per run)",
        plans.len(),
        runs.len(),
        binary.display(),
        options.jobs,
        if options.batch { "batch workers" } else { "a process per run" },
        options.timeout.as_secs_f64()
    );
    let started = std::time::Instant::now();
    let total_runs = runs.len();
    let mut finished = 0usize;
    let verdicts = pool::map_parallel(
        &runs,
        options.jobs,
        |(index, mode)| match plans.get(*index) {
            Some(p) => execute::run_mode(&binary, &harness, &p.path, &p.meta, *mode, options.timeout, options.batch),
            None => RunVerdict::Fail("internal: no such plan".to_string()),
        },
        |_, _| {
            finished += 1;
            if total_runs >= 2000 && finished.is_multiple_of(total_runs / 10) {
                println!("  ... {finished}/{total_runs} runs");
            }
        },
    );
    let results = collect_results(&plans, &runs, &verdicts);
    let table = summary::Table::new(&results, &target_ids, options.depth);
    println!();
    print!("{}", table.plain());
    println!("({:.0} s)", started.elapsed().as_secs_f64());
    let baseline = options.baseline.as_deref().map(baseline::Baseline::read);
    print_failures(&results, baseline.as_ref(), options.verbose);
    if options.update {
        if let Some(path) = &options.results_table {
            let markdown = table.markdown(&options.targets, started.elapsed());
            if let Err(e) = std::fs::write(path, markdown) {
                println!("cannot write {}: {e}", path.display());
            } else {
                println!("wrote {}", path.display());
            }
        }
    }
    baseline::conclude(&results, baseline, options.update)
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

/// Folds per-run verdicts into per-test results: one crashed run makes the test crashed.
fn collect_results(plans: &[TestPlan], runs: &[(usize, Mode)], verdicts: &[RunVerdict]) -> Vec<TestResult> {
    let mut results: Vec<TestResult> = plans
        .iter()
        .map(|p| match (&p.skip, &p.error) {
            (Some(reason), _) => TestResult { id: p.id.clone(), status: Status::Skipped, details: reason.clone() },
            (None, Some(error)) => TestResult { id: p.id.clone(), status: Status::Failed, details: error.clone() },
            (None, None) => TestResult { id: p.id.clone(), status: Status::Passed, details: String::new() },
        })
        .collect();
    for ((index, mode), verdict) in runs.iter().zip(verdicts) {
        let Some(result) = results.get_mut(*index) else { continue };
        let (status, reason) = match verdict {
            RunVerdict::Pass => continue,
            RunVerdict::Fail(reason) => (Status::Failed, reason),
            RunVerdict::Crash(reason) => (Status::Crashed, reason),
        };
        if result.status != Status::Crashed {
            result.status = status;
        }
        result.details.push_str(&format!("{}: {reason}\n", mode.label()));
    }
    results
}

/// Crashes and baseline regressions in full. Other failures: with a baseline they are known and left
/// out (`verbose` shows them in full); without one, a line each.
fn print_failures(results: &[TestResult], baseline: Option<&baseline::Baseline>, verbose: bool) {
    for result in results.iter().filter(|r| matches!(r.status, Status::Failed | Status::Crashed)) {
        let regression = baseline.is_some_and(|b| b.contains(&result.id));
        let label = match (&result.status, regression) {
            (Status::Crashed, _) => "CRASH",
            (_, true) => "REGRESSED",
            _ => "fail",
        };
        let known = baseline.is_some() && !regression && result.status != Status::Crashed;
        if known && !verbose {
            continue;
        }
        if !(verbose || regression || result.status == Status::Crashed) {
            let first = result.details.lines().next().unwrap_or("");
            println!("{label} {}: {first}", result.id);
            continue;
        }
        println!("{label} {}", result.id);
        for line in result.details.lines() {
            println!("    {line}");
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
            "--baseline" => options.baseline = Some(PathBuf::from(value(arg)?)),
            "--results" => options.results_table = Some(PathBuf::from(value(arg)?)),
            "--update" => options.update = true,
            "--no-batch" => options.batch = false,
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
