//! Character access and searching: at, charAt, charCodeAt, codePointAt, indexOf,
//! lastIndexOf, includes, startsWith, endsWith.

use super::super::arg;
use super::super::global::coerce;
use super::{generic, prologue};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::value::Value;

/// StringIndexOf: the first index ≥ `from` where `needle` occurs.
pub fn find(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = from;
    while i <= last_start {
        if hay[i] == first && hay[i..i + needle.len()] == *needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// ToIntegerOrInfinity of argument `i` (already primitive).
fn int_arg<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], i: usize) -> Result<f64, NativeResult<'gc>> {
    coerce::integer(ctx, arg(args, i)).map_err(NativeResult::Throw)
}

fn str_arg<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], i: usize) -> Result<crate::heap::string::JsString<'gc>, NativeResult<'gc>> {
    coerce::string(ctx, arg(args, i)).map_err(NativeResult::Throw)
}

/// The code point at `i` and how many units it spans (CodePointAt).
pub fn code_point_at_index(units: &[u16], i: usize) -> (u32, usize) {
    let first = units[i];
    if (0xD800..=0xDBFF).contains(&first)
        && let Some(&second) = units.get(i + 1)
        && (0xDC00..=0xDFFF).contains(&second)
    {
        return (0x10000 + (((first as u32) - 0xD800) << 10) + (second as u32 - 0xDC00), 2);
    }
    (first as u32, 1)
}

pub fn at<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "at", "n")?;
        let rel = int_arg(ctx, args, 0)?;
        let len = s.len() as f64;
        let k = if rel >= 0.0 { rel } else { len + rel };
        if k < 0.0 || k >= len {
            return Ok(NativeResult::Return(Value::Undefined));
        }
        let u = s.units()[k as usize];
        Ok(NativeResult::Return(Value::String(ctx.vm.single_unit(ctx.mc, u))))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn char_at<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "charAt", "n")?;
        let pos = int_arg(ctx, args, 0)?;
        if pos < 0.0 || pos >= s.len() as f64 {
            return Ok(NativeResult::Return(Value::String(ctx.vm.realm.empty_string)));
        }
        let u = s.units()[pos as usize];
        Ok(NativeResult::Return(Value::String(ctx.vm.single_unit(ctx.mc, u))))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn char_code_at<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "charCodeAt", "n")?;
        let pos = int_arg(ctx, args, 0)?;
        if pos < 0.0 || pos >= s.len() as f64 {
            return Ok(NativeResult::Return(Value::Number(f64::NAN)));
        }
        Ok(NativeResult::Return(Value::Number(s.units()[pos as usize] as f64)))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn code_point_at<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "codePointAt", "n")?;
        let pos = int_arg(ctx, args, 0)?;
        if pos < 0.0 || pos >= s.len() as f64 {
            return Ok(NativeResult::Return(Value::Undefined));
        }
        let (cp, _) = code_point_at_index(s.units(), pos as usize);
        Ok(NativeResult::Return(Value::Number(cp as f64)))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn index_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "indexOf", "sn")?;
        let search = str_arg(ctx, args, 0)?;
        let pos = int_arg(ctx, args, 1)?;
        let start = pos.clamp(0.0, s.len() as f64) as usize;
        let found = find(s.units(), search.units(), start).map(|i| i as f64).unwrap_or(-1.0);
        Ok(NativeResult::Return(Value::Number(found)))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn last_index_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "lastIndexOf", "sn")?;
        let search = str_arg(ctx, args, 0)?;
        let num_pos = coerce::number(ctx, arg(args, 1)).map_err(NativeResult::Throw)?;
        let pos = if num_pos.is_nan() { f64::INFINITY } else { coerce::integer_or_infinity(num_pos) };
        let (hay, needle) = (s.units(), search.units());
        let start = pos.clamp(0.0, hay.len() as f64) as usize;
        if needle.len() > hay.len() {
            return Ok(NativeResult::Return(Value::Number(-1.0)));
        }
        let mut n = start.min(hay.len() - needle.len());
        loop {
            if hay[n..n + needle.len()] == *needle {
                return Ok(NativeResult::Return(Value::Number(n as f64)));
            }
            if n == 0 {
                return Ok(NativeResult::Return(Value::Number(-1.0)));
            }
            n -= 1;
        }
    };
    run(ctx).unwrap_or_else(|r| r)
}

/// includes/startsWith/endsWith must reject regular expressions (IsRegExp reads
/// Symbol.match), so objects take the self-hosted path.
fn has_object(this: Value<'_>, args: &[Value<'_>]) -> bool {
    this.is_object() || this.is_nullish() || args.iter().any(|a| a.is_object())
}

pub fn includes<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if has_object(this, args) {
        return generic(ctx, "includes", this, args);
    }
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "includes", "")?;
        let search = str_arg(ctx, args, 0)?;
        let pos = int_arg(ctx, args, 1)?;
        let start = pos.clamp(0.0, s.len() as f64) as usize;
        Ok(NativeResult::Return(Value::Bool(find(s.units(), search.units(), start).is_some())))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn starts_with<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if has_object(this, args) {
        return generic(ctx, "startsWith", this, args);
    }
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "startsWith", "")?;
        let search = str_arg(ctx, args, 0)?;
        let pos = int_arg(ctx, args, 1)?;
        let start = pos.clamp(0.0, s.len() as f64) as usize;
        let end = start + search.len();
        let ok = end <= s.len() && s.units()[start..end] == *search.units();
        Ok(NativeResult::Return(Value::Bool(ok)))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn ends_with<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if has_object(this, args) {
        return generic(ctx, "endsWith", this, args);
    }
    let run = |ctx: &mut Ctx<'gc, '_>| -> Result<NativeResult<'gc>, NativeResult<'gc>> {
        let s = prologue(ctx, this, args, "endsWith", "")?;
        let search = str_arg(ctx, args, 0)?;
        let len = s.len() as f64;
        let end = if arg(args, 1).is_undefined() { len } else { int_arg(ctx, args, 1)?.clamp(0.0, len) } as usize;
        let ok = search.len() <= end && s.units()[end - search.len()..end] == *search.units();
        Ok(NativeResult::Return(Value::Bool(ok)))
    };
    run(ctx).unwrap_or_else(|r| r)
}
