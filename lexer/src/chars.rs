//! Character classes of the ECMAScript lexical grammar and panic-free peeking into the source.
//!
//! Every hand-written scanner works with byte offsets into `&str`; these helpers return `None`
//! instead of panicking when an offset is past the end or not on a character boundary.

/// The character starting at byte offset `pos`, if `pos` is a character boundary inside `src`.
pub(crate) fn char_at(src: &str, pos: usize) -> Option<char> {
    src.get(pos..)?.chars().next()
}

/// The byte at offset `pos`, if any.
pub(crate) fn byte_at(src: &str, pos: usize) -> Option<u8> {
    src.as_bytes().get(pos).copied()
}

/// LineTerminator: LF, CR, LS, PS.
pub(crate) fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// WhiteSpace: TAB, VT, FF, ZWNBSP (BOM), and every Unicode "Space_Separator" (Zs) character,
/// which includes SP and NBSP.
pub(crate) fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{0B}' | '\u{0C}' | '\u{FEFF}' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// IdentifierStartChar: `$`, `_`, or ID_Start. XID_Start is used for ID_Start; the four
/// Other_ID_Start characters that XID_Start may leave out are added back.
pub(crate) fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '$' || c == '_';
    }
    unicode_ident::is_xid_start(c) || matches!(c, '\u{2118}' | '\u{212E}' | '\u{309B}' | '\u{309C}')
}

/// IdentifierPartChar: `$`, ID_Continue, ZWNJ, ZWJ.
pub(crate) fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '$' || c == '_';
    }
    unicode_ident::is_xid_continue(c) || is_id_start(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// The value of a hexadecimal digit.
pub(crate) fn hex_value(c: char) -> Option<u32> {
    c.to_digit(16)
}

/// Appends a code point (or, below 0x10000, a code unit: lone surrogates stay single units) as
/// UTF-16.
pub(crate) fn push_utf16(units: &mut Vec<u16>, value: u32) {
    if let Ok(unit) = u16::try_from(value) {
        units.push(unit);
    } else if let Some(c) = char::from_u32(value) {
        let mut buf = [0u16; 2];
        units.extend_from_slice(c.encode_utf16(&mut buf));
    }
}

/// Offset just past the current line: the first line terminator at or after `pos` (not
/// consumed), or the end of `src`.
pub(crate) fn line_end(src: &str, pos: usize) -> usize {
    match src.get(pos..) {
        Some(rest) => rest.find(['\n', '\r', '\u{2028}', '\u{2029}']).map_or(src.len(), |i| pos + i),
        None => src.len(),
    }
}
