//! Saving a shrunk mismatch as a golden program (tests/golden/differential/<name>.js), its expected output
//! recorded by Node 26 through tests/golden/regen.sh, so the golden suite keeps the bug fixed.

use crate::differential::config::Node;
use std::path::PathBuf;
use std::process::Command;

/// The golden folder for regressions found by this test.
pub fn folder() -> PathBuf {
    minijs_tests::paths::tests_dir().join("golden").join("differential")
}

/// Writes the program and records its expected output with Node (when it is the golden suite's major
/// version); returns what was done, for the report.
pub fn save(name: &str, source: &str, node: &Node) -> Result<String, String> {
    let dir = folder();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let file = dir.join(format!("{name}.js"));
    let header = "// Found by the differential test (tests/tests/differential.rs), shrunk by proptest.\n";
    std::fs::write(&file, format!("{header}{source}")).map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    if crate::differential::config::golden_major() != Some(node.major) {
        return Ok(format!("saved {} (run tests/golden/regen.sh on it with Node 26 to record its output)", file.display()));
    }
    let regen = minijs_tests::paths::tests_dir().join("golden").join("regen.sh");
    let status =
        Command::new("bash").arg(&regen).arg(&file).env("NODE", &node.path).output().map_err(|e| format!("cannot run regen.sh: {e}"))?;
    if !status.status.success() {
        return Err(format!("regen.sh failed: {}", String::from_utf8_lossy(&status.stderr)));
    }
    Ok(format!("saved {} with its .out recorded by Node {}", file.display(), node.version))
}
