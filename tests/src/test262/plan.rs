//! Which test262 files to run, and how: one entry per test with its runs (sloppy, strict, module, raw).

use super::frontmatter::{self, Metadata};
use crate::paths::relative_display;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// How one execution of a test is set up (INTERPRETING.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A classic script, as written.
    Sloppy,
    /// A classic script with `"use strict";` prepended (minijs `--strict`).
    Strict,
    /// Module code (`flags: [module]`).
    Module,
    /// `flags: [raw]`: no harness at all, as written.
    Raw,
    /// `flags: [module, raw]`: module code with no harness.
    RawModule,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Sloppy => "sloppy",
            Mode::Strict => "strict",
            Mode::Module => "module",
            Mode::Raw => "raw",
            Mode::RawModule => "raw-module",
        }
    }
}

/// A test file and what to do with it.
#[derive(Clone, Debug)]
pub struct TestPlan {
    /// Path relative to the test262 root, `/`-separated (e.g. `test/built-ins/AsyncContext/proto.js`).
    pub id: String,
    pub path: PathBuf,
    pub meta: Metadata,
    pub runs: Vec<Mode>,
    /// Why the test is not run (a skipped feature or flag); `runs` is empty then.
    pub skip: Option<String>,
    /// The frontmatter could not be read: the test fails with this.
    pub error: Option<String>,
}

/// The runs a test needs, from its flags.
pub fn modes_for(meta: &Metadata) -> Vec<Mode> {
    if meta.has_flag("raw") {
        vec![if meta.has_flag("module") { Mode::RawModule } else { Mode::Raw }]
    } else if meta.has_flag("module") {
        vec![Mode::Module]
    } else if meta.has_flag("onlyStrict") {
        vec![Mode::Strict]
    } else if meta.has_flag("noStrict") {
        vec![Mode::Sloppy]
    } else {
        vec![Mode::Sloppy, Mode::Strict]
    }
}

/// Every test file under `target` (a folder or a single file), sorted, without `_FIXTURE` files.
pub fn discover(target: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    if target.is_file() {
        found.push(target.to_path_buf());
    } else {
        walk(target, &mut found);
    }
    found.retain(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().contains("_FIXTURE")));
    found.sort();
    found
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, found);
        } else if path.extension().is_some_and(|e| e == "js") {
            found.push(path);
        }
    }
}

/// Reads a test's frontmatter and decides its runs, honouring the skipped features.
pub fn plan_test(root: &Path, path: &Path, skip_features: &BTreeSet<String>) -> TestPlan {
    let id = relative_display(path, root);
    let source = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            return TestPlan {
                id,
                path: path.to_path_buf(),
                meta: Metadata::default(),
                runs: Vec::new(),
                skip: None,
                error: Some(format!("cannot read: {e}")),
            };
        }
    };
    match frontmatter::parse_test(&source) {
        Err(e) => TestPlan {
            id,
            path: path.to_path_buf(),
            meta: Metadata::default(),
            runs: Vec::new(),
            skip: None,
            error: Some(format!("bad frontmatter: {e}")),
        },
        Ok(meta) => {
            let skip = skip_reason(&meta, skip_features);
            let runs = if skip.is_some() { Vec::new() } else { modes_for(&meta) };
            TestPlan { id, path: path.to_path_buf(), meta, runs, skip, error: None }
        }
    }
}

fn skip_reason(meta: &Metadata, skip_features: &BTreeSet<String>) -> Option<String> {
    if let Some(feature) = meta.features.iter().find(|f| skip_features.contains(*f)) {
        return Some(format!("feature {feature}"));
    }
    // minijs's agent cannot block (no Atomics.wait on the main thread), like a browser's main thread.
    if meta.has_flag("CanBlockIsTrue") {
        return Some("flag CanBlockIsTrue".to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(flags: &[&str]) -> Metadata {
        Metadata { flags: flags.iter().map(|s| s.to_string()).collect(), ..Metadata::default() }
    }

    #[test]
    fn modes_follow_flags() {
        assert_eq!(modes_for(&meta(&[])), vec![Mode::Sloppy, Mode::Strict]);
        assert_eq!(modes_for(&meta(&["onlyStrict"])), vec![Mode::Strict]);
        assert_eq!(modes_for(&meta(&["noStrict"])), vec![Mode::Sloppy]);
        assert_eq!(modes_for(&meta(&["module", "async"])), vec![Mode::Module]);
        assert_eq!(modes_for(&meta(&["raw", "noStrict"])), vec![Mode::Raw]);
        assert_eq!(modes_for(&meta(&["module", "raw"])), vec![Mode::RawModule]);
    }
}
