//! Bad input (tests/bad_input): syntax errors, uncaught errors, resource limits; exit codes and stderr
//! patterns.
fn main() -> std::process::ExitCode {
    minijs_tests::program_suite::main_for("bad_input", "bad_input", false)
}
