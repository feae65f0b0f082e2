//! Regular-expression patterns, compiled by the `regress` crate (an ECMAScript regex engine) and
//! cached. The compiler checks each literal's early errors here; the vm's RegExp objects match
//! with the same cached matchers, so a literal's pattern is compiled once.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

const FLAG_CHARS: &str = "dgimsuvy";

/// A compiled pattern keyed by its source and flags.
type PatternCache = HashMap<(Vec<u16>, String), Rc<regress::Regex>>;

thread_local! {
    /// Compiled patterns by (source, flags): literals in loops and repeated `new RegExp`
    /// calls compile once.
    static CACHE: RefCell<PatternCache> = RefCell::new(HashMap::new());
}

const CACHE_LIMIT: usize = 256;

/// The code points of a pattern (surrogate pairs joined; lone surrogates kept as is).
fn code_points(units: &[u16]) -> Vec<u32> {
    char::decode_utf16(units.iter().copied())
        .zip(0..)
        .map(|(r, _)| r.map(|c| c as u32).unwrap_or_else(|e| e.unpaired_surrogate() as u32))
        .collect()
}

/// The matcher for `source` with `flags` (which `flags_valid` accepted), from the cache when it
/// was compiled before; the error is regress's message.
pub fn compile(source: &[u16], flags: &str) -> Result<Rc<regress::Regex>, String> {
    let key = (source.to_vec(), flags.to_string());
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
    }
    let mut f = regress::Flags::default();
    for c in flags.chars() {
        match c {
            'i' => f.icase = true,
            'm' => f.multiline = true,
            's' => f.dot_all = true,
            'u' => f.unicode = true,
            'v' => f.unicode_sets = true,
            _ => {}
        }
    }
    let re = regress::Regex::from_unicode(code_points(source).into_iter(), f).map_err(|e| e.text)?;
    let re = Rc::new(re);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_LIMIT {
            c.clear();
        }
        c.insert(key, re.clone());
    });
    Ok(re)
}

/// The early errors of a regular expression literal, checked when the script is compiled (the
/// compiled matcher stays in the cache for the literal's first evaluation).
pub fn literal_error(pattern: &str, flags: &str) -> Option<String> {
    if !flags_valid(flags) {
        return Some("Invalid regular expression flags".to_string());
    }
    let units: Vec<u16> = pattern.encode_utf16().collect();
    compile(&units, flags).err().map(|e| format!("Invalid regular expression: /{pattern}/{flags}: {e}"))
}

/// Valid flags: only "dgimsuvy", each at most once, not both u and v.
pub fn flags_valid(flags: &str) -> bool {
    let mut seen = String::new();
    for c in flags.chars() {
        if !FLAG_CHARS.contains(c) || seen.contains(c) {
            return false;
        }
        seen.push(c);
    }
    !(seen.contains('u') && seen.contains('v'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags() {
        assert!(flags_valid("dgimsuy"));
        assert!(!flags_valid("gg"));
        assert!(!flags_valid("uv"));
        assert!(!flags_valid("x"));
        assert!(literal_error("a", "gg").is_some());
        assert!(literal_error("(", "").is_some());
        assert!(literal_error("a(b)", "u").is_none());
    }

    #[test]
    fn matches_in_utf16() {
        let re = compile(&"b(c)?".encode_utf16().collect::<Vec<_>>(), "").expect("valid pattern");
        let text: Vec<u16> = "abc".encode_utf16().collect();
        let m = re.find_from_ucs2(&text, 0).next().expect("a match");
        assert_eq!(m.range, 1..3);
    }
}
