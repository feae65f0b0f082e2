//! test262's AsyncContext tests (test/built-ins/AsyncContext, 144 tests, from tc39/test262 PR #3874),
//! checked against tests/test262/expected-failures/AsyncContext.txt.
fn main() -> std::process::ExitCode {
    let mut options = minijs_tests::test262::Options::with_targets(vec!["test/built-ins/AsyncContext".to_string()]);
    options.expected_failures = Some(minijs_tests::paths::tests_dir().join("test262").join("expected-failures").join("AsyncContext.txt"));
    if minijs_tests::test262::run(&options) { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}
