//! Conversions for the natives of this group. A native that receives an object where the spec
//! wants ToString/ToNumber cannot convert it itself (that may run user code), so it asks
//! `objects_to_primitives` for a call to the self-hosted `toPrimitive` helper whose
//! continuation re-runs the same native with the object replaced by the primitive. Each run
//! converts the leftmost object, so user code runs in the spec's left-to-right order. The
//! primitive is then finished into a number or string (by the hint), so the re-run sees
//! exactly what ToNumber/ToString would have produced.

use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::string::JsString;
use crate::heap::value::Value;

/// The ToPrimitive hint a parameter is converted with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hint {
    Number,
    String,
}

impl Hint {
    fn name(self) -> &'static str {
        match self {
            Hint::Number => "number",
            Hint::String => "string",
        }
    }
}

/// Parses a hint spec: one letter per argument (`n` number, `s` string, `-` leave as is); a
/// trailing `*` repeats the last letter for the remaining arguments.
pub fn hint_at(spec: &str, i: usize) -> Option<Hint> {
    let bytes = spec.as_bytes();
    let repeat = bytes.last() == Some(&b'*');
    let letters = if repeat { &bytes[..bytes.len() - 1] } else { bytes };
    let letter = match letters.get(i) {
        Some(&l) => l,
        None if repeat => *letters.last()?,
        None => return None,
    };
    match letter {
        b'n' => Some(Hint::Number),
        b's' => Some(Hint::String),
        _ => None,
    }
}

/// When `this` (with `this_hint`) or an argument (hinted by `spec`) is an object, returns the
/// call that converts the first one and re-runs the running native; `None` when everything
/// is already primitive.
pub fn objects_to_primitives<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    this: Value<'gc>,
    this_hint: Option<Hint>,
    args: &[Value<'gc>],
    spec: &str,
) -> Option<NativeResult<'gc>> {
    let (slot, value, hint) = match (this_hint, this) {
        (Some(h), Value::Object(_)) => (-1.0, this, h),
        _ => {
            let (i, h) = args.iter().enumerate().find_map(|(i, v)| if v.is_object() { hint_at(spec, i).map(|h| (i, h)) } else { None })?;
            (i as f64, args[i], h)
        }
    };
    Some(convert_then_rerun(ctx, this, args, slot, value, hint))
}

/// Converts `value` (which sits at `slot`: -1 for `this`, else an argument index) and re-runs
/// the native with the primitive in its place.
pub fn convert_then_rerun<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    this: Value<'gc>,
    args: &[Value<'gc>],
    slot: f64,
    value: Value<'gc>,
    hint: Hint,
) -> NativeResult<'gc> {
    let nt = ctx.new_target.map(Value::Object).unwrap_or(Value::Undefined);
    let mut values = Vec::with_capacity(args.len() + 4);
    values.push(this);
    values.push(nt);
    values.push(Value::Number(slot));
    values.push(Value::Bool(hint == Hint::String));
    values.extend_from_slice(args);
    let hint_value = ctx.vm.str(ctx.mc, hint.name());
    NativeResult::Call {
        f: ctx.vm.helper("toPrimitive"),
        this: Value::Undefined,
        args: vec![value, hint_value],
        then: Some(Continuation { f: rerun, values, mapping: None, callee: ctx.callee }),
    }
}

fn rerun<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let primitive = match result {
        Ok(v) => v,
        Err(e) => return NativeResult::Throw(e),
    };
    // Finish ToNumber/ToString now: a primitive such as undefined must not be mistaken for
    // an absent argument when the native re-runs, and a symbol must throw at this point.
    // A BigInt stays one (ToNumeric): natives that need ToNumber then throw, Number() converts.
    let converted = if matches!(cont.values.get(3), Some(Value::Bool(true))) {
        string(ctx, primitive).map(Value::String)
    } else if matches!(primitive, Value::BigInt(_)) {
        Ok(primitive)
    } else {
        number(ctx, primitive).map(Value::Number)
    };
    let primitive = match converted {
        Ok(v) => v,
        Err(e) => return NativeResult::Throw(e),
    };
    let mut this = cont.values.first().copied().unwrap_or(Value::Undefined);
    let nt = cont.values.get(1).copied().unwrap_or(Value::Undefined);
    let slot = match cont.values.get(2) {
        Some(Value::Number(n)) => *n,
        _ => -1.0,
    };
    let mut args: Vec<Value<'gc>> = cont.values.get(4..).map(|a| a.to_vec()).unwrap_or_default();
    if slot < 0.0 {
        this = primitive;
    } else if let Some(a) = args.get_mut(slot as usize) {
        *a = primitive;
    }
    let native = match &ctx.callee.borrow().kind {
        ObjectKind::Native(n) => n.f,
        _ => return NativeResult::Return(Value::Undefined),
    };
    ctx.new_target = nt.as_object();
    native(ctx, this, &args)
}

/// ToNumber of a primitive (symbols and BigInts throw; objects must have been converted
/// already).
pub fn number<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<f64, Value<'gc>> {
    match v.primitive_to_number() {
        Some(n) => Ok(n),
        None if matches!(v, Value::Symbol(_)) => Err(ctx.vm.type_error(ctx.mc, "Cannot convert a Symbol value to a number")),
        None if matches!(v, Value::BigInt(_)) => Err(ctx.vm.type_error(ctx.mc, "Cannot convert a BigInt value to a number")),
        None => Ok(f64::NAN),
    }
}

/// ToString of a primitive (symbols throw).
pub fn string<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<JsString<'gc>, Value<'gc>> {
    ctx.vm.primitive_to_string(ctx.mc, v)
}

/// ToIntegerOrInfinity on a number.
pub fn integer_or_infinity(n: f64) -> f64 {
    if n.is_nan() || n == 0.0 {
        return 0.0;
    }
    if n.is_infinite() {
        return n;
    }
    let t = n.trunc();
    if t == 0.0 { 0.0 } else { t }
}

/// ToIntegerOrInfinity of a primitive.
pub fn integer<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<f64, Value<'gc>> {
    number(ctx, v).map(integer_or_infinity)
}

/// ToLength on a number.
pub fn length_of(n: f64) -> f64 {
    let i = integer_or_infinity(n);
    if i <= 0.0 { 0.0 } else { i.min(9007199254740991.0) }
}

/// A relative index (negative counts from the end) clamped to `0..=len`, as slice() does.
pub fn relative_index(rel: f64, len: f64) -> f64 {
    if rel < 0.0 { (len + rel).max(0.0) } else { rel.min(len) }
}

/// "String.prototype.x called on null or undefined" style TypeError for a nullish `this`.
pub fn require_coercible<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> Result<(), NativeResult<'gc>> {
    if this.is_nullish() {
        let msg = format!("{method} called on null or undefined");
        return Err(NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hint_specs() {
        assert_eq!(hint_at("sn", 0), Some(Hint::String));
        assert_eq!(hint_at("sn", 1), Some(Hint::Number));
        assert_eq!(hint_at("sn", 2), None);
        assert_eq!(hint_at("n*", 5), Some(Hint::Number));
        assert_eq!(hint_at("-n", 0), None);
        assert_eq!(hint_at("", 0), None);
    }

    #[test]
    fn integer_conversions() {
        assert_eq!(integer_or_infinity(-0.5), 0.0);
        assert!(integer_or_infinity(-0.5).is_sign_positive());
        assert_eq!(integer_or_infinity(f64::NAN), 0.0);
        assert_eq!(integer_or_infinity(-3.7), -3.0);
        assert_eq!(length_of(-1.0), 0.0);
        assert_eq!(length_of(f64::INFINITY), 9007199254740991.0);
        assert_eq!(relative_index(-2.0, 5.0), 3.0);
        assert_eq!(relative_index(-9.0, 5.0), 0.0);
        assert_eq!(relative_index(9.0, 5.0), 5.0);
    }
}
