//! Every test262 `language/` and `annexB/language/` file that is not a parse-negative test must
//! tokenize. Skipped when the corpus is not present (it lives outside the repo, in the shared
//! reference folder next to the checkout; override with MINIJS_TEST262=/path/to/test262).
use minijs_lexer::tokenize;
use std::path::{Path, PathBuf};

fn corpus_root() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = [
        std::env::var_os("MINIJS_TEST262").map(PathBuf::from),
        // shared/ next to the repository checkout (as in CI), or the workplace copy.
        Some(manifest.join("../../shared/test262")),
        Some(PathBuf::from("/work/shared/test262")),
    ];
    candidates.into_iter().flatten().find(|root| root.join("test").is_dir())
}

fn collect_js(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_js(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "js") {
            out.push(path);
        }
    }
}

fn frontmatter(source: &str) -> &str {
    let Some(start) = source.find("/*---") else {
        return "";
    };
    let Some(length) = source[start..].find("---*/") else {
        return "";
    };
    &source[start..start + length]
}

/// `negative: { phase: parse, ... }`, or a proposal beyond ES2024 whose syntax is not lexed
/// (decorators use `@`).
fn expected_to_fail(source: &str) -> bool {
    let frontmatter = frontmatter(source);
    (frontmatter.contains("negative:") && frontmatter.contains("phase: parse"))
        || frontmatter.lines().any(|line| line.contains("features:") && line.contains("decorators"))
}

#[test]
fn test262_positive_files_tokenize() {
    let Some(root) = corpus_root() else {
        eprintln!("test262 corpus not found; skipped");
        return;
    };
    let mut files = Vec::new();
    collect_js(&root.join("test/language"), &mut files);
    collect_js(&root.join("test/annexB/language"), &mut files);
    let mut failures = Vec::new();
    let mut checked = 0;
    for path in &files {
        let Ok(source) = std::fs::read_to_string(path) else {
            continue;
        };
        if expected_to_fail(&source) {
            let _ = tokenize(&source); // must not panic either way
            continue;
        }
        checked += 1;
        if let Err(error) = tokenize(&source) {
            failures.push(format!("{}: {error}", path.display()));
        }
    }
    eprintln!("{checked} files tokenized, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
