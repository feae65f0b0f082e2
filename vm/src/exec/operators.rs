//! Operators on primitives. Objects take the slow path: the executor calls a self-hosted
//! helper that runs ToPrimitive (which may call `valueOf`/`toString`) and re-applies the
//! operator on primitives.

use gc_arena::Mutation;

use crate::bytecode::ops::Op;
use crate::heap::object::{Lookup, PropertyKey};
use crate::heap::string::{JsString, number_to_string};
use crate::heap::value::{Value, strict_equals};
use crate::vm::Vm;

/// The longest string the engine builds (V8's limit on 64-bit hosts is 2^29 - 24 units).
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

pub fn to_int32(n: f64) -> i32 {
    if !n.is_finite() {
        return 0;
    }
    let m = n.trunc() % 4294967296.0;
    let m = if m < 0.0 { m + 4294967296.0 } else { m };
    (m as u64 as u32) as i32
}

pub fn to_uint32(n: f64) -> u32 {
    to_int32(n) as u32
}

/// Number::exponentiate (differs from `powf` for ±1 ** ±Infinity and 1 ** NaN).
pub fn exponentiate(base: f64, exp: f64) -> f64 {
    if exp.is_nan() {
        return f64::NAN;
    }
    if base.abs() == 1.0 && exp.is_infinite() {
        return f64::NAN;
    }
    base.powf(exp)
}

/// UTF-16 code unit order (what `<` does on strings).
fn compare_strings(a: &[u16], b: &[u16]) -> std::cmp::Ordering {
    a.cmp(b)
}

impl<'gc> Vm<'gc> {
    fn symbol_to_number_error(&mut self, mc: &Mutation<'gc>) -> Value<'gc> {
        self.type_error(mc, "Cannot convert a Symbol value to a number")
    }

    /// ToString of a primitive (symbols throw).
    pub fn primitive_to_string(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Result<JsString<'gc>, Value<'gc>> {
        match v {
            Value::String(s) => Ok(s),
            Value::Symbol(_) => Err(self.type_error(mc, "Cannot convert a Symbol value to a string")),
            Value::Number(n) => Ok(JsString::from_str(mc, &number_to_string(n))),
            Value::BigInt(b) => Ok(JsString::from_str(mc, &b.value().to_string())),
            Value::Object(_) => Ok(JsString::from_str(mc, "[object Object]")),
            other => Ok(self.intern(mc, &other.primitive_to_rust_string().unwrap_or_default()).string()),
        }
    }

    fn num(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Result<f64, Value<'gc>> {
        match v.primitive_to_number() {
            Some(n) => Ok(n),
            None if matches!(v, Value::BigInt(_)) => Err(self.type_error(mc, "Cannot convert a BigInt value to a number")),
            None => Err(self.symbol_to_number_error(mc)),
        }
    }

    /// `None` when an operand is an object (slow path).
    pub fn binary_fast(&mut self, mc: &Mutation<'gc>, op: Op, a: Value<'gc>, b: Value<'gc>) -> Option<Result<Value<'gc>, Value<'gc>>> {
        if let (Value::Number(x), Value::Number(y)) = (a, b) {
            return Some(Ok(match op {
                Op::Add => Value::Number(x + y),
                Op::Sub => Value::Number(x - y),
                Op::Mul => Value::Number(x * y),
                Op::Div => Value::Number(x / y),
                Op::Rem => Value::Number(x % y),
                Op::Exp => Value::Number(exponentiate(x, y)),
                Op::Lt => Value::Bool(x < y),
                Op::Gt => Value::Bool(x > y),
                Op::Le => Value::Bool(x <= y),
                Op::Ge => Value::Bool(x >= y),
                Op::Eq => Value::Bool(x == y),
                Op::NotEq => Value::Bool(x != y),
                Op::Shl => Value::Number(to_int32(x).wrapping_shl(to_uint32(y) & 31) as f64),
                Op::Shr => Value::Number((to_int32(x) >> (to_uint32(y) & 31)) as f64),
                Op::UShr => Value::Number((to_uint32(x) >> (to_uint32(y) & 31)) as f64),
                Op::BitAnd => Value::Number((to_int32(x) & to_int32(y)) as f64),
                Op::BitOr => Value::Number((to_int32(x) | to_int32(y)) as f64),
                Op::BitXor => Value::Number((to_int32(x) ^ to_int32(y)) as f64),
                _ => return None,
            }));
        }
        if (matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_))) && !a.is_object() && !b.is_object() {
            return match op {
                Op::Eq => Some(Ok(Value::Bool(self.bigint_loose_equals(a, b)))),
                Op::NotEq => Some(Ok(Value::Bool(!self.bigint_loose_equals(a, b)))),
                _ => Some(self.bigint_binary(mc, op, a, b)),
            };
        }
        match op {
            Op::Eq | Op::NotEq => {
                let r = self.loose_equals(mc, a, b)?;
                Some(Ok(Value::Bool(if op == Op::Eq { r } else { !r })))
            }
            _ if a.is_object() || b.is_object() => None,
            Op::Add => {
                if matches!(a, Value::String(_)) || matches!(b, Value::String(_)) {
                    let sa = match self.primitive_to_string(mc, a) {
                        Ok(s) => s,
                        Err(e) => return Some(Err(e)),
                    };
                    let sb = match self.primitive_to_string(mc, b) {
                        Ok(s) => s,
                        Err(e) => return Some(Err(e)),
                    };
                    if sa.len() + sb.len() > MAX_STRING_LENGTH {
                        return Some(Err(self.range_error(mc, "Invalid string length")));
                    }
                    return Some(Ok(Value::String(JsString::concat(mc, sa, sb))));
                }
                Some(self.num(mc, a).and_then(|x| self.num(mc, b).map(|y| Value::Number(x + y))))
            }
            Op::Lt | Op::Gt | Op::Le | Op::Ge => {
                if let (Value::String(x), Value::String(y)) = (a, b) {
                    let ord = compare_strings(x.units(), y.units());
                    use std::cmp::Ordering::*;
                    return Some(Ok(Value::Bool(match op {
                        Op::Lt => ord == Less,
                        Op::Gt => ord == Greater,
                        Op::Le => ord != Greater,
                        _ => ord != Less,
                    })));
                }
                let x = match self.num(mc, a) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                let y = match self.num(mc, b) {
                    Ok(y) => y,
                    Err(e) => return Some(Err(e)),
                };
                self.binary_fast(mc, op, Value::Number(x), Value::Number(y))
            }
            _ => {
                let x = match self.num(mc, a) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                let y = match self.num(mc, b) {
                    Ok(y) => y,
                    Err(e) => return Some(Err(e)),
                };
                self.binary_fast(mc, op, Value::Number(x), Value::Number(y))
            }
        }
    }

    /// IsLooselyEqual without ToPrimitive: `None` when an object must be converted.
    pub fn loose_equals(&mut self, mc: &Mutation<'gc>, a: Value<'gc>, b: Value<'gc>) -> Option<bool> {
        Some(match (a, b) {
            (Value::Undefined | Value::Null, Value::Undefined | Value::Null) => true,
            (Value::Undefined | Value::Null, _) | (_, Value::Undefined | Value::Null) => false,
            (Value::Object(_), Value::Object(_)) => strict_equals(a, b),
            (Value::Object(_), Value::Symbol(_)) | (Value::Symbol(_), Value::Object(_)) => return None,
            (Value::Object(_), _) | (_, Value::Object(_)) => return None,
            (Value::Symbol(_), _) | (_, Value::Symbol(_)) => strict_equals(a, b),
            (Value::BigInt(_), _) | (_, Value::BigInt(_)) => self.bigint_loose_equals(a, b),
            (Value::String(_), Value::String(_)) => strict_equals(a, b),
            (Value::Bool(_), Value::Bool(_)) => strict_equals(a, b),
            _ => {
                let _ = mc;
                let x = a.primitive_to_number().unwrap_or(f64::NAN);
                let y = b.primitive_to_number().unwrap_or(f64::NAN);
                x == y
            }
        })
    }

    pub fn unary_fast(&mut self, mc: &Mutation<'gc>, op: Op, v: Value<'gc>) -> Option<Result<Value<'gc>, Value<'gc>>> {
        if v.is_object() {
            return None;
        }
        if let Value::BigInt(b) = v {
            return Some(self.bigint_unary(mc, op, b));
        }
        let n = match self.num(mc, v) {
            Ok(n) => n,
            Err(e) => return Some(Err(e)),
        };
        Some(Ok(Value::Number(match op {
            Op::Neg => -n,
            Op::ToNumber | Op::ToNumeric => n,
            Op::BitNot => !to_int32(n) as f64,
            Op::Inc => n + 1.0,
            Op::Dec => n - 1.0,
            _ => return None,
        })))
    }

    /// Template literal concatenation of primitives; `None` when a part is an object.
    pub fn concat_fast(&mut self, mc: &Mutation<'gc>, parts: &[Value<'gc>]) -> Option<Result<JsString<'gc>, Value<'gc>>> {
        if parts.iter().any(|p| p.is_object()) {
            return None;
        }
        let mut units: Vec<u16> = Vec::new();
        for &p in parts {
            match self.primitive_to_string(mc, p) {
                Ok(s) => {
                    if units.len() + s.len() > MAX_STRING_LENGTH {
                        return Some(Err(self.range_error(mc, "Invalid string length")));
                    }
                    units.extend_from_slice(s.units())
                }
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok(JsString::from_units(mc, units)))
    }

    /// `v instanceof ctor`; `Ok(None)` when a user `Symbol.hasInstance` or a prototype getter
    /// must run (slow path).
    pub fn instance_of(&mut self, mc: &Mutation<'gc>, v: Value<'gc>, ctor: Value<'gc>) -> Result<Option<bool>, Value<'gc>> {
        let Value::Object(c) = ctor else {
            return Err(self.type_error(mc, "Right-hand side of 'instanceof' is not an object"));
        };
        // A proxy constructor: its `get` trap reads Symbol.hasInstance (self-hosted path).
        if crate::exec::property::is_proxy(c) {
            return Ok(None);
        }
        let has_instance = PropertyKey::Symbol(self.realm.symbols.has_instance);
        match c.lookup(has_instance) {
            Lookup::Missing => {}
            Lookup::Value(f) if Some(&f) == self.realm.helpers.get("Function.prototype[@@hasInstance]") => {}
            Lookup::Value(Value::Undefined | Value::Null) => {}
            _ => return Ok(None),
        }
        if !c.is_callable() {
            return Err(self.type_error(mc, "Right-hand side of 'instanceof' is not callable"));
        }
        self.ordinary_has_instance(mc, c, v)
    }

    pub fn ordinary_has_instance(
        &mut self,
        mc: &Mutation<'gc>,
        c: crate::heap::object::Obj<'gc>,
        v: Value<'gc>,
    ) -> Result<Option<bool>, Value<'gc>> {
        if let crate::heap::kind::ObjectKind::Bound(b) = &c.borrow().kind {
            let target = b.target;
            return self.instance_of(mc, v, Value::Object(target));
        }
        let Value::Object(o) = v else { return Ok(Some(false)) };
        if crate::exec::property::is_proxy(c) {
            return Ok(None);
        }
        let proto = match c.lookup(PropertyKey::String(self.names.prototype)) {
            Lookup::Value(Value::Object(p)) => p,
            Lookup::Getter(_) => return Ok(None),
            _ => {
                return Err(self.type_error(mc, "Function has non-object prototype 'undefined' in instanceof check"));
            }
        };
        if crate::exec::property::is_proxy(o) {
            return Ok(None);
        }
        let mut current = o.proto();
        let mut steps = 0;
        while let Some(p) = current {
            if p == proto {
                return Ok(Some(true));
            }
            // A proxy's [[GetPrototypeOf]] is a trap: the self-hosted walk takes over.
            if crate::exec::property::is_proxy(p) {
                return Ok(None);
            }
            steps += 1;
            if steps > 100_000 {
                break;
            }
            current = p.proto();
        }
        Ok(Some(false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int32_conversion_wraps() {
        assert_eq!(to_int32(4294967296.0 + 5.0), 5);
        assert_eq!(to_int32(-1.0), -1);
        assert_eq!(to_int32(2147483648.0), -2147483648);
        assert_eq!(to_int32(f64::NAN), 0);
        assert_eq!(to_uint32(-1.0), 4294967295);
    }

    #[test]
    fn exponent_edge_cases() {
        assert!(exponentiate(1.0, f64::INFINITY).is_nan());
        assert!(exponentiate(1.0, f64::NAN).is_nan());
        assert_eq!(exponentiate(2.0, 10.0), 1024.0);
    }
}
