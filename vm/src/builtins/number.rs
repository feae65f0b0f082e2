//! Number: the constructor, its constants and predicates, parseInt/parseFloat (also the
//! globals of the same name) and Number.prototype's formatting methods.

mod bignum;
pub mod format;
pub mod locale;
pub mod parse;
pub mod radix;

use gc_arena::Mutation;

use super::arg;
use super::global::coerce::{self, objects_to_primitives};
use crate::exec::native::{Ctx, NativeResult};
use crate::exec::operators::to_int32;
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj};
use crate::heap::string::number_to_string;
use crate::heap::value::Value;
use crate::vm::Vm;

fn number_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "n") {
        return r;
    }
    let n = if args.is_empty() {
        0.0
    } else if let Value::BigInt(b) = arg(args, 0) {
        // ToNumeric keeps BigInts; Number(bigint) is their nearest double.
        num_traits::ToPrimitive::to_f64(b.value()).unwrap_or(f64::NAN)
    } else {
        match coerce::number(ctx, arg(args, 0)) {
            Ok(n) => n,
            Err(e) => return NativeResult::Throw(e),
        }
    };
    let Some(nt) = ctx.new_target else {
        return NativeResult::Return(Value::Number(n));
    };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.number_proto);
    NativeResult::Return(Value::Object(Obj::new(ctx.mc, Some(proto), ObjectKind::NumberWrapper(n))))
}

fn number_arg(args: &[Value<'_>]) -> Option<f64> {
    match arg(args, 0) {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

fn is_finite<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(number_arg(args).is_some_and(f64::is_finite)))
}

fn is_integer<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(number_arg(args).is_some_and(|n| n.is_finite() && n.trunc() == n)))
}

fn is_nan<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(number_arg(args).is_some_and(f64::is_nan)))
}

fn is_safe_integer<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let safe = number_arg(args).is_some_and(|n| n.is_finite() && n.trunc() == n && n.abs() <= 9007199254740991.0);
    NativeResult::Return(Value::Bool(safe))
}

fn parse_int<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "sn") {
        return r;
    }
    let s = match coerce::string(ctx, arg(args, 0)) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    let radix = match coerce::number(ctx, arg(args, 1)) {
        Ok(n) => to_int32(n),
        Err(e) => return NativeResult::Throw(e),
    };
    NativeResult::Return(Value::Number(parse::parse_int(s.units(), radix)))
}

fn parse_float<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "s") {
        return r;
    }
    match coerce::string(ctx, arg(args, 0)) {
        Ok(s) => NativeResult::Return(Value::Number(parse::parse_float(s.units()))),
        Err(e) => NativeResult::Throw(e),
    }
}

/// thisNumberValue, with V8's message.
fn this_number<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> Result<f64, NativeResult<'gc>> {
    let n = match this {
        Value::Number(n) => Some(n),
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::NumberWrapper(n) => Some(n),
            _ => None,
        },
        _ => None,
    };
    n.ok_or_else(|| {
        let msg = format!("Number.prototype.{method} requires that 'this' be a Number");
        NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg))
    })
}

fn string_result<'gc>(ctx: &mut Ctx<'gc, '_>, s: &str) -> NativeResult<'gc> {
    NativeResult::Return(Value::String(crate::heap::string::JsString::from_str(ctx.mc, s)))
}

fn range_error<'gc>(ctx: &mut Ctx<'gc, '_>, msg: &str) -> NativeResult<'gc> {
    NativeResult::Throw(ctx.vm.range_error(ctx.mc, msg))
}

/// The number of `this` and ToIntegerOrInfinity of the first argument (None if undefined).
fn number_and_digits<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    this: Value<'gc>,
    args: &[Value<'gc>],
    method: &str,
) -> Result<(f64, Option<f64>), NativeResult<'gc>> {
    let x = this_number(ctx, this, method)?;
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "n") {
        return Err(r);
    }
    if arg(args, 0).is_undefined() {
        return Ok((x, None));
    }
    match coerce::integer(ctx, arg(args, 0)) {
        Ok(d) => Ok((x, Some(d))),
        Err(e) => Err(NativeResult::Throw(e)),
    }
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (x, radix) = match number_and_digits(ctx, this, args, "toString") {
        Ok(v) => v,
        Err(r) => return r,
    };
    let radix = radix.unwrap_or(10.0);
    if !(2.0..=36.0).contains(&radix) {
        return range_error(ctx, "toString() radix argument must be between 2 and 36");
    }
    if radix == 10.0 || !x.is_finite() {
        return string_result(ctx, &number_to_string(x));
    }
    string_result(ctx, &radix::to_radix_string(x, radix as u32))
}

fn to_fixed<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (x, f) = match number_and_digits(ctx, this, args, "toFixed") {
        Ok(v) => v,
        Err(r) => return r,
    };
    let f = f.unwrap_or(0.0);
    if !(0.0..=100.0).contains(&f) {
        return range_error(ctx, "toFixed() digits argument must be between 0 and 100");
    }
    if !x.is_finite() || x.abs() >= 1e21 {
        return string_result(ctx, &number_to_string(x));
    }
    string_result(ctx, &format::to_fixed(x, f as i32))
}

fn to_exponential<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (x, f) = match number_and_digits(ctx, this, args, "toExponential") {
        Ok(v) => v,
        Err(r) => return r,
    };
    if !x.is_finite() {
        return string_result(ctx, &number_to_string(x));
    }
    let f_value = f.unwrap_or(0.0);
    if !(0.0..=100.0).contains(&f_value) {
        return range_error(ctx, "toExponential() argument must be between 0 and 100");
    }
    string_result(ctx, &format::to_exponential(x, f.map(|f| f as i32)))
}

fn to_precision<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (x, p) = match number_and_digits(ctx, this, args, "toPrecision") {
        Ok(v) => v,
        Err(r) => return r,
    };
    let Some(p) = p else {
        return string_result(ctx, &number_to_string(x));
    };
    if !x.is_finite() {
        return string_result(ctx, &number_to_string(x));
    }
    if !(1.0..=100.0).contains(&p) {
        return range_error(ctx, "toPrecision() argument must be between 1 and 100");
    }
    string_result(ctx, &format::to_precision(x, p as i32))
}

fn to_locale_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_number(ctx, this, "toLocaleString") {
        Ok(x) => string_result(ctx, &locale::to_locale_string(x)),
        Err(r) => r,
    }
}

fn value_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_number(ctx, this, "valueOf") {
        Ok(x) => NativeResult::Return(Value::Number(x)),
        Err(r) => r,
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let proto = vm.realm.number_proto;
    let ctor = vm.define_constructor(mc, "Number", 1, number_ctor, proto);
    let constants = [
        ("EPSILON", f64::EPSILON),
        ("MAX_SAFE_INTEGER", 9007199254740991.0),
        ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX),
        ("MIN_VALUE", 5e-324),
        ("NaN", f64::NAN),
        ("NEGATIVE_INFINITY", f64::NEG_INFINITY),
        ("POSITIVE_INFINITY", f64::INFINITY),
    ];
    for (name, v) in constants {
        vm.define_value(mc, ctor, name, Value::Number(v), Attrs::NONE);
    }
    vm.define_method(mc, ctor, "isFinite", 1, is_finite);
    vm.define_method(mc, ctor, "isInteger", 1, is_integer);
    vm.define_method(mc, ctor, "isNaN", 1, is_nan);
    vm.define_method(mc, ctor, "isSafeInteger", 1, is_safe_integer);
    let global = vm.realm.global;
    let pi = vm.define_method(mc, global, "parseInt", 2, parse_int);
    let pf = vm.define_method(mc, global, "parseFloat", 1, parse_float);
    vm.define_value(mc, ctor, "parseInt", Value::Object(pi), Attrs::HIDDEN);
    vm.define_value(mc, ctor, "parseFloat", Value::Object(pf), Attrs::HIDDEN);

    vm.define_method(mc, proto, "toExponential", 1, to_exponential);
    vm.define_method(mc, proto, "toFixed", 1, to_fixed);
    vm.define_method(mc, proto, "toLocaleString", 0, to_locale_string);
    vm.define_method(mc, proto, "toPrecision", 1, to_precision);
    vm.define_method(mc, proto, "toString", 1, to_string);
    vm.define_method(mc, proto, "valueOf", 0, value_of);
}
