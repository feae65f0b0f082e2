//! Template literal chunks: from a `` ` `` (start of a template) or from the `}` that closes a
//! `${` substitution, up to the next `` ` `` or `${`.
//!
//! The cooked value follows the TV rules (CR and CRLF become LF, escapes decoded) and is `None`
//! when a NotEscapeSequence occurs (legal only in tagged templates: the parser decides). The raw
//! value is the source text with CR and CRLF normalized to LF (TRV).

use crate::LexError;
use crate::Token;
use crate::chars::{byte_at, char_at, push_utf16};
use crate::error::UNTERMINATED_TEMPLATE;
use crate::escape::{Escaped, read_escape};

/// Scans one template chunk whose opening delimiter (`` ` `` or `}`) is at `start`.
/// `resumed` tells which: `}` continues a template after a substitution.
/// Returns the token and the offset after its closing delimiter (`` ` `` or `${`).
pub(crate) fn scan_template(src: &str, start: usize, resumed: bool) -> Result<(Token, usize), LexError> {
    let unterminated = || LexError::new(UNTERMINATED_TEMPLATE, start);
    let body_start = start + 1;
    let mut cooked: Vec<u16> = Vec::new();
    let mut cooked_valid = true;
    let mut pos = body_start;
    loop {
        let c = char_at(src, pos).ok_or_else(unterminated)?;
        match c {
            '`' => {
                let (cooked, raw) = finish(src, body_start, pos, cooked, cooked_valid);
                let token = if resumed { Token::TemplateTail { cooked, raw } } else { Token::NoSubstTemplate { cooked, raw } };
                return Ok((token, pos + 1));
            }
            '$' if byte_at(src, pos + 1) == Some(b'{') => {
                let (cooked, raw) = finish(src, body_start, pos, cooked, cooked_valid);
                let token = if resumed { Token::TemplateMiddle { cooked, raw } } else { Token::TemplateHead { cooked, raw } };
                return Ok((token, pos + 2));
            }
            '\\' => match read_escape(src, pos + 1) {
                Ok((Escaped::Char(value), end)) => {
                    push_utf16(&mut cooked, value);
                    pos = end;
                }
                Ok((Escaped::LineContinuation, end)) => pos = end,
                Ok((Escaped::LegacyOctal(_) | Escaped::NonOctalDecimal(_), _)) | Err(_) => {
                    // NotEscapeSequence: only the backslash and the next character are special;
                    // whatever follows is ordinary template text (it may even be `` ` ``).
                    cooked_valid = false;
                    let next = char_at(src, pos + 1).ok_or_else(unterminated)?;
                    pos += 1 + next.len_utf8();
                }
            },
            '\r' => {
                cooked.push(u16::from(b'\n'));
                pos += if byte_at(src, pos + 1) == Some(b'\n') { 2 } else { 1 };
            }
            c => {
                push_utf16(&mut cooked, c as u32);
                pos += c.len_utf8();
            }
        }
    }
}

/// Builds the (cooked, raw) pair of a chunk whose text is `src[body_start..body_end]`.
fn finish(src: &str, body_start: usize, body_end: usize, cooked: Vec<u16>, cooked_valid: bool) -> (Option<crate::Utf16>, crate::Utf16) {
    let raw_text = src.get(body_start..body_end).unwrap_or("");
    let cooked = cooked_valid.then(|| cooked.into());
    (cooked, raw_value(raw_text).into())
}

/// TRV: the source text with CRLF and CR normalized to LF.
fn raw_value(text: &str) -> Vec<u16> {
    let mut units = Vec::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            units.push(u16::from(b'\n'));
        } else {
            push_utf16(&mut units, c as u32);
        }
    }
    units
}
