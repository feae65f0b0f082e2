//! The tc39/proposal-async-context test file, type-stripped, run against the native AsyncContext.
fn main() -> std::process::ExitCode {
    let folder = minijs_tests::paths::tests_dir().join("proposal");
    if minijs_tests::proposal::run_suite(&folder) { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}
