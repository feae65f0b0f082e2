//! workerd's AsyncLocalStorage / unhandled-rejection / global-scope test modules (shared/workerd-tests),
//! run case by case through tests/workerd/driver.mjs. Arguments that do not start with `-` filter cases
//! by substring of their `module:case` id.
fn main() -> std::process::ExitCode {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if minijs_tests::workerd_suite::run_suite(&filters) { std::process::ExitCode::SUCCESS } else { std::process::ExitCode::FAILURE }
}
