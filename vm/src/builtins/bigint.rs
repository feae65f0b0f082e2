//! BigInt: the conversion function, BigInt.asIntN/asUintN and BigInt.prototype.

use gc_arena::Mutation;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{arg, throw_type};
use crate::exec::bigint::parse_bigint;
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::PropertyKey;
use crate::heap::value::{BigIntRef, Value};
use crate::vm::Vm;

/// ToBigInt for primitives (objects go through ToPrimitive first).
fn to_bigint<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<BigInt, NativeResult<'gc>> {
    match v {
        Value::BigInt(b) => Ok(b.value().clone()),
        Value::Bool(b) => Ok(BigInt::from(b as u8)),
        Value::String(s) => parse_bigint(&s.to_rust_string()).ok_or_else(|| {
            let msg = format!("Cannot convert {} to a BigInt", s.to_rust_string());
            NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &msg))
        }),
        Value::Number(n) => {
            let msg = format!("Cannot convert {} to a BigInt", crate::heap::string::number_to_string(n));
            Err(NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg)))
        }
        other => {
            let msg = format!("Cannot convert {} to a BigInt", ctx.vm.display_value(other));
            Err(throw_type(ctx, &msg))
        }
    }
}

/// `BigInt(value)`: numbers must be integers; objects are converted with ToPrimitive first.
fn bigint_fn<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if ctx.new_target.is_some() {
        return throw_type(ctx, "BigInt is not a constructor");
    }
    let v = arg(args, 0);
    if v.is_object() {
        let helper = ctx.vm.helper("toPrimitive");
        let number = ctx.vm.str(ctx.mc, "number");
        return NativeResult::Call {
            f: helper,
            this: Value::Undefined,
            args: vec![v, number],
            then: Some(Continuation { f: after_primitive, values: Vec::new(), mapping: None, callee: ctx.callee }),
        };
    }
    from_primitive(ctx, v)
}

fn after_primitive<'gc>(ctx: &mut Ctx<'gc, '_>, _c: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match r {
        Ok(v) => from_primitive(ctx, v),
        Err(e) => NativeResult::Throw(e),
    }
}

fn from_primitive<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> NativeResult<'gc> {
    let b = match v {
        Value::Number(n) => {
            if n.fract() != 0.0 || !n.is_finite() {
                let msg = format!(
                    "The number {} cannot be converted to a BigInt because it is not an integer",
                    crate::heap::string::number_to_string(n)
                );
                return NativeResult::Throw(ctx.vm.range_error(ctx.mc, &msg));
            }
            num_bigint::BigInt::from(n as i128)
        }
        other => match to_bigint(ctx, other) {
            Ok(b) => b,
            Err(r) => return r,
        },
    };
    NativeResult::Return(Value::BigInt(BigIntRef::new(ctx.mc, b)))
}

fn this_bigint<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> Result<BigIntRef<'gc>, NativeResult<'gc>> {
    match this {
        Value::BigInt(b) => Ok(b),
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::BigIntWrapper(b) => Ok(*b),
            _ => Err(throw_type(ctx, &format!("BigInt.prototype.{method} requires that 'this' be a BigInt"))),
        },
        _ => Err(throw_type(ctx, &format!("BigInt.prototype.{method} requires that 'this' be a BigInt"))),
    }
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let b = match this_bigint(ctx, this, "toString") {
        Ok(b) => b,
        Err(r) => return r,
    };
    let radix = match arg(args, 0) {
        Value::Undefined => 10,
        v => match v.primitive_to_number() {
            Some(r) if (2.0..=36.0).contains(&r.trunc()) => r.trunc() as u32,
            _ => return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "toString() radix must be between 2 and 36")),
        },
    };
    let s = b.value().to_str_radix(radix);
    NativeResult::Return(ctx.vm.str(ctx.mc, &s))
}

fn value_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_bigint(ctx, this, "valueOf") {
        Ok(b) => NativeResult::Return(Value::BigInt(b)),
        Err(r) => r,
    }
}

fn to_locale_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let b = match this_bigint(ctx, this, "toLocaleString") {
        Ok(b) => b,
        Err(r) => return r,
    };
    let digits = b.value().abs().to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let s = if b.value().is_negative() { format!("-{grouped}") } else { grouped };
    NativeResult::Return(ctx.vm.str(ctx.mc, &s))
}

/// `BigInt.asIntN(bits, bigint)` / `asUintN`.
fn as_n<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], signed: bool) -> NativeResult<'gc> {
    let bits = match arg(args, 0).primitive_to_number() {
        Some(n) if n >= 0.0 && n <= 9_007_199_254_740_991.0 && !n.is_nan() => n.trunc() as u64,
        Some(n) if n.is_nan() => 0,
        _ => return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid value: not (convertible to) a safe integer")),
    };
    let x = match to_bigint(ctx, arg(args, 1)) {
        Ok(b) => b,
        Err(r) => return r,
    };
    if bits > (1 << 20) {
        return NativeResult::Return(Value::BigInt(BigIntRef::new(ctx.mc, x)));
    }
    let modulus = BigInt::one() << (bits as usize);
    let mut r = ((x % &modulus) + &modulus) % &modulus;
    if signed && bits > 0 && r >= (BigInt::one() << ((bits - 1) as usize)) {
        r -= &modulus;
    }
    if bits == 0 {
        r = BigInt::zero();
    }
    let _ = r.to_i64();
    NativeResult::Return(Value::BigInt(BigIntRef::new(ctx.mc, r)))
}

fn as_int_n<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    as_n(ctx, args, true)
}
fn as_uint_n<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    as_n(ctx, args, false)
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let proto = vm.realm.bigint_proto;
    let ctor = vm.define_constructor(mc, "BigInt", 1, bigint_fn, proto);
    vm.define_method(mc, ctor, "asIntN", 2, as_int_n);
    vm.define_method(mc, ctor, "asUintN", 2, as_uint_n);
    vm.define_method(mc, proto, "toString", 0, to_string);
    vm.define_method(mc, proto, "valueOf", 0, value_of);
    vm.define_method(mc, proto, "toLocaleString", 0, to_locale_string);
    vm.define_tag(mc, proto, "BigInt");
    let _ = PropertyKey::Index(0);
}
