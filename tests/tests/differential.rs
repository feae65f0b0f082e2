//! Differential testing against Node: random, well-formed, terminating, deterministic programs (generated
//! with proptest, see differential/generator) are run by Node and by minijs; stdout and exit code must be
//! equal. A mismatch is confirmed by running both again, shrunk by proptest, printed, and saved as a golden
//! regression program. See tests/README.md ("Differential testing") for the settings.

mod differential {
    pub mod cases;
    pub mod compare;
    pub mod config;
    pub mod generator;
    pub mod regression;
    pub mod render;
}

use differential::compare::{Engines, Pair, same};
use differential::config::{self, Config, Node};
use differential::generator::{self, Features};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Cases generated and run together; progress is printed after each batch.
const BATCH: usize = 500;
/// The shrinking budget per mismatch.
const SHRINK_STEPS: usize = 400;
const SHRINK_TIME: Duration = Duration::from_secs(300);
/// Extra runs of both engines that confirm a difference (timer order can vary on a loaded machine).
const RERUNS: usize = 2;

/// One case's verdict.
enum Verdict {
    Match,
    /// minijs differs from Node, which printed the same on every run.
    Mismatch(Pair),
    /// Node printed something else on a second run: the generated program is not deterministic.
    NodeFlaky(Pair),
    /// minijs differed in one run but matched Node in another.
    MinijsFlaky(Pair),
    Error(String),
}

impl Verdict {
    /// Whether the verdict fails the run. A difference that does not repeat (timer order on a loaded
    /// machine, where either engine can be descheduled between two timer calls) is reported, not failed.
    fn fails(&self) -> bool {
        matches!(self, Verdict::Mismatch(_) | Verdict::Error(_))
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            println!("differential: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<bool, String> {
    let config = Config::from_env()?;
    let Some(node) = config::find_node()? else {
        println!("differential: SKIPPED (no node found; set MINIJS_NODE)");
        return Ok(true);
    };
    let features = Features { async_local_storage: node.major >= config::FIRST_NODE_WITH_CONTEXT_FRAME };
    let minijs = minijs_tests::binary::locate_minijs()?;
    println!(
        "differential: seed {} (MINIJS_DIFF_SEED={}), {} programs, {} jobs, node {} at {}, minijs {}",
        config.seed,
        config.seed,
        config.cases,
        config.jobs,
        node.version,
        node.path.display(),
        minijs.display()
    );
    // Expected outputs are the golden Node's; another major version differs in details (util.inspect
    // of symbol keys, for one), so against it differences are shown but do not fail, and are not saved.
    let reference = config::golden_major() == Some(node.major);
    if !reference {
        println!(
            "differential: WARNING: node {} is not the reference version (tests/golden/NODE_VERSION); differences are reported \
             but do not fail the run. Set MINIJS_NODE to Node 26.",
            node.version
        );
    }
    if !features.async_local_storage {
        println!(
            "differential: AsyncLocalStorage programs are OFF: node {} predates AsyncContextFrame (needs >= {}; set MINIJS_NODE to Node 26)",
            node.version,
            config::FIRST_NODE_WITH_CONTEXT_FRAME
        );
    }
    let work_dir = std::env::temp_dir().join(format!("minijs-differential-{}", std::process::id()));
    std::fs::create_dir_all(&work_dir).map_err(|e| format!("cannot create {}: {e}", work_dir.display()))?;
    let engines = Engines { node: node.path.clone(), minijs, work_dir: work_dir.clone(), timeout: config.timeout };

    let started = Instant::now();
    let mut failures: Vec<(usize, Verdict)> = Vec::new();
    let mut done = 0;
    // `MINIJS_DIFF_ONLY=3,17` runs those cases only, printing their programs (to reproduce a failure).
    let only: Option<Vec<usize>> =
        std::env::var("MINIJS_DIFF_ONLY").ok().map(|list| list.split(',').filter_map(|n| n.trim().parse().ok()).collect());
    if let Some(only) = &only {
        for &index in only {
            println!("---- case {index}:\n{}----", source_of(features, config.seed, index)?);
        }
    }
    while done < config.cases {
        let indices: Vec<usize> = match &only {
            Some(only) => only.iter().copied().filter(|&i| (done..(done + BATCH)).contains(&i)).collect(),
            None => (done..(done + BATCH).min(config.cases)).collect(),
        };
        let batch_end = (done + BATCH).min(config.cases);
        let verdicts =
            minijs_tests::pool::map_parallel(&indices, config.jobs, |&index| judge_case(&engines, features, config.seed, index), |_, _| {});
        for (index, verdict) in indices.iter().zip(verdicts) {
            if !matches!(verdict, Verdict::Match) {
                report_failure(*index, &verdict);
                failures.push((*index, verdict));
            }
        }
        done = batch_end;
        if config.cases > BATCH {
            let failing = failures.iter().filter(|(_, v)| v.fails()).count();
            let flaky = failures.len() - failing;
            println!(
                "differential: {done}/{} programs, {failing} failing, {flaky} timing-dependent, {:.0?}",
                config.cases,
                started.elapsed()
            );
        }
    }
    recheck_alone(&engines, features, config.seed, &mut failures);
    let elapsed = started.elapsed();

    let mut shrunk = 0;
    for (index, verdict) in &failures {
        if shrunk == config.max_shrunk {
            println!("differential: not shrinking the other failures (MINIJS_DIFF_MAX_SHRINK={})", config.max_shrunk);
            break;
        }
        if let Verdict::Mismatch(_) = verdict
            && reference
        {
            shrunk += 1;
            shrink_and_save(&engines, &node, features, &config, *index);
        }
    }
    let _ = std::fs::remove_dir_all(&work_dir);

    let failed = failures.iter().filter(|(_, v)| v.fails()).count();
    let flaky = failures.len() - failed;
    let ran = only.as_ref().map_or(config.cases, |o| o.iter().filter(|&&i| i < config.cases).count());
    println!(
        "differential: {} programs in {:.1?}, {failed} mismatches, {flaky} timing-dependent (seed {}; rerun with MINIJS_DIFF_SEED={} MINIJS_DIFF_CASES={})",
        ran, elapsed, config.seed, config.seed, config.cases
    );
    println!("{} passed, {failed} failed", ran - failed);
    Ok(failed == 0 || !reference)
}

fn case_name(seed: u64, index: usize) -> String {
    format!("case-{seed}-{index}")
}

fn source_of(features: Features, seed: u64, index: usize) -> Result<String, String> {
    let tree = differential::cases::tree(features, seed, index)?;
    Ok(generator::render(&tree.current(), features))
}

/// Runs one case. A difference is confirmed by running both engines again (twice): it is a mismatch
/// only if Node printed the same thing every time and minijs never printed that.
fn judge_case(engines: &Engines, features: Features, seed: u64, index: usize) -> Verdict {
    let name = case_name(seed, index);
    let outcome = source_of(features, seed, index).and_then(|source| engines.run_both(&name, &source));
    let first = match outcome {
        Ok(pair) => pair,
        Err(e) => return Verdict::Error(e),
    };
    let file = engines.work_dir.join(format!("{name}.js"));
    if first.matches() {
        let _ = std::fs::remove_file(&file);
        return Verdict::Match;
    }
    let mut reruns = Vec::new();
    for _ in 0..RERUNS {
        match engines.run_node(&file).and_then(|node| Ok(Pair { node, minijs: engines.run_minijs(&file)? })) {
            Ok(pair) => reruns.push(pair),
            Err(e) => return Verdict::Error(e),
        }
    }
    let _ = std::fs::remove_file(&file);
    let runs = || std::iter::once(&first).chain(reruns.iter());
    let node_stable = runs().all(|p| !p.node.timed_out && same(&p.node, &first.node));
    let ever_agreed = runs().any(|m| runs().any(|n| !n.node.timed_out && same(&n.node, &m.minijs)));
    if ever_agreed {
        Verdict::MinijsFlaky(first)
    } else if !node_stable {
        Verdict::NodeFlaky(first)
    } else {
        // Node is stable and minijs never printed what it did (whether or not minijs varies).
        Verdict::Mismatch(first)
    }
}

/// Judges the mismatches again one at a time, once the parallel runs are over: on a loaded machine
/// Node itself can be slow enough, run after run, to let a timer overtake an immediate. A case that now
/// matches (or varies) is timing-dependent; one that still differs stays a mismatch.
fn recheck_alone(engines: &Engines, features: Features, seed: u64, failures: &mut [(usize, Verdict)]) {
    for (index, verdict) in failures.iter_mut() {
        if !matches!(verdict, Verdict::Mismatch(_)) {
            continue;
        }
        let again = judge_case(engines, features, seed, *index);
        if !matches!(again, Verdict::Mismatch(_)) {
            println!("differential: case {index} differs no more when run alone: timing-dependent");
            if let Verdict::Mismatch(pair) = std::mem::replace(verdict, Verdict::Match) {
                *verdict = Verdict::MinijsFlaky(pair);
            }
        }
    }
}

fn report_failure(index: usize, verdict: &Verdict) {
    let what = match verdict {
        Verdict::Match => return,
        Verdict::Mismatch(pair) => format!("MISMATCH\n{}", pair.describe()),
        Verdict::NodeFlaky(pair) => {
            format!("(not failed) NODE NOT DETERMINISTIC (timing on a loaded machine, or a generator bug)\n{}", pair.describe())
        }
        Verdict::MinijsFlaky(pair) => {
            format!("(not failed) TIMING-DEPENDENT (minijs matched Node in another run)\n{}", pair.describe())
        }
        Verdict::Error(e) => format!("ERROR {e}"),
    };
    let tag = if verdict.fails() { "FAIL" } else { "FLAKY" };
    println!("{tag} case {index}: {what}");
}

/// Shrinks the failing case with proptest, prints the smallest program and both outputs, and saves it.
fn shrink_and_save(engines: &Engines, node: &Node, features: Features, config: &Config, index: usize) {
    let mut tree = match differential::cases::tree(features, config.seed, index) {
        Ok(tree) => tree,
        Err(e) => return println!("case {index}: {e}"),
    };
    let name = format!("shrink-{index}");
    let fails = |program: &generator::Program| {
        let source = generator::render(program, features);
        engines.run_both(&name, &source).is_ok_and(|pair| !pair.matches() && !pair.node.timed_out)
    };
    println!("differential: shrinking case {index}…");
    let (smallest, steps) = differential::cases::shrink(&mut tree, SHRINK_STEPS, SHRINK_TIME, fails);
    let source = generator::render(&smallest, features);
    let pair = engines.run_both(&name, &source);
    let _ = std::fs::remove_file(engines.work_dir.join(format!("{name}.js")));
    println!("---- case {index} shrunk in {steps} steps to:\n{source}----");
    match pair {
        Ok(pair) => {
            println!("node stdout:\n{}minijs stdout:\n{}{}", pair.node.stdout, pair.minijs.stdout, pair.describe());
            if pair.matches() {
                println!("(the shrunk program no longer differs: the mismatch is timing-dependent)");
                return;
            }
        }
        Err(e) => println!("cannot rerun the shrunk program: {e}"),
    }
    if config.save && config::golden_major() == Some(node.major) {
        let short = format!("d{}_{index}", config.seed);
        match differential::regression::save(&short, &source, node) {
            Ok(note) => println!("differential: {note}"),
            Err(e) => println!("differential: could not save the regression program: {e}"),
        }
    }
}
