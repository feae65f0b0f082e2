//! Golden programs (tests/golden): stdout and exit code must equal Node 26's, recorded by regen.sh.
//! Arguments that do not start with `-` filter programs by substring.
fn main() -> std::process::ExitCode {
    minijs_tests::program_suite::main_for("golden", "golden", true)
}
