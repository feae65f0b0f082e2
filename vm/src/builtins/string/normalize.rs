//! String.prototype.normalize. Only Hangul syllables (algorithmically) and the precomposed
//! Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) are decomposed and composed; every other
//! character is left as it is (a documented gap: full normalization needs the Unicode
//! composition tables).

use super::super::arg;
use super::super::global::coerce;
use super::latin_table::LATIN_DECOMPOSITIONS;
use super::{prologue, units_result};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::value::Value;

const HANGUL_BASE: u32 = 0xAC00;
const HANGUL_COUNT: u32 = 11172;
const JAMO_L: u32 = 0x1100;
const JAMO_V: u32 = 0x1161;
const JAMO_T: u32 = 0x11A7;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;

/// The conjoining jamo of a precomposed Hangul syllable (algorithmic decomposition).
pub fn hangul_jamo(cp: u32) -> Option<[Option<u32>; 3]> {
    let index = cp.checked_sub(HANGUL_BASE).filter(|&i| i < HANGUL_COUNT)?;
    let l = JAMO_L + index / (V_COUNT * T_COUNT);
    let v = JAMO_V + (index % (V_COUNT * T_COUNT)) / T_COUNT;
    let t = index % T_COUNT;
    Some([Some(l), Some(v), (t != 0).then_some(JAMO_T + t)])
}

/// L V (T) jamo at the start of `units` composed into one syllable, with the units used.
fn hangul_compose(units: &[u16]) -> Option<(u16, usize)> {
    let l = (*units.first()? as u32).checked_sub(JAMO_L).filter(|&l| l < 19)?;
    let v = (*units.get(1)? as u32).checked_sub(JAMO_V).filter(|&v| v < V_COUNT)?;
    let syllable = HANGUL_BASE + (l * V_COUNT + v) * T_COUNT;
    match units.get(2).map(|&t| (t as u32).wrapping_sub(JAMO_T)) {
        Some(t) if (1..T_COUNT).contains(&t) => Some(((syllable + t) as u16, 3)),
        _ => Some((syllable as u16, 2)),
    }
}

fn decompose(units: &[u16]) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    for &u in units {
        if let Some(jamo) = hangul_jamo(u as u32) {
            out.extend(jamo.into_iter().flatten().map(|j| j as u16));
            continue;
        }
        match LATIN_DECOMPOSITIONS.binary_search_by_key(&u, |row| row.0) {
            Ok(i) => {
                let (_, base, m1, m2) = LATIN_DECOMPOSITIONS[i];
                out.push(base as u16);
                out.push(m1);
                if m2 != 0 {
                    out.push(m2);
                }
            }
            Err(_) => out.push(u),
        }
    }
    out
}

fn compose(units: &[u16]) -> Vec<u16> {
    let decomposed = decompose(units);
    let mut out: Vec<u16> = Vec::with_capacity(decomposed.len());
    let mut i = 0;
    while i < decomposed.len() {
        if let Some((syllable, used)) = hangul_compose(&decomposed[i..]) {
            out.push(syllable);
            i += used;
            continue;
        }
        let c = decomposed[i];
        let next = decomposed.get(i + 1).copied().unwrap_or(0);
        let after = decomposed.get(i + 2).copied().unwrap_or(0);
        let two = LATIN_DECOMPOSITIONS.iter().find(|r| r.1 as u16 == c && r.2 == next && r.3 == after && after != 0);
        if let Some(row) = two {
            out.push(row.0);
            i += 3;
            continue;
        }
        let one = LATIN_DECOMPOSITIONS.iter().find(|r| r.1 as u16 == c && r.2 == next && r.3 == 0);
        if let Some(row) = one {
            out.push(row.0);
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

pub fn normalize<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = match prologue(ctx, this, args, "normalize", "s") {
        Ok(s) => s,
        Err(r) => return r,
    };
    let form = match arg(args, 0) {
        Value::Undefined => "NFC".to_string(),
        v => match coerce::string(ctx, v) {
            Ok(f) => f.to_rust_string(),
            Err(e) => return NativeResult::Throw(e),
        },
    };
    let units = s.units();
    let result = match form.as_str() {
        "NFC" | "NFKC" => compose(units),
        "NFD" | "NFKD" => decompose(units),
        _ => {
            let e = ctx.vm.range_error(ctx.mc, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
            return NativeResult::Throw(e);
        }
    };
    if result == units {
        return NativeResult::Return(Value::String(s));
    }
    units_result(ctx, result)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_round_trip() {
        let e: Vec<u16> = "é".encode_utf16().collect();
        assert_eq!(decompose(&e), vec![0x65, 0x301]);
        assert_eq!(compose(&[0x65, 0x301]), e);
        assert_eq!(compose(&[0x41, 0x308, 0x304]), vec![0x1DE]);
        assert_eq!(decompose(&[0xD4DB]), vec![0x1111, 0x1171, 0x11B6]);
        assert_eq!(compose(&[0x1111, 0x1171, 0x11B6]), vec![0xD4DB]);
        assert_eq!(compose(&[0x1100, 0x1161]), vec![0xAC00]);
    }
}
