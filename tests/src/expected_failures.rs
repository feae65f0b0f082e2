//! Expected-failures lists: the engine is incomplete, so each suite names the cases known to fail.
//!
//! File format: one case id per line (a path relative to the suite folder, or a test262 path, or a proposal
//! case name); blank lines and lines starting with `#` are ignored. A suite fails when a case NOT on its
//! list fails; listed cases that now pass are printed so the list can be pruned. Setting
//! `MINIJS_UPDATE_EXPECTED_FAILURES=1` rewrites the list from the current results instead.

use std::collections::BTreeSet;
use std::path::Path;

/// The environment variable that switches a run to rewriting its list.
pub const UPDATE_ENV: &str = "MINIJS_UPDATE_EXPECTED_FAILURES";

/// Whether this run should rewrite the lists.
pub fn update_requested() -> bool {
    std::env::var(UPDATE_ENV).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Reads a list; a missing file is an empty list.
pub fn read_list(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path).map(|text| parse_list(&text)).unwrap_or_default()
}

/// Parses the list format (ids, comments, blank lines).
pub fn parse_list(text: &str) -> BTreeSet<String> {
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).map(str::to_string).collect()
}

/// Writes `failing` (sorted) under a short header explaining the file.
pub fn write_list(path: &Path, failing: &BTreeSet<String>, what: &str) -> Result<(), String> {
    let mut text = format!(
        "# {what}: cases expected to FAIL (one per line; `#` starts a comment).\n\
         # A case that fails without being listed fails the suite; a listed case that passes is reported.\n\
         # Regenerate from the current results with {UPDATE_ENV}=1.\n"
    );
    for id in failing {
        text.push_str(id);
        text.push('\n');
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// How a suite's results compare with its list.
#[derive(Debug, Default)]
pub struct Comparison {
    pub passed: usize,
    pub failed: usize,
    /// Failing and not listed: these fail the suite.
    pub unexpected_failures: Vec<String>,
    /// Listed but passing: the list can be pruned.
    pub now_passing: Vec<String>,
    /// Listed but no such case ran (renamed or deleted).
    pub stale: Vec<String>,
}

impl Comparison {
    /// Compares `(id, passed)` results with the expected-failures list.
    pub fn new<'a>(results: impl IntoIterator<Item = (&'a str, bool)>, expected: &BTreeSet<String>) -> Comparison {
        let mut cmp = Comparison::default();
        let mut seen = BTreeSet::new();
        for (id, passed) in results {
            seen.insert(id.to_string());
            let listed = expected.contains(id);
            if passed {
                cmp.passed += 1;
                if listed {
                    cmp.now_passing.push(id.to_string());
                }
            } else {
                cmp.failed += 1;
                if !listed {
                    cmp.unexpected_failures.push(id.to_string());
                }
            }
        }
        cmp.stale = expected.iter().filter(|id| !seen.contains(*id)).cloned().collect();
        cmp
    }

    pub fn ok(&self) -> bool {
        self.unexpected_failures.is_empty()
    }

    /// Prints the notes about the list, then the closing `N passed, N failed` line CI reads.
    pub fn print_summary(&self, list_path: &Path, skipped: usize) {
        if !self.now_passing.is_empty() {
            println!("\n{} listed in {} now pass (prune the list):", self.now_passing.len(), list_path.display());
            for id in &self.now_passing {
                println!("  {id}");
            }
        }
        if !self.stale.is_empty() {
            println!("\n{} listed in {} did not run (renamed or removed?):", self.stale.len(), list_path.display());
            for id in &self.stale {
                println!("  {id}");
            }
        }
        if !self.unexpected_failures.is_empty() {
            println!("\n{} UNEXPECTED failure(s) (not in {}):", self.unexpected_failures.len(), list_path.display());
            for id in &self.unexpected_failures {
                println!("  {id}");
            }
        }
        let expected = self.failed - self.unexpected_failures.len();
        println!(
            "\n{} failure(s) expected (listed), {} unexpected; suite {}",
            expected,
            self.unexpected_failures.len(),
            if self.ok() { "OK" } else { "FAILED" }
        );
        if skipped > 0 {
            println!("{} passed, {} failed, {} skipped", self.passed, self.failed, skipped);
        } else {
            println!("{} passed, {} failed", self.passed, self.failed);
        }
    }
}

/// Either rewrites the list (update mode) or compares against it; prints the summary and returns whether
/// the suite passed. In update mode the suite always passes. `partial` marks a filtered run: the list is
/// then neither rewritten nor checked for stale entries (most cases simply did not run).
pub fn conclude<'a>(
    results: impl IntoIterator<Item = (&'a str, bool)> + Clone,
    list_path: &Path,
    what: &str,
    skipped: usize,
    partial: bool,
) -> bool {
    if update_requested() && partial {
        println!(
            "
{UPDATE_ENV} ignored: this run was filtered, so it cannot rewrite the whole list"
        );
    }
    if update_requested() && !partial {
        let failing: BTreeSet<String> = results.clone().into_iter().filter(|(_, ok)| !ok).map(|(id, _)| id.to_string()).collect();
        match write_list(list_path, &failing, what) {
            Ok(()) => println!("\nrewrote {} ({} entries)", list_path.display(), failing.len()),
            Err(e) => {
                println!("\n{e}");
                return false;
            }
        }
        let comparison = Comparison::new(results, &failing);
        comparison.print_summary(list_path, skipped);
        return true;
    }
    let expected = read_list(list_path);
    let mut comparison = Comparison::new(results, &expected);
    if partial {
        comparison.stale.clear();
    }
    comparison.print_summary(list_path, skipped);
    comparison.ok()
}

#[cfg(test)]
mod tests {
    use super::{Comparison, parse_list};

    #[test]
    fn list_ignores_comments_and_blanks() {
        let list = parse_list("# header\n\na/b.js\n  c.js  \n");
        assert_eq!(list.into_iter().collect::<Vec<_>>(), vec!["a/b.js".to_string(), "c.js".to_string()]);
    }

    #[test]
    fn comparison_classifies() {
        let list = parse_list("fails.js\nfixed.js\ngone.js\n");
        let cmp = Comparison::new([("fails.js", false), ("fixed.js", true), ("new.js", false), ("ok.js", true)], &list);
        assert_eq!(cmp.passed, 2);
        assert_eq!(cmp.failed, 2);
        assert_eq!(cmp.unexpected_failures, vec!["new.js"]);
        assert_eq!(cmp.now_passing, vec!["fixed.js"]);
        assert_eq!(cmp.stale, vec!["gone.js"]);
        assert!(!cmp.ok());
    }
}
