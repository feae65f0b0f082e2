//! Runs every `tests/lang/*.js` (expected output from Node) and `tests/spec/*.js` (expected
//! output from the spec) and compares.
mod support;

#[test]
fn language_programs_match_node() {
    run_dir("tests/lang");
}

/// Programs using AsyncContext and `$262`, with expected output derived from the spec.
#[test]
fn spec_programs_match_expectations() {
    run_dir("tests/spec");
}

fn run_dir(rel: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let mut failures = Vec::new();
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.extension().and_then(|e| e.to_str()) != Some("js") {
            continue;
        }
        count += 1;
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        let expected = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
        let actual = support::run(&src);
        if actual != expected {
            failures.push(format!("{}:\n--- expected\n{expected}--- actual\n{actual}", path.display()));
        }
    }
    assert!(count > 0, "no language tests found");
    assert!(failures.is_empty(), "{} of {count} differ:\n{}", failures.len(), failures.join("\n"));
}
