//! Methods that build new strings: concat, slice, substring, substr, repeat, padStart/padEnd,
//! trims, well-formedness, case conversion and localeCompare.

use super::super::arg;
use super::super::global::coerce::{self, objects_to_primitives};
use super::{prologue, slice_result, units_result};
use crate::exec::native::{Ctx, NativeResult};
use crate::exec::operators::MAX_STRING_LENGTH;
use crate::heap::string::trim_units;
use crate::heap::value::Value;

type Step<'gc> = Result<NativeResult<'gc>, NativeResult<'gc>>;

fn int_arg<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], i: usize) -> Result<f64, NativeResult<'gc>> {
    coerce::integer(ctx, arg(args, i)).map_err(NativeResult::Throw)
}

pub fn concat<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Step<'gc> {
        let s = prologue(ctx, this, args, "concat", "s*")?;
        let mut units = s.units().to_vec();
        for &a in args {
            let part = coerce::string(ctx, a).map_err(NativeResult::Throw)?;
            units.extend_from_slice(part.units());
            if units.len() > MAX_STRING_LENGTH {
                break;
            }
        }
        Ok(units_result(ctx, units))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn slice<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Step<'gc> {
        let s = prologue(ctx, this, args, "slice", "nn")?;
        let len = s.len() as f64;
        let from = coerce::relative_index(int_arg(ctx, args, 0)?, len);
        let to = if arg(args, 1).is_undefined() { len } else { coerce::relative_index(int_arg(ctx, args, 1)?, len) };
        Ok(slice_result(ctx, s, from as usize, to as usize))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn substring<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Step<'gc> {
        let s = prologue(ctx, this, args, "substring", "nn")?;
        let len = s.len() as f64;
        let start = int_arg(ctx, args, 0)?.clamp(0.0, len);
        let end = if arg(args, 1).is_undefined() { len } else { int_arg(ctx, args, 1)?.clamp(0.0, len) };
        Ok(slice_result(ctx, s, start.min(end) as usize, start.max(end) as usize))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn substr<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Step<'gc> {
        let s = prologue(ctx, this, args, "substr", "nn")?;
        let size = s.len() as f64;
        let start = coerce::relative_index(int_arg(ctx, args, 0)?, size);
        let length = if arg(args, 1).is_undefined() { size } else { int_arg(ctx, args, 1)?.clamp(0.0, size) };
        let end = (start + length).min(size);
        Ok(slice_result(ctx, s, start as usize, end as usize))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn repeat<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Step<'gc> {
        let s = prologue(ctx, this, args, "repeat", "n")?;
        let n = int_arg(ctx, args, 0)?;
        if n < 0.0 || n == f64::INFINITY {
            let msg = format!("Invalid count value: {}", crate::heap::string::number_to_string(n));
            return Err(NativeResult::Throw(ctx.vm.range_error(ctx.mc, &msg)));
        }
        if n == 0.0 || s.is_empty() {
            return Ok(NativeResult::Return(Value::String(ctx.vm.realm.empty_string)));
        }
        if s.len() as f64 * n > MAX_STRING_LENGTH as f64 {
            return Err(NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid string length")));
        }
        Ok(units_result(ctx, s.units().repeat(n as usize)))
    };
    run(ctx).unwrap_or_else(|r| r)
}

/// StringPad. The filler is converted only when padding is needed, so its conversion is a
/// second coercion stage.
fn pad<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], at_start: bool) -> NativeResult<'gc> {
    let name = if at_start { "padStart" } else { "padEnd" };
    let run = |ctx: &mut Ctx<'gc, '_>| -> Step<'gc> {
        let s = prologue(ctx, this, args, name, "n")?;
        let max_length = coerce::length_of(coerce::number(ctx, arg(args, 0)).map_err(NativeResult::Throw)?);
        if max_length <= s.len() as f64 {
            return Ok(NativeResult::Return(Value::String(s)));
        }
        if let Some(r) = objects_to_primitives(ctx, this, None, args, "-s") {
            return Err(r);
        }
        let filler: Vec<u16> = match arg(args, 1) {
            Value::Undefined => vec![b' ' as u16],
            v => coerce::string(ctx, v).map_err(NativeResult::Throw)?.units().to_vec(),
        };
        if filler.is_empty() {
            return Ok(NativeResult::Return(Value::String(s)));
        }
        if max_length > MAX_STRING_LENGTH as f64 {
            return Err(NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid string length")));
        }
        let fill_len = max_length as usize - s.len();
        let fill: Vec<u16> = filler.iter().copied().cycle().take(fill_len).collect();
        let units = if at_start { [fill, s.units().to_vec()].concat() } else { [s.units().to_vec(), fill].concat() };
        Ok(units_result(ctx, units))
    };
    run(ctx).unwrap_or_else(|r| r)
}

pub fn pad_start<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    pad(ctx, this, args, true)
}

pub fn pad_end<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    pad(ctx, this, args, false)
}

fn trim_with<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], name: &str, start: bool, end: bool) -> NativeResult<'gc> {
    let s = match prologue(ctx, this, args, name, "") {
        Ok(s) => s,
        Err(r) => return r,
    };
    let units = s.units();
    let offset = units.len() - trim_units(units, start, false).len();
    let kept = trim_units(units, start, end).len();
    slice_result(ctx, s, offset, offset + kept)
}

pub fn trim<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    trim_with(ctx, this, args, "trim", true, true)
}

pub fn trim_start<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    trim_with(ctx, this, args, "trimStart", true, false)
}

pub fn trim_end<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    trim_with(ctx, this, args, "trimEnd", false, true)
}

/// Index of the first lone surrogate.
fn first_lone_surrogate(units: &[u16]) -> Option<usize> {
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if (0xD800..=0xDBFF).contains(&u) && units.get(i + 1).is_some_and(|n| (0xDC00..=0xDFFF).contains(n)) {
            i += 2;
            continue;
        }
        if (0xD800..=0xDFFF).contains(&u) {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub fn is_well_formed<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match prologue(ctx, this, args, "isWellFormed", "") {
        Ok(s) => NativeResult::Return(Value::Bool(first_lone_surrogate(s.units()).is_none())),
        Err(r) => r,
    }
}

pub fn to_well_formed<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = match prologue(ctx, this, args, "toWellFormed", "") {
        Ok(s) => s,
        Err(r) => return r,
    };
    if first_lone_surrogate(s.units()).is_none() {
        return NativeResult::Return(Value::String(s));
    }
    let units: Vec<u16> = char::decode_utf16(s.units().iter().copied())
        .flat_map(|r| {
            let c = r.unwrap_or(char::REPLACEMENT_CHARACTER);
            let mut buf = [0u16; 2];
            c.encode_utf16(&mut buf).to_vec()
        })
        .collect();
    units_result(ctx, units)
}

fn case<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], name: &str, upper: bool) -> NativeResult<'gc> {
    match prologue(ctx, this, args, name, "") {
        Ok(s) => {
            let units = super::case::convert(s.units(), upper);
            units_result(ctx, units)
        }
        Err(r) => r,
    }
}

pub fn to_lower_case<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    case(ctx, this, args, "toLowerCase", false)
}

pub fn to_upper_case<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    case(ctx, this, args, "toUpperCase", true)
}

pub fn to_locale_lower_case<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    case(ctx, this, args, "toLocaleLowerCase", false)
}

pub fn to_locale_upper_case<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    case(ctx, this, args, "toLocaleUpperCase", true)
}

pub fn locale_compare<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let run = |ctx: &mut Ctx<'gc, '_>| -> Step<'gc> {
        let s = prologue(ctx, this, args, "localeCompare", "s")?;
        let that = coerce::string(ctx, arg(args, 0)).map_err(NativeResult::Throw)?;
        Ok(NativeResult::Return(Value::Number(super::collate::locale_compare(s.units(), that.units()))))
    };
    run(ctx).unwrap_or_else(|r| r)
}
