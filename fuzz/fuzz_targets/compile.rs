//! Fuzz target: any text the parser accepts must compile to bytecode (or fail with a compile-time
//! SyntaxError) and disassemble, never panic, as a script (sloppy and strict) and as a module.
#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    for strict in [false, true] {
        if let Ok(code) = minijs_vm::compile_script(source, "fuzz.js", strict) {
            let _ = minijs_vm::disassemble(&code);
        }
    }
    if let Ok((code, _)) = minijs_vm::compile_module(source, "fuzz.mjs") {
        let _ = minijs_vm::disassemble(&code);
    }
});
