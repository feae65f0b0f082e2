//! Fuzz the lexer: any UTF-8 input must tokenize or return a `LexError`, never panic, and the
//! token spans must be ordered, in bounds and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let Ok(lexed) = minijs_lexer::tokenize(source) else { return };
    assert_eq!(lexed.tokens.len(), lexed.newline_before.len());
    let mut previous_end = 0;
    for (start, _, end) in &lexed.tokens {
        assert!(previous_end <= *start && start <= end && *end <= source.len());
        assert!(source.is_char_boundary(*start) && source.is_char_boundary(*end));
        previous_end = *end;
    }
});
