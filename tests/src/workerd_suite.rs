//! The workerd suite: the ES-module tests of `shared/workerd-tests` (AsyncLocalStorage, unhandled
//! rejections, global scope) run by `tests/workerd/driver.mjs`, which stands in for `workerd test`.
//!
//! `tests/workerd/CASES` lists every exported case of every module as `module:case run` or
//! `module:case skip: reason` (module paths relative to `src/workerd/api/`). The runner checks that the
//! list matches the modules' `export const NAME` declarations, runs one `minijs run driver.mjs <module>
//! <case>...` per module (in parallel across modules; the cases of a module run in order in one process,
//! as in workerd), and reads the driver's `ok NAME` / `not ok NAME: reason` lines. Failures are checked
//! against `tests/workerd/EXPECTED_FAILURES`.

use crate::binary::locate_minijs;
use crate::child::{self, Invocation};
use crate::expected_failures;
use crate::paths;
use crate::pool;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Where the modules live inside `shared/workerd-tests`.
const MODULES_ROOT: &str = "workerd-tests/src/workerd/api";

/// What CASES says about one case.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    Run,
    Skip(String),
}

/// One line of CASES.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseEntry {
    /// The module path relative to `src/workerd/api/`.
    pub module: String,
    /// The export name.
    pub name: String,
    pub plan: Plan,
}

impl CaseEntry {
    /// The id used in reports and EXPECTED_FAILURES: `module:name`.
    pub fn id(&self) -> String {
        format!("{}:{}", self.module, self.name)
    }
}

/// Parses CASES: `module:name run` or `module:name skip: reason`; `#` comments and blank lines ignored.
pub fn parse_cases(text: &str) -> Result<Vec<CaseEntry>, String> {
    let mut entries = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |why: &str| format!("CASES line {}: {why}: {line}", index + 1);
        let (id, rest) = line.split_once(char::is_whitespace).ok_or_else(|| bad("expected `module:case run|skip: reason`"))?;
        let (module, name) = id.rsplit_once(':').ok_or_else(|| bad("the id must be module:case"))?;
        let rest = rest.trim();
        let plan = if rest == "run" {
            Plan::Run
        } else if let Some(reason) = rest.strip_prefix("skip:") {
            Plan::Skip(reason.trim().to_string())
        } else {
            return Err(bad("the status must be `run` or `skip: reason`"));
        };
        entries.push(CaseEntry { module: module.to_string(), name: name.to_string(), plan });
    }
    Ok(entries)
}

/// Reads and parses a CASES file.
pub fn read_cases(path: &Path) -> Result<Vec<CaseEntry>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_cases(&text)
}

/// The exported test cases a module declares: every `export const NAME =` at the start of a line (the
/// form all these modules use). workerd runs the ones whose value has a `test` method; in these modules
/// that is all of them (the only other export is `export default`).
pub fn exported_cases(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter_map(|line| line.strip_prefix("export const "))
        .filter_map(|rest| rest.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).next())
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

/// What the driver printed about each case: name → `None` (passed) or `Some(reason)`.
pub fn parse_driver_output(stdout: &str) -> BTreeMap<String, Option<String>> {
    let mut seen = BTreeMap::new();
    for line in stdout.lines() {
        if let Some(name) = line.strip_prefix("ok ") {
            seen.insert(name.trim().to_string(), None);
        } else if let Some(rest) = line.strip_prefix("not ok ") {
            let (name, reason) = rest.split_once(": ").unwrap_or((rest, "failed"));
            seen.insert(name.trim().to_string(), Some(reason.trim().to_string()));
        }
    }
    seen
}

/// Differences between CASES and the modules' exports; empty when they match.
fn coverage_problems(entries: &[CaseEntry], modules_dir: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let mut listed: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for entry in entries {
        if !listed.entry(entry.module.as_str()).or_default().insert(entry.name.clone()) {
            problems.push(format!("{} is listed twice in CASES", entry.id()));
        }
    }
    let mut on_disk = Vec::new();
    collect_modules(modules_dir, modules_dir, &mut on_disk);
    for module in &on_disk {
        if !listed.contains_key(module.as_str()) {
            problems.push(format!("module {module} has no entry in CASES"));
        }
    }
    for (module, names) in &listed {
        let Ok(source) = std::fs::read_to_string(modules_dir.join(module)) else {
            problems.push(format!("module {module} (named in CASES) cannot be read"));
            continue;
        };
        let exported = exported_cases(&source);
        for missing in exported.difference(names) {
            problems.push(format!("{module}:{missing} is exported but not in CASES"));
        }
        for extra in names.difference(&exported) {
            problems.push(format!("{module}:{extra} is in CASES but not exported"));
        }
    }
    problems
}

/// Every `*.js` under `dir`, as paths relative to `root`.
fn collect_modules(dir: &Path, root: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_modules(&path, root, out);
        } else if path.extension().is_some_and(|ext| ext == "js") {
            out.push(paths::relative_display(&path, root));
        }
    }
}

/// The verdict on one case that ran.
struct Verdict {
    id: String,
    /// `None` when it passed.
    failure: Option<String>,
}

/// Runs the selected cases of one module in one driver process.
fn run_module(binary: &Path, driver: &Path, modules_dir: &Path, module: &str, names: &[String]) -> Vec<Verdict> {
    let mut args = vec!["run".to_string(), driver.display().to_string(), modules_dir.join(module).display().to_string()];
    args.extend(names.iter().cloned());
    let timeout = child::timeout_from_env();
    let module_dir = modules_dir.join(module);
    let cwd = module_dir.parent().unwrap_or(modules_dir);
    let invocation = Invocation { program: binary, args, cwd: Some(cwd), timeout };
    let (reported, trouble) = match child::run(&invocation) {
        Ok(outcome) => {
            let trouble = if outcome.timed_out {
                format!("the driver timed out after {timeout:?}")
            } else {
                format!("the driver exited with {:?} without reporting the case", outcome.exit_code)
            };
            let stderr_tail: Vec<&str> = outcome.stderr.lines().rev().take(5).collect::<Vec<_>>().into_iter().rev().collect();
            (parse_driver_output(&outcome.stdout), format!("{trouble}; stderr: {}", stderr_tail.join(" | ")))
        }
        Err(e) => (BTreeMap::new(), e),
    };
    names
        .iter()
        .map(|name| {
            let failure = match reported.get(name) {
                Some(outcome) => outcome.clone(),
                None => Some(trouble.clone()),
            };
            Verdict { id: format!("{module}:{name}"), failure }
        })
        .collect()
}

/// Runs the suite; `filters` (substrings of case ids) select cases. Returns whether it passed given
/// `tests/workerd/EXPECTED_FAILURES`.
pub fn run_suite(filters: &[String]) -> bool {
    let folder = paths::tests_dir().join("workerd");
    let modules_dir = paths::shared_dir().join(MODULES_ROOT);
    let list_path = folder.join("EXPECTED_FAILURES");
    println!("== workerd suite: {} (modules in {})", folder.display(), modules_dir.display());
    let entries = match read_cases(&folder.join("CASES")) {
        Ok(entries) => entries,
        Err(message) => {
            println!("{message}\n0 passed, 1 failed");
            return false;
        }
    };
    if !modules_dir.is_dir() {
        println!("the workerd test modules are missing: {} (set MINIJS_SHARED_DIR)\n0 passed, 1 failed", modules_dir.display());
        return false;
    }
    let problems = coverage_problems(&entries, &modules_dir);
    for problem in &problems {
        println!("CASES: {problem}");
    }
    let selected: Vec<&CaseEntry> =
        entries.iter().filter(|e| filters.is_empty() || filters.iter().any(|f| e.id().contains(f.as_str()))).collect();
    let mut to_run: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut skipped = 0;
    for entry in &selected {
        match &entry.plan {
            Plan::Run => to_run.entry(entry.module.as_str()).or_default().push(entry.name.clone()),
            Plan::Skip(reason) => {
                skipped += 1;
                println!("skip  {}: {reason}", entry.id());
            }
        }
    }
    let binary = match locate_minijs() {
        Ok(path) => path,
        Err(message) => {
            println!("{message}\n0 passed, 1 failed");
            return false;
        }
    };
    let driver = folder.join("driver.mjs");
    let modules: Vec<(&str, Vec<String>)> = to_run.into_iter().collect();
    let per_module = pool::map_parallel(
        &modules,
        pool::worker_count(),
        |(module, names)| run_module(&binary, &driver, &modules_dir, module, names),
        |_, _| {},
    );
    let expected = expected_failures::read_list(&list_path);
    let mut verdicts: Vec<(String, bool)> = Vec::new();
    for verdict in per_module.into_iter().flatten() {
        match &verdict.failure {
            None => println!("pass  {}", verdict.id),
            Some(why) => println!("{} {}: {why}", if expected.contains(&verdict.id) { "xfail" } else { "FAIL " }, verdict.id),
        }
        verdicts.push((verdict.id, verdict.failure.is_none()));
    }
    if !problems.is_empty() {
        verdicts.push(("(CASES matches the modules' exports)".to_string(), false));
    }
    let partial = !filters.is_empty();
    let results: Vec<(&str, bool)> = verdicts.iter().map(|(id, passed)| (id.as_str(), *passed)).collect();
    expected_failures::conclude(results, &list_path, "workerd suite (tests/workerd)", skipped, partial)
}

#[cfg(test)]
mod tests {
    use super::{CaseEntry, Plan, exported_cases, parse_cases, parse_driver_output};

    #[test]
    fn cases_are_parsed() {
        let entries = parse_cases("# c\n\ntests/a.js:one run\nnode/b.js:two  skip: no Web APIs\n").unwrap_or_default();
        assert_eq!(
            entries,
            vec![
                CaseEntry { module: "tests/a.js".into(), name: "one".into(), plan: Plan::Run },
                CaseEntry { module: "node/b.js".into(), name: "two".into(), plan: Plan::Skip("no Web APIs".into()) },
            ]
        );
        assert!(parse_cases("tests/a.js:one maybe\n").is_err());
        assert!(parse_cases("nocolon run\n").is_err());
    }

    #[test]
    fn exports_are_found() {
        let names = exported_cases("export const a = {\nexport const b_2={\n  export const no = 1\nexport default {}\n");
        assert_eq!(names.into_iter().collect::<Vec<_>>(), vec!["a".to_string(), "b_2".to_string()]);
    }

    #[test]
    fn driver_lines_are_parsed() {
        let seen = parse_driver_output("ok a\nnot ok b: Error: x: y\n# log\nnot ok c\n");
        assert_eq!(seen.get("a"), Some(&None));
        assert_eq!(seen.get("b"), Some(&Some("Error: x: y".to_string())));
        assert_eq!(seen.get("c"), Some(&Some("failed".to_string())));
    }
}
