//! Numeric literals: decimal (`1`, `1.5`, `.5`, `1e3`), `0x`/`0o`/`0b`, numeric separators
//! (`1_000`) with their early errors, legacy octal (`017`) and leading-zero decimals (`08`,
//! sloppy mode only: the parser rejects them in strict code, see `is_legacy_number_literal`),
//! and BigInt (`123n`, `0xFFn`).

use crate::LexError;
use crate::Token;
use crate::chars::{byte_at, char_at, is_id_start};
use crate::error::{SEPARATOR_AFTER_LEADING_ZERO, SEPARATOR_AT_END, SEPARATOR_DOUBLED};
use crate::radix::{digits_to_decimal_string, power_of_two_radix_to_f64};

/// Scans the numeric literal starting at `start` (a digit, or `.` followed by a digit).
/// Returns the token and the offset after it.
pub(crate) fn scan_number(src: &str, start: usize) -> Result<(Token, usize), LexError> {
    let (token, end) = if byte_at(src, start) == Some(b'0') {
        match byte_at(src, start + 1) {
            Some(b'x' | b'X') => radix_literal(src, start, 16)?,
            Some(b'o' | b'O') => radix_literal(src, start, 8)?,
            Some(b'b' | b'B') => radix_literal(src, start, 2)?,
            Some(b'0'..=b'9') => leading_zero_literal(src, start)?,
            Some(b'_') => return Err(LexError::new(SEPARATOR_AFTER_LEADING_ZERO, start + 1)),
            _ => decimal_literal(src, start, start + 1)?,
        }
    } else {
        let integer_end = scan_digits(src, start, 10)?;
        decimal_literal(src, start, integer_end)?
    };
    // "The SourceCharacter immediately following a NumericLiteral must not be an
    // IdentifierStart or DecimalDigit" (`3in`, `0b12`).
    if let Some(c) = char_at(src, end)
        && (is_id_start(c) || c.is_ascii_digit() || c == '\\')
    {
        return Err(LexError::invalid_token(end));
    }
    Ok((token, end))
}

/// True for the literals that strict mode forbids: a legacy octal (`017`) or a decimal with a
/// leading zero (`08`, `09.5`). `text` is the source text of a `Token::Number`.
pub fn is_legacy_number_literal(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.first() == Some(&b'0') && bytes.get(1).is_some_and(|b| b.is_ascii_digit())
}

fn is_digit(byte: u8, radix: u32) -> bool {
    (byte as char).is_digit(radix)
}

/// Scans `digit ( "_"? digit )*` from `pos` and returns its end (`pos` when there is no digit).
/// A separator must sit between two digits.
fn scan_digits(src: &str, pos: usize, radix: u32) -> Result<usize, LexError> {
    let mut i = pos;
    while let Some(byte) = byte_at(src, i) {
        if is_digit(byte, radix) {
            i += 1;
        } else if byte == b'_' && i > pos {
            match byte_at(src, i + 1) {
                Some(next) if is_digit(next, radix) => i += 1,
                Some(b'_') => return Err(LexError::new(SEPARATOR_DOUBLED, i + 1)),
                _ => return Err(LexError::new(SEPARATOR_AT_END, i)),
            }
        } else {
            break;
        }
    }
    Ok(i)
}

/// The rest of a decimal literal whose integer part is `src[start..integer_end]` (empty for
/// `.5`): fraction, exponent, BigInt suffix.
fn decimal_literal(src: &str, start: usize, integer_end: usize) -> Result<(Token, usize), LexError> {
    let mut end = integer_end;
    let mut is_integer = true;
    if byte_at(src, end) == Some(b'.') {
        is_integer = false;
        end = scan_digits(src, end + 1, 10)?;
    }
    if matches!(byte_at(src, end), Some(b'e' | b'E')) {
        let mut digits_start = end + 1;
        if matches!(byte_at(src, digits_start), Some(b'+' | b'-')) {
            digits_start += 1;
        }
        let digits_end = scan_digits(src, digits_start, 10)?;
        if digits_end == digits_start {
            return Err(LexError::invalid_token(digits_start));
        }
        is_integer = false;
        end = digits_end;
    }
    let text = without_separators(src.get(start..end).unwrap_or("0"));
    if byte_at(src, end) == Some(b'n') {
        if !is_integer {
            return Err(LexError::invalid_token(end));
        }
        let digits = text.trim_start_matches('0');
        let digits = if digits.is_empty() { "0" } else { digits };
        return Ok((Token::BigInt(digits.into()), end + 1));
    }
    let value = text.parse::<f64>().map_err(|_| LexError::invalid_token(start))?;
    Ok((Token::Number(value), end))
}

/// `0x..`, `0o..`, `0b..`, optionally BigInt.
fn radix_literal(src: &str, start: usize, radix: u32) -> Result<(Token, usize), LexError> {
    let digits_start = start + 2;
    let end = scan_digits(src, digits_start, radix)?;
    if end == digits_start {
        return Err(LexError::invalid_token(digits_start));
    }
    let digits = digit_values(src.get(digits_start..end).unwrap_or(""), radix);
    if byte_at(src, end) == Some(b'n') {
        return Ok((Token::BigInt(digits_to_decimal_string(&digits, radix).into()), end + 1));
    }
    Ok((Token::Number(power_of_two_radix_to_f64(&digits, radix)), end))
}

/// `0` followed by digits: legacy octal when all are octal (`017` = 15), else a decimal with a
/// leading zero (`089` = 89, which may have a fraction and exponent). No separators, no BigInt.
fn leading_zero_literal(src: &str, start: usize) -> Result<(Token, usize), LexError> {
    let mut end = start + 1;
    let mut all_octal = true;
    while let Some(byte) = byte_at(src, end).filter(u8::is_ascii_digit) {
        all_octal &= byte < b'8';
        end += 1;
    }
    if byte_at(src, end) == Some(b'_') {
        return Err(LexError::invalid_token(end));
    }
    let (token, end) = if all_octal {
        let digits = digit_values(src.get(start..end).unwrap_or("0"), 8);
        (Token::Number(power_of_two_radix_to_f64(&digits, 8)), end)
    } else {
        decimal_literal(src, start, end)?
    };
    if matches!(token, Token::BigInt(_)) || byte_at(src, end) == Some(b'n') {
        return Err(LexError::invalid_token(start));
    }
    Ok((token, end))
}

fn without_separators(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('_') { text.replace('_', "").into() } else { text.into() }
}

/// Digit values of `text`, skipping separators.
fn digit_values(text: &str, radix: u32) -> Vec<u8> {
    text.chars().filter_map(|c| c.to_digit(radix)).filter_map(|d| u8::try_from(d).ok()).collect()
}
