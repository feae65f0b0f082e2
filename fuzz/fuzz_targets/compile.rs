//! Fuzz target `compile`: see `minijs::fuzzing::check_compile` for what must hold for every input. Run with
//! `fuzz/run.sh SECONDS compile`; a finding goes to `tests/fuzz-regressions/compile/`.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        minijs::fuzzing::check_compile(source);
    }
});
