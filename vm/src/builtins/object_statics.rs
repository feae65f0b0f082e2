//! The object-model natives behind Object's and Reflect's reflection methods: property
//! descriptors (ValidateAndApplyPropertyDescriptor, array `length` and index definitions),
//! integrity levels, extensibility, own keys, and [[Get]]/[[Set]] with an explicit receiver.
//!
//! The public methods are self-hosted in `js/object.js` (they convert arguments with user
//! code: ToPropertyKey, ToPropertyDescriptor); these natives only receive property keys and
//! plain values, so they never need to run JavaScript themselves except to call an accessor,
//! which they hand back to the executor.

use gc_arena::Mutation;

use crate::builtins::arg;
use crate::builtins::proxy_route::{as_proxy, to_helper};
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::exec::property::{Get, Set};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, Property, PropertyKey, Slot};
use crate::heap::value::{Value, same_value};
use crate::vm::Vm;

/// A property descriptor with absent fields (`None`). For `get`/`set`, `Some(None)` is an
/// explicit `undefined`.
#[derive(Clone, Copy, Default)]
pub struct Descriptor<'gc> {
    pub value: Option<Value<'gc>>,
    pub writable: Option<bool>,
    pub get: Option<Option<Obj<'gc>>>,
    pub set: Option<Option<Obj<'gc>>>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

/// Bits of the `fields` argument of `defineOwn`, as built by `toPropertyDescriptor` in JS.
const HAS_ENUMERABLE: u32 = 1;
const ENUMERABLE: u32 = 2;
const HAS_CONFIGURABLE: u32 = 4;
const CONFIGURABLE: u32 = 8;
const HAS_VALUE: u32 = 16;
const HAS_WRITABLE: u32 = 32;
const WRITABLE: u32 = 64;
const HAS_GET: u32 = 128;
const HAS_SET: u32 = 256;

impl<'gc> Descriptor<'gc> {
    fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }

    /// Decodes the (fields, value, get, set) quadruple the self-hosted code passes.
    pub fn from_parts(fields: u32, value: Value<'gc>, get: Value<'gc>, set: Value<'gc>) -> Self {
        let flag = |has: u32, bit: u32| if fields & has != 0 { Some(fields & bit != 0) } else { None };
        Descriptor {
            value: if fields & HAS_VALUE != 0 { Some(value) } else { None },
            writable: flag(HAS_WRITABLE, WRITABLE),
            get: if fields & HAS_GET != 0 { Some(get.as_object()) } else { None },
            set: if fields & HAS_SET != 0 { Some(set.as_object()) } else { None },
            enumerable: flag(HAS_ENUMERABLE, ENUMERABLE),
            configurable: flag(HAS_CONFIGURABLE, CONFIGURABLE),
        }
    }
}

fn attrs_of(writable: bool, enumerable: bool, configurable: bool) -> Attrs {
    let mut bits = 0;
    if writable {
        bits |= Attrs::WRITABLE;
    }
    if enumerable {
        bits |= Attrs::ENUMERABLE;
    }
    if configurable {
        bits |= Attrs::CONFIGURABLE;
    }
    Attrs(bits)
}

fn same_object<'gc>(a: Option<Obj<'gc>>, b: Option<Obj<'gc>>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        (None, None) => true,
        _ => false,
    }
}

impl<'gc> Vm<'gc> {
    /// Whether `key` names a property the object's kind owns outside its property map (array
    /// `length`, string wrapper characters and `length`).
    fn is_exotic_own(&self, o: Obj<'gc>, key: PropertyKey<'gc>) -> bool {
        self.has_own_exotic(o, key)
    }

    /// Stores a property, keeping array elements and the property map consistent: an index
    /// whose attributes differ from the shared element attributes lives in the map (and its
    /// element slot becomes a hole).
    pub fn put_own_property(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, key: PropertyKey<'gc>, p: Property<'gc>) {
        match p.slot {
            Slot::Data(v) => {
                let mut data = o.borrow_mut(mc);
                if let PropertyKey::Index(i) = key
                    && matches!(data.kind, ObjectKind::Array)
                    && p.attrs != data.element_attrs
                    && let Some(slot) = data.elements.get_mut(i as usize)
                {
                    *slot = Value::Empty;
                }
                drop(data);
                o.set_raw(mc, key, v, p.attrs);
            }
            Slot::Accessor { get, set } => o.set_accessor_raw(mc, key, get, set, p.attrs),
        }
        // An index stored in the map past the dense elements still extends `length`.
        if let PropertyKey::Index(i) = key {
            let mut data = o.borrow_mut(mc);
            if matches!(data.kind, ObjectKind::Array) && (i as usize) >= data.elements.len() {
                let len = i as usize + 1;
                if len <= data.elements.len() + crate::heap::object::MAX_HOLE_GROWTH {
                    data.elements.resize(len, Value::Empty);
                }
            }
        }
    }

    /// [[DefineOwnProperty]] for ordinary objects, arrays and string wrappers.
    pub fn define_own_property(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, key: PropertyKey<'gc>, desc: Descriptor<'gc>) -> bool {
        if let Some(ok) = self.integer_indexed_define(mc, o, key, &desc) {
            return ok;
        }
        let is_array = o.is_array();
        if is_array && key == PropertyKey::String(self.names.length) {
            return self.array_define_length(mc, o, desc);
        }
        if is_array && let PropertyKey::Index(i) = key {
            let len = o.array_len();
            if i as usize >= len && !o.borrow().length_writable {
                return false;
            }
            return self.ordinary_define(mc, o, key, desc);
        }
        self.ordinary_define(mc, o, key, desc)
    }

    fn ordinary_define(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, key: PropertyKey<'gc>, desc: Descriptor<'gc>) -> bool {
        let current = self.get_own_property(mc, o, key);
        let extensible = o.borrow().extensible;
        let exotic = self.is_exotic_own(o, key);
        self.validate_and_apply(mc, Some(o), key, extensible, desc, current, exotic)
    }

    /// ValidateAndApplyPropertyDescriptor. `exotic`: the current property is not stored in
    /// the property map, so a successful validation has nothing to write (every allowed change
    /// of a non-configurable, non-writable property is a no-op).
    #[allow(clippy::too_many_arguments)]
    fn validate_and_apply(
        &mut self,
        mc: &Mutation<'gc>,
        o: Option<Obj<'gc>>,
        key: PropertyKey<'gc>,
        extensible: bool,
        desc: Descriptor<'gc>,
        current: Option<Property<'gc>>,
        exotic: bool,
    ) -> bool {
        let Some(current) = current else {
            if !extensible {
                return false;
            }
            let Some(o) = o else { return true };
            let enumerable = desc.enumerable.unwrap_or(false);
            let configurable = desc.configurable.unwrap_or(false);
            let p = if desc.is_accessor() {
                Property {
                    slot: Slot::Accessor { get: desc.get.flatten(), set: desc.set.flatten() },
                    attrs: attrs_of(false, enumerable, configurable),
                }
            } else {
                Property::data(desc.value.unwrap_or(Value::Undefined), attrs_of(desc.writable.unwrap_or(false), enumerable, configurable))
            };
            self.put_own_property(mc, o, key, p);
            return true;
        };
        let cur_configurable = current.attrs.configurable();
        if !cur_configurable {
            if desc.configurable == Some(true) {
                return false;
            }
            if let Some(e) = desc.enumerable
                && e != current.attrs.enumerable()
            {
                return false;
            }
            let cur_is_accessor = matches!(current.slot, Slot::Accessor { .. });
            if !desc.is_generic() && desc.is_accessor() != cur_is_accessor {
                return false;
            }
            match current.slot {
                Slot::Accessor { get, set } => {
                    if let Some(g) = desc.get
                        && !same_object(g, get)
                    {
                        return false;
                    }
                    if let Some(s) = desc.set
                        && !same_object(s, set)
                    {
                        return false;
                    }
                }
                Slot::Data(v) => {
                    if !current.attrs.writable() {
                        if desc.writable == Some(true) {
                            return false;
                        }
                        if let Some(nv) = desc.value
                            && !same_value(nv, v)
                        {
                            return false;
                        }
                    }
                }
            }
        }
        let Some(o) = o else { return true };
        if exotic {
            return true;
        }
        let enumerable = desc.enumerable.unwrap_or(current.attrs.enumerable());
        let configurable = desc.configurable.unwrap_or(cur_configurable);
        let p = match current.slot {
            Slot::Data(_) if desc.is_accessor() => Property {
                slot: Slot::Accessor { get: desc.get.flatten(), set: desc.set.flatten() },
                attrs: attrs_of(false, enumerable, configurable),
            },
            Slot::Accessor { .. } if desc.is_data() => {
                Property::data(desc.value.unwrap_or(Value::Undefined), attrs_of(desc.writable.unwrap_or(false), enumerable, configurable))
            }
            Slot::Data(v) => Property::data(
                desc.value.unwrap_or(v),
                attrs_of(desc.writable.unwrap_or(current.attrs.writable()), enumerable, configurable),
            ),
            Slot::Accessor { get, set } => Property {
                slot: Slot::Accessor { get: desc.get.unwrap_or(get), set: desc.set.unwrap_or(set) },
                attrs: attrs_of(false, enumerable, configurable),
            },
        };
        self.put_own_property(mc, o, key, p);
        true
    }

    /// ArraySetLength: `desc.value` was already converted (ToUint32 checked) by the caller.
    fn array_define_length(&mut self, mc: &Mutation<'gc>, a: Obj<'gc>, desc: Descriptor<'gc>) -> bool {
        let old_len = a.array_len();
        let length_writable = a.borrow().length_writable;
        let current = Property::data(Value::Number(old_len as f64), attrs_of(length_writable, false, false));
        let Some(v) = desc.value else {
            // Only attributes change: validate against the current length property.
            if !self.validate_and_apply(mc, None, PropertyKey::String(self.names.length), true, desc, Some(current), true) {
                return false;
            }
            if desc.writable == Some(false) {
                a.borrow_mut(mc).length_writable = false;
            }
            return true;
        };
        let new_len = match v.primitive_to_number() {
            Some(n) if n >= 0.0 && n <= u32::MAX as f64 && n.fract() == 0.0 => n as usize,
            _ => return false,
        };
        let checked = Descriptor { value: Some(Value::Number(new_len as f64)), ..desc };
        if new_len >= old_len {
            if !self.validate_and_apply(mc, None, PropertyKey::String(self.names.length), true, checked, Some(current), true) {
                return false;
            }
            if new_len > old_len + crate::heap::object::MAX_HOLE_GROWTH {
                return false;
            }
            a.borrow_mut(mc).elements.resize(new_len, Value::Empty);
            if desc.writable == Some(false) {
                a.borrow_mut(mc).length_writable = false;
            }
            return true;
        }
        if !length_writable {
            return false;
        }
        if desc.configurable == Some(true) || desc.enumerable == Some(true) || desc.is_accessor() {
            return false;
        }
        // Delete from the end; a non-configurable element stops the shrink there.
        let mut final_len = new_len;
        {
            let data = a.borrow();
            let elements_configurable = data.element_attrs.configurable();
            for i in (new_len..old_len).rev() {
                let dense = data.elements.get(i).is_some_and(|v| !matches!(v, Value::Empty));
                let blocked = if dense {
                    !elements_configurable
                } else {
                    data.props.get(&PropertyKey::Index(i as u32)).is_some_and(|p| !p.attrs.configurable())
                };
                if blocked {
                    final_len = i + 1;
                    break;
                }
            }
        }
        {
            let mut data = a.borrow_mut(mc);
            data.elements.truncate(final_len);
            data.props.retain(|k, _| !matches!(k, PropertyKey::Index(i) if *i as usize >= final_len));
            if desc.writable == Some(false) {
                data.length_writable = false;
            }
        }
        final_len == new_len
    }

    /// FromPropertyDescriptor.
    pub fn descriptor_object(&mut self, mc: &Mutation<'gc>, p: Property<'gc>) -> Obj<'gc> {
        let o = self.new_object(mc);
        match p.slot {
            Slot::Data(v) => {
                o.set_raw(mc, PropertyKey::String(self.names.value), v, Attrs::ALL);
                o.set_raw(mc, PropertyKey::String(self.names.writable), Value::Bool(p.attrs.writable()), Attrs::ALL);
            }
            Slot::Accessor { get, set } => {
                let g = get.map(Value::Object).unwrap_or(Value::Undefined);
                let s = set.map(Value::Object).unwrap_or(Value::Undefined);
                o.set_raw(mc, PropertyKey::String(self.names.get), g, Attrs::ALL);
                o.set_raw(mc, PropertyKey::String(self.names.set), s, Attrs::ALL);
            }
        }
        o.set_raw(mc, PropertyKey::String(self.names.enumerable), Value::Bool(p.attrs.enumerable()), Attrs::ALL);
        o.set_raw(mc, PropertyKey::String(self.names.configurable), Value::Bool(p.attrs.configurable()), Attrs::ALL);
        o
    }

    /// SetIntegrityLevel (sealed or frozen).
    pub fn set_integrity(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, frozen: bool) {
        if frozen {
            o.unmap_arguments(mc);
        }
        let mut data = o.borrow_mut(mc);
        data.extensible = false;
        for p in data.props.values_mut() {
            let mut bits = p.attrs.0 & !Attrs::CONFIGURABLE;
            if frozen && matches!(p.slot, Slot::Data(_)) {
                bits &= !Attrs::WRITABLE;
            }
            p.attrs = Attrs(bits);
        }
        let mut element_bits = data.element_attrs.0 & !Attrs::CONFIGURABLE;
        if frozen {
            element_bits &= !Attrs::WRITABLE;
            if matches!(data.kind, ObjectKind::Array) {
                data.length_writable = false;
            }
        }
        data.element_attrs = Attrs(element_bits);
    }

    /// TestIntegrityLevel.
    pub fn test_integrity(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, frozen: bool) -> bool {
        if o.borrow().extensible {
            return false;
        }
        for key in self.own_property_keys(o) {
            if let Some(p) = self.get_own_property(mc, o, key) {
                if p.attrs.configurable() {
                    return false;
                }
                if frozen && matches!(p.slot, Slot::Data(_)) && p.attrs.writable() {
                    return false;
                }
            }
        }
        true
    }
}

impl Descriptor<'_> {
    fn is_generic(&self) -> bool {
        !self.is_accessor() && !self.is_data()
    }
}

/// A key argument that is already a property key (string, symbol or index number).
fn key_arg<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Option<PropertyKey<'gc>> {
    ctx.vm.to_key_fast(ctx.mc, v)
}

fn object_arg<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<Obj<'gc>, NativeResult<'gc>> {
    match v {
        Value::Object(o) => Ok(o),
        _ => Err(NativeResult::Throw(ctx.vm.type_error(ctx.mc, "Reflection target is not an object"))),
    }
}

macro_rules! obj_or_return {
    ($ctx:expr, $v:expr) => {
        match object_arg($ctx, $v) {
            Ok(o) => o,
            Err(r) => return r,
        }
    };
}

/// `defineOwn(o, key, fields, value, get, set)` → whether the definition succeeded.
fn define_own<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let Some(key) = key_arg(ctx, arg(args, 1)) else { return NativeResult::Return(Value::Bool(false)) };
    if as_proxy(Value::Object(o)).is_some() {
        let k = ctx.vm.key_to_value(key, ctx.mc);
        let rest = args.get(2..6).map(|a| a.to_vec()).unwrap_or_default();
        return to_helper(ctx, "proxyDefineOwnProperty", [vec![Value::Object(o), k], rest].concat());
    }
    let fields = arg(args, 2).primitive_to_number().unwrap_or(0.0) as u32;
    let desc = Descriptor::from_parts(fields, arg(args, 3), arg(args, 4), arg(args, 5));
    let ok = ctx.vm.define_own_property(ctx.mc, o, key, desc);
    NativeResult::Return(Value::Bool(ok))
}

/// `getOwnDescriptor(o, key)` → a descriptor object or undefined.
fn get_own_descriptor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let Some(key) = key_arg(ctx, arg(args, 1)) else { return NativeResult::Return(Value::Undefined) };
    if let PropertyKey::Symbol(s) = key
        && s.0.private
    {
        return NativeResult::Return(Value::Undefined);
    }
    if as_proxy(Value::Object(o)).is_some() {
        let k = ctx.vm.key_to_value(key, ctx.mc);
        return to_helper(ctx, "proxyGetOwnPropertyDescriptor", vec![Value::Object(o), k]);
    }
    match ctx.vm.get_own_property(ctx.mc, o, key) {
        Some(p) => NativeResult::Return(Value::Object(ctx.vm.descriptor_object(ctx.mc, p))),
        None => NativeResult::Return(Value::Undefined),
    }
}

/// `ownKeysOf(o, which)`: 0 all keys, 1 strings only, 2 symbols only.
fn own_keys_of<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let which = arg(args, 1).primitive_to_number().unwrap_or(0.0) as u32;
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxyOwnKeys", vec![Value::Object(o), arg(args, 1)]);
    }
    let keys = ctx.vm.own_property_keys(o);
    let mc = ctx.mc;
    let values: Vec<Value<'gc>> = keys
        .into_iter()
        .filter(|k| match which {
            1 => !matches!(k, PropertyKey::Symbol(_)),
            2 => matches!(k, PropertyKey::Symbol(_)),
            _ => true,
        })
        .map(|k| ctx.vm.key_to_value(k, mc))
        .collect();
    NativeResult::Return(Value::Object(ctx.vm.new_array(mc, values)))
}

/// `enumerableOwn(o, kind)`: own enumerable string-keyed entries when no getter can run
/// (0 keys, 1 values, 2 entries); undefined when the self-hosted slow path is needed.
fn enumerable_own<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let kind = arg(args, 1).primitive_to_number().unwrap_or(0.0) as u32;
    if matches!(o.borrow().kind, ObjectKind::Proxy { .. }) {
        return NativeResult::Return(Value::Undefined);
    }
    let mc = ctx.mc;
    let keys = ctx.vm.own_property_keys(o);
    let mut out = Vec::new();
    for key in keys {
        if matches!(key, PropertyKey::Symbol(_)) {
            continue;
        }
        let Some(p) = ctx.vm.get_own_property(mc, o, key) else { continue };
        if !p.attrs.enumerable() {
            continue;
        }
        let v = match p.slot {
            Slot::Data(v) => v,
            Slot::Accessor { .. } if kind == 0 => Value::Undefined,
            Slot::Accessor { .. } => return NativeResult::Return(Value::Undefined),
        };
        let k = ctx.vm.key_to_value(key, mc);
        out.push(match kind {
            0 => k,
            1 => v,
            _ => Value::Object(ctx.vm.new_array(mc, vec![k, v])),
        });
    }
    NativeResult::Return(Value::Object(ctx.vm.new_array(mc, out)))
}

fn prevent_extensions<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxyPreventExtensions", vec![Value::Object(o)]);
    }
    o.borrow_mut(ctx.mc).extensible = false;
    NativeResult::Return(Value::Bool(true))
}

fn is_extensible<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxyIsExtensible", vec![Value::Object(o)]);
    }
    let e = o.borrow().extensible;
    NativeResult::Return(Value::Bool(e))
}

fn set_integrity<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxySetIntegrity", vec![Value::Object(o), arg(args, 1)]);
    }
    let frozen = arg(args, 1).to_boolean();
    ctx.vm.set_integrity(ctx.mc, o, frozen);
    NativeResult::Return(Value::Bool(true))
}

fn test_integrity<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxyTestIntegrity", vec![Value::Object(o), arg(args, 1)]);
    }
    let frozen = arg(args, 1).to_boolean();
    let r = ctx.vm.test_integrity(ctx.mc, o, frozen);
    NativeResult::Return(Value::Bool(r))
}

/// `deleteOwn(o, key)` → false when the property is non-configurable (never throws).
fn delete_own<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let Some(key) = key_arg(ctx, arg(args, 1)) else { return NativeResult::Return(Value::Bool(true)) };
    if as_proxy(Value::Object(o)).is_some() {
        let k = ctx.vm.key_to_value(key, ctx.mc);
        return to_helper(ctx, "proxyDelete", vec![Value::Object(o), k, Value::Bool(false)]);
    }
    match ctx.vm.delete(ctx.mc, Value::Object(o), key, false) {
        Ok(b) => NativeResult::Return(Value::Bool(b)),
        Err(e) => NativeResult::Throw(e),
    }
}

fn has_property<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let Some(key) = key_arg(ctx, arg(args, 1)) else { return NativeResult::Return(Value::Bool(false)) };
    match ctx.vm.has_property_or_proxy(o, key) {
        Ok(r) => NativeResult::Return(Value::Bool(r)),
        Err(proxy) => {
            let k = ctx.vm.key_to_value(key, ctx.mc);
            to_helper(ctx, "proxyHas", vec![Value::Object(proxy), k])
        }
    }
}

/// `getWithReceiver(o, key, receiver)`: [[Get]] with a receiver (calls a getter as a tail call).
fn get_with_receiver<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let Some(key) = key_arg(ctx, arg(args, 1)) else { return NativeResult::Return(Value::Undefined) };
    match ctx.vm.get_with_receiver(ctx.mc, Value::Object(o), key, arg(args, 2)) {
        Get::Value(v) => NativeResult::Return(v),
        Get::Throw(e) => NativeResult::Throw(e),
        Get::Call(f, this) => NativeResult::Call { f, this, args: Vec::new(), then: None },
    }
}

fn return_true<'gc>(_ctx: &mut Ctx<'gc, '_>, _cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match r {
        Ok(_) => NativeResult::Return(Value::Bool(true)),
        Err(e) => NativeResult::Throw(e),
    }
}

/// `setWithReceiver(o, key, value, receiver)`: OrdinarySet → boolean (calls a setter).
fn set_with_receiver<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    let Some(key) = key_arg(ctx, arg(args, 1)) else { return NativeResult::Return(Value::Bool(false)) };
    let v = arg(args, 2);
    let receiver = arg(args, 3);
    // Find the property along the prototype chain (exotic own properties included).
    let mut found = None;
    let mut current = Some(o);
    let mut steps = 0;
    while let Some(c) = current {
        // A typed array answers numeric keys itself (TypedArray [[Set]]).
        match ctx.vm.integer_indexed_set(ctx.mc, c, key, v, receiver) {
            Some(Set::Done) => return NativeResult::Return(Value::Bool(true)),
            Some(Set::Throw(e)) => return NativeResult::Throw(e),
            Some(Set::Call(f, this)) => {
                let then = Some(Continuation { f: return_true, values: Vec::new(), mapping: None, callee: ctx.callee });
                return NativeResult::Call { f, this, args: vec![v], then };
            }
            None => {}
        }
        if as_proxy(Value::Object(c)).is_some() {
            // The rest of the lookup is the proxy's [[Set]] (with the same receiver).
            let k = ctx.vm.key_to_value(key, ctx.mc);
            return to_helper(ctx, "proxySetReflect", vec![Value::Object(c), k, v, receiver]);
        }
        if let Some(p) = ctx.vm.get_own_property(ctx.mc, c, key) {
            found = Some(p);
            break;
        }
        steps += 1;
        if steps > 100_000 {
            break;
        }
        current = c.proto();
    }
    match found {
        Some(Property { slot: Slot::Accessor { set, .. }, .. }) => match set {
            Some(s) => NativeResult::Call {
                f: Value::Object(s),
                this: receiver,
                args: vec![v],
                then: Some(Continuation { f: return_true, values: Vec::new(), mapping: None, callee: ctx.callee }),
            },
            None => NativeResult::Return(Value::Bool(false)),
        },
        Some(p) if !p.attrs.writable() => NativeResult::Return(Value::Bool(false)),
        _ => {
            let Value::Object(r) = receiver else { return NativeResult::Return(Value::Bool(false)) };
            if as_proxy(receiver).is_some() {
                let k = ctx.vm.key_to_value(key, ctx.mc);
                return to_helper(ctx, "proxyReceiverSet", vec![receiver, k, v]);
            }
            let ok = match ctx.vm.get_own_property(ctx.mc, r, key) {
                Some(existing) => {
                    if matches!(existing.slot, Slot::Accessor { .. }) || !existing.attrs.writable() {
                        false
                    } else {
                        let desc = Descriptor { value: Some(v), ..Descriptor::default() };
                        ctx.vm.define_own_property(ctx.mc, r, key, desc)
                    }
                }
                None => {
                    let desc = Descriptor {
                        value: Some(v),
                        writable: Some(true),
                        enumerable: Some(true),
                        configurable: Some(true),
                        ..Descriptor::default()
                    };
                    ctx.vm.define_own_property(ctx.mc, r, key, desc)
                }
            };
            NativeResult::Return(Value::Bool(ok))
        }
    }
}

/// `setProto(o, proto)` → boolean ([[SetPrototypeOf]] without throwing).
fn set_proto<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxySetPrototypeOf", vec![Value::Object(o), arg(args, 1)]);
    }
    let proto = arg(args, 1).as_object();
    let ok = ctx.vm.set_proto_checked(ctx.mc, o, proto).is_ok();
    NativeResult::Return(Value::Bool(ok))
}

fn get_proto<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = obj_or_return!(ctx, arg(args, 0));
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxyGetPrototypeOf", vec![Value::Object(o)]);
    }
    NativeResult::Return(o.proto().map(Value::Object).unwrap_or(Value::Null))
}

fn is_array<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match crate::builtins::array::is_array(ctx, arg(args, 0)) {
        Ok(r) => NativeResult::Return(Value::Bool(r)),
        Err(e) => NativeResult::Throw(e),
    }
}

/// `kindOf(v)`: the internal-slot brand of an object ("Map", "Date", …) for self-hosted
/// brand checks, or "" for primitives and ordinary objects.
fn kind_of<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let name = match arg(args, 0) {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::Map(_) => "Map",
            ObjectKind::Set(_) => "Set",
            ObjectKind::WeakMap(_) => "WeakMap",
            ObjectKind::WeakSet(_) => "WeakSet",
            ObjectKind::WeakRef(_) => "WeakRef",
            ObjectKind::FinalizationRegistry { .. } => "FinalizationRegistry",
            ObjectKind::Promise(_) => "Promise",
            ObjectKind::Date(_) => "Date",
            ObjectKind::RegExp { .. } => "RegExp",
            ObjectKind::Error => "Error",
            ObjectKind::Array => "Array",
            ObjectKind::Proxy { .. } => "Proxy",
            ObjectKind::Arguments(_) => "Arguments",
            ObjectKind::BooleanWrapper(_) => "Boolean",
            ObjectKind::NumberWrapper(_) => "Number",
            ObjectKind::StringWrapper(_) => "String",
            ObjectKind::SymbolWrapper(_) => "Symbol",
            ObjectKind::ArrayBuffer(_) => "ArrayBuffer",
            ObjectKind::TypedArray(_) => "TypedArray",
            ObjectKind::DataView(_) => "DataView",
            _ => "",
        },
        _ => "",
    };
    NativeResult::Return(ctx.vm.str(ctx.mc, name))
}

/// Registers the natives for `js/object.js` as the helper "objectNatives".
pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let table = Obj::new(mc, None, ObjectKind::Ordinary);
    let natives: &[(&str, u32, crate::exec::native::NativeFn)] = &[
        ("defineOwn", 6, define_own),
        ("getOwnDescriptor", 2, get_own_descriptor),
        ("ownKeysOf", 2, own_keys_of),
        ("enumerableOwn", 2, enumerable_own),
        ("preventExtensions", 1, prevent_extensions),
        ("isExtensible", 1, is_extensible),
        ("setIntegrity", 2, set_integrity),
        ("testIntegrity", 2, test_integrity),
        ("deleteOwn", 2, delete_own),
        ("hasProperty", 2, has_property),
        ("getWithReceiver", 3, get_with_receiver),
        ("setWithReceiver", 4, set_with_receiver),
        ("setProto", 2, set_proto),
        ("getProto", 1, get_proto),
        ("isArray", 1, is_array),
        ("kindOf", 1, kind_of),
    ];
    for &(name, length, f) in natives {
        vm.define_method(mc, table, name, length, f);
    }
    vm.realm.helpers.insert("objectNatives".into(), Value::Object(table));
}
