//! Regular expression literals `/body/flags`. Only the extent of the body is found here (with
//! `[...]` classes, which may contain `/`, and backslash escapes); the pattern itself is
//! validated later by whoever compiles it. The flags are checked here because they are easy:
//! only `dgimsuyv`, no repeats, not both `u` and `v`.

use crate::LexError;
use crate::Token;
use crate::chars::{char_at, is_id_continue, is_line_terminator};
use crate::error::{INVALID_REGEX_FLAGS, UNTERMINATED_REGEX};

/// Scans the regular expression literal whose opening `/` is at `start`. Returns the token and
/// the offset after the flags.
pub(crate) fn scan_regex(src: &str, start: usize) -> Result<(Token, usize), LexError> {
    let missing_slash = || LexError::new(UNTERMINATED_REGEX, start);
    let body_start = start + 1;
    let mut pos = body_start;
    let mut in_class = false;
    let body_end = loop {
        let c = char_at(src, pos).filter(|&c| !is_line_terminator(c)).ok_or_else(missing_slash)?;
        pos += c.len_utf8();
        match c {
            '\\' => {
                let escaped = char_at(src, pos).filter(|&c| !is_line_terminator(c)).ok_or_else(missing_slash)?;
                pos += escaped.len_utf8();
            }
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => break pos - 1,
            _ => {}
        }
    };
    let flags_start = pos;
    while let Some(c) = char_at(src, pos).filter(|&c| is_id_continue(c) || c == '\\') {
        if c == '\\' {
            // Escapes are never allowed in flags.
            return Err(LexError::new(INVALID_REGEX_FLAGS, pos));
        }
        pos += c.len_utf8();
    }
    let pattern = src.get(body_start..body_end).unwrap_or("");
    let flags = src.get(flags_start..pos).unwrap_or("");
    if !flags_are_valid(flags) {
        return Err(LexError::new(INVALID_REGEX_FLAGS, flags_start));
    }
    Ok((Token::Regex { pattern: pattern.into(), flags: flags.into() }, pos))
}

/// Each flag one of `dgimsuyv`, at most once, and `u` and `v` not together.
fn flags_are_valid(flags: &str) -> bool {
    const KNOWN: &str = "dgimsuyv";
    let mut seen = [false; KNOWN.len()];
    for c in flags.chars() {
        let Some(index) = KNOWN.find(c) else {
            return false;
        };
        let Some(slot) = seen.get_mut(index) else {
            return false;
        };
        if *slot {
            return false;
        }
        *slot = true;
    }
    !(flags.contains('u') && flags.contains('v'))
}
