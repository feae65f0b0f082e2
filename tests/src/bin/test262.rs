//! `cargo run -p minijs-tests --bin test262 -- [options] <folder>...`
//!
//! Runs folders (or single files) of the test262 subset through the minijs binary. Options:
//!   --baseline FILE           every test listed in FILE (passing ids) that runs must pass
//!   --update                  rewrite the baseline (for the tests that ran) and the --results table
//!   --results FILE            where --update writes the per-folder Markdown table
//!   --no-batch                a process per run instead of `minijs batch` workers
//!   --skip-features a,b       also skip tests tagged with these features
//!   --no-default-skips        ignore tests/test262/skip-features.txt
//!   --timeout SECS            per-run limit (default: MINIJS_TEST_TIMEOUT or 20)
//!   --jobs N                  parallel runs (default: MINIJS_TEST_JOBS or available parallelism)
//!   --depth N                 folder levels in the report (default 1)
//!   --root DIR                test262 checkout (default: MINIJS_TEST262_DIR or ../shared/test262)
//!   --verbose                 details for every failure
//!   --list                    list the tests and their runs (parses every frontmatter), run nothing
//! Exit code 0 when nothing crashed and no baseline test failed, 1 otherwise, 2 for bad arguments.
#![forbid(unsafe_code)]

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!(
            "usage: test262 [--baseline FILE] [--update] [--results FILE] [--no-batch] [--skip-features a,b] [--no-default-skips] [--timeout SECS] [--jobs N] [--depth N] [--root DIR] [--verbose] [--list] <folder>..."
        );
        return ExitCode::SUCCESS;
    }
    match minijs_tests::test262::options_from_args(&args) {
        Ok(options) => {
            if minijs_tests::test262::run(&options) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(message) => {
            eprintln!("test262: {message} (see --help)");
            ExitCode::from(2)
        }
    }
}
