//! The Math object. Every function converts all its arguments with ToNumber first (objects
//! through the coercion continuation, left to right), then computes on f64.

use std::cell::Cell;

use gc_arena::Mutation;

use super::arg;
use super::global::coerce::{self, objects_to_primitives};
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::exec::operators::{exponentiate, to_int32, to_uint32};
use crate::heap::object::Attrs;
use crate::heap::value::Value;
use crate::vm::Vm;

/// All arguments as numbers, or the call that converts the next object / the TypeError.
fn numbers<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], count: usize) -> Result<Vec<f64>, NativeResult<'gc>> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "n*") {
        return Err(r);
    }
    let mut out = Vec::with_capacity(count.max(args.len()));
    for i in 0..count.max(args.len()) {
        match coerce::number(ctx, arg(args, i)) {
            Ok(n) => out.push(n),
            Err(e) => return Err(NativeResult::Throw(e)),
        }
    }
    Ok(out)
}

fn unary<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], f: fn(f64) -> f64) -> NativeResult<'gc> {
    match numbers(ctx, this, args, 1) {
        Ok(n) => NativeResult::Return(Value::Number(f(n[0]))),
        Err(r) => r,
    }
}

fn binary<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], f: fn(f64, f64) -> f64) -> NativeResult<'gc> {
    match numbers(ctx, this, args, 2) {
        Ok(n) => NativeResult::Return(Value::Number(f(n[0], n[1]))),
        Err(r) => r,
    }
}

macro_rules! unary_natives {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(
            fn $name<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
                unary(ctx, this, args, $f)
            }
        )*
    };
}

/// Math.round: half rounds toward +∞; -0 and (-0.5, 0) give -0.
fn round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if x > 0.0 && x < 0.5 {
        return 0.0;
    }
    if (-0.5..0.0).contains(&x) {
        return -0.0;
    }
    let floor = x.floor();
    if x - floor >= 0.5 { floor + 1.0 } else { floor }
}

/// Math.f16round: the nearest IEEE binary16 value (ties to even), as a double.
fn f16_round(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let a = x.abs();
    if a >= 65520.0 {
        return f64::INFINITY.copysign(x);
    }
    let exponent = ((a.to_bits() >> 52) & 0x7FF) as i32 - 1023;
    // Spacing of binary16 values near `a`: 2^(e-10) for normals, 2^-24 for subnormals.
    let quantum = 2f64.powi(exponent.max(-14) - 10);
    let q = a / quantum;
    let floor = q.floor();
    let diff = q - floor;
    let rounded = if diff > 0.5 || (diff == 0.5 && floor % 2.0 == 1.0) { floor + 1.0 } else { floor };
    (rounded * quantum).copysign(x)
}

fn sign(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 { x } else { x.signum() }
}

unary_natives! {
    abs => f64::abs,
    acos => f64::acos,
    acosh => f64::acosh,
    asin => f64::asin,
    asinh => |x: f64| if x == 0.0 { x } else { x.asinh() },
    atan => f64::atan,
    atanh => |x: f64| if x == 0.0 { x } else { x.atanh() },
    cbrt => f64::cbrt,
    ceil => f64::ceil,
    clz32 => |x: f64| to_uint32(x).leading_zeros() as f64,
    cos => f64::cos,
    cosh => f64::cosh,
    exp => f64::exp,
    expm1 => |x: f64| if x == 0.0 { x } else { x.exp_m1() },
    floor => f64::floor,
    fround => |x: f64| x as f32 as f64,
    f16round => f16_round,
    log => f64::ln,
    log1p => |x: f64| if x == 0.0 { x } else { x.ln_1p() },
    log10 => f64::log10,
    log2 => f64::log2,
    round_native => round,
    sign_native => sign,
    sin => f64::sin,
    sinh => |x: f64| if x == 0.0 { x } else { x.sinh() },
    sqrt => f64::sqrt,
    tan => f64::tan,
    tanh => |x: f64| if x == 0.0 { x } else { x.tanh() },
    trunc => f64::trunc,
}

fn atan2<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    binary(ctx, this, args, f64::atan2)
}

fn pow<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    binary(ctx, this, args, exponentiate)
}

fn imul<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    binary(ctx, this, args, |a, b| to_int32(a).wrapping_mul(to_int32(b)) as f64)
}

fn max<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let ns = match numbers(ctx, this, args, 0) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let mut best = f64::NEG_INFINITY;
    for n in ns {
        if n.is_nan() {
            return NativeResult::Return(Value::Number(f64::NAN));
        }
        if n > best || (n == 0.0 && best == 0.0 && n.is_sign_positive()) {
            best = n;
        }
    }
    NativeResult::Return(Value::Number(best))
}

fn min<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let ns = match numbers(ctx, this, args, 0) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let mut best = f64::INFINITY;
    for n in ns {
        if n.is_nan() {
            return NativeResult::Return(Value::Number(f64::NAN));
        }
        if n < best || (n == 0.0 && best == 0.0 && n.is_sign_negative()) {
            best = n;
        }
    }
    NativeResult::Return(Value::Number(best))
}

fn hypot<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let ns = match numbers(ctx, this, args, 0) {
        Ok(n) => n,
        Err(r) => return r,
    };
    if ns.iter().any(|n| n.is_infinite()) {
        return NativeResult::Return(Value::Number(f64::INFINITY));
    }
    if ns.iter().any(|n| n.is_nan()) {
        return NativeResult::Return(Value::Number(f64::NAN));
    }
    let largest = ns.iter().fold(0.0f64, |m, n| m.max(n.abs()));
    if largest == 0.0 {
        return NativeResult::Return(Value::Number(0.0));
    }
    // Scale by the largest magnitude (no overflow) and sum with Kahan compensation.
    let (mut sum, mut compensation) = (0.0f64, 0.0f64);
    for n in ns {
        let scaled = n / largest;
        let term = scaled * scaled - compensation;
        let next = sum + term;
        compensation = (next - sum) - term;
        sum = next;
    }
    NativeResult::Return(Value::Number(sum.sqrt() * largest))
}

thread_local! {
    static RANDOM_STATE: Cell<u64> = const { Cell::new(0) };
}

/// xorshift64*, seeded from the clock on first use.
fn next_random() -> f64 {
    RANDOM_STATE.with(|state| {
        let mut x = state.get();
        if x == 0 {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0x9E37_79B9_7F4A_7C15);
            x = nanos ^ 0x2545_F491_4F6C_DD1D;
            if x == 0 {
                x = 1;
            }
        }
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        state.set(x);
        let bits = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
        bits as f64 / (1u64 << 53) as f64
    })
}

fn random<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Number(next_random()))
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let math = vm.new_object(mc);
    let global = vm.realm.global;
    vm.define_value(mc, global, "Math", Value::Object(math), Attrs::HIDDEN);
    let constants = [
        ("E", std::f64::consts::E),
        ("LN10", std::f64::consts::LN_10),
        ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E),
        ("LOG2E", std::f64::consts::LOG2_E),
        ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2),
        ("SQRT2", std::f64::consts::SQRT_2),
    ];
    for (name, v) in constants {
        vm.define_value(mc, math, name, Value::Number(v), Attrs::NONE);
    }
    let functions: &[(&str, u32, NativeFn)] = &[
        ("abs", 1, abs),
        ("acos", 1, acos),
        ("acosh", 1, acosh),
        ("asin", 1, asin),
        ("asinh", 1, asinh),
        ("atan", 1, atan),
        ("atanh", 1, atanh),
        ("atan2", 2, atan2),
        ("cbrt", 1, cbrt),
        ("ceil", 1, ceil),
        ("clz32", 1, clz32),
        ("cos", 1, cos),
        ("cosh", 1, cosh),
        ("exp", 1, exp),
        ("expm1", 1, expm1),
        ("floor", 1, floor),
        ("fround", 1, fround),
        ("f16round", 1, f16round),
        ("hypot", 2, hypot),
        ("imul", 2, imul),
        ("log", 1, log),
        ("log1p", 1, log1p),
        ("log10", 1, log10),
        ("log2", 1, log2),
        ("max", 2, max),
        ("min", 2, min),
        ("pow", 2, pow),
        ("random", 0, random),
        ("round", 1, round_native),
        ("sign", 1, sign_native),
        ("sin", 1, sin),
        ("sinh", 1, sinh),
        ("sqrt", 1, sqrt),
        ("tan", 1, tan),
        ("tanh", 1, tanh),
        ("trunc", 1, trunc),
    ];
    for &(name, len, f) in functions {
        vm.define_method(mc, math, name, len, f);
    }
    vm.define_tag(mc, math, "Math");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round(2.5), 3.0);
        assert_eq!(round(-2.5), -2.0);
        assert!(round(-0.2).is_sign_negative());
        assert_eq!(round(0.49999999999999994), 0.0);
        assert_eq!(round(4503599627370495.5), 4503599627370496.0);
        assert_eq!(round(-4503599627370495.5), -4503599627370495.0);
    }

    #[test]
    fn half_precision() {
        assert_eq!(f16_round(1.337), 1.3369140625);
        assert_eq!(f16_round(65519.0), 65504.0);
        assert_eq!(f16_round(65520.0), f64::INFINITY);
        assert_eq!(f16_round(5.960464477539063e-8), 5.960464477539063e-8);
        assert_eq!(f16_round(2.9802322387695312e-8), 0.0);
        assert!(f16_round(-1e-10).is_sign_negative());
    }

    #[test]
    fn random_range() {
        for _ in 0..1000 {
            let r = next_random();
            assert!((0.0..1.0).contains(&r));
        }
    }
}
