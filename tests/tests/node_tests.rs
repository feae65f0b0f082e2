//! Node's own AsyncLocalStorage / AsyncResource tests (shared/node-tests), run unmodified: pass = exit code
//! 0. See tests/src/node_suite.rs. Arguments that do not start with `-` filter files by substring.
fn main() -> std::process::ExitCode {
    minijs_tests::node_suite::main()
}
