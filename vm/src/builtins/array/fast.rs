//! Fast paths of Array.prototype methods for plain dense arrays. Each native checks that the
//! operation cannot be observed (no accessors, proxies or indexed properties on the
//! prototype chain, default attributes, primitive arguments, the default species), does the
//! work directly on the element vector, and otherwise tail-calls the self-hosted generic
//! version registered by js/array.js as "Array.prototype.<name>".

use gc_arena::Mutation;

use super::super::arg;
use super::super::global::coerce;
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, Property, PropertyKey, Slot};
use crate::heap::string::{JsString, number_to_string};
use crate::heap::value::{Value, same_value_zero, strict_equals};
use crate::vm::Vm;

fn generic<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = ctx.vm.helper(&format!("Array.prototype.{name}"));
    NativeResult::Call { f, this, args: args.to_vec(), then: None }
}

/// An array whose own indices all live in the element vector.
fn plain_array(this: Value<'_>) -> Option<Obj<'_>> {
    let Value::Object(o) = this else { return None };
    let d = o.borrow();
    if !matches!(d.kind, ObjectKind::Array) || d.props.keys().any(|k| matches!(k, PropertyKey::Index(_))) {
        return None;
    }
    Some(o)
}

/// No object on the prototype chain has indexed properties (so holes read as undefined and
/// stores find no setter) or exotic behaviour.
fn protos_clean(o: Obj<'_>) -> bool {
    let mut p = o.proto();
    let mut steps = 0;
    while let Some(x) = p {
        let d = x.borrow();
        match d.kind {
            ObjectKind::Proxy { .. } | ObjectKind::StringWrapper(_) | ObjectKind::Arguments(_) => {
                return false;
            }
            _ => {}
        }
        if d.elements.iter().any(|e| !matches!(e, Value::Empty)) || d.props.keys().any(|k| matches!(k, PropertyKey::Index(_))) {
            return false;
        }
        p = d.proto;
        steps += 1;
        if steps > 10_000 {
            return false;
        }
    }
    true
}

/// A plain array that reading is unobservable on.
fn readable(this: Value<'_>) -> Option<Obj<'_>> {
    plain_array(this).filter(|o| protos_clean(*o))
}

/// A plain array that can be written (grown, shrunk, deleted from) without observation.
fn writable(this: Value<'_>) -> Option<Obj<'_>> {
    readable(this).filter(|o| {
        let d = o.borrow();
        d.extensible && d.length_writable && d.element_attrs == Attrs::ALL
    })
}

fn all_primitive(args: &[Value<'_>]) -> bool {
    args.iter().all(|a| !a.is_object())
}

/// ArraySpeciesCreate would make a plain Array (no user `constructor` or species).
fn default_species<'gc>(vm: &Vm<'gc>, o: Obj<'gc>) -> bool {
    let ctor_key = PropertyKey::String(vm.names.constructor);
    if o.get_own(ctor_key).is_some() || o.proto() != Some(vm.realm.array_proto) {
        return false;
    }
    let ctor = vm.realm.array_ctor;
    let proto_ctor_ok = matches!(
        vm.realm.array_proto.get_own(ctor_key),
        Some(Property { slot: Slot::Data(Value::Object(c)), .. }) if c == ctor
    );
    let species_getter = vm.helper("Array[@@species]");
    let species_ok = matches!(
        ctor.get_own(PropertyKey::Symbol(vm.realm.symbols.species)),
        Some(Property { slot: Slot::Accessor { get: Some(g), .. }, .. }) if Value::Object(g) == species_getter
    );
    proto_ctor_ok && species_ok
}

fn integer_arg<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], i: usize) -> Result<f64, NativeResult<'gc>> {
    coerce::integer(ctx, arg(args, i)).map_err(NativeResult::Throw)
}

fn hole_to_undefined(v: Value<'_>) -> Value<'_> {
    if matches!(v, Value::Empty) { Value::Undefined } else { v }
}

fn push<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = writable(this) else {
        return generic(ctx, "push", this, args);
    };
    if o.array_len() + args.len() > u32::MAX as usize {
        return generic(ctx, "push", this, args);
    }
    let mut d = o.borrow_mut(ctx.mc);
    d.elements.extend_from_slice(args);
    NativeResult::Return(Value::Number(d.elements.len() as f64))
}

fn pop<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = writable(this) else {
        return generic(ctx, "pop", this, args);
    };
    let v = o.borrow_mut(ctx.mc).elements.pop().map(hole_to_undefined).unwrap_or(Value::Undefined);
    NativeResult::Return(v)
}

fn shift<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = writable(this) else {
        return generic(ctx, "shift", this, args);
    };
    let mut d = o.borrow_mut(ctx.mc);
    if d.elements.is_empty() {
        return NativeResult::Return(Value::Undefined);
    }
    NativeResult::Return(hole_to_undefined(d.elements.remove(0)))
}

fn unshift<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = writable(this) else {
        return generic(ctx, "unshift", this, args);
    };
    if o.array_len() + args.len() > u32::MAX as usize {
        return generic(ctx, "unshift", this, args);
    }
    let mut d = o.borrow_mut(ctx.mc);
    d.elements.splice(0..0, args.iter().copied());
    NativeResult::Return(Value::Number(d.elements.len() as f64))
}

/// The start index of indexOf/includes: ToIntegerOrInfinity(fromIndex) made relative.
fn search_start(n: f64, len: usize) -> Option<usize> {
    if n == f64::INFINITY || n >= len as f64 {
        return None;
    }
    Some(if n >= 0.0 { n as usize } else { (len as f64 + n).max(0.0) as usize })
}

fn index_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = readable(this).filter(|_| !arg(args, 1).is_object()) else {
        return generic(ctx, "indexOf", this, args);
    };
    if o.array_len() == 0 {
        return NativeResult::Return(Value::Number(-1.0));
    }
    let n = match integer_arg(ctx, args, 1) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let target = arg(args, 0);
    let d = o.borrow();
    let Some(start) = search_start(n, d.elements.len()) else {
        return NativeResult::Return(Value::Number(-1.0));
    };
    let found = d.elements[start..].iter().position(|&e| !matches!(e, Value::Empty) && strict_equals(e, target));
    NativeResult::Return(Value::Number(found.map(|i| (i + start) as f64).unwrap_or(-1.0)))
}

fn includes<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = readable(this).filter(|_| !arg(args, 1).is_object()) else {
        return generic(ctx, "includes", this, args);
    };
    if o.array_len() == 0 {
        return NativeResult::Return(Value::Bool(false));
    }
    let n = match integer_arg(ctx, args, 1) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let target = arg(args, 0);
    let d = o.borrow();
    let Some(start) = search_start(n, d.elements.len()) else {
        return NativeResult::Return(Value::Bool(false));
    };
    let found = d.elements[start..].iter().any(|&e| same_value_zero(hole_to_undefined(e), target));
    NativeResult::Return(Value::Bool(found))
}

fn last_index_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = readable(this).filter(|_| !arg(args, 1).is_object()) else {
        return generic(ctx, "lastIndexOf", this, args);
    };
    let len = o.array_len();
    if len == 0 {
        return NativeResult::Return(Value::Number(-1.0));
    }
    let n = if args.len() > 1 {
        match integer_arg(ctx, args, 1) {
            Ok(n) => n,
            Err(r) => return r,
        }
    } else {
        len as f64 - 1.0
    };
    let k = if n >= 0.0 { n.min(len as f64 - 1.0) } else { len as f64 + n };
    if k < 0.0 {
        return NativeResult::Return(Value::Number(-1.0));
    }
    let target = arg(args, 0);
    let d = o.borrow();
    let found = d.elements[..=k as usize].iter().rposition(|&e| !matches!(e, Value::Empty) && strict_equals(e, target));
    NativeResult::Return(Value::Number(found.map(|i| i as f64).unwrap_or(-1.0)))
}

fn at<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = readable(this).filter(|_| all_primitive(args)) else {
        return generic(ctx, "at", this, args);
    };
    let rel = match integer_arg(ctx, args, 0) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let d = o.borrow();
    let len = d.elements.len() as f64;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return NativeResult::Return(Value::Undefined);
    }
    NativeResult::Return(hole_to_undefined(d.elements[k as usize]))
}

/// Appends the string form of a primitive element (undefined and null are empty).
fn push_primitive_string(out: &mut Vec<u16>, v: Value<'_>) -> bool {
    match v {
        Value::Undefined | Value::Null | Value::Empty => true,
        Value::String(s) => {
            out.extend_from_slice(s.units());
            true
        }
        Value::Number(n) => {
            if n.fract() == 0.0 && n.abs() < 1e15 && !(n == 0.0 && n.is_sign_negative()) {
                out.extend((n as i64).to_string().encode_utf16());
            } else {
                out.extend(number_to_string(n).encode_utf16());
            }
            true
        }
        Value::Bool(b) => {
            out.extend(if b { "true" } else { "false" }.encode_utf16());
            true
        }
        Value::BigInt(b) => {
            out.extend(b.value().to_string().encode_utf16());
            true
        }
        Value::Symbol(_) | Value::Object(_) => false,
    }
}

/// ToString of a primitive separator (undefined means ",").
fn separator_units(sep: Value<'_>) -> Vec<u16> {
    match sep {
        Value::Undefined => vec![b',' as u16],
        Value::Null => "null".encode_utf16().collect(),
        v => {
            let mut u = Vec::new();
            push_primitive_string(&mut u, v);
            u
        }
    }
}

fn join<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let sep = arg(args, 0);
    let Some(o) = readable(this).filter(|_| !sep.is_object() && !matches!(sep, Value::Symbol(_))) else {
        return generic(ctx, "join", this, args);
    };
    let sep_units = separator_units(sep);
    let elements = o.borrow().elements.clone();
    let mut out: Vec<u16> = Vec::new();
    for (i, &e) in elements.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep_units);
        }
        if !push_primitive_string(&mut out, e) || out.len() > crate::exec::operators::MAX_STRING_LENGTH {
            return generic(ctx, "join", this, args);
        }
    }
    NativeResult::Return(Value::String(JsString::from_units(ctx.mc, out)))
}

/// Array.prototype.toString on a plain array is join(",") when `join` is the original.
fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(o) = readable(this) {
        let join_key = PropertyKey::String(ctx.vm.names.join);
        let original = ctx.vm.helper("Array.prototype.join native");
        if o.get_own(join_key).is_none() && matches!(o.lookup(join_key), crate::heap::object::Lookup::Value(v) if v == original) {
            return join(ctx, this, &[]);
        }
    }
    generic(ctx, "toString", this, args)
}

/// start/end of slice-like methods.
fn range<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], len: usize) -> Result<(usize, usize), NativeResult<'gc>> {
    let len = len as f64;
    let from = coerce::relative_index(integer_arg(ctx, args, 0)?, len);
    let to = if arg(args, 1).is_undefined() { len } else { coerce::relative_index(integer_arg(ctx, args, 1)?, len) };
    Ok((from as usize, (to.max(from)) as usize))
}

fn slice<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = readable(this).filter(|o| all_primitive(args) && default_species(ctx.vm, *o)) else {
        return generic(ctx, "slice", this, args);
    };
    let (from, to) = match range(ctx, args, o.array_len()) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let items = o.borrow().elements[from..to].to_vec();
    NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, items)))
}

fn reverse<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = writable(this) else {
        return generic(ctx, "reverse", this, args);
    };
    o.borrow_mut(ctx.mc).elements.reverse();
    NativeResult::Return(this)
}

fn fill<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = writable(this).filter(|_| all_primitive(args.get(1..).unwrap_or(&[]))) else {
        return generic(ctx, "fill", this, args);
    };
    let (from, to) = match range(ctx, args.get(1..).unwrap_or(&[]), o.array_len()) {
        Ok(r) => r,
        Err(r) => return r,
    };
    let v = arg(args, 0);
    for slot in &mut o.borrow_mut(ctx.mc).elements[from..to] {
        *slot = v;
    }
    NativeResult::Return(this)
}

/// Array.prototype.sort: the default order of primitives directly (by their strings, stable,
/// undefined last, holes after), a comparator through the resumable merge sort.
fn sort<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let comparefn = arg(args, 0);
    let callable = matches!(comparefn, Value::Object(f) if f.is_callable());
    let Some(o) = writable(this).filter(|_| comparefn.is_undefined() || callable) else {
        return generic(ctx, "sort", this, args);
    };
    let elements = o.borrow().elements.clone();
    let mut items = Vec::with_capacity(elements.len());
    let mut undefineds = 0;
    let mut holes = 0;
    for &e in &elements {
        match e {
            Value::Empty => holes += 1,
            Value::Undefined => undefineds += 1,
            Value::Symbol(_) | Value::Object(_) if !callable => {
                return generic(ctx, "sort", this, args);
            }
            v => items.push(v),
        }
    }
    if callable {
        return super::sort::start(ctx, comparefn, items, undefineds, holes, this);
    }
    let mut keyed: Vec<(Vec<u16>, Value<'gc>)> = items.into_iter().map(|v| (separator_units(v), v)).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    let mut sorted: Vec<Value<'gc>> = keyed.into_iter().map(|(_, v)| v).collect();
    sorted.extend(std::iter::repeat_n(Value::Undefined, undefineds));
    write_back(ctx, o, sorted, holes)
}

/// Stores sorted values (then `holes` deletions) into the array that was sorted, directly
/// when it is still a plain writable array, else through the generic self-hosted Sets.
pub fn write_back<'gc>(ctx: &mut Ctx<'gc, '_>, target: Obj<'gc>, items: Vec<Value<'gc>>, holes: usize) -> NativeResult<'gc> {
    let this = Value::Object(target);
    if writable(this).is_none() {
        let f = ctx.vm.helper("Array.prototype.sort writeBack");
        let list = ctx.vm.new_array(ctx.mc, items);
        return NativeResult::Call {
            f,
            this: Value::Undefined,
            args: vec![this, Value::Object(list), Value::Number(holes as f64)],
            then: None,
        };
    }
    let count = items.len();
    let mut d = target.borrow_mut(ctx.mc);
    if d.elements.len() < count {
        d.elements.resize(count, Value::Empty);
    }
    d.elements[..count].copy_from_slice(&items);
    let end = (count + holes).min(d.elements.len());
    for slot in &mut d.elements[count..end] {
        *slot = Value::Empty;
    }
    NativeResult::Return(this)
}

/// `N.sortValues(list, comparefn)`: the values of an internal list sorted by a comparator
/// (undefineds last), as a new array.
pub fn sort_values<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(list) = arg(args, 0) else {
        return NativeResult::Return(Value::Undefined);
    };
    let elements = list.borrow().elements.clone();
    let mut undefineds = 0;
    let items: Vec<Value<'gc>> = elements
        .into_iter()
        .filter(|v| {
            let u = matches!(v, Value::Undefined | Value::Empty);
            undefineds += u as usize;
            !u
        })
        .collect();
    super::sort::start(ctx, arg(args, 1), items, undefineds, 0, Value::Undefined)
}

fn splice<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(o) = writable(this).filter(|o| all_primitive(args.get(..2).unwrap_or(args)) && default_species(ctx.vm, *o)) else {
        return generic(ctx, "splice", this, args);
    };
    let len = o.array_len();
    let start = match integer_arg(ctx, args, 0) {
        Ok(n) => coerce::relative_index(n, len as f64) as usize,
        Err(r) => return r,
    };
    let skip = match args.len() {
        0 => 0,
        1 => len - start,
        _ => match integer_arg(ctx, args, 1) {
            Ok(n) => n.clamp(0.0, (len - start) as f64) as usize,
            Err(r) => return r,
        },
    };
    let items = args.get(2..).unwrap_or(&[]);
    let removed: Vec<Value<'gc>> = o.borrow_mut(ctx.mc).elements.splice(start..start + skip, items.iter().copied()).collect();
    NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, removed)))
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, proto: Obj<'gc>) {
    let table: &[(&str, u32, NativeFn)] = &[
        ("at", 1, at),
        ("fill", 1, fill),
        ("includes", 1, includes),
        ("indexOf", 1, index_of),
        ("join", 1, join),
        ("lastIndexOf", 1, last_index_of),
        ("pop", 0, pop),
        ("push", 1, push),
        ("reverse", 0, reverse),
        ("shift", 0, shift),
        ("slice", 2, slice),
        ("sort", 1, sort),
        ("splice", 2, splice),
        ("toString", 0, to_string),
        ("unshift", 1, unshift),
    ];
    for &(name, len, f) in table {
        let func = vm.define_method(mc, proto, name, len, f);
        if name == "join" {
            vm.realm.helpers.insert("Array.prototype.join native".into(), Value::Object(func));
        }
    }
    let species = PropertyKey::Symbol(vm.realm.symbols.species);
    if let Some(Property { slot: Slot::Accessor { get: Some(g), .. }, .. }) = vm.realm.array_ctor.get_own(species) {
        vm.realm.helpers.insert("Array[@@species]".into(), Value::Object(g));
    }
}
