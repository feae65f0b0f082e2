//! encodeURI, encodeURIComponent, decodeURI, decodeURIComponent (ECMA-262 §19.2.6) and the
//! Annex B escape/unescape.

use gc_arena::Mutation;

use super::super::arg;
use super::coerce;
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;

const URI_MARK: &[u8] = b"-_.!~*'()";
const URI_RESERVED: &[u8] = b";/?:@&=+$,";

fn is_unreserved(u: u16) -> bool {
    u < 128 && ((u as u8).is_ascii_alphanumeric() || URI_MARK.contains(&(u as u8)))
}

fn is_reserved_or_hash(u: u16) -> bool {
    u < 128 && (URI_RESERVED.contains(&(u as u8)) || u == b'#' as u16)
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Encode: UTF-8 percent-encoding of every code point outside the unescaped set.
fn encode(units: &[u16], keep: impl Fn(u16) -> bool) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        let c = units[k];
        if keep(c) {
            out.push(c);
            k += 1;
            continue;
        }
        let cp = match c {
            0xD800..=0xDBFF => {
                let low = *units.get(k + 1)?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return None;
                }
                k += 1;
                0x10000 + (((c as u32) - 0xD800) << 10) + ((low as u32) - 0xDC00)
            }
            0xDC00..=0xDFFF => return None,
            _ => c as u32,
        };
        let ch = char::from_u32(cp)?;
        let mut buf = [0u8; 4];
        for &b in ch.encode_utf8(&mut buf).as_bytes() {
            out.extend_from_slice(&[b'%' as u16, HEX[(b >> 4) as usize] as u16, HEX[(b & 15) as usize] as u16]);
        }
        k += 1;
    }
    Some(out)
}

fn hex_value(u: u16) -> Option<u8> {
    let c = char::from_u32(u as u32)?;
    c.to_digit(16).map(|d| d as u8)
}

/// The byte of "%XY" at `units[k]`.
fn percent_byte(units: &[u16], k: usize) -> Option<u8> {
    if units.get(k) != Some(&(b'%' as u16)) {
        return None;
    }
    let hi = hex_value(*units.get(k + 1)?)?;
    let lo = hex_value(*units.get(k + 2)?)?;
    Some(hi << 4 | lo)
}

/// Decode: percent-escaped UTF-8 back to code units; escapes of characters in `preserve`
/// stay as written.
fn decode(units: &[u16], preserve: impl Fn(u16) -> bool) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        let c = units[k];
        if c != b'%' as u16 {
            out.push(c);
            k += 1;
            continue;
        }
        let start = k;
        let b = percent_byte(units, k)?;
        k += 3;
        if b & 0x80 == 0 {
            if preserve(b as u16) {
                out.extend_from_slice(&units[start..k]);
            } else {
                out.push(b as u16);
            }
            continue;
        }
        let n = b.leading_ones() as usize;
        if n == 1 || n > 4 {
            return None;
        }
        let mut octets = vec![b];
        for _ in 1..n {
            let next = percent_byte(units, k)?;
            if next & 0xC0 != 0x80 {
                return None;
            }
            octets.push(next);
            k += 3;
        }
        // `from_utf8` rejects overlong forms and surrogates, as the spec requires.
        let s = std::str::from_utf8(&octets).ok()?;
        out.extend(s.encode_utf16());
    }
    Some(out)
}

fn uri_function<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    this: Value<'gc>,
    args: &[Value<'gc>],
    f: fn(&[u16]) -> Option<Vec<u16>>,
) -> NativeResult<'gc> {
    if let Some(r) = coerce::objects_to_primitives(ctx, this, None, args, "s") {
        return r;
    }
    let s = match coerce::string(ctx, arg(args, 0)) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    match f(s.units()) {
        Some(units) => NativeResult::Return(Value::String(JsString::from_units(ctx.mc, units))),
        None => {
            let p = ctx.vm.realm.uri_error_proto;
            NativeResult::Throw(ctx.vm.make_error(ctx.mc, p, "URI malformed"))
        }
    }
}

fn encode_uri<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    uri_function(ctx, this, args, |u| encode(u, |c| is_unreserved(c) || is_reserved_or_hash(c)))
}

fn encode_uri_component<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    uri_function(ctx, this, args, |u| encode(u, is_unreserved))
}

fn decode_uri<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    uri_function(ctx, this, args, |u| decode(u, is_reserved_or_hash))
}

fn decode_uri_component<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    uri_function(ctx, this, args, |u| decode(u, |_| false))
}

/// Annex B `escape`: %XX below 256, %uXXXX above, except the unescaped set.
fn escape_units(units: &[u16]) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(units.len());
    for &c in units {
        if c < 128 && ((c as u8).is_ascii_alphanumeric() || b"@*_+-./".contains(&(c as u8))) {
            out.push(c);
        } else if c < 256 {
            out.extend_from_slice(&[b'%' as u16, HEX[(c >> 4) as usize] as u16, HEX[(c & 15) as usize] as u16]);
        } else {
            out.extend_from_slice(&[b'%' as u16, b'u' as u16]);
            for shift in [12, 8, 4, 0] {
                out.push(HEX[((c >> shift) & 15) as usize] as u16);
            }
        }
    }
    Some(out)
}

/// Annex B `unescape`: malformed escapes stay as written.
fn unescape_units(units: &[u16]) -> Option<Vec<u16>> {
    let mut out = Vec::with_capacity(units.len());
    let mut k = 0;
    while k < units.len() {
        let c = units[k];
        if c == b'%' as u16 {
            if units.get(k + 1) == Some(&(b'u' as u16)) && k + 6 <= units.len() {
                let digits: Option<Vec<u8>> = units[k + 2..k + 6].iter().map(|&u| hex_value(u)).collect();
                if let Some(d) = digits {
                    out.push(d.iter().fold(0u16, |acc, &x| acc << 4 | x as u16));
                    k += 6;
                    continue;
                }
            }
            if let Some(b) = percent_byte(units, k) {
                out.push(b as u16);
                k += 3;
                continue;
            }
        }
        out.push(c);
        k += 1;
    }
    Some(out)
}

fn escape<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    uri_function(ctx, this, args, escape_units)
}

fn unescape<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    uri_function(ctx, this, args, unescape_units)
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let global = vm.realm.global;
    vm.define_method(mc, global, "encodeURI", 1, encode_uri);
    vm.define_method(mc, global, "encodeURIComponent", 1, encode_uri_component);
    vm.define_method(mc, global, "decodeURI", 1, decode_uri);
    vm.define_method(mc, global, "decodeURIComponent", 1, decode_uri_component);
    vm.define_method(mc, global, "escape", 1, escape);
    vm.define_method(mc, global, "unescape", 1, unescape);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn round_trips() {
        let enc = encode(&u("a b/é😀"), is_unreserved).unwrap_or_default();
        assert_eq!(String::from_utf16_lossy(&enc), "a%20b%2F%C3%A9%F0%9F%98%80");
        let dec = decode(&enc, |_| false).unwrap_or_default();
        assert_eq!(String::from_utf16_lossy(&dec), "a b/é😀");
        assert_eq!(decode(&u("%2F%23"), is_reserved_or_hash), Some(u("%2F%23")));
        assert_eq!(decode(&u("%C0%80"), |_| false), None);
        assert_eq!(decode(&u("%E0%A4%A"), |_| false), None);
        assert_eq!(encode(&[0xD800], is_unreserved), None);
    }

    #[test]
    fn annex_b_escape() {
        assert_eq!(String::from_utf16_lossy(&escape_units(&u("a b\u{100}")).unwrap_or_default()), "a%20b%u0100");
        assert_eq!(String::from_utf16_lossy(&unescape_units(&u("%u0100%20%zz")).unwrap_or_default()), "\u{100} %zz");
    }
}
