//! Fuzz target `run`: see `minijs::fuzzing::check_run` for what must hold for every input. Run with
//! `fuzz/run.sh SECONDS run`; a finding goes to `tests/fuzz-regressions/run/`.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        minijs::fuzzing::check_run(source);
    }
});
