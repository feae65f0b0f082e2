//! The whole test262 subset (`../shared/test262`, 24,749 tests) in `minijs batch` workers, checked
//! against the passing-tests baseline `tests/test262/PASSING`: fails on a crash or when a listed test
//! stops passing. `MINIJS_UPDATE_EXPECTED_FAILURES=1` rewrites the baseline and `tests/test262/RESULTS.md`.
fn main() -> std::process::ExitCode {
    let options = minijs_tests::test262::Options::whole_subset();
    if minijs_tests::test262::run(&options) { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}
