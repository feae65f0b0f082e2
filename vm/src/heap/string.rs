//! JavaScript strings: immutable UTF-16 in the gc heap, plus the atom table that makes property
//! names compare by pointer.

use std::collections::HashMap;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use gc_arena::{Collect, Gc, GcWeak, Mutation};

/// gc-arena 0.7 paces collection by allocation count; a long string counts as many small
/// allocations so that loops building big strings still trigger collection.
pub fn charge_size(mc: &Mutation<'_>, units: usize) {
    if units > 64 {
        mc.metrics().adjust_debt(units as f64 / 64.0);
    }
}

/// The payload of a string. `atom` is true for the canonical copy held in the atom table.
#[derive(Collect)]
#[collect(require_static)]
pub struct StrData {
    units: Box<[u16]>,
    atom: bool,
}

/// A JS string value: a pointer to immutable UTF-16 code units.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct JsString<'gc>(pub Gc<'gc, StrData>);

impl<'gc> JsString<'gc> {
    pub fn new(mc: &Mutation<'gc>, units: &[u16]) -> Self {
        charge_size(mc, units.len());
        JsString(Gc::new(mc, StrData { units: units.into(), atom: false }))
    }
    pub fn from_units(mc: &Mutation<'gc>, units: Vec<u16>) -> Self {
        charge_size(mc, units.len());
        JsString(Gc::new(mc, StrData { units: units.into_boxed_slice(), atom: false }))
    }
    pub fn from_str(mc: &Mutation<'gc>, s: &str) -> Self {
        Self::from_units(mc, s.encode_utf16().collect())
    }
    pub fn units(&self) -> &'gc [u16] {
        &Gc::as_ref(self.0).units
    }
    pub fn len(&self) -> usize {
        self.units().len()
    }
    pub fn is_empty(&self) -> bool {
        self.units().is_empty()
    }
    pub fn is_atom(&self) -> bool {
        self.0.atom
    }
    /// Lossy conversion for diagnostics and host output (lone surrogates become U+FFFD).
    pub fn to_rust_string(&self) -> String {
        String::from_utf16_lossy(self.units())
    }
    pub fn ptr_eq(a: Self, b: Self) -> bool {
        Gc::ptr_eq(a.0, b.0)
    }
    pub fn concat(mc: &Mutation<'gc>, a: Self, b: Self) -> Self {
        if a.is_empty() {
            return b;
        }
        if b.is_empty() {
            return a;
        }
        let mut units = Vec::with_capacity(a.len() + b.len());
        units.extend_from_slice(a.units());
        units.extend_from_slice(b.units());
        Self::from_units(mc, units)
    }
}

impl PartialEq for JsString<'_> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0) || (!(self.is_atom() && other.is_atom()) && self.units() == other.units())
    }
}
impl Eq for JsString<'_> {}

impl fmt::Debug for JsString<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_rust_string())
    }
}

/// An interned string: equality and hashing are by pointer.
#[derive(Collect, Clone, Copy, Debug)]
#[collect(no_drop)]
pub struct Atom<'gc>(pub JsString<'gc>);

impl PartialEq for Atom<'_> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0.0, other.0.0)
    }
}
impl Eq for Atom<'_> {}
impl Hash for Atom<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (Gc::as_ptr(self.0.0) as usize).hash(state)
    }
}

impl<'gc> Atom<'gc> {
    pub fn string(self) -> JsString<'gc> {
        self.0
    }
}

/// The weak table of atoms. Entries whose string died are pruned in the finalize step of a
/// collection (`prune`), so the table never keeps a string alive by itself.
#[derive(Collect, Default)]
#[collect(no_drop)]
pub struct AtomTable<'gc> {
    map: HashMap<Rc<[u16]>, GcWeak<'gc, StrData>>,
}

impl<'gc> AtomTable<'gc> {
    pub fn intern(&mut self, mc: &Mutation<'gc>, units: &[u16]) -> Atom<'gc> {
        if let Some(weak) = self.map.get(units)
            && let Some(strong) = weak.upgrade(mc)
        {
            return Atom(JsString(strong));
        }
        let gc = Gc::new(mc, StrData { units: units.into(), atom: true });
        self.map.insert(units.into(), Gc::downgrade(gc));
        Atom(JsString(gc))
    }

    /// Drops entries whose string was collected (call after a collection cycle).
    pub fn prune(&mut self) {
        self.map.retain(|_, weak| !weak.is_dropped());
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

// ------------------------------------------------------------------------------------------
// Conversions between numbers and strings (ECMAScript Number::toString and StringToNumber)

/// Number::toString lives with the compiler, which prints numeric property keys at compile time.
pub use minijs_compiler::number::number_to_string;

fn is_js_whitespace(c: u16) -> bool {
    matches!(
        c,
        0x09 | 0x0A | 0x0B | 0x0C | 0x0D | 0x20 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000 | 0xFEFF
    )
}

/// Removes leading and trailing WhiteSpace and LineTerminator code units.
pub fn trim_units(units: &[u16], start: bool, end: bool) -> &[u16] {
    let mut a = 0;
    let mut b = units.len();
    if start {
        while a < b && is_js_whitespace(units[a]) {
            a += 1;
        }
    }
    if end {
        while b > a && is_js_whitespace(units[b - 1]) {
            b -= 1;
        }
    }
    &units[a..b]
}

/// StringToNumber: the grammar of numeric strings (no separators, no octal-legacy, no `n`).
pub fn string_to_number(units: &[u16]) -> f64 {
    let trimmed = trim_units(units, true, true);
    if trimmed.is_empty() {
        return 0.0;
    }
    let Ok(s) = String::from_utf16(trimmed) else {
        return f64::NAN;
    };
    let radix = |prefix: &str, radix: u32| -> Option<f64> {
        let rest = s.strip_prefix(prefix).or_else(|| s.strip_prefix(&prefix.to_uppercase()))?;
        if rest.is_empty() || !rest.chars().all(|c| c.is_digit(radix)) {
            return Some(f64::NAN);
        }
        Some(rest.chars().fold(0.0, |acc, c| acc * radix as f64 + c.to_digit(radix).unwrap_or(0) as f64))
    };
    if let Some(v) = radix("0x", 16).or_else(|| radix("0o", 8)).or_else(|| radix("0b", 2)) {
        return v;
    }
    match s.as_str() {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    let valid = s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !valid {
        return f64::NAN;
    }
    s.parse::<f64>().unwrap_or(f64::NAN)
}

/// CanonicalNumericIndexString-style test used for array indices: "0", "1", … "4294967294".
pub fn parse_array_index(units: &[u16]) -> Option<u32> {
    if units.is_empty() || units.len() > 10 {
        return None;
    }
    if units.len() > 1 && units[0] == b'0' as u16 {
        return None;
    }
    let mut n: u64 = 0;
    for &u in units {
        if !(b'0' as u16..=b'9' as u16).contains(&u) {
            return None;
        }
        n = n * 10 + (u - b'0' as u16) as u64;
    }
    if n < u32::MAX as u64 { Some(n as u32) } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_parse_like_javascript() {
        let n = |s: &str| string_to_number(&s.encode_utf16().collect::<Vec<_>>());
        assert_eq!(n("  12  "), 12.0);
        assert_eq!(n(""), 0.0);
        assert_eq!(n("0x1F"), 31.0);
        assert!(n("12px").is_nan());
        assert_eq!(n("-Infinity"), f64::NEG_INFINITY);
        assert_eq!(n(".5"), 0.5);
        assert!(n("inf").is_nan());
    }
}
