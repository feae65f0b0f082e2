//! Object and Object.prototype (the core; reflection-heavy statics live in `reflect.rs`).

use gc_arena::Mutation;

use super::proxy_route::{as_proxy, to_helper};
use super::{arg, throw_type};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

fn object_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(nt) = ctx.new_target
        && nt != ctx.callee
    {
        let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.object_proto);
        return NativeResult::Return(Value::Object(Obj::new(ctx.mc, Some(proto), ObjectKind::Ordinary)));
    }
    match arg(args, 0) {
        Value::Undefined | Value::Null => NativeResult::Return(Value::Object(ctx.vm.new_object(ctx.mc))),
        v => NativeResult::Return(ctx.vm.to_object(ctx.mc, v).map(Value::Object).unwrap_or(v)),
    }
}

/// `obj` as an object, or a TypeError for null/undefined.
pub fn to_object_or_throw<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<Obj<'gc>, NativeResult<'gc>> {
    match ctx.vm.to_object(ctx.mc, v) {
        Some(o) => Ok(o),
        None => Err(throw_type(ctx, "Cannot convert undefined or null to object")),
    }
}

fn get_prototype_of<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = match to_object_or_throw(ctx, arg(args, 0)) {
        Ok(o) => o,
        Err(r) => return r,
    };
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxyGetPrototypeOf", vec![Value::Object(o)]);
    }
    NativeResult::Return(o.proto().map(Value::Object).unwrap_or(Value::Null))
}

fn set_prototype_of<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let target = arg(args, 0);
    let proto = match arg(args, 1) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return throw_type(ctx, "Object prototype may only be an Object or null"),
    };
    if as_proxy(target).is_some() {
        return to_helper(ctx, "proxySetPrototypeOfOrThrow", vec![target, arg(args, 1)]);
    }
    if let Value::Object(o) = target
        && let Err(msg) = ctx.vm.set_proto_checked(ctx.mc, o, proto)
    {
        return throw_type(ctx, msg);
    }
    if target.is_nullish() {
        return throw_type(ctx, "Object.setPrototypeOf called on null or undefined");
    }
    NativeResult::Return(target)
}

fn create<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return throw_type(ctx, "Object prototype may only be an Object or null"),
    };
    let o = Obj::new(ctx.mc, proto, ObjectKind::Ordinary);
    if !arg(args, 1).is_undefined() {
        let helper = ctx.vm.helper("objectDefineProperties");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![Value::Object(o), arg(args, 1)], then: None };
    }
    NativeResult::Return(Value::Object(o))
}

fn has_own_property<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(key) = ctx.vm.to_key_fast(ctx.mc, arg(args, 0)) else {
        let helper = ctx.vm.helper("hasOwnPropertySlow");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![this, arg(args, 0)], then: None };
    };
    let o = match to_object_or_throw(ctx, this) {
        Ok(o) => o,
        Err(r) => return r,
    };
    if as_proxy(Value::Object(o)).is_some() {
        let k = ctx.vm.key_to_value(key, ctx.mc);
        return to_helper(ctx, "proxyHasOwn", vec![Value::Object(o), k]);
    }
    let has = ctx.vm.get_own_property(ctx.mc, o, key).is_some();
    NativeResult::Return(Value::Bool(has))
}

fn object_to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let tag = match this {
        Value::Undefined => "Undefined".to_string(),
        Value::Null => "Null".to_string(),
        v => {
            let o = match ctx.vm.to_object(ctx.mc, v) {
                Some(o) => o,
                None => return NativeResult::Return(Value::Undefined),
            };
            if as_proxy(Value::Object(o)).is_some() {
                return proxy_to_string(ctx, o);
            }
            let builtin = match &o.borrow().kind {
                ObjectKind::Array => "Array",
                ObjectKind::Closure(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => "Function",
                ObjectKind::Error => "Error",
                ObjectKind::BooleanWrapper(_) => "Boolean",
                ObjectKind::NumberWrapper(_) => "Number",
                ObjectKind::StringWrapper(_) => "String",
                ObjectKind::Arguments(_) => "Arguments",
                ObjectKind::Date(_) => "Date",
                ObjectKind::RegExp { .. } => "RegExp",
                _ => "Object",
            };
            match o.lookup(PropertyKey::Symbol(ctx.vm.realm.symbols.to_string_tag)) {
                crate::heap::object::Lookup::Value(Value::String(s)) => s.to_rust_string(),
                crate::heap::object::Lookup::Getter(Some(g)) => {
                    let fallback = ctx.vm.str(ctx.mc, builtin);
                    return NativeResult::Call {
                        f: Value::Object(g),
                        this: Value::Object(o),
                        args: Vec::new(),
                        then: Some(crate::exec::native::Continuation {
                            f: tag_from_getter,
                            values: vec![fallback],
                            mapping: None,
                            callee: ctx.callee,
                        }),
                    };
                }
                _ => builtin.to_string(),
            }
        }
    };
    let s = ctx.vm.str(ctx.mc, &format!("[object {tag}]"));
    NativeResult::Return(s)
}

/// Object.prototype.toString of a proxy: IsArray sees through it (and throws once revoked),
/// and `Symbol.toStringTag` is read with its `get` trap.
fn proxy_to_string<'gc>(ctx: &mut Ctx<'gc, '_>, o: Obj<'gc>) -> NativeResult<'gc> {
    let builtin = match crate::builtins::array::is_array(ctx, Value::Object(o)) {
        Ok(true) => "Array",
        Ok(false) if o.is_callable() => "Function",
        Ok(false) => "Object",
        Err(_) => return throw_type(ctx, "Cannot perform 'Object.prototype.toString' on a proxy that has been revoked"),
    };
    let fallback = ctx.vm.str(ctx.mc, builtin);
    let key = ctx.vm.key_to_value(PropertyKey::Symbol(ctx.vm.realm.symbols.to_string_tag), ctx.mc);
    NativeResult::Call {
        f: ctx.vm.helper("proxyGet"),
        this: Value::Undefined,
        args: vec![Value::Object(o), key, Value::Object(o)],
        then: Some(crate::exec::native::Continuation { f: tag_from_getter, values: vec![fallback], mapping: None, callee: ctx.callee }),
    }
}

/// `[object Tag]` once a `Symbol.toStringTag` getter returned.
fn tag_from_getter<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    cont: &crate::exec::native::Continuation<'gc>,
    r: Result<Value<'gc>, Value<'gc>>,
) -> NativeResult<'gc> {
    let tag = match r {
        Ok(Value::String(s)) => s.to_rust_string(),
        Ok(_) => ctx.vm.display_value(cont.values.first().copied().unwrap_or(Value::Undefined)),
        Err(e) => return NativeResult::Throw(e),
    };
    let s = ctx.vm.str(ctx.mc, &format!("[object {tag}]"));
    NativeResult::Return(s)
}

fn value_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match to_object_or_throw(ctx, this) {
        Ok(o) => NativeResult::Return(Value::Object(o)),
        Err(r) => r,
    }
}

fn proto_getter<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = match to_object_or_throw(ctx, this) {
        Ok(o) => o,
        Err(r) => return r,
    };
    if as_proxy(Value::Object(o)).is_some() {
        return to_helper(ctx, "proxyGetPrototypeOf", vec![Value::Object(o)]);
    }
    NativeResult::Return(o.proto().map(Value::Object).unwrap_or(Value::Null))
}

fn proto_setter<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let proto = match arg(args, 0) {
        Value::Object(p) => Some(p),
        Value::Null => None,
        _ => return NativeResult::Return(Value::Undefined),
    };
    if as_proxy(this).is_some() {
        return to_helper(ctx, "proxySetPrototypeOfOrThrow", vec![this, arg(args, 0)]);
    }
    if let Value::Object(o) = this
        && let Err(msg) = ctx.vm.set_proto_checked(ctx.mc, o, proto)
    {
        return throw_type(ctx, msg);
    }
    NativeResult::Return(Value::Undefined)
}

impl<'gc> Vm<'gc> {
    /// [[SetPrototypeOf]] with the cycle and extensibility checks.
    pub fn set_proto_checked(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, proto: Option<Obj<'gc>>) -> Result<(), &'static str> {
        if o.proto() == proto {
            return Ok(());
        }
        if !o.borrow().extensible {
            return Err("#<Object> is not extensible");
        }
        if o == self.realm.object_proto {
            return Err("Immutable prototype object '#<Object>' cannot have their prototype set");
        }
        let mut p = proto;
        let mut steps = 0;
        while let Some(x) = p {
            if x == o {
                return Err("Cyclic __proto__ value");
            }
            steps += 1;
            if steps > 100_000 {
                break;
            }
            p = x.proto();
        }
        o.borrow_mut(mc).proto = proto;
        Ok(())
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let op = vm.realm.object_proto;
    let ctor = vm.define_constructor(mc, "Object", 1, object_ctor, op);
    vm.realm.object_ctor = ctor;
    vm.define_method(mc, ctor, "getPrototypeOf", 1, get_prototype_of);
    vm.define_method(mc, ctor, "setPrototypeOf", 2, set_prototype_of);
    vm.define_method(mc, ctor, "create", 2, create);
    vm.define_method(mc, op, "hasOwnProperty", 1, has_own_property);
    vm.define_method(mc, op, "toString", 0, object_to_string);
    vm.define_method(mc, op, "valueOf", 0, value_of);
    let get = vm.native_function(mc, "get __proto__", 0, proto_getter, Value::Undefined, false);
    let set = vm.native_function(mc, "set __proto__", 1, proto_setter, Value::Undefined, false);
    let key = PropertyKey::String(vm.intern(mc, "__proto__"));
    op.set_accessor_raw(mc, key, Some(get), Some(set), Attrs::CONFIGURABLE_ONLY);
}
