//! DataView: typed reads and writes at any byte offset of an ArrayBuffer, in either byte
//! order. The constructor computes the prototype and hands the argument checks to the
//! self-hosted `dataViewCreate`; the get/set methods are self-hosted (ToIndex, ToNumber,
//! ToBigInt run user code) over the natives `get`/`set` here (helper "dataViewNatives"), which
//! do the bounds checks and the byte conversions.

use gc_arena::Mutation;

use super::{arg, index_arg, throw_type};
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::buffer::{ElementType, Numeric, ViewData, bigint_low_bits, decode, encode};
use crate::heap::kind::ObjectKind;
use crate::heap::object::Obj;
use crate::heap::value::Value;
use crate::vm::Vm;

fn view_of(v: Value<'_>) -> Option<ViewData<'_>> {
    match v {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::DataView(d) => Some(*d),
            _ => None,
        },
        _ => None,
    }
}

fn ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else { return throw_type(ctx, "Constructor DataView requires 'new'") };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| {
        r.helpers.get("DataView.prototype").and_then(|v| v.as_object()).unwrap_or(r.object_proto)
    });
    let helper = ctx.vm.helper("dataViewCreate");
    let call_args = vec![Value::Object(proto), arg(args, 0), arg(args, 1), arg(args, 2), Value::Number(args.len() as f64)];
    NativeResult::Call { f: helper, this: Value::Undefined, args: call_args, then: None }
}

fn incompatible<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str, this: Value<'gc>) -> NativeResult<'gc> {
    let msg = format!("Method DataView.prototype.{name} called on incompatible receiver {}", ctx.vm.display_value(this));
    throw_type(ctx, &msg)
}

fn get_buffer<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match view_of(this) {
        Some(v) => NativeResult::Return(Value::Object(v.buffer)),
        None => incompatible(ctx, "buffer", this),
    }
}

fn get_byte_length<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match view_of(this) {
        Some(v) => match v.current_byte_length() {
            Some(n) => NativeResult::Return(Value::Number(n as f64)),
            None => throw_type(ctx, "Cannot perform DataView.prototype.byteLength on a detached or out-of-bounds ArrayBuffer"),
        },
        None => incompatible(ctx, "byteLength", this),
    }
}

fn get_byte_offset<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match view_of(this) {
        Some(v) if v.current_byte_length().is_none() => {
            throw_type(ctx, "Cannot perform DataView.prototype.byteOffset on a detached or out-of-bounds ArrayBuffer")
        }
        Some(v) => NativeResult::Return(Value::Number(v.byte_offset as f64)),
        None => incompatible(ctx, "byteOffset", this),
    }
}

// ---- private natives for js/data_view.js ---------------------------------------------------

/// `create(proto, buffer, byteOffset, byteLength)`: the caller validated the window; an
/// undefined byteLength makes a length-tracking view.
fn native_create<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Value::Object(proto), Value::Object(buffer)) = (arg(args, 0), arg(args, 1)) else {
        return throw_type(ctx, "invalid DataView");
    };
    let tracking = arg(args, 3).is_undefined();
    let data = ViewData { buffer, byte_offset: index_arg(arg(args, 2)), byte_length: index_arg(arg(args, 3)), tracking };
    NativeResult::Return(Value::Object(Obj::new(ctx.mc, Some(proto), ObjectKind::DataView(data))))
}

/// `isView(v)`: whether `v` is a DataView.
fn native_is_view<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(view_of(arg(args, 0)).is_some()))
}

/// The byte range of a `size`-byte access at `index` in the view's buffer, or the error.
fn access_range<'gc>(ctx: &mut Ctx<'gc, '_>, view: &ViewData<'gc>, index: usize, size: usize) -> Result<usize, NativeResult<'gc>> {
    let Some(view_length) = view.current_byte_length() else {
        return Err(throw_type(ctx, "Cannot perform DataView access on a detached or out-of-bounds ArrayBuffer"));
    };
    if index.checked_add(size).is_none_or(|end| end > view_length) {
        return Err(NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Offset is outside the bounds of the DataView")));
    }
    Ok(view.byte_offset + index)
}

/// `get(view, index, type, littleEndian)` (index already ToIndex'd).
fn native_get<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Some(view), Some(ty)) = (view_of(arg(args, 0)), ElementType::from_index(arg(args, 2).primitive_to_number().unwrap_or(-1.0)))
    else {
        return throw_type(ctx, "invalid DataView access");
    };
    let at = match access_range(ctx, &view, index_arg(arg(args, 1)), ty.size()) {
        Ok(at) => at,
        Err(r) => return r,
    };
    let bytes: Vec<u8> = match &view.buffer.borrow().kind {
        ObjectKind::ArrayBuffer(b) => b.bytes.get(at..at + ty.size()).map(|s| s.to_vec()).unwrap_or_default(),
        _ => Vec::new(),
    };
    let e = decode(ty, &bytes, arg(args, 3).to_boolean());
    NativeResult::Return(ctx.vm.element_value(ctx.mc, e))
}

/// `set(view, index, type, value, littleEndian)` (value already ToNumber'd / ToBigInt'd).
fn native_set<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Some(view), Some(ty)) = (view_of(arg(args, 0)), ElementType::from_index(arg(args, 2).primitive_to_number().unwrap_or(-1.0)))
    else {
        return throw_type(ctx, "invalid DataView access");
    };
    let value = match arg(args, 3) {
        Value::BigInt(b) if ty.is_bigint() => Numeric::Bits64(bigint_low_bits(b.value())),
        Value::Number(n) if !ty.is_bigint() => Numeric::Number(n),
        _ => return throw_type(ctx, "DataView value must be converted first"),
    };
    let at = match access_range(ctx, &view, index_arg(arg(args, 1)), ty.size()) {
        Ok(at) => at,
        Err(r) => return r,
    };
    let little = arg(args, 4).to_boolean();
    if let ObjectKind::ArrayBuffer(b) = &mut view.buffer.borrow_mut(ctx.mc).kind
        && let Some(slot) = b.bytes.get_mut(at..at + ty.size())
    {
        encode(ty, value, little, slot);
    }
    NativeResult::Return(Value::Undefined)
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let object_proto = vm.realm.object_proto;
    let proto = Obj::new(mc, Some(object_proto), ObjectKind::Ordinary);
    vm.realm.helpers.insert("DataView.prototype".into(), Value::Object(proto));
    vm.define_constructor(mc, "DataView", 1, ctor, proto);
    let accessors: &[(&str, NativeFn)] = &[("buffer", get_buffer), ("byteLength", get_byte_length), ("byteOffset", get_byte_offset)];
    for &(name, f) in accessors {
        vm.define_getter(mc, proto, name, f);
    }
    vm.define_tag(mc, proto, "DataView");

    let table = Obj::new(mc, None, ObjectKind::Ordinary);
    let natives: &[(&str, u32, NativeFn)] =
        &[("create", 4, native_create), ("isView", 1, native_is_view), ("get", 4, native_get), ("set", 5, native_set)];
    for &(name, length, f) in natives {
        vm.define_method(mc, table, name, length, f);
    }
    vm.realm.helpers.insert("dataViewNatives".into(), Value::Object(table));
}
