//! String.prototype.localeCompare: an approximation of the Unicode root collation that V8's
//! ICU applies by default. Strings compare first by base letters (punctuation < symbols <
//! currency < digits < letters; letters alphabetically, case-insensitively), then by accents,
//! then by case (lowercase first). Controls are ignorable. Precomposed Latin letters compare
//! equal to their decomposed forms.

use std::cmp::Ordering;

use super::latin_table::LATIN_DECOMPOSITIONS;

/// One collation element: the three comparison levels.
#[derive(Clone, Copy, Debug)]
struct Element {
    primary: u32,
    secondary: u16,
    tertiary: u8,
}

/// Punctuation and symbols of Latin-1 in root collation order.
const PUNCTUATION: &str = "_-,;:!¡?¿.'\"«»()[]{}@*/\\&#%`^°©+<=>|~";
const CURRENCY: &str = "$£¥€";

const WHITESPACE_BASE: u32 = 1;
const PUNCT_BASE: u32 = 0x100;
const SYMBOL_BASE: u32 = 0x1000;
const CURRENCY_BASE: u32 = 0x20_0000;
const DIGIT_BASE: u32 = 0x30_0000;
const LATIN_BASE: u32 = 0x40_0000;
const OTHER_LETTER_BASE: u32 = 0x50_0000;

fn latin_letter(c: u8, tertiary: u8) -> Element {
    let rank = (c.to_ascii_lowercase() - b'a') as u32;
    Element { primary: LATIN_BASE + rank * 4, secondary: 0, tertiary }
}

fn is_ignorable(c: u32) -> bool {
    matches!(c, 0x00..=0x08 | 0x0E..=0x1F | 0x7F..=0x84 | 0x86..=0x9F | 0x200B..=0x200F | 0xFEFF | 0xAD)
}

fn whitespace_rank(c: u32) -> Option<u32> {
    let rank = match c {
        0x09 => 0,
        0x0A => 1,
        0x0B => 2,
        0x0C => 3,
        0x0D => 4,
        0x85 => 5,
        0x2028 => 6,
        0x2029 => 7,
        0x20 => 8,
        0xA0 => 9,
        0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => 10,
        _ => return None,
    };
    Some(rank)
}

/// Elements of one character, appended to `out`.
fn push_elements(c: char, out: &mut Vec<Element>) {
    let cp = c as u32;
    if is_ignorable(cp) {
        return;
    }
    if (0x300..=0x36F).contains(&cp) {
        out.push(Element { primary: 0, secondary: 0x20 + (cp - 0x300) as u16, tertiary: 0 });
        return;
    }
    if let Some(jamo) = super::normalize::hangul_jamo(cp) {
        for j in jamo.into_iter().flatten() {
            out.push(Element { primary: OTHER_LETTER_BASE + j, secondary: 0, tertiary: 0 });
        }
        return;
    }
    if let Some(r) = whitespace_rank(cp) {
        out.push(Element { primary: WHITESPACE_BASE + r, secondary: 0, tertiary: 0 });
        return;
    }
    if c.is_ascii_alphabetic() {
        out.push(latin_letter(c as u8, c.is_ascii_uppercase() as u8));
        return;
    }
    if let Ok(i) = LATIN_DECOMPOSITIONS.binary_search_by_key(&(cp as u16), |row| row.0)
        && cp <= 0xFFFF
    {
        let (_, base, m1, m2) = LATIN_DECOMPOSITIONS[i];
        out.push(latin_letter(base, base.is_ascii_uppercase() as u8));
        for m in [m1, m2] {
            if m != 0 {
                out.push(Element { primary: 0, secondary: 0x20 + (m as u32).saturating_sub(0x300) as u16, tertiary: 0 });
            }
        }
        return;
    }
    // Latin letters without a decomposition sort next to the letter they resemble.
    let special = match c {
        'æ' | 'Æ' => Some((b'a', 2, 0)),
        'ð' | 'Ð' | 'đ' | 'Đ' => Some((b'd', 2, 0)),
        'ı' => Some((b'i', 2, 0)),
        'ł' | 'Ł' => Some((b'l', 2, 0)),
        'ø' | 'Ø' => Some((b'o', 2, 0)),
        'œ' | 'Œ' => Some((b'o', 3, 0)),
        'þ' | 'Þ' => Some((b'z', 2, 0)),
        _ => None,
    };
    if let Some((base, offset, _)) = special {
        let mut e = latin_letter(base, c.is_uppercase() as u8);
        e.primary += offset;
        out.push(e);
        return;
    }
    if c == 'ß' {
        out.push(latin_letter(b's', 0));
        out.push(latin_letter(b's', 0));
        return;
    }
    if let Some(i) = PUNCTUATION.chars().position(|p| p == c) {
        out.push(Element { primary: PUNCT_BASE + i as u32, secondary: 0, tertiary: 0 });
        return;
    }
    if let Some(i) = CURRENCY.chars().position(|p| p == c) {
        out.push(Element { primary: CURRENCY_BASE + i as u32, secondary: 0, tertiary: 0 });
        return;
    }
    if let Some(d) = c.to_digit(10) {
        out.push(Element { primary: DIGIT_BASE + d, secondary: 0, tertiary: 0 });
        return;
    }
    if c.is_alphabetic() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let lower = if lower == 'µ' { 'μ' } else { lower };
        out.push(Element { primary: OTHER_LETTER_BASE + lower as u32, secondary: 0, tertiary: c.is_uppercase() as u8 });
        return;
    }
    out.push(Element { primary: SYMBOL_BASE + cp, secondary: 0, tertiary: 0 });
}

/// Canonical combining classes of U+0300–U+036F as (first, last, class) ranges (from the
/// Unicode Character Database).
const COMBINING_CLASSES: &[(u16, u16, u8)] = &[
    (0x300, 0x314, 230),
    (0x315, 0x315, 232),
    (0x316, 0x319, 220),
    (0x31A, 0x31A, 232),
    (0x31B, 0x31B, 216),
    (0x31C, 0x320, 220),
    (0x321, 0x322, 202),
    (0x323, 0x326, 220),
    (0x327, 0x328, 202),
    (0x329, 0x333, 220),
    (0x334, 0x338, 1),
    (0x339, 0x33C, 220),
    (0x33D, 0x344, 230),
    (0x345, 0x345, 240),
    (0x346, 0x346, 230),
    (0x347, 0x349, 220),
    (0x34A, 0x34C, 230),
    (0x34D, 0x34E, 220),
    (0x34F, 0x34F, 0),
    (0x350, 0x352, 230),
    (0x353, 0x356, 220),
    (0x357, 0x357, 230),
    (0x358, 0x358, 232),
    (0x359, 0x35A, 220),
    (0x35B, 0x35B, 230),
    (0x35C, 0x35C, 233),
    (0x35D, 0x35E, 234),
    (0x35F, 0x35F, 233),
    (0x360, 0x361, 234),
    (0x362, 0x362, 233),
    (0x363, 0x36F, 230),
];

fn combining_class(secondary: u16) -> u8 {
    let mark = secondary - 0x20 + 0x300;
    COMBINING_CLASSES.iter().find(|r| (r.0..=r.1).contains(&mark)).map(|r| r.2).unwrap_or(0)
}

/// Canonical ordering: each run of combining marks is stably sorted by combining class, so
/// "a\u0308\u0323" and "a\u0323\u0308" compare equal.
fn reorder_marks(elements: &mut [Element]) {
    let mut i = 0;
    while i < elements.len() {
        if elements[i].primary != 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < elements.len() && elements[i].primary == 0 {
            i += 1;
        }
        elements[start..i].sort_by_key(|e| combining_class(e.secondary));
    }
}

fn elements(units: &[u16]) -> Vec<Element> {
    let mut out = Vec::with_capacity(units.len());
    for r in char::decode_utf16(units.iter().copied()) {
        match r {
            Ok(c) => push_elements(c, &mut out),
            Err(e) => out.push(Element { primary: SYMBOL_BASE + e.unpaired_surrogate() as u32, secondary: 0, tertiary: 0 }),
        }
    }
    reorder_marks(&mut out);
    out
}

/// -1, 0 or 1 like ICU's compare.
pub fn locale_compare(a: &[u16], b: &[u16]) -> f64 {
    if a == b {
        return 0.0;
    }
    let ea = elements(a);
    let eb = elements(b);
    let primaries = |e: &[Element]| e.iter().filter(|x| x.primary != 0).map(|x| x.primary).collect::<Vec<_>>();
    let secondaries = |e: &[Element]| e.iter().map(|x| x.secondary).collect::<Vec<_>>();
    let tertiaries = |e: &[Element]| e.iter().filter(|x| x.primary != 0).map(|x| x.tertiary).collect::<Vec<_>>();
    let ord = primaries(&ea)
        .cmp(&primaries(&eb))
        .then_with(|| secondaries(&ea).cmp(&secondaries(&eb)))
        .then_with(|| tertiaries(&ea).cmp(&tertiaries(&eb)));
    match ord {
        Ordering::Less => -1.0,
        Ordering::Equal => 0.0,
        Ordering::Greater => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(a: &str, b: &str) -> f64 {
        let a: Vec<u16> = a.encode_utf16().collect();
        let b: Vec<u16> = b.encode_utf16().collect();
        locale_compare(&a, &b)
    }

    #[test]
    fn like_icu_root() {
        assert_eq!(cmp("a", "B"), -1.0);
        assert_eq!(cmp("a", "A"), -1.0);
        assert_eq!(cmp("a", "a\u{0}"), 0.0);
        assert_eq!(cmp("a", "a\u{301}"), -1.0);
        assert_eq!(cmp("\u{e1}", "a\u{301}"), 0.0);
        assert_eq!(cmp("10", "9"), -1.0);
        assert_eq!(cmp("", "a"), -1.0);
        assert_eq!(cmp("a-b", "ab"), -1.0);
        assert_eq!(cmp("coop", "co-op2"), 1.0);
        assert_eq!(cmp("résumé", "resume"), 1.0);
        assert_eq!(cmp("ab", "aB"), -1.0);
        assert_eq!(cmp("aB", "Ab"), -1.0);
        assert_eq!(cmp("ß", "st"), -1.0);
        assert_eq!(cmp("\u{1111}\u{1171}\u{11b6}", "\u{d4db}"), 0.0);
        assert_eq!(cmp("\u{e4}\u{323}", "a\u{323}\u{308}"), 0.0);
    }
}
