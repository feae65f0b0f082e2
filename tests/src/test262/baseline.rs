//! The baseline: the test262 tests known to pass (`tests/test262/PASSING`, one id per line). A test on
//! it that runs and does not pass is a regression and fails the run; a crash always fails the run.
//! `--update` (or `MINIJS_UPDATE_EXPECTED_FAILURES=1` for the cargo test) rewrites it from the run, for
//! the tests that ran; tests outside the run keep their entries.

use super::{Status, TestResult};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

pub struct Baseline {
    path: PathBuf,
    passing: BTreeSet<String>,
}

impl Baseline {
    /// Reads the list; a missing file is an empty baseline.
    pub fn read(path: &Path) -> Baseline {
        Baseline { path: path.to_path_buf(), passing: crate::expected_failures::read_list(path) }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.passing.contains(id)
    }

    fn write(&self, passing: &BTreeSet<String>) -> Result<(), String> {
        let mut text = String::from(
            "# test262 tests that pass (ids relative to the test262 root). A test listed here that fails is a\n\
             # regression and fails CI. Regenerate: MINIJS_UPDATE_EXPECTED_FAILURES=1 cargo test --release -p minijs-tests --test test262\n",
        );
        for id in passing {
            text.push_str(id);
            text.push('\n');
        }
        std::fs::write(&self.path, text).map_err(|e| format!("cannot write {}: {e}", self.path.display()))
    }
}

/// Prints the verdict line and returns whether the run is green: no crash and, with a baseline, no
/// regression. With `update`, rewrites the baseline first (crashes still fail the run).
pub fn conclude(results: &[TestResult], baseline: Option<Baseline>, update: bool) -> bool {
    let count = |status: Status| results.iter().filter(|r| r.status == status).count();
    let (passed, failed, crashed, skipped) = (count(Status::Passed), count(Status::Failed), count(Status::Crashed), count(Status::Skipped));
    let mut regressions = Vec::new();
    if let Some(baseline) = &baseline {
        let ran: BTreeSet<&str> = results.iter().map(|r| r.id.as_str()).collect();
        regressions = results.iter().filter(|r| r.status != Status::Passed && baseline.contains(&r.id)).map(|r| r.id.as_str()).collect();
        let newly: Vec<&str> =
            results.iter().filter(|r| r.status == Status::Passed && !baseline.contains(&r.id)).map(|r| r.id.as_str()).collect();
        if update {
            let mut passing: BTreeSet<String> = baseline.passing.iter().filter(|id| !ran.contains(id.as_str())).cloned().collect();
            passing.extend(results.iter().filter(|r| r.status == Status::Passed).map(|r| r.id.clone()));
            match baseline.write(&passing) {
                Ok(()) => println!(
                    "baseline {} rewritten: {} passing ({} added, {} removed)",
                    baseline.path.display(),
                    passing.len(),
                    newly.len(),
                    regressions.len()
                ),
                Err(e) => {
                    println!("{e}");
                    return false;
                }
            }
            regressions.clear();
        } else if !newly.is_empty() {
            println!("{} tests pass that are not on the baseline (refresh it with --update):", newly.len());
            for id in newly.iter().take(20) {
                println!("  {id}");
            }
        }
        if !regressions.is_empty() {
            println!("{} baseline tests no longer pass:", regressions.len());
            for id in &regressions {
                println!("  {id}");
            }
        }
    }
    println!(
        "{passed} passed, {} failed, {skipped} skipped ({crashed} crashed, {} baseline regressions)",
        failed + crashed,
        regressions.len()
    );
    crashed == 0 && regressions.is_empty()
}
