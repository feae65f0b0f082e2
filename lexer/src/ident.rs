//! Identifier names with Unicode characters and `\u` escapes (the logos scanner handles the
//! plain ASCII ones), and how an identifier name becomes a token.

use crate::LexError;
use crate::Token;
use crate::chars::{byte_at, char_at, is_id_continue, is_id_start};
use crate::error::{INVALID_UNICODE_ESCAPE, UNDEFINED_CODE_POINT};
use crate::escape::{EscapeError, read_unicode_escape};
use crate::keyword::{KeywordKind, keyword};

/// An IdentifierName found in the source.
pub(crate) struct ScannedName {
    /// The name with escapes decoded.
    pub name: String,
    /// Whether any `\u` escape was used (an escaped keyword is not a keyword).
    pub escaped: bool,
    pub end: usize,
}

/// Scans the IdentifierName starting at `start`, or returns `None` when no identifier starts
/// there. A malformed or disallowed `\u` escape is an error.
pub(crate) fn scan_identifier_name(src: &str, start: usize) -> Result<Option<ScannedName>, LexError> {
    let mut name = String::new();
    let mut escaped = false;
    let mut pos = start;
    loop {
        let at_start = pos == start;
        let allowed = |c: char| {
            if at_start { is_id_start(c) } else { is_id_continue(c) }
        };
        match char_at(src, pos) {
            Some('\\') => {
                let (c, end) = read_identifier_escape(src, pos)?;
                if !allowed(c) {
                    return Err(LexError::invalid_token(pos));
                }
                name.push(c);
                escaped = true;
                pos = end;
            }
            Some(c) if allowed(c) => {
                name.push(c);
                pos += c.len_utf8();
            }
            _ if at_start => return Ok(None),
            _ => {
                return Ok(Some(ScannedName { name, escaped, end: pos }));
            }
        }
    }
}

/// `\uHHHH` or `\u{H...}` inside an identifier; `backslash` is the offset of the `\`.
/// Messages as V8: a malformed `\u` escape is an "Invalid Unicode escape sequence", anything
/// else wrong is an "Invalid or unexpected token".
fn read_identifier_escape(src: &str, backslash: usize) -> Result<(char, usize), LexError> {
    if byte_at(src, backslash + 1) != Some(b'u') {
        return Err(LexError::invalid_token(backslash));
    }
    let (value, end) = read_unicode_escape(src, backslash + 2).map_err(|error| match error {
        EscapeError::CodePointRange => LexError::new(UNDEFINED_CODE_POINT, backslash),
        _ => LexError::new(INVALID_UNICODE_ESCAPE, backslash),
    })?;
    // Surrogates are not code points, so they can never form an identifier character.
    let c = char::from_u32(value).ok_or(LexError::invalid_token(backslash))?;
    Ok((c, end))
}

/// The token for an identifier name read by `scan_identifier_name`.
///
/// Without escapes a keyword is a keyword. With escapes (`\u0069f`), a reserved word is
/// `EscapedKeyword` (usable only as a property name), while contextual keywords and the
/// conditionally reserved `await`/`yield` become plain identifiers: their keyword meaning
/// requires the unescaped spelling, and the parser rejects them where they are reserved.
pub(crate) fn name_token(scanned: ScannedName) -> Token {
    match keyword(&scanned.name) {
        Some((token, _)) if !scanned.escaped => token,
        Some((_, KeywordKind::Reserved)) => Token::EscapedKeyword(scanned.name.into()),
        _ => Token::Ident(scanned.name.into()),
    }
}
