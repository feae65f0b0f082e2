//! Reflect and the object-model natives it shares with Object's statics. The public methods
//! are self-hosted in `js/object.js`; this file installs the natives they use and the Proxy
//! constructor.

use gc_arena::Mutation;

use super::{arg, native_data, throw_type};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

#[path = "object_statics.rs"]
pub mod object_statics;

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    object_statics::install(mc, vm);
    install_proxy(mc, vm);
}

// ---- Proxy: the constructors only. Trap dispatch belongs to the executor's property
// operations (the report lists the hooks it needs).

fn proxy_create<'gc>(ctx: &mut Ctx<'gc, '_>, target: Value<'gc>, handler: Value<'gc>) -> Result<Obj<'gc>, NativeResult<'gc>> {
    let (Value::Object(t), Value::Object(h)) = (target, handler) else {
        return Err(throw_type(ctx, "Cannot create proxy with a non-object as target or handler"));
    };
    // A proxy has no prototype of its own: every operation is forwarded.
    Ok(Obj::new(ctx.mc, None, ObjectKind::Proxy { target: Some(t), handler: Some(h) }))
}

fn proxy_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if ctx.new_target.is_none() {
        return throw_type(ctx, "Constructor Proxy requires 'new'");
    }
    match proxy_create(ctx, arg(args, 0), arg(args, 1)) {
        Ok(p) => NativeResult::Return(Value::Object(p)),
        Err(r) => r,
    }
}

fn revoke<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Value::Object(holder) = native_data(ctx) {
        let p = holder.borrow_mut(ctx.mc).elements.pop();
        if let Some(Value::Object(p)) = p
            && let ObjectKind::Proxy { handler, .. } = &mut p.borrow_mut(ctx.mc).kind
        {
            // The target stays: a revoked proxy keeps [[Call]]/[[Construct]] (typeof is
            // unchanged) and every operation on it throws (the helpers check the handler).
            *handler = None;
        }
    }
    NativeResult::Return(Value::Undefined)
}

fn revocable<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let p = match proxy_create(ctx, arg(args, 0), arg(args, 1)) {
        Ok(p) => p,
        Err(r) => return r,
    };
    // The revoke function holds the proxy in a one-element array it empties when called.
    let holder = ctx.vm.new_array(ctx.mc, vec![Value::Object(p)]);
    let revoke_fn = ctx.vm.native_function(ctx.mc, "", 0, revoke, Value::Object(holder), false);
    let result = ctx.vm.new_object(ctx.mc);
    let mc = ctx.mc;
    let k = PropertyKey::String(ctx.vm.intern(mc, "proxy"));
    result.set_raw(mc, k, Value::Object(p), Attrs::ALL);
    let k = PropertyKey::String(ctx.vm.intern(mc, "revoke"));
    result.set_raw(mc, k, Value::Object(revoke_fn), Attrs::ALL);
    NativeResult::Return(Value::Object(result))
}

pub fn install_proxy<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let ctor = vm.native_function(mc, "Proxy", 2, proxy_ctor, Value::Undefined, true);
    vm.define_method(mc, ctor, "revocable", 2, revocable);
    let global = vm.realm.global;
    vm.define_value(mc, global, "Proxy", Value::Object(ctor), Attrs::HIDDEN);
}
