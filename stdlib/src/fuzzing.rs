//! What each fuzz target checks, as plain functions: `fuzz/fuzz_targets/*.rs` call them, and the
//! regression test (`stdlib/tests/fuzz_regressions.rs`) replays every saved finding through them, so a
//! crash found once stays fixed. Each function panics exactly when the fuzzer should report a crash.

use crate::host::HeapMeasure;
use crate::options::{RunOptions, Source};
use crate::{output, program};

/// Fuel for one fuzzing input.
pub const MAX_STEPS: u64 = 2_000_000;
/// Heap cap for one fuzzing input (estimated from live objects).
pub const MAX_HEAP_MB: u64 = 256;

/// The lexer tokenizes or returns an error; token spans are ordered, in bounds and on character
/// boundaries.
pub fn check_lex(source: &str) {
    let Ok(lexed) = minijs_lexer::tokenize(source) else { return };
    assert_eq!(lexed.tokens.len(), lexed.newline_before.len());
    let mut previous_end = 0;
    for (start, _, end) in &lexed.tokens {
        assert!(previous_end <= *start && start <= end && *end <= source.len(), "token span out of order or bounds");
        assert!(source.is_char_boundary(*start) && source.is_char_boundary(*end), "token span splits a character");
        previous_end = *end;
    }
}

/// The parser returns an AST or a SyntaxError, as a script and as a module.
pub fn check_parse(source: &str) {
    let _ = minijs_parser::parse_script(source);
    let _ = minijs_parser::parse_module(source);
}

/// Whatever parses compiles (or fails with a compile-time SyntaxError) and disassembles: as a
/// sloppy script, a strict script and a module.
pub fn check_compile(source: &str) {
    for strict in [false, true] {
        if let Ok(code) = minijs_vm::compile_script(source, "fuzz.js", strict) {
            let _ = minijs_vm::bytecode::disasm::disassemble(&code);
        }
    }
    if let Ok((code, _)) = minijs_vm::compile_module(source, "fuzz.mjs") {
        let _ = minijs_vm::bytecode::disasm::disassemble(&code);
    }
}

/// Runs the program with no file system, no Node bootstrap, output discarded, virtual time and
/// bounded fuel and heap; it must end with an exit code whatever it does.
pub fn check_run(source: &str) {
    let code = run(source);
    assert!((0..=255).contains(&code), "exit code out of range: {code}");
}

/// The run behind `check_run`; returns the exit code.
pub fn run(source: &str) -> i32 {
    let mut options = RunOptions::new(Source::Text { name: "/fuzz/input.js".into(), text: source.to_string() });
    options.bootstrap = false;
    options.filesystem = false;
    options.real_process = false;
    options.virtual_time = true;
    options.test262 = true;
    options.max_steps = Some(MAX_STEPS);
    options.max_heap_mb = Some(MAX_HEAP_MB);
    options.heap_measure = HeapMeasure::Objects;
    output::set_sink(output::Sink::Discard);
    let code = program::run(&options);
    output::set_sink(output::Sink::Process);
    code
}
