//! ArrayBuffer, fixed-length or resizable (no SharedArrayBuffer).
//!
//! Natives here: the constructor (prototype from new.target, then the self-hosted
//! `arrayBufferCreate` converts the length and `maxByteLength`), `isView`, `@@species`, the
//! `byteLength` / `maxByteLength` / `resizable` / `detached` accessors, and the private natives
//! of `js/array_buffer.js` (helper "arrayBufferNatives"): allocation, byte copies, detaching,
//! resizing and transfer. `slice`, `resize` and `transfer` are self-hosted (they call user
//! code: species, ToIndex).

use gc_arena::Mutation;

use super::{arg, index_arg, throw_type};
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::buffer::BufferData;
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

fn buffer_of(v: Value<'_>) -> Option<Obj<'_>> {
    match v {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::ArrayBuffer(_)) => Some(o),
        _ => None,
    }
}

/// (byte length, detached) of an ArrayBuffer value.
fn buffer_state(v: Value<'_>) -> Option<(usize, bool)> {
    buffer_info(v).map(|(len, detached, _)| (len, detached))
}

/// (byte length, detached, max byte length if resizable) of an ArrayBuffer value.
fn buffer_info(v: Value<'_>) -> Option<(usize, bool, Option<usize>)> {
    match v {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::ArrayBuffer(b) => Some((b.bytes.len(), b.detached, b.max_byte_length)),
            _ => None,
        },
        _ => None,
    }
}

fn ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else { return throw_type(ctx, "Constructor ArrayBuffer requires 'new'") };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| {
        r.helpers.get("ArrayBuffer.prototype").and_then(|v| v.as_object()).unwrap_or(r.object_proto)
    });
    let helper = ctx.vm.helper("arrayBufferCreate");
    NativeResult::Call { f: helper, this: Value::Undefined, args: vec![Value::Object(proto), arg(args, 0), arg(args, 1)], then: None }
}

fn is_view<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let view = matches!(arg(args, 0), Value::Object(o) if matches!(o.borrow().kind, ObjectKind::TypedArray(_) | ObjectKind::DataView(_)));
    NativeResult::Return(Value::Bool(view))
}

fn species<'gc>(_ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(this)
}

fn incompatible<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str, this: Value<'gc>) -> NativeResult<'gc> {
    let msg = format!("Method ArrayBuffer.prototype.{name} called on incompatible receiver {}", ctx.vm.display_value(this));
    throw_type(ctx, &msg)
}

fn get_byte_length<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match buffer_state(this) {
        Some((len, detached)) => NativeResult::Return(Value::Number(if detached { 0.0 } else { len as f64 })),
        None => incompatible(ctx, "byteLength", this),
    }
}

fn get_max_byte_length<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match buffer_info(this) {
        Some((len, detached, max)) => NativeResult::Return(Value::Number(if detached { 0.0 } else { max.unwrap_or(len) as f64 })),
        None => incompatible(ctx, "maxByteLength", this),
    }
}

fn get_resizable<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match buffer_info(this) {
        Some((_, _, max)) => NativeResult::Return(Value::Bool(max.is_some())),
        None => incompatible(ctx, "resizable", this),
    }
}

fn get_detached<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match buffer_state(this) {
        Some((_, detached)) => NativeResult::Return(Value::Bool(detached)),
        None => incompatible(ctx, "detached", this),
    }
}

impl<'gc> Vm<'gc> {
    /// DetachArrayBuffer: drops the bytes; views then read as length 0.
    pub fn detach_array_buffer(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Result<(), Value<'gc>> {
        let Some(o) = buffer_of(v) else { return Err(self.type_error(mc, "not an ArrayBuffer")) };
        if let ObjectKind::ArrayBuffer(b) = &mut o.borrow_mut(mc).kind {
            *b = BufferData { bytes: Vec::new(), detached: true, max_byte_length: None };
        }
        Ok(())
    }
}

// ---- private natives for js/array_buffer.js ------------------------------------------------

/// `allocate(proto, byteLength, maxByteLength)`: resizable when the maximum is not undefined.
fn native_allocate<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let proto = arg(args, 0).as_object();
    let max = if arg(args, 2).is_undefined() { None } else { Some(index_arg(arg(args, 2))) };
    if max.is_some_and(|m| m > crate::builtins::typed_array::MAX_BUFFER_BYTES) {
        return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid array buffer max length"));
    }
    let b = match ctx.vm.new_array_buffer(ctx.mc, proto, index_arg(arg(args, 1))) {
        Ok(b) => b,
        Err(e) => return NativeResult::Throw(e),
    };
    if let ObjectKind::ArrayBuffer(data) = &mut b.borrow_mut(ctx.mc).kind {
        data.max_byte_length = max;
    }
    NativeResult::Return(Value::Object(b))
}

/// `maxLength(b)`: the maximum byte length of a resizable buffer, or -1 when fixed-length.
fn native_max_length<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let n = buffer_info(arg(args, 0)).and_then(|(_, _, max)| max).map_or(-1.0, |m| m as f64);
    NativeResult::Return(Value::Number(n))
}

/// `resize(b, newByteLength)`: the caller checked resizability and the maximum.
fn native_resize<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(b) = buffer_of(arg(args, 0)) else { return throw_type(ctx, "not an ArrayBuffer") };
    let len = index_arg(arg(args, 1));
    if let ObjectKind::ArrayBuffer(data) = &mut b.borrow_mut(ctx.mc).kind
        && data.max_byte_length.is_some_and(|m| len <= m)
    {
        data.bytes.resize(len, 0);
    }
    NativeResult::Return(Value::Undefined)
}

/// `state(v)`: -2 for non-buffers, -1 when detached, else the byte length.
fn native_state<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let n = match buffer_state(arg(args, 0)) {
        None => -2.0,
        Some((_, true)) => -1.0,
        Some((len, false)) => len as f64,
    };
    NativeResult::Return(Value::Number(n))
}

/// `copy(src, srcStart, dst, dstStart, count)`: raw byte copy (clamped to both buffers).
fn native_copy<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Some(src), Some(dst)) = (buffer_of(arg(args, 0)), buffer_of(arg(args, 2))) else { return NativeResult::Return(Value::Undefined) };
    let (from, to, count) = (index_arg(arg(args, 1)), index_arg(arg(args, 3)), index_arg(arg(args, 4)));
    let bytes: Vec<u8> = match &src.borrow().kind {
        ObjectKind::ArrayBuffer(b) => b.bytes.iter().skip(from).take(count).copied().collect(),
        _ => Vec::new(),
    };
    if let ObjectKind::ArrayBuffer(b) = &mut dst.borrow_mut(ctx.mc).kind {
        for (slot, byte) in b.bytes.iter_mut().skip(to).zip(bytes) {
            *slot = byte;
        }
    }
    NativeResult::Return(Value::Undefined)
}

fn native_detach<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match ctx.vm.detach_array_buffer(ctx.mc, arg(args, 0)) {
        Ok(()) => NativeResult::Return(Value::Undefined),
        Err(e) => NativeResult::Throw(e),
    }
}

/// `transfer(buffer, newByteLength, keepResizable)`: a new buffer (of this realm) taking the
/// bytes, resized; the old one is detached.
fn native_transfer<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(old) = buffer_of(arg(args, 0)) else { return throw_type(ctx, "not an ArrayBuffer") };
    let len = index_arg(arg(args, 1));
    let fresh = match ctx.vm.new_array_buffer(ctx.mc, None, len) {
        Ok(b) => b,
        Err(e) => return NativeResult::Throw(e),
    };
    let (mut bytes, max) = match &mut old.borrow_mut(ctx.mc).kind {
        ObjectKind::ArrayBuffer(b) => {
            b.detached = true;
            (std::mem::take(&mut b.bytes), b.max_byte_length.take())
        }
        _ => (Vec::new(), None),
    };
    bytes.resize(len, 0);
    if let ObjectKind::ArrayBuffer(b) = &mut fresh.borrow_mut(ctx.mc).kind {
        b.bytes = bytes;
        b.max_byte_length = if arg(args, 2).to_boolean() { max } else { None };
    }
    NativeResult::Return(Value::Object(fresh))
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let object_proto = vm.realm.object_proto;
    let proto = Obj::new(mc, Some(object_proto), ObjectKind::Ordinary);
    vm.realm.helpers.insert("ArrayBuffer.prototype".into(), Value::Object(proto));
    let c = vm.define_constructor(mc, "ArrayBuffer", 1, ctor, proto);
    vm.define_method(mc, c, "isView", 1, is_view);
    let get = vm.native_function(mc, "get [Symbol.species]", 0, species, Value::Undefined, false);
    c.set_accessor_raw(mc, PropertyKey::Symbol(vm.realm.symbols.species), Some(get), None, Attrs::CONFIGURABLE_ONLY);
    let accessors: &[(&str, NativeFn)] = &[
        ("byteLength", get_byte_length),
        ("maxByteLength", get_max_byte_length),
        ("resizable", get_resizable),
        ("detached", get_detached),
    ];
    for &(name, f) in accessors {
        vm.define_getter(mc, proto, name, f);
    }
    vm.define_tag(mc, proto, "ArrayBuffer");

    let table = Obj::new(mc, None, ObjectKind::Ordinary);
    let natives: &[(&str, u32, NativeFn)] = &[
        ("allocate", 2, native_allocate),
        ("state", 1, native_state),
        ("copy", 5, native_copy),
        ("detach", 1, native_detach),
        ("transfer", 3, native_transfer),
        ("maxLength", 1, native_max_length),
        ("resize", 2, native_resize),
    ];
    for &(name, length, f) in natives {
        vm.define_method(mc, table, name, length, f);
    }
    vm.realm.helpers.insert("arrayBufferNatives".into(), Value::Object(table));
}
