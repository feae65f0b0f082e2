//! Array: the constructor, Array.isArray, Array[Symbol.species] and
//! Array.prototype[Symbol.unscopables]. The methods are self-hosted (js/array.js); the hot
//! ones have Rust fast paths for plain dense arrays (`array/fast.rs`) that fall back to the
//! self-hosted generic versions.

pub mod fast;
mod sort;

use gc_arena::Mutation;

use super::arg;
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, MAX_HOLE_GROWTH, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

/// An array with the given prototype and elements.
pub fn array_with_proto<'gc>(mc: &Mutation<'gc>, proto: Obj<'gc>, elements: Vec<Value<'gc>>) -> Obj<'gc> {
    let a = Obj::new(mc, Some(proto), ObjectKind::Array);
    a.borrow_mut(mc).elements = elements;
    a
}

fn array_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let nt = Value::Object(ctx.new_target.unwrap_or(ctx.callee));
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, nt, |r| r.array_proto);
    let elements = match args {
        [Value::Number(len)] => {
            let int_len = crate::exec::operators::to_uint32(*len);
            if int_len as f64 != *len {
                return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid array length"));
            }
            if int_len as usize > MAX_HOLE_GROWTH {
                // The engine keeps array elements dense; such lengths are not representable.
                return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid array length"));
            }
            vec![Value::Empty; int_len as usize]
        }
        _ => args.to_vec(),
    };
    NativeResult::Return(Value::Object(array_with_proto(ctx.mc, proto, elements)))
}

/// IsArray: arrays, and proxies whose target is one.
pub fn is_array<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<bool, Value<'gc>> {
    let mut current = v;
    for _ in 0..100_000 {
        let Value::Object(o) = current else {
            return Ok(false);
        };
        let next = match &o.borrow().kind {
            ObjectKind::Array => return Ok(true),
            ObjectKind::Proxy { target: Some(t), handler: Some(_) } => Some(*t),
            ObjectKind::Proxy { .. } => None,
            _ => return Ok(false),
        };
        let Some(next) = next else {
            return Err(ctx.vm.type_error(ctx.mc, "Cannot perform 'IsArray' on a proxy that has been revoked"));
        };
        current = Value::Object(next);
    }
    Ok(false)
}

fn array_is_array<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match is_array(ctx, arg(args, 0)) {
        Ok(b) => NativeResult::Return(Value::Bool(b)),
        Err(e) => NativeResult::Throw(e),
    }
}

fn species<'gc>(_ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(this)
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let proto = vm.realm.array_proto;
    let ctor = vm.define_constructor(mc, "Array", 1, array_ctor, proto);
    vm.realm.array_ctor = ctor;
    vm.define_method(mc, ctor, "isArray", 1, array_is_array);
    let species_sym = vm.realm.symbols.species;
    let getter = vm.native_function(mc, "get [Symbol.species]", 0, species, Value::Undefined, false);
    ctor.set_accessor_raw(mc, PropertyKey::Symbol(species_sym), Some(getter), None, Attrs::CONFIGURABLE_ONLY);

    let unscopables = Obj::new(mc, None, ObjectKind::Ordinary);
    for name in [
        "at",
        "copyWithin",
        "entries",
        "fill",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "includes",
        "keys",
        "toReversed",
        "toSorted",
        "toSpliced",
        "values",
    ] {
        vm.define_value(mc, unscopables, name, Value::Bool(true), Attrs::ALL);
    }
    let sym = vm.realm.symbols.unscopables;
    proto.set_raw(mc, PropertyKey::Symbol(sym), Value::Object(unscopables), Attrs::CONFIGURABLE_ONLY);
    fast::install(mc, vm, proto);
}
