//! The integer-indexed exotic object: how a typed array answers [[GetOwnProperty]], [[Get]],
//! [[Set]], [[HasProperty]], [[Delete]] and [[DefineOwnProperty]] for canonical numeric string
//! keys. Each hook returns `None` for other keys, so the ordinary behaviour applies; the
//! property code in `exec/property.rs` and `object_statics.rs` asks these first.

use gc_arena::Mutation;

use crate::builtins::reflect::object_statics::Descriptor;
use crate::exec::property::Set;
use crate::heap::buffer::{Element, ElementType, Numeric, TypedArrayData, bigint_low_bits};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, Property, PropertyKey};
use crate::heap::string::{number_to_string, string_to_number};
use crate::heap::value::{BigIntRef, Value};
use crate::vm::Vm;

/// The typed array slots of `o`, if it is one.
pub fn typed_array_data<'gc>(o: Obj<'gc>) -> Option<TypedArrayData<'gc>> {
    match &o.borrow().kind {
        ObjectKind::TypedArray(ta) => Some(*ta),
        _ => None,
    }
}

/// CanonicalNumericIndexString: the number a key denotes when its string form is the
/// canonical rendering of that number (or "-0"); `None` for every other key.
pub fn canonical_numeric_index(key: PropertyKey<'_>) -> Option<f64> {
    match key {
        PropertyKey::Index(i) => Some(i as f64),
        PropertyKey::Symbol(_) => None,
        PropertyKey::String(a) => {
            let s = a.string();
            let units = s.units();
            // Quick reject: canonical numbers start with a digit, '-', 'I'nfinity or 'N'aN.
            let first = *units.first()?;
            if !(first == b'-' as u16 || first == b'I' as u16 || first == b'N' as u16 || (b'0' as u16..=b'9' as u16).contains(&first)) {
                return None;
            }
            if units == [b'-' as u16, b'0' as u16] {
                return Some(-0.0);
            }
            let n = string_to_number(units);
            let canonical: Vec<u16> = number_to_string(n).encode_utf16().collect();
            (canonical.as_slice() == units).then_some(n)
        }
    }
}

/// IsValidIntegerIndex: the element position, when `n` names an element in bounds.
pub fn valid_index(ta: &TypedArrayData<'_>, n: f64) -> Option<usize> {
    if n.fract() != 0.0 || n.is_nan() || (n == 0.0 && n.is_sign_negative()) || n < 0.0 {
        return None;
    }
    let len = ta.current_length();
    if n >= len as f64 { None } else { Some(n as usize) }
}

impl<'gc> Vm<'gc> {
    /// The JS value of an element read from storage.
    pub fn element_value(&mut self, mc: &Mutation<'gc>, e: Element) -> Value<'gc> {
        match e {
            Element::Number(n) => Value::Number(n),
            Element::BigInt(b) => Value::BigInt(BigIntRef::new(mc, b)),
        }
    }

    /// TypedArrayGetElement: the element at `index`, undefined when out of bounds.
    pub fn typed_array_get(&mut self, mc: &Mutation<'gc>, ta: &TypedArrayData<'gc>, index: usize) -> Value<'gc> {
        match ta.read(index) {
            Some(e) => self.element_value(mc, e),
            None => Value::Undefined,
        }
    }

    /// ToNumber / ToBigInt of a primitive for storage in an array of `ty`; `Ok(None)` for
    /// objects (their conversion runs user code: the caller hands them to self-hosted code).
    pub fn to_element_numeric(&mut self, mc: &Mutation<'gc>, ty: ElementType, v: Value<'gc>) -> Result<Option<Numeric>, Value<'gc>> {
        if matches!(v, Value::Object(_)) {
            return Ok(None);
        }
        if ty.is_bigint() {
            let b = match v {
                Value::BigInt(b) => b.value().clone(),
                Value::Bool(b) => num_bigint::BigInt::from(b as u8),
                Value::String(s) => match crate::exec::bigint::parse_bigint(&s.to_rust_string()) {
                    Some(b) => b,
                    None => {
                        let msg = format!("Cannot convert {} to a BigInt", s.to_rust_string());
                        return Err(self.syntax_error(mc, &msg));
                    }
                },
                Value::Symbol(_) => return Err(self.type_error(mc, "Cannot convert a Symbol value to a BigInt")),
                other => {
                    let msg = format!("Cannot convert {} to a BigInt", other.primitive_to_rust_string().unwrap_or_default());
                    return Err(self.type_error(mc, &msg));
                }
            };
            return Ok(Some(Numeric::Bits64(bigint_low_bits(&b))));
        }
        match v {
            Value::BigInt(_) => Err(self.type_error(mc, "Cannot convert a BigInt value to a number")),
            Value::Symbol(_) => Err(self.type_error(mc, "Cannot convert a Symbol value to a number")),
            other => Ok(Some(Numeric::Number(other.primitive_to_number().unwrap_or(f64::NAN)))),
        }
    }

    /// [[Get]] of a numeric key: the element or undefined (never the prototype chain).
    pub fn integer_indexed_get(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<Value<'gc>> {
        let ta = typed_array_data(o)?;
        let n = canonical_numeric_index(key)?;
        Some(match valid_index(&ta, n) {
            Some(i) => self.typed_array_get(mc, &ta, i),
            None => Value::Undefined,
        })
    }

    /// [[GetOwnProperty]] of a numeric key: `Some(None)` when there is no such element.
    pub fn integer_indexed_get_own(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<Option<Property<'gc>>> {
        let ta = typed_array_data(o)?;
        let n = canonical_numeric_index(key)?;
        Some(valid_index(&ta, n).map(|i| {
            let v = self.typed_array_get(mc, &ta, i);
            Property::data(v, Attrs::ALL)
        }))
    }

    /// [[HasProperty]] / own-property test of a numeric key.
    pub fn integer_indexed_has(&self, o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<bool> {
        let ta = typed_array_data(o)?;
        let n = canonical_numeric_index(key)?;
        Some(valid_index(&ta, n).is_some())
    }

    /// [[Delete]] of a numeric key: elements cannot be deleted, missing ones trivially can.
    pub fn integer_indexed_delete(&self, o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<bool> {
        self.integer_indexed_has(o, key).map(|present| !present)
    }

    /// [[Set]] of a numeric key. With the typed array as receiver the value is converted and
    /// stored (objects go to the self-hosted `typedArraySetElement`, which runs their
    /// valueOf); with another receiver, a missing element makes the assignment a no-op and a
    /// present one continues as an ordinary set (`None`).
    pub fn integer_indexed_set(
        &mut self,
        mc: &Mutation<'gc>,
        o: Obj<'gc>,
        key: PropertyKey<'gc>,
        v: Value<'gc>,
        receiver: Value<'gc>,
    ) -> Option<Set<'gc>> {
        let ta = typed_array_data(o)?;
        let n = canonical_numeric_index(key)?;
        if receiver == Value::Object(o) {
            return Some(match self.to_element_numeric(mc, ta.ty, v) {
                Ok(Some(numeric)) => {
                    if let Some(i) = valid_index(&ta, n) {
                        ta.write(mc, i, numeric);
                    }
                    Set::Done
                }
                Ok(None) => {
                    let f = self.bound_helper(mc, "typedArraySetElement", vec![Value::Object(o), Value::Number(n)]);
                    Set::Call(f, receiver)
                }
                Err(e) => Set::Throw(e),
            });
        }
        if valid_index(&ta, n).is_none() { Some(Set::Done) } else { None }
    }

    /// OrdinarySet from `start` reaches the [[Set]] of a typed array further up the prototype
    /// chain when no object before it owns the numeric `key`: that typed array.
    pub fn typed_array_in_chain(&self, start: Obj<'gc>, key: PropertyKey<'gc>) -> Option<Obj<'gc>> {
        canonical_numeric_index(key)?;
        if start.get_own(key).is_some() {
            return None;
        }
        let mut current = start.proto();
        for _ in 0..100_000 {
            let o = current?;
            if typed_array_data(o).is_some() {
                return Some(o);
            }
            if o.get_own(key).is_some() || matches!(o.borrow().kind, ObjectKind::Proxy { .. }) {
                return None;
            }
            current = o.proto();
        }
        None
    }

    /// [[DefineOwnProperty]] of a numeric key: only a writable, enumerable, configurable data
    /// property of an existing element can be defined (its value is stored).
    pub fn integer_indexed_define(
        &mut self,
        mc: &Mutation<'gc>,
        o: Obj<'gc>,
        key: PropertyKey<'gc>,
        desc: &Descriptor<'gc>,
    ) -> Option<bool> {
        let ta = typed_array_data(o)?;
        let n = canonical_numeric_index(key)?;
        let Some(i) = valid_index(&ta, n) else { return Some(false) };
        if desc.configurable == Some(false)
            || desc.enumerable == Some(false)
            || desc.get.is_some()
            || desc.set.is_some()
            || desc.writable == Some(false)
        {
            return Some(false);
        }
        if let Some(v) = desc.value {
            // Objects were converted by the self-hosted caller; a primitive that cannot be
            // converted fails the definition.
            match self.to_element_numeric(mc, ta.ty, v) {
                Ok(Some(numeric)) => ta.write(mc, i, numeric),
                _ => return Some(false),
            }
        }
        Some(true)
    }
}
