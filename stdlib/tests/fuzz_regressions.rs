//! Replays every saved fuzzing finding (`tests/fuzz-regressions/<target>/*`) through the check its
//! fuzz target runs (`minijs::fuzzing`): a panic here is a crash the fuzzer found coming back.

use std::path::{Path, PathBuf};

fn findings(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fuzz-regressions").join(target);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|entries| entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect()).unwrap_or_default();
    files.sort();
    files
}

fn replay(target: &str, check: fn(&str)) {
    for file in findings(target) {
        let bytes = std::fs::read(&file).unwrap_or_default();
        // The targets skip input that is not UTF-8, so a saved finding always is.
        let source = String::from_utf8_lossy(&bytes);
        let outcome = std::panic::catch_unwind(|| check(&source));
        assert!(outcome.is_ok(), "{target} finding {} fails again", file.display());
    }
}

#[test]
fn lex_findings_stay_fixed() {
    replay("lex", minijs::fuzzing::check_lex);
}

#[test]
fn parse_findings_stay_fixed() {
    replay("parse", minijs::fuzzing::check_parse);
}

#[test]
fn compile_findings_stay_fixed() {
    replay("compile", minijs::fuzzing::check_compile);
}

#[test]
fn run_findings_stay_fixed() {
    replay("run", minijs::fuzzing::check_run);
}
