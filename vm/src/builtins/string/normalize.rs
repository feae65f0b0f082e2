//! String.prototype.normalize. Only the precomposed Latin letters (U+00C0–U+024F) are
//! decomposed and composed; every other character is left as it is (a documented gap: full
//! normalization needs the Unicode composition tables).

use super::super::arg;
use super::super::global::coerce;
use super::latin_table::LATIN_DECOMPOSITIONS;
use super::{prologue, units_result};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::value::Value;

fn decompose(units: &[u16]) -> Vec<u16> {
    let mut out = Vec::with_capacity(units.len());
    for &u in units {
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
    }
}
