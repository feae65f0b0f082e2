//! The `minijs` binary: `minijs run [flags] file [args…]`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = minijs::cli::main_with_args(&args);
    minijs::output::flush();
    std::process::exit(code);
}
