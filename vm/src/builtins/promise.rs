//! Promise: the constructor, then/catch/finally, resolve/reject, withResolvers, try.
//! The combinators (all, allSettled, any, race) are self-hosted in `js/promise.js`.

use gc_arena::Mutation;

use super::{arg, throw_type};
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::{Capability, ObjectKind, ReactionHandler};
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

fn promise_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else {
        return throw_type(ctx, "Promise constructor cannot be invoked without 'new'");
    };
    let executor = arg(args, 0);
    if !matches!(executor, Value::Object(f) if f.is_callable()) {
        let msg = format!("Promise resolver {} is not a function", ctx.vm.display_value(executor));
        return throw_type(ctx, &msg);
    }
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.promise_proto);
    let p = ctx.vm.new_promise_with_proto(ctx.mc, proto);
    let (resolve, reject) = ctx.vm.resolving_functions(ctx.mc, p);
    NativeResult::Call {
        f: executor,
        this: Value::Undefined,
        args: vec![resolve, reject],
        then: Some(Continuation { f: executor_done, values: vec![Value::Object(p), reject], mapping: None, callee: ctx.callee }),
    }
}

/// After the executor: a throw rejects; the result is the promise.
fn executor_done<'gc>(_ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let p = cont.values.first().copied().unwrap_or(Value::Undefined);
    match r {
        Ok(_) => NativeResult::Return(p),
        Err(e) => {
            let reject = cont.values.get(1).copied().unwrap_or(Value::Undefined);
            NativeResult::Call {
                f: reject,
                this: Value::Undefined,
                args: vec![e],
                then: Some(Continuation { f: return_first, values: vec![p], mapping: None, callee: cont.callee }),
            }
        }
    }
}

fn return_first<'gc>(_ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, _r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    NativeResult::Return(cont.values.first().copied().unwrap_or(Value::Undefined))
}

fn is_promise(v: Value<'_>) -> Option<Obj<'_>> {
    match v {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Promise(_)) => Some(o),
        _ => None,
    }
}

fn then<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(p) = is_promise(this) else {
        return throw_type(ctx, "Method Promise.prototype.then called on incompatible receiver");
    };
    // Subclasses (a species constructor other than %Promise%) go through the self-hosted path.
    let ctor = match p.lookup(PropertyKey::String(ctx.vm.names.constructor)) {
        crate::heap::object::Lookup::Value(c) => c,
        _ => Value::Undefined,
    };
    if ctor != Value::Object(ctx.vm.realm.promise_ctor) && !ctor.is_undefined() {
        let helper = ctx.vm.helper("promiseThenSpecies");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![this, arg(args, 0), arg(args, 1)], then: None };
    }
    let derived = ctx.vm.new_promise(ctx.mc);
    let cap = Capability { promise: Value::Object(derived), resolve: Value::Undefined, reject: Value::Undefined };
    let callable = |v: Value<'gc>| if matches!(v, Value::Object(f) if f.is_callable()) { v } else { Value::Undefined };
    let on_f = ReactionHandler::Callback(callable(arg(args, 0)));
    let on_r = ReactionHandler::Callback(callable(arg(args, 1)));
    ctx.vm.perform_then(ctx.mc, p, on_f, on_r, Some(cap));
    NativeResult::Return(Value::Object(derived))
}

fn catch<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    // Invoke(promise, "then", « undefined, onRejected »)
    match ctx.vm.get(ctx.mc, this, PropertyKey::String(ctx.vm.names.then)) {
        crate::exec::property::Get::Value(f) => NativeResult::Call { f, this, args: vec![Value::Undefined, arg(args, 0)], then: None },
        crate::exec::property::Get::Throw(e) => NativeResult::Throw(e),
        crate::exec::property::Get::Call(..) => {
            let helper = ctx.vm.helper("promiseCatchSlow");
            NativeResult::Call { f: helper, this: Value::Undefined, args: vec![this, arg(args, 0)], then: None }
        }
    }
}

fn resolve<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if this != Value::Object(ctx.vm.realm.promise_ctor) {
        let helper = ctx.vm.helper("promiseResolveSpecies");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![this, arg(args, 0)], then: None };
    }
    let p = ctx.vm.promise_resolve_intrinsic(ctx.mc, arg(args, 0));
    NativeResult::Return(Value::Object(p))
}

fn reject<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if this != Value::Object(ctx.vm.realm.promise_ctor) {
        let helper = ctx.vm.helper("promiseRejectSpecies");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![this, arg(args, 0)], then: None };
    }
    let p = ctx.vm.new_promise(ctx.mc);
    ctx.vm.reject_promise(ctx.mc, p, arg(args, 0));
    NativeResult::Return(Value::Object(p))
}

fn with_resolvers<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    if this != Value::Object(ctx.vm.realm.promise_ctor) {
        let helper = ctx.vm.helper("promiseWithResolversSpecies");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![this], then: None };
    }
    let p = ctx.vm.new_promise(ctx.mc);
    let (res, rej) = ctx.vm.resolving_functions(ctx.mc, p);
    let o = ctx.vm.new_object(ctx.mc);
    let mc = ctx.mc;
    let k = PropertyKey::String(ctx.vm.intern(mc, "promise"));
    o.set_raw(mc, k, Value::Object(p), Attrs::ALL);
    let k = PropertyKey::String(ctx.vm.intern(mc, "resolve"));
    o.set_raw(mc, k, res, Attrs::ALL);
    let k = PropertyKey::String(ctx.vm.intern(mc, "reject"));
    o.set_raw(mc, k, rej, Attrs::ALL);
    NativeResult::Return(Value::Object(o))
}

fn species<'gc>(_ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(this)
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let pp = vm.realm.promise_proto;
    let ctor = vm.define_constructor(mc, "Promise", 1, promise_ctor, pp);
    vm.realm.promise_ctor = ctor;
    vm.define_method(mc, pp, "then", 2, then);
    vm.define_method(mc, pp, "catch", 1, catch);
    vm.define_tag(mc, pp, "Promise");
    vm.define_method(mc, ctor, "resolve", 1, resolve);
    vm.define_method(mc, ctor, "reject", 1, reject);
    vm.define_method(mc, ctor, "withResolvers", 0, with_resolvers);
    let get = vm.native_function(mc, "get [Symbol.species]", 0, species, Value::Undefined, false);
    ctor.set_accessor_raw(mc, PropertyKey::Symbol(vm.realm.symbols.species), Some(get), None, Attrs::CONFIGURABLE_ONLY);
}
