//! The seed document's examples (tests/seed): verbatim copies (SyntaxError expected) and corrected copies
//! whose stdout was recorded from Node 26.
fn main() -> std::process::ExitCode {
    minijs_tests::program_suite::main_for("seed", "seed", false)
}
