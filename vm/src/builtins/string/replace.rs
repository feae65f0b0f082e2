//! replace, replaceAll and split with string patterns. Symbol.replace / Symbol.split are only
//! looked up on object patterns (as in ES2025 and V8), so when every input is primitive the
//! whole operation runs here; otherwise the self-hosted generic versions (js/string.js) run the protocol and
//! call the kernels below (exposed to them through the private natives object).

use super::super::arg;
use super::super::global::coerce;
use super::search::find;
use super::{generic, units_result};
use crate::exec::native::{Ctx, NativeResult};
use crate::exec::operators::to_uint32;
use crate::heap::string::JsString;
use crate::heap::value::Value;

fn all_primitive(this: Value<'_>, args: &[Value<'_>]) -> bool {
    !this.is_nullish() && !this.is_object() && args.iter().take(2).all(|a| !a.is_object())
}

/// GetSubstitution (ECMA-262 §22.1.3.19.1) without named captures: `captures` are the
/// capture strings (None for undefined).
pub fn get_substitution(matched: &[u16], s: &[u16], position: usize, captures: &[Option<Vec<u16>>], template: &[u16]) -> Vec<u16> {
    let dollar = b'$' as u16;
    let is_digit = |u: u16| (b'0' as u16..=b'9' as u16).contains(&u);
    let mut out = Vec::with_capacity(template.len());
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        let next = template.get(i + 1).copied();
        if c != dollar || next.is_none() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = next.unwrap_or(0);
        if n == dollar {
            out.push(dollar);
            i += 2;
        } else if n == b'&' as u16 {
            out.extend_from_slice(matched);
            i += 2;
        } else if n == b'`' as u16 {
            out.extend_from_slice(&s[..position.min(s.len())]);
            i += 2;
        } else if n == b'\'' as u16 {
            let tail = (position + matched.len()).min(s.len());
            out.extend_from_slice(&s[tail..]);
            i += 2;
        } else if is_digit(n) {
            let second = template.get(i + 2).copied().filter(|&u| is_digit(u));
            let one = (n - b'0' as u16) as usize;
            let (index, digits) = match second {
                Some(d) if one * 10 + (d - b'0' as u16) as usize <= captures.len() => (one * 10 + (d - b'0' as u16) as usize, 2),
                _ => (one, 1),
            };
            if (1..=captures.len()).contains(&index) {
                if let Some(Some(cap)) = captures.get(index - 1) {
                    out.extend_from_slice(cap);
                }
            } else {
                out.extend_from_slice(&template[i..i + 1 + digits]);
            }
            i += 1 + digits;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The first occurrence of `search` replaced by the template `replacement`.
pub fn replace_first(s: &[u16], search: &[u16], replacement: &[u16]) -> Option<Vec<u16>> {
    let position = find(s, search, 0)?;
    let mut out = s[..position].to_vec();
    out.extend(get_substitution(search, s, position, &[], replacement));
    out.extend_from_slice(&s[position + search.len()..]);
    Some(out)
}

/// Every occurrence (as replaceAll finds them) replaced by the template `replacement`.
pub fn replace_every(s: &[u16], search: &[u16], replacement: &[u16]) -> Vec<u16> {
    let advance = search.len().max(1);
    let mut positions = Vec::new();
    let mut at = find(s, search, 0);
    while let Some(p) = at {
        positions.push(p);
        at = find(s, search, p + advance);
    }
    let mut out = Vec::with_capacity(s.len());
    let mut end_of_last = 0;
    for p in positions {
        out.extend_from_slice(&s[end_of_last.min(p)..p]);
        out.extend(get_substitution(search, s, p, &[], replacement));
        end_of_last = p + search.len();
    }
    if end_of_last < s.len() {
        out.extend_from_slice(&s[end_of_last..]);
    }
    out
}

/// The pieces of `s` split at `separator` (None: undefined), at most `limit` of them.
pub fn split_units(s: &[u16], separator: Option<&[u16]>, limit: u32) -> Vec<Vec<u16>> {
    if limit == 0 {
        return Vec::new();
    }
    let Some(r) = separator else {
        return vec![s.to_vec()];
    };
    if r.is_empty() {
        return s.iter().take(limit as usize).map(|&u| vec![u]).collect();
    }
    if s.is_empty() {
        return vec![Vec::new()];
    }
    let mut pieces = Vec::new();
    let mut i = 0;
    let mut j = find(s, r, 0);
    while let Some(p) = j {
        pieces.push(s[i..p].to_vec());
        if pieces.len() as u32 == limit {
            return pieces;
        }
        i = p + r.len();
        j = find(s, r, i);
    }
    pieces.push(s[i..].to_vec());
    pieces
}

fn strings<'gc>(ctx: &mut Ctx<'gc, '_>, values: [Value<'gc>; 3]) -> Result<[JsString<'gc>; 3], NativeResult<'gc>> {
    let mut out = [ctx.vm.realm.empty_string; 3];
    for (slot, v) in out.iter_mut().zip(values) {
        *slot = coerce::string(ctx, v).map_err(NativeResult::Throw)?;
    }
    Ok(out)
}

pub fn replace<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if !all_primitive(this, args) {
        return generic(ctx, "replace", this, args);
    }
    match strings(ctx, [this, arg(args, 0), arg(args, 1)]) {
        Ok([s, search, replacement]) => match replace_first(s.units(), search.units(), replacement.units()) {
            Some(units) => units_result(ctx, units),
            None => NativeResult::Return(Value::String(s)),
        },
        Err(r) => r,
    }
}

pub fn replace_all<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if !all_primitive(this, args) {
        return generic(ctx, "replaceAll", this, args);
    }
    match strings(ctx, [this, arg(args, 0), arg(args, 1)]) {
        Ok([s, search, replacement]) => {
            let units = replace_every(s.units(), search.units(), replacement.units());
            units_result(ctx, units)
        }
        Err(r) => r,
    }
}

/// The pieces as an array of strings.
pub fn pieces_array<'gc>(ctx: &mut Ctx<'gc, '_>, pieces: Vec<Vec<u16>>) -> Value<'gc> {
    let values: Vec<Value<'gc>> = pieces
        .into_iter()
        .map(|p| match p.len() {
            0 => Value::String(ctx.vm.realm.empty_string),
            1 => Value::String(ctx.vm.single_unit(ctx.mc, p[0])),
            _ => Value::String(JsString::from_units(ctx.mc, p)),
        })
        .collect();
    Value::Object(ctx.vm.new_array(ctx.mc, values))
}

pub fn split<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if !all_primitive(this, args) {
        return generic(ctx, "split", this, args);
    }
    let s = match coerce::string(ctx, this) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    let limit = match arg(args, 1) {
        Value::Undefined => u32::MAX,
        v => match coerce::number(ctx, v) {
            Ok(n) => to_uint32(n),
            Err(e) => return NativeResult::Throw(e),
        },
    };
    let separator = match coerce::string(ctx, arg(args, 0)) {
        Ok(r) => r,
        Err(e) => return NativeResult::Throw(e),
    };
    let sep = if arg(args, 0).is_undefined() { None } else { Some(separator.units()) };
    let pieces = split_units(s.units(), sep, limit);
    NativeResult::Return(pieces_array(ctx, pieces))
}

// ---- kernels for the self-hosted generic versions (all arguments already strings) ----

fn string_arg<'gc>(args: &[Value<'gc>], i: usize) -> &'gc [u16] {
    match arg(args, i) {
        Value::String(s) => s.units(),
        _ => &[],
    }
}

/// `N.stringIndexOf(s, search, from)`
pub fn kernel_index_of<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let from = match arg(args, 2) {
        Value::Number(n) if n >= 0.0 => n as usize,
        _ => 0,
    };
    let found = find(string_arg(args, 0), string_arg(args, 1), from).map(|i| i as f64).unwrap_or(-1.0);
    NativeResult::Return(Value::Number(found))
}

/// `N.getSubstitution(matched, str, position, captures, template)`: captures is an array
/// of strings or undefined.
pub fn kernel_get_substitution<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let position = match arg(args, 2) {
        Value::Number(n) if n >= 0.0 => n as usize,
        _ => 0,
    };
    let captures: Vec<Option<Vec<u16>>> = match arg(args, 3) {
        Value::Object(a) => a
            .borrow()
            .elements
            .iter()
            .map(|v| match v {
                Value::String(s) => Some(s.units().to_vec()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let units = get_substitution(string_arg(args, 0), string_arg(args, 1), position, &captures, string_arg(args, 4));
    units_result(ctx, units)
}

/// `N.splitString(s, separator | undefined, limit)`
pub fn kernel_split<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let limit = match arg(args, 2) {
        Value::Number(n) => to_uint32(n),
        _ => u32::MAX,
    };
    let sep = match arg(args, 1) {
        Value::String(r) => Some(r.units()),
        _ => None,
    };
    let pieces = split_units(string_arg(args, 0), sep, limit);
    NativeResult::Return(pieces_array(ctx, pieces))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }
    fn t(v: &[u16]) -> String {
        String::from_utf16_lossy(v)
    }

    #[test]
    fn substitutions() {
        let r = replace_first(&u("abcabc"), &u("b"), &u("[$&|$`|$'|$$|$1|$<x>]")).unwrap_or_default();
        assert_eq!(t(&r), "a[b|a|cabc|$|$1|$<x>]cabc");
        assert_eq!(t(&replace_every(&u("aaa"), &u(""), &u("-"))), "-a-a-a-");
        assert_eq!(t(&replace_every(&u("abab"), &u("ab"), &u("x"))), "xx");
        let caps = vec![Some(u("X")), None];
        assert_eq!(t(&get_substitution(&u("m"), &u("m"), 0, &caps, &u("$1$2$3$01$10"))), "X$3XX0");
    }

    #[test]
    fn splitting() {
        let pieces: Vec<String> = split_units(&u("a,b,,c"), Some(&u(",")), u32::MAX).iter().map(|p| t(p)).collect();
        assert_eq!(pieces, ["a", "b", "", "c"]);
        assert_eq!(split_units(&u("abc"), Some(&[]), 2).len(), 2);
        assert_eq!(split_units(&u(""), Some(&u(",")), 5), vec![Vec::<u16>::new()]);
        assert_eq!(split_units(&u("a,b"), Some(&u(",")), 0).len(), 0);
        assert_eq!(split_units(&u("a,b"), None, 7), vec![u("a,b")]);
    }
}
