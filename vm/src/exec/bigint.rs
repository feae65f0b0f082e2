//! BigInt arithmetic and comparisons (on `num_bigint::BigInt`).

use gc_arena::Mutation;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::ops::Op;
use crate::heap::value::{BigIntRef, Value};
use crate::vm::Vm;

/// StringToBigInt: decimal, 0x/0o/0b prefixes, surrounding whitespace; `None` when invalid.
pub fn parse_bigint(text: &str) -> Option<BigInt> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return Some(BigInt::zero());
    }
    for (prefix, radix) in [("0x", 16), ("0X", 16), ("0o", 8), ("0O", 8), ("0b", 2), ("0B", 2)] {
        if let Some(rest) = t.strip_prefix(prefix) {
            if rest.is_empty() || !rest.chars().all(|c| c.is_digit(radix)) {
                return None;
            }
            return BigInt::parse_bytes(rest.as_bytes(), radix);
        }
    }
    let (neg, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v = BigInt::parse_bytes(digits.as_bytes(), 10)?;
    Some(if neg { -v } else { v })
}

/// Compares a BigInt with a Number mathematically (`None` when the number is NaN).
pub fn compare_with_number(b: &BigInt, n: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if n.is_nan() {
        return None;
    }
    if n == f64::INFINITY {
        return Some(Ordering::Less);
    }
    if n == f64::NEG_INFINITY {
        return Some(Ordering::Greater);
    }
    let floor = n.floor();
    let fb = BigInt::from(floor as i128);
    // Numbers beyond i128 are compared through f64 (BigInts that large are rare here).
    if floor.abs() >= 1.6e38 {
        return b.to_f64().and_then(|x| x.partial_cmp(&n));
    }
    match b.cmp(&fb) {
        Ordering::Equal if n > floor => Some(Ordering::Less),
        other => Some(other),
    }
}

/// BigInt -> Number (rounding like `Number(x)`).
pub fn to_f64(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(if b.is_negative() { f64::NEG_INFINITY } else { f64::INFINITY })
}

impl<'gc> Vm<'gc> {
    pub fn mix_error(&mut self, mc: &Mutation<'gc>) -> Value<'gc> {
        self.type_error(mc, "Cannot mix BigInt and other types, use explicit conversions")
    }

    fn big(&self, mc: &Mutation<'gc>, v: BigInt) -> Value<'gc> {
        Value::BigInt(BigIntRef::new(mc, v))
    }

    /// An operator with at least one BigInt operand and no objects.
    pub fn bigint_binary(&mut self, mc: &Mutation<'gc>, op: Op, a: Value<'gc>, b: Value<'gc>) -> Result<Value<'gc>, Value<'gc>> {
        use std::cmp::Ordering::*;
        let cmp = match op {
            Op::Lt | Op::Gt | Op::Le | Op::Ge => Some(self.bigint_compare(a, b)),
            _ => None,
        };
        if let Some(ord) = cmp {
            return Ok(Value::Bool(match (op, ord) {
                (_, None) => false,
                (Op::Lt, Some(o)) => o == Less,
                (Op::Gt, Some(o)) => o == Greater,
                (Op::Le, Some(o)) => o != Greater,
                (_, Some(o)) => o != Less,
            }));
        }
        if op == Op::Add && (matches!(a, Value::String(_)) || matches!(b, Value::String(_))) {
            let sa = self.primitive_to_string(mc, a)?;
            let sb = self.primitive_to_string(mc, b)?;
            return Ok(Value::String(crate::heap::string::JsString::concat(mc, sa, sb)));
        }
        let (Value::BigInt(x), Value::BigInt(y)) = (a, b) else {
            if matches!(a, Value::Symbol(_)) || matches!(b, Value::Symbol(_)) {
                return Err(self.type_error(mc, "Cannot convert a Symbol value to a number"));
            }
            return Err(self.mix_error(mc));
        };
        let (x, y) = (x.value(), y.value());
        let r = match op {
            Op::Add => x + y,
            Op::Sub => x - y,
            Op::Mul => x * y,
            Op::Div | Op::Rem => {
                if y.is_zero() {
                    return Err(self.range_error(mc, "Division by zero"));
                }
                if op == Op::Div { x / y } else { x % y }
            }
            Op::Exp => {
                if y.is_negative() {
                    return Err(self.range_error(mc, "Exponent must be non-negative"));
                }
                let Some(e) = y.to_u32() else {
                    return Err(self.range_error(mc, "Maximum BigInt size exceeded"));
                };
                if x.bits().saturating_mul(e as u64) > (1 << 30) {
                    return Err(self.range_error(mc, "Maximum BigInt size exceeded"));
                }
                num_traits::pow::Pow::pow(x, e)
            }
            Op::Shl | Op::Shr => {
                let Some(s) = y.to_i64() else { return Err(self.range_error(mc, "Maximum BigInt size exceeded")) };
                let s = if op == Op::Shr { -s } else { s };
                if s >= 0 {
                    if s > (1 << 30) {
                        return Err(self.range_error(mc, "Maximum BigInt size exceeded"));
                    }
                    x << (s as usize)
                } else {
                    let shift = s.unsigned_abs().min(1 << 31) as usize;
                    // arithmetic shift right rounds toward -infinity
                    let q = x >> shift;
                    q
                }
            }
            Op::BitAnd => x & y,
            Op::BitOr => x | y,
            Op::BitXor => x ^ y,
            Op::UShr => return Err(self.type_error(mc, "BigInts have no unsigned right shift, use >> instead")),
            Op::Eq => return Ok(Value::Bool(x == y)),
            Op::NotEq => return Ok(Value::Bool(x != y)),
            _ => return Err(self.mix_error(mc)),
        };
        Ok(self.big(mc, r))
    }

    /// Relational comparison involving a BigInt (`None` = undefined, i.e. false).
    fn bigint_compare(&self, a: Value<'gc>, b: Value<'gc>) -> Option<std::cmp::Ordering> {
        match (a, b) {
            (Value::BigInt(x), Value::BigInt(y)) => Some(x.value().cmp(y.value())),
            (Value::BigInt(x), Value::String(s)) => parse_bigint(&s.to_rust_string()).map(|y| x.value().cmp(&y)),
            (Value::String(s), Value::BigInt(y)) => parse_bigint(&s.to_rust_string()).map(|x| x.cmp(y.value())),
            (Value::BigInt(x), other) => compare_with_number(x.value(), other.primitive_to_number().unwrap_or(f64::NAN)),
            (other, Value::BigInt(y)) => {
                compare_with_number(y.value(), other.primitive_to_number().unwrap_or(f64::NAN)).map(|o| o.reverse())
            }
            _ => None,
        }
    }

    /// IsLooselyEqual with a BigInt operand (no objects).
    pub fn bigint_loose_equals(&self, a: Value<'gc>, b: Value<'gc>) -> bool {
        match (a, b) {
            (Value::BigInt(x), Value::BigInt(y)) => x.value() == y.value(),
            (Value::BigInt(x), Value::String(s)) | (Value::String(s), Value::BigInt(x)) => {
                parse_bigint(&s.to_rust_string()).is_some_and(|y| &y == x.value())
            }
            (Value::BigInt(x), Value::Number(n)) | (Value::Number(n), Value::BigInt(x)) => {
                compare_with_number(x.value(), n) == Some(std::cmp::Ordering::Equal)
            }
            (Value::BigInt(x), Value::Bool(v)) | (Value::Bool(v), Value::BigInt(x)) => x.value() == &BigInt::from(v as u8),
            _ => false,
        }
    }

    pub fn bigint_unary(&mut self, mc: &Mutation<'gc>, op: Op, b: BigIntRef<'gc>) -> Result<Value<'gc>, Value<'gc>> {
        let x = b.value();
        Ok(match op {
            Op::Neg => self.big(mc, -x),
            Op::BitNot => self.big(mc, -x - 1),
            Op::Inc => self.big(mc, x + 1),
            Op::Dec => self.big(mc, x - 1),
            Op::ToNumeric => Value::BigInt(b),
            _ => return Err(self.type_error(mc, "Cannot convert a BigInt value to a number")),
        })
    }
}
