//! The JS value: a 16-byte `Copy` enum whose heap variants are single `Gc` pointers.

use gc_arena::{Collect, Gc};

use super::object::Obj;
use super::string::{JsString, number_to_string};

#[derive(Collect, Clone, Copy, Debug)]
#[collect(no_drop)]
pub enum Value<'gc> {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    String(JsString<'gc>),
    Symbol(Symbol<'gc>),
    Object(Obj<'gc>),
    BigInt(BigIntRef<'gc>),
    /// Not a JS value: an uninitialized `let` binding (TDZ) or an array hole. Never escapes to
    /// JS code.
    Empty,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct SymbolData<'gc> {
    /// `Symbol('desc')`; `None` for `Symbol()`.
    pub description: Option<JsString<'gc>>,
    /// Registered with `Symbol.for` under this key.
    pub registered: bool,
    /// A class private name (`#x`): never listed by reflection.
    pub private: bool,
}

/// A symbol: identity is the pointer.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Symbol<'gc>(pub Gc<'gc, SymbolData<'gc>>);

impl PartialEq for Symbol<'_> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}
impl Eq for Symbol<'_> {}
impl std::hash::Hash for Symbol<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Gc::as_ptr(self.0) as usize).hash(state)
    }
}
impl std::fmt::Debug for Symbol<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Symbol({:?})", self.0.description)
    }
}

/// An immutable arbitrary-precision integer in the heap.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct BigIntRef<'gc>(pub Gc<'gc, BigIntData>);

#[derive(Collect, Debug)]
#[collect(require_static)]
pub struct BigIntData(pub num_bigint::BigInt);

impl<'gc> BigIntRef<'gc> {
    pub fn new(mc: &gc_arena::Mutation<'gc>, v: num_bigint::BigInt) -> Self {
        BigIntRef(Gc::new(mc, BigIntData(v)))
    }
    pub fn value(&self) -> &'gc num_bigint::BigInt {
        &Gc::as_ref(self.0).0
    }
}

impl std::fmt::Debug for BigIntRef<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}n", self.value())
    }
}

impl<'gc> Value<'gc> {
    pub fn is_undefined(self) -> bool {
        matches!(self, Value::Undefined)
    }
    pub fn is_nullish(self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
    pub fn as_object(self) -> Option<Obj<'gc>> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }
    pub fn is_object(self) -> bool {
        matches!(self, Value::Object(_))
    }

    pub fn to_boolean(self) -> bool {
        match self {
            Value::Undefined | Value::Null | Value::Empty => false,
            Value::Bool(b) => b,
            Value::Number(n) => !(n == 0.0 || n.is_nan()),
            Value::String(s) => !s.is_empty(),
            Value::BigInt(b) => !num_traits::Zero::is_zero(b.value()),
            Value::Symbol(_) | Value::Object(_) => true,
        }
    }

    /// ToNumber for primitives; `None` for objects and symbols (which need the caller to run
    /// ToPrimitive or throw).
    pub fn primitive_to_number(self) -> Option<f64> {
        Some(match self {
            Value::Undefined | Value::Empty => f64::NAN,
            Value::Null => 0.0,
            Value::Bool(b) => b as u8 as f64,
            Value::Number(n) => n,
            Value::String(s) => super::string::string_to_number(s.units()),
            Value::Symbol(_) | Value::Object(_) | Value::BigInt(_) => return None,
        })
    }

    /// ToString for primitives other than symbols, as Rust text.
    pub fn primitive_to_rust_string(self) -> Option<String> {
        Some(match self {
            Value::Undefined | Value::Empty => "undefined".into(),
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Number(n) => number_to_string(n),
            Value::String(s) => s.to_rust_string(),
            Value::BigInt(b) => b.value().to_string(),
            Value::Symbol(_) | Value::Object(_) => return None,
        })
    }

    pub fn type_of(self) -> &'static str {
        match self {
            Value::Undefined | Value::Empty => "undefined",
            Value::Null => "object",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Symbol(_) => "symbol",
            Value::BigInt(_) => "bigint",
            Value::Object(o) => {
                if o.is_callable() {
                    "function"
                } else {
                    "object"
                }
            }
        }
    }
}

/// `==` in Rust is SameValue (identity for objects), used by the engine's own checks.
impl<'gc> PartialEq for Value<'gc> {
    fn eq(&self, other: &Self) -> bool {
        same_value(*self, *other)
    }
}

/// IsStrictlyEqual
pub fn strict_equals<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    match (a, b) {
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Symbol(x), Value::Symbol(y)) => x == y,
        (Value::Object(x), Value::Object(y)) => Gc::ptr_eq(x.0, y.0),
        (Value::BigInt(x), Value::BigInt(y)) => x.value() == y.value(),
        (Value::Empty, Value::Empty) => true,
        _ => false,
    }
}

/// SameValueZero (Map/Set keys, `includes`)
pub fn same_value_zero<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || (x.is_nan() && y.is_nan()),
        _ => strict_equals(a, b),
    }
}

/// SameValue (`Object.is`, property redefinition checks)
pub fn same_value<'gc>(a: Value<'gc>, b: Value<'gc>) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => (x.is_nan() && y.is_nan()) || (x == y && x.is_sign_negative() == y.is_sign_negative()),
        _ => strict_equals(a, b),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<super::Value<'static>>(), 16);
    }
}
