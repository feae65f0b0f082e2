//! %TypedArray% and the eleven concrete typed array constructors.
//!
//! Natives here: the constructors (which compute the prototype, then hand the argument logic
//! to the self-hosted `typedArrayCreate`), the `buffer`/`byteLength`/`byteOffset`/`length`/
//! `@@toStringTag` accessors, and the private natives of `js/typed_array.js` (helper
//! "typedArrayNatives"): allocation, raw element access and the bulk byte operations. The
//! prototype methods are self-hosted. The exotic [[Get]]/[[Set]]/… behaviour is in `exotic.rs`.

mod exotic;

pub use exotic::{canonical_numeric_index, typed_array_data, valid_index};

use gc_arena::Mutation;

use super::{arg, index_arg, native_data, throw_type};
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::buffer::{BufferData, Element, ElementType, Numeric, TypedArrayData, bigint_low_bits, decode, encode};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

/// The largest buffer minijs allocates (bytes); larger requests are a RangeError, like an
/// allocation failure in other engines.
pub const MAX_BUFFER_BYTES: usize = 1 << 30;

/// The helper name under which a realm keeps an intrinsic (`%Uint8Array.prototype%`).
pub fn proto_helper_name(ty: ElementType) -> String {
    format!("{}.prototype", ty.name())
}

/// The intrinsic prototype of `ty` in realm `r` (falls back to Object.prototype, never panics).
fn intrinsic_proto<'gc>(r: &crate::runtime::realm::Realm<'gc>, name: &str) -> Obj<'gc> {
    r.helpers.get(name).and_then(|v| v.as_object()).unwrap_or(r.object_proto)
}

fn element_type_of(v: Value<'_>) -> Option<ElementType> {
    ElementType::from_index(v.primitive_to_number().unwrap_or(-1.0))
}

impl<'gc> Vm<'gc> {
    /// A fresh zeroed ArrayBuffer of the current realm, or the RangeError for a length minijs
    /// will not allocate.
    pub fn new_array_buffer(&mut self, mc: &Mutation<'gc>, proto: Option<Obj<'gc>>, byte_length: usize) -> Result<Obj<'gc>, Value<'gc>> {
        if byte_length > MAX_BUFFER_BYTES {
            return Err(self.range_error(mc, "Array buffer allocation failed"));
        }
        let proto = proto.unwrap_or_else(|| intrinsic_proto(&self.realm, "ArrayBuffer.prototype"));
        let data = BufferData { bytes: vec![0; byte_length], detached: false, max_byte_length: None };
        Ok(Obj::new(mc, Some(proto), ObjectKind::ArrayBuffer(data)))
    }

    /// A typed array of `ty` over `buffer`.
    pub fn new_typed_array(
        &mut self,
        mc: &Mutation<'gc>,
        proto: Obj<'gc>,
        ty: ElementType,
        buffer: Obj<'gc>,
        byte_offset: usize,
        length: usize,
    ) -> Obj<'gc> {
        Obj::new(mc, Some(proto), ObjectKind::TypedArray(TypedArrayData { ty, buffer, byte_offset, length, tracking: false }))
    }
}

/// `%TypedArray%` itself is abstract.
fn abstract_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    throw_type(ctx, "Abstract class TypedArray not directly constructable")
}

/// `new Uint8Array(...)`: the prototype from new.target, then `typedArrayCreate(proto, type,
/// argCount, a0, a1, a2)` in JS.
fn concrete_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(ty) = element_type_of(native_data(ctx)) else { return throw_type(ctx, "invalid typed array constructor") };
    let Some(nt) = ctx.new_target else {
        let msg = format!("Constructor {} requires 'new'", ty.name());
        return throw_type(ctx, &msg);
    };
    let name = proto_helper_name(ty);
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| intrinsic_proto(r, &name));
    let helper = ctx.vm.helper("typedArrayCreate");
    let call_args = vec![
        Value::Object(proto),
        Value::Number(ty.index() as f64),
        Value::Number(args.len() as f64),
        arg(args, 0),
        arg(args, 1),
        arg(args, 2),
    ];
    NativeResult::Call { f: helper, this: Value::Undefined, args: call_args, then: None }
}

fn this_typed_array<'gc>(this: Value<'gc>) -> Option<TypedArrayData<'gc>> {
    match this {
        Value::Object(o) => typed_array_data(o),
        _ => None,
    }
}

/// V8's message for an accessor of %TypedArray%.prototype on another receiver.
fn not_typed_array<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str, this: Value<'gc>) -> NativeResult<'gc> {
    let shown = match this {
        Value::Object(o) if o.is_array() => "[object Array]".to_string(),
        Value::Object(_) => "[object Object]".to_string(),
        other => ctx.vm.display_value(other),
    };
    let msg = format!("Method get TypedArray.prototype.{name} called on incompatible receiver {shown}");
    throw_type(ctx, &msg)
}

fn get_buffer<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_typed_array(this) {
        Some(ta) => NativeResult::Return(Value::Object(ta.buffer)),
        None => not_typed_array(ctx, "buffer", this),
    }
}

fn get_byte_length<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_typed_array(this) {
        Some(ta) => NativeResult::Return(Value::Number((ta.current_length() * ta.ty.size()) as f64)),
        None => not_typed_array(ctx, "byteLength", this),
    }
}

fn get_byte_offset<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_typed_array(this) {
        Some(ta) => NativeResult::Return(Value::Number(if ta.is_out_of_bounds() { 0.0 } else { ta.byte_offset as f64 })),
        None => not_typed_array(ctx, "byteOffset", this),
    }
}

fn get_length<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_typed_array(this) {
        Some(ta) => NativeResult::Return(Value::Number(ta.current_length() as f64)),
        None => not_typed_array(ctx, "length", this),
    }
}

fn get_to_string_tag<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_typed_array(this) {
        Some(ta) => NativeResult::Return(ctx.vm.str(ctx.mc, ta.ty.name())),
        None => NativeResult::Return(Value::Undefined),
    }
}

fn species<'gc>(_ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(this)
}

// ---- private natives for js/typed_array.js -------------------------------------------------

/// `kind(v)`: the element type index of a typed array, or -1.
fn native_kind<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let k = this_typed_array(arg(args, 0)).map(|ta| ta.ty.index() as f64).unwrap_or(-1.0);
    NativeResult::Return(Value::Number(k))
}

/// `isBigIntType(type)`.
fn native_is_bigint_type<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(element_type_of(arg(args, 0)).is_some_and(|t| t.is_bigint())))
}

/// `allocate(proto, type, length)`: a typed array over a fresh zeroed buffer.
fn native_allocate<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Value::Object(proto), Some(ty)) = (arg(args, 0), element_type_of(arg(args, 1))) else {
        return throw_type(ctx, "invalid typed array allocation");
    };
    let length = index_arg(arg(args, 2));
    let Some(bytes) = length.checked_mul(ty.size()).filter(|b| *b <= MAX_BUFFER_BYTES) else {
        let msg = format!("Invalid typed array length: {length}");
        return NativeResult::Throw(ctx.vm.range_error(ctx.mc, &msg));
    };
    let buffer = match ctx.vm.new_array_buffer(ctx.mc, None, bytes) {
        Ok(b) => b,
        Err(e) => return NativeResult::Throw(e),
    };
    let ta = ctx.vm.new_typed_array(ctx.mc, proto, ty, buffer, 0, length);
    NativeResult::Return(Value::Object(ta))
}

/// `view(proto, type, buffer, byteOffset, length)`: a typed array over an existing buffer
/// (the caller validated the window); an undefined length makes a length-tracking view.
fn native_view<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Value::Object(proto), Some(ty), Value::Object(buffer)) = (arg(args, 0), element_type_of(arg(args, 1)), arg(args, 2)) else {
        return throw_type(ctx, "invalid typed array view");
    };
    let (offset, length) = (index_arg(arg(args, 3)), index_arg(arg(args, 4)));
    let tracking = arg(args, 4).is_undefined();
    let fits = match &buffer.borrow().kind {
        ObjectKind::ArrayBuffer(b) if tracking => offset <= b.bytes.len(),
        ObjectKind::ArrayBuffer(b) => {
            length.checked_mul(ty.size()).and_then(|n| n.checked_add(offset)).is_some_and(|end| end <= b.bytes.len())
        }
        _ => false,
    };
    if !fits {
        let msg = format!("Invalid typed array length: {length}");
        return NativeResult::Throw(ctx.vm.range_error(ctx.mc, &msg));
    }
    let ta = ctx.vm.new_typed_array(ctx.mc, proto, ty, buffer, offset, length);
    if let ObjectKind::TypedArray(data) = &mut ta.borrow_mut(ctx.mc).kind {
        data.tracking = tracking;
    }
    NativeResult::Return(Value::Object(ta))
}

/// `length(ta)`: TypedArrayLength (0 once detached).
fn native_length<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let n = this_typed_array(arg(args, 0)).map(|ta| ta.current_length()).unwrap_or(0);
    NativeResult::Return(Value::Number(n as f64))
}

/// `isDetached(ta)`: whether the typed array's buffer is detached (out of bounds).
fn native_is_detached<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let d = this_typed_array(arg(args, 0)).is_none_or(|ta| ta.is_out_of_bounds());
    NativeResult::Return(Value::Bool(d))
}

/// `get(ta, index)`: the element, or undefined out of bounds.
fn native_get<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(ta) = this_typed_array(arg(args, 0)) else { return NativeResult::Return(Value::Undefined) };
    let n = arg(args, 1).primitive_to_number().unwrap_or(f64::NAN);
    let v = match valid_index(&ta, n) {
        Some(i) => ctx.vm.typed_array_get(ctx.mc, &ta, i),
        None => Value::Undefined,
    };
    NativeResult::Return(v)
}

/// The numeric a converted value (Number or BigInt) stores as.
fn numeric_of(ty: ElementType, v: Value<'_>) -> Option<Numeric> {
    match (ty.is_bigint(), v) {
        (true, Value::BigInt(b)) => Some(Numeric::Bits64(bigint_low_bits(b.value()))),
        (false, Value::Number(n)) => Some(Numeric::Number(n)),
        _ => None,
    }
}

/// `set(ta, index, value)`: stores an already converted value when the index is valid.
fn native_set<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(ta) = this_typed_array(arg(args, 0)) else { return NativeResult::Return(Value::Undefined) };
    let n = arg(args, 1).primitive_to_number().unwrap_or(f64::NAN);
    match ctx.vm.to_element_numeric(ctx.mc, ta.ty, arg(args, 2)) {
        Ok(Some(numeric)) => {
            if let Some(i) = valid_index(&ta, n) {
                ta.write(ctx.mc, i, numeric);
            }
            NativeResult::Return(Value::Undefined)
        }
        Ok(None) => throw_type(ctx, "typed array element must be converted first"),
        Err(e) => NativeResult::Throw(e),
    }
}

/// `fill(ta, value, start, end)`: value already converted; indices clamped to the length.
fn native_fill<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(ta) = this_typed_array(arg(args, 0)) else { return NativeResult::Return(Value::Undefined) };
    let Some(value) = numeric_of(ta.ty, arg(args, 1)) else { return throw_type(ctx, "typed array fill value must be converted first") };
    let len = ta.current_length();
    let (start, end) = (index_arg(arg(args, 2)).min(len), index_arg(arg(args, 3)).min(len));
    let size = ta.ty.size();
    let mut pattern = [0u8; 8];
    encode(ta.ty, value, true, &mut pattern[..size]);
    let mut data = ta.buffer.borrow_mut(ctx.mc);
    if let ObjectKind::ArrayBuffer(b) = &mut data.kind {
        for i in start..end {
            let at = ta.byte_offset + i * size;
            if let Some(slot) = b.bytes.get_mut(at..at + size) {
                slot.copy_from_slice(&pattern[..size]);
            }
        }
    }
    NativeResult::Return(Value::Undefined)
}

/// The bytes `[start, start + count)` elements of a typed array, copied out.
fn element_bytes(ta: &TypedArrayData<'_>, start: usize, count: usize) -> Vec<u8> {
    let size = ta.ty.size();
    let from = ta.byte_offset + start * size;
    match &ta.buffer.borrow().kind {
        ObjectKind::ArrayBuffer(b) if !b.detached => b.bytes.get(from..from + count * size).map(|s| s.to_vec()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// `copyElements(src, srcStart, dst, dstStart, count)`: copies elements between typed arrays
/// (the same buffer included: the source is read first). Same element type: the bytes;
/// otherwise each element converted (both sides must have the same content type, checked by
/// the caller). Elements outside either array are skipped.
fn native_copy_elements<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Some(src), Some(dst)) = (this_typed_array(arg(args, 0)), this_typed_array(arg(args, 2))) else {
        return NativeResult::Return(Value::Undefined);
    };
    let (src_start, dst_start) = (index_arg(arg(args, 1)), index_arg(arg(args, 3)));
    let count =
        index_arg(arg(args, 4)).min(src.current_length().saturating_sub(src_start)).min(dst.current_length().saturating_sub(dst_start));
    if count == 0 {
        return NativeResult::Return(Value::Undefined);
    }
    let bytes = element_bytes(&src, src_start, count);
    let (src_size, dst_size) = (src.ty.size(), dst.ty.size());
    let out: Vec<u8> = if src.ty == dst.ty || (src_size == dst_size && src.ty.is_bigint() && dst.ty.is_bigint()) {
        bytes
    } else {
        let mut out = vec![0u8; count * dst_size];
        for (chunk, slot) in bytes.chunks(src_size).zip(out.chunks_mut(dst_size)) {
            let value = match decode(src.ty, chunk, true) {
                Element::Number(n) => Numeric::Number(n),
                Element::BigInt(b) => Numeric::Bits64(bigint_low_bits(&b)),
            };
            encode(dst.ty, value, true, slot);
        }
        out
    };
    let at = dst.byte_offset + dst_start * dst_size;
    let mut data = dst.buffer.borrow_mut(ctx.mc);
    if let ObjectKind::ArrayBuffer(b) = &mut data.kind
        && let Some(slot) = b.bytes.get_mut(at..at + out.len())
    {
        slot.copy_from_slice(&out);
    }
    NativeResult::Return(Value::Undefined)
}

/// `sortDefault(ta)`: the numeric order of %TypedArray%.prototype.sort without a comparator
/// (-0 before +0, NaN last).
fn native_sort_default<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(ta) = this_typed_array(arg(args, 0)) else { return NativeResult::Return(arg(args, 0)) };
    let len = ta.current_length();
    let mut elements: Vec<Element> = (0..len).filter_map(|i| ta.read(i)).collect();
    elements.sort_by(|a, b| match (a, b) {
        (Element::Number(x), Element::Number(y)) => match (x.is_nan(), y.is_nan()) {
            (true, true) => std::cmp::Ordering::Equal,
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            _ => x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal).then_with(|| y.is_sign_negative().cmp(&x.is_sign_negative())),
        },
        (Element::BigInt(x), Element::BigInt(y)) => x.cmp(y),
        _ => std::cmp::Ordering::Equal,
    });
    for (i, e) in elements.into_iter().enumerate() {
        let value = match e {
            Element::Number(n) => Numeric::Number(n),
            Element::BigInt(b) => Numeric::Bits64(bigint_low_bits(&b)),
        };
        ta.write(ctx.mc, i, value);
    }
    NativeResult::Return(arg(args, 0))
}

/// `info(ta)`: `[buffer, byteOffset, type, lengthTracking]` for subarray.
fn native_info<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(ta) = this_typed_array(arg(args, 0)) else { return NativeResult::Return(Value::Undefined) };
    let parts =
        vec![Value::Object(ta.buffer), Value::Number(ta.byte_offset as f64), Value::Number(ta.ty.index() as f64), Value::Bool(ta.tracking)];
    NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, parts)))
}

/// `intrinsic(type)`: the realm's constructor for an element type.
fn native_intrinsic<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match element_type_of(arg(args, 0)) {
        Some(ty) => NativeResult::Return(ctx.vm.helper(ty.name())),
        None => NativeResult::Return(Value::Undefined),
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let object_proto = vm.realm.object_proto;
    let base_proto = Obj::new(mc, Some(object_proto), ObjectKind::Ordinary);
    let base = vm.native_function(mc, "TypedArray", 0, abstract_ctor, Value::Undefined, true);
    base.set_raw(mc, PropertyKey::String(vm.names.prototype), Value::Object(base_proto), Attrs::NONE);
    base_proto.set_raw(mc, PropertyKey::String(vm.names.constructor), Value::Object(base), Attrs::HIDDEN);
    let species_getter = vm.native_function(mc, "get [Symbol.species]", 0, species, Value::Undefined, false);
    base.set_accessor_raw(mc, PropertyKey::Symbol(vm.realm.symbols.species), Some(species_getter), None, Attrs::CONFIGURABLE_ONLY);
    let accessors: &[(&str, NativeFn)] =
        &[("buffer", get_buffer), ("byteLength", get_byte_length), ("byteOffset", get_byte_offset), ("length", get_length)];
    for &(name, f) in accessors {
        vm.define_getter(mc, base_proto, name, f);
    }
    let tag = vm.native_function(mc, "get [Symbol.toStringTag]", 0, get_to_string_tag, Value::Undefined, false);
    base_proto.set_accessor_raw(mc, PropertyKey::Symbol(vm.realm.symbols.to_string_tag), Some(tag), None, Attrs::CONFIGURABLE_ONLY);
    vm.realm.helpers.insert("%TypedArray%".into(), Value::Object(base));
    vm.realm.helpers.insert("%TypedArray%.prototype".into(), Value::Object(base_proto));

    for ty in ElementType::ALL {
        let proto = Obj::new(mc, Some(base_proto), ObjectKind::Ordinary);
        let data = Value::Number(ty.index() as f64);
        let ctor = vm.native_function(mc, ty.name(), 3, concrete_ctor, data, true);
        ctor.borrow_mut(mc).proto = Some(base);
        ctor.set_raw(mc, PropertyKey::String(vm.names.prototype), Value::Object(proto), Attrs::NONE);
        proto.set_raw(mc, PropertyKey::String(vm.names.constructor), Value::Object(ctor), Attrs::HIDDEN);
        let size = Value::Number(ty.size() as f64);
        vm.define_value(mc, ctor, "BYTES_PER_ELEMENT", size, Attrs::NONE);
        vm.define_value(mc, proto, "BYTES_PER_ELEMENT", size, Attrs::NONE);
        let global = vm.realm.global;
        vm.define_value(mc, global, ty.name(), Value::Object(ctor), Attrs::HIDDEN);
        vm.realm.helpers.insert(ty.name().into(), Value::Object(ctor));
        vm.realm.helpers.insert(proto_helper_name(ty).into(), Value::Object(proto));
    }

    let table = Obj::new(mc, None, ObjectKind::Ordinary);
    let natives: &[(&str, u32, NativeFn)] = &[
        ("kind", 1, native_kind),
        ("isBigIntType", 1, native_is_bigint_type),
        ("allocate", 3, native_allocate),
        ("view", 5, native_view),
        ("length", 1, native_length),
        ("isDetached", 1, native_is_detached),
        ("get", 2, native_get),
        ("set", 3, native_set),
        ("fill", 4, native_fill),
        ("copyElements", 5, native_copy_elements),
        ("sortDefault", 1, native_sort_default),
        ("info", 1, native_info),
        ("intrinsic", 1, native_intrinsic),
    ];
    for &(name, length, f) in natives {
        vm.define_method(mc, table, name, length, f);
    }
    vm.realm.helpers.insert("typedArrayNatives".into(), Value::Object(table));
}
