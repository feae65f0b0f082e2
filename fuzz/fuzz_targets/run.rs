//! Fuzz the whole pipeline: any UTF-8 input is compiled and run (as a script, or as a module
//! when only module syntax parses) with a fuel cap, a heap cap, virtual time, no file system
//! and no output. Whatever the program does, the host must return an exit code, never panic,
//! hang or overflow the Rust stack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let code = minijs::run_source_for_fuzzing(source);
    assert!((0..=255).contains(&code), "exit code out of range: {code}");
});
