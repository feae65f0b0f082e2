//! Fuzz target: the parser must turn any valid UTF-8 text into an AST or a SyntaxError, never panic, as a
//! script and as a module. `cargo fuzz run parse` (nightly) from the `fuzz/` folder.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let _ = minijs_parser::parse_script(source);
    let _ = minijs_parser::parse_module(source);
});
