//! Fuzz target `lex`: see `minijs::fuzzing::check_lex` for what must hold for every input. Run with
//! `fuzz/run.sh SECONDS lex`; a finding goes to `tests/fuzz-regressions/lex/`.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        minijs::fuzzing::check_lex(source);
    }
});
