//! Generates the LR(1) parser from `src/grammar.lalrpop` into `$OUT_DIR`.
fn main() {
    let result = lalrpop::Configuration::new().use_cargo_dir_conventions().emit_rerun_directives(true).process();
    if let Err(err) = result {
        // A build script reports failure by exiting non-zero; lalrpop already printed the details.
        eprintln!("lalrpop failed: {err}");
        std::process::exit(1);
    }
}
