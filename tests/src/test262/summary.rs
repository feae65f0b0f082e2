//! The `folder: passed/total` report.

use super::TestResult;
use std::collections::BTreeMap;

#[derive(Default)]
struct Tally {
    passed: usize,
    total: usize,
    skipped: usize,
}

impl Tally {
    fn add(&mut self, result: &TestResult) {
        match result.passed {
            None => self.skipped += 1,
            Some(ok) => {
                self.total += 1;
                if ok {
                    self.passed += 1;
                }
            }
        }
    }

    fn line(&self, folder: &str) -> String {
        let skipped = if self.skipped > 0 { format!(" ({} skipped)", self.skipped) } else { String::new() };
        format!("{folder}: {}/{}{skipped}", self.passed, self.total)
    }
}

/// For each target: one line per sub-folder `depth` levels down, then the target's own total.
pub(super) fn print_folders(results: &[TestResult], targets: &[String], depth: usize) {
    println!();
    for target in targets {
        let prefix = format!("{target}/");
        let mut groups: BTreeMap<String, Tally> = BTreeMap::new();
        let mut total = Tally::default();
        for result in results.iter().filter(|r| r.id == *target || r.id.starts_with(&prefix)) {
            total.add(result);
            let rest = result.id.strip_prefix(&prefix).unwrap_or("");
            let parts: Vec<&str> = rest.split('/').collect();
            // The last part is the file name; files directly in the target count under the target itself.
            let folders = parts.len().saturating_sub(1).min(depth);
            if folders > 0 {
                let group = format!("{prefix}{}", parts.get(..folders).unwrap_or(&[]).join("/"));
                groups.entry(group).or_default().add(result);
            }
        }
        if depth > 0 {
            for (folder, tally) in &groups {
                println!("  {}", tally.line(folder));
            }
        }
        println!("{}", total.line(target));
    }
}
