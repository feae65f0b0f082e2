//! String literals: `"..."` and `'...'`, decoded to UTF-16 code units.

use crate::LexError;
use crate::Token;
use crate::chars::{char_at, push_utf16};
use crate::error::{INVALID_HEX_ESCAPE, INVALID_UNICODE_ESCAPE, UNDEFINED_CODE_POINT};
use crate::escape::{EscapeError, Escaped, read_escape};

/// Scans the string literal whose opening quote is at `start`. Returns the token and the
/// offset after the closing quote.
pub(crate) fn scan_string(src: &str, start: usize) -> Result<(Token, usize), LexError> {
    let quote = char_at(src, start).ok_or(LexError::invalid_token(start))?;
    let mut units: Vec<u16> = Vec::new();
    let mut legacy_octal = false;
    let mut pos = start + quote.len_utf8();
    loop {
        let c = char_at(src, pos).ok_or(LexError::invalid_token(start))?;
        match c {
            c if c == quote => {
                let value = units.into();
                return Ok((Token::String { value, legacy_octal }, pos + 1));
            }
            // LS and PS are allowed inside strings (ES2019); LF and CR are not.
            '\n' | '\r' => return Err(LexError::invalid_token(start)),
            '\\' => {
                let (escaped, end) = read_escape(src, pos + 1).map_err(|e| escape_error(e, start, pos))?;
                match escaped {
                    Escaped::Char(value) => push_utf16(&mut units, value),
                    Escaped::LineContinuation => {}
                    Escaped::LegacyOctal(value) | Escaped::NonOctalDecimal(value) => {
                        legacy_octal = true;
                        push_utf16(&mut units, value);
                    }
                }
                pos = end;
            }
            c => {
                push_utf16(&mut units, c as u32);
                pos += c.len_utf8();
            }
        }
    }
}

/// The V8-style error for a malformed escape at `backslash`, inside a literal starting at `start`.
pub(crate) fn escape_error(error: EscapeError, start: usize, backslash: usize) -> LexError {
    match error {
        EscapeError::Hex => LexError::new(INVALID_HEX_ESCAPE, backslash),
        EscapeError::Unicode => LexError::new(INVALID_UNICODE_ESCAPE, backslash),
        EscapeError::CodePointRange => LexError::new(UNDEFINED_CODE_POINT, backslash),
        EscapeError::EndOfInput => LexError::invalid_token(start),
    }
}
