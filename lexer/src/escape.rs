//! Escape sequences after a backslash, shared by string literals, template literals and
//! identifiers. Decoding is separate from policy: strings turn failures into errors, templates
//! turn them into "no cooked value", identifiers accept only `\u`.

use crate::chars::{byte_at, char_at, hex_value, is_line_terminator};

/// What one escape sequence stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Escaped {
    /// A code point, or a single code unit for `\uD800`-style lone surrogates.
    Char(u32),
    /// Backslash + line terminator: contributes nothing to the value.
    LineContinuation,
    /// `\1`, `\07`, `\377`, `\08`...: legacy octal (an early error in strict code and templates).
    LegacyOctal(u32),
    /// `\8` or `\9` (also an early error in strict code and templates).
    NonOctalDecimal(u32),
}

/// Why an escape sequence is malformed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum EscapeError {
    /// `\x` not followed by two hex digits.
    Hex,
    /// `\u` not followed by four hex digits or by `{hex}`.
    Unicode,
    /// `\u{...}` above 0x10FFFF.
    CodePointRange,
    /// The source ends right after the backslash.
    EndOfInput,
}

/// Decodes the escape sequence whose backslash is just before `pos`. Returns what it stands for
/// and the offset after it.
pub(crate) fn read_escape(src: &str, pos: usize) -> Result<(Escaped, usize), EscapeError> {
    let c = char_at(src, pos).ok_or(EscapeError::EndOfInput)?;
    let after = pos + c.len_utf8();
    let simple = |value: char| Ok((Escaped::Char(value as u32), after));
    match c {
        'n' => simple('\n'),
        't' => simple('\t'),
        'r' => simple('\r'),
        'b' => simple('\u{8}'),
        'f' => simple('\u{C}'),
        'v' => simple('\u{B}'),
        'x' => read_hex_escape(src, after),
        'u' => read_unicode_escape(src, after).map(|(v, end)| (Escaped::Char(v), end)),
        '\r' if byte_at(src, after) == Some(b'\n') => Ok((Escaped::LineContinuation, after + 1)),
        c if is_line_terminator(c) => Ok((Escaped::LineContinuation, after)),
        '0'..='7' => Ok(read_octal_escape(src, pos)),
        '8' | '9' => Ok((Escaped::NonOctalDecimal(c as u32), after)),
        other => simple(other),
    }
}

/// `\xHH`; `pos` is just after the `x`.
fn read_hex_escape(src: &str, pos: usize) -> Result<(Escaped, usize), EscapeError> {
    let high = byte_at(src, pos).and_then(|b| hex_value(b as char));
    let low = byte_at(src, pos + 1).and_then(|b| hex_value(b as char));
    match (high, low) {
        (Some(h), Some(l)) => Ok((Escaped::Char(h * 16 + l), pos + 2)),
        _ => Err(EscapeError::Hex),
    }
}

/// `\uHHHH` or `\u{H...}`; `pos` is just after the `u`. Returns the value (a code unit for the
/// four-digit form, so `\uD800` stays a lone surrogate) and the offset after the escape.
pub(crate) fn read_unicode_escape(src: &str, pos: usize) -> Result<(u32, usize), EscapeError> {
    if byte_at(src, pos) == Some(b'{') {
        return read_braced_code_point(src, pos + 1);
    }
    let mut value = 0;
    for i in 0..4 {
        let digit = byte_at(src, pos + i).and_then(|b| hex_value(b as char));
        value = value * 16 + digit.ok_or(EscapeError::Unicode)?;
    }
    Ok((value, pos + 4))
}

/// The `H...}` part of `\u{H...}`, any number of (leading-zero) digits, at most 0x10FFFF.
fn read_braced_code_point(src: &str, pos: usize) -> Result<(u32, usize), EscapeError> {
    let mut value: u32 = 0;
    let mut i = pos;
    while let Some(digit) = byte_at(src, i).and_then(|b| hex_value(b as char)) {
        // Saturate just above the limit so that long digit strings cannot overflow.
        value = (value * 16 + digit).min(0x11_0000);
        i += 1;
    }
    if i == pos || byte_at(src, i) != Some(b'}') {
        return Err(EscapeError::Unicode);
    }
    if value > 0x10_FFFF {
        return Err(EscapeError::CodePointRange);
    }
    Ok((value, i + 1))
}

/// `\0` (NUL, when no digit follows) or a legacy octal escape (LegacyOctalEscapeSequence):
/// a 0-3 digit takes up to two more octal digits, a 4-7 digit up to one more. `pos` is at the
/// first digit.
fn read_octal_escape(src: &str, pos: usize) -> (Escaped, usize) {
    let octal = |i: usize| byte_at(src, i).filter(|b| (b'0'..=b'7').contains(b)).map(|b| u32::from(b - b'0'));
    let first = octal(pos).unwrap_or(0);
    if first == 0 && !byte_at(src, pos + 1).is_some_and(|b| b.is_ascii_digit()) {
        return (Escaped::Char(0), pos + 1);
    }
    let max_digits = if first <= 3 { 3 } else { 2 };
    let mut value = first;
    let mut end = pos + 1;
    while end - pos < max_digits {
        match octal(end) {
            Some(d) => {
                value = value * 8 + d;
                end += 1;
            }
            None => break,
        }
    }
    (Escaped::LegacyOctal(value), end)
}
