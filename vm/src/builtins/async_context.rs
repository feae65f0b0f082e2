//! The TC39 AsyncContext proposal: `AsyncContext.Variable` and `AsyncContext.Snapshot`.
//! `run` installs a new mapping and restores the previous one when the callback completes
//! (normally or by throwing) — a pointer swap, through a continuation, with no Rust recursion.

use gc_arena::Mutation;

use super::{arg, native_data, throw_type};
use crate::exec::executor::restore_mapping;
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::runtime::context;
use crate::vm::Vm;

fn variable_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else {
        return throw_type(ctx, "Constructor AsyncContext.Variable requires 'new'");
    };
    let options = arg(args, 0);
    let (mut name, mut default) = (ctx.vm.realm.empty_string, Value::Undefined);
    if let Value::Object(o) = options {
        // Observable order: HasProperty(name), Get(name), ToString, Get(defaultValue). Any
        // accessor or object name takes the self-hosted path.
        let name_key = PropertyKey::String(ctx.vm.names.name);
        let default_key = PropertyKey::String(ctx.vm.intern(ctx.mc, "defaultValue"));
        let simple = |vm: &mut Vm<'gc>, k| match o.lookup(k) {
            crate::heap::object::Lookup::Value(v) => Some(v),
            crate::heap::object::Lookup::Missing => Some(Value::Undefined),
            _ => {
                let _ = vm;
                None
            }
        };
        let is_proxy = matches!(o.borrow().kind, ObjectKind::Proxy { .. });
        let n = simple(ctx.vm, name_key);
        let d = simple(ctx.vm, default_key);
        match (n, d, is_proxy) {
            (Some(n), Some(d), false) if !n.is_object() => {
                if ctx.vm.has_property(o, name_key) {
                    name = match ctx.vm.primitive_to_string(ctx.mc, n) {
                        Ok(s) => s,
                        Err(e) => return NativeResult::Throw(e),
                    };
                }
                default = d;
            }
            _ => {
                let helper = ctx.vm.helper("asyncVariableOptions");
                return NativeResult::Call {
                    f: helper,
                    this: Value::Undefined,
                    args: vec![options],
                    then: Some(Continuation {
                        f: variable_ctor_finish,
                        values: vec![Value::Object(nt)],
                        mapping: None,
                        callee: ctx.callee,
                    }),
                };
            }
        }
    }
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.async_variable_proto);
    let v = Obj::new(ctx.mc, Some(proto), ObjectKind::AsyncVariable { name, default });
    NativeResult::Return(Value::Object(v))
}

/// After the self-hosted options read: `[name, defaultValue]`.
fn variable_ctor_finish<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let pair = match r {
        Ok(Value::Object(p)) => p,
        Ok(_) => return NativeResult::Return(Value::Undefined),
        Err(e) => return NativeResult::Throw(e),
    };
    let (n, d) = {
        let e = &pair.borrow().elements;
        (e.first().copied().unwrap_or(Value::Undefined), e.get(1).copied().unwrap_or(Value::Undefined))
    };
    let name = match n {
        Value::String(s) => s,
        _ => ctx.vm.realm.empty_string,
    };
    let nt = cont.values.first().copied().unwrap_or(Value::Undefined);
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, nt, |r| r.async_variable_proto);
    let v = Obj::new(ctx.mc, Some(proto), ObjectKind::AsyncVariable { name, default: d });
    NativeResult::Return(Value::Object(v))
}

fn this_variable<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> Result<Obj<'gc>, NativeResult<'gc>> {
    match this {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::AsyncVariable { .. }) => Ok(o),
        _ => Err(throw_type(ctx, &format!("AsyncContext.Variable.prototype.{method} called on incompatible receiver"))),
    }
}

fn variable_name<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = match this_variable(ctx, this, "name") {
        Ok(v) => v,
        Err(r) => return r,
    };
    match &v.borrow().kind {
        ObjectKind::AsyncVariable { name, .. } => NativeResult::Return(Value::String(*name)),
        _ => NativeResult::Return(Value::Undefined),
    }
}

fn variable_get<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = match this_variable(ctx, this, "get") {
        Ok(v) => v,
        Err(r) => return r,
    };
    if let Some(value) = context::lookup(ctx.vm.context, v) {
        return NativeResult::Return(value);
    }
    match &v.borrow().kind {
        ObjectKind::AsyncVariable { default, .. } => NativeResult::Return(*default),
        _ => NativeResult::Return(Value::Undefined),
    }
}

fn variable_run<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = match this_variable(ctx, this, "run") {
        Ok(v) => v,
        Err(r) => return r,
    };
    let previous = ctx.vm.context;
    ctx.vm.context = context::with(ctx.mc, previous, v, arg(args, 0));
    let rest = args.get(2..).map(|a| a.to_vec()).unwrap_or_default();
    NativeResult::Call {
        f: arg(args, 1),
        this: Value::Undefined,
        args: rest,
        then: Some(Continuation { f: restore_mapping, values: Vec::new(), mapping: previous, callee: ctx.callee }),
    }
}

fn snapshot_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else {
        return throw_type(ctx, "Constructor AsyncContext.Snapshot requires 'new'");
    };
    let mapping = ctx.vm.context;
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.async_snapshot_proto);
    let s = Obj::new(ctx.mc, Some(proto), ObjectKind::AsyncSnapshot(mapping));
    NativeResult::Return(Value::Object(s))
}

fn snapshot_run<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let mapping = match this {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::AsyncSnapshot(m) => Some(*m),
            _ => None,
        },
        _ => None,
    };
    let Some(mapping) = mapping else {
        return throw_type(ctx, "AsyncContext.Snapshot.prototype.run called on incompatible receiver");
    };
    let previous = ctx.vm.context;
    ctx.vm.context = mapping;
    let rest = args.get(1..).map(|a| a.to_vec()).unwrap_or_default();
    NativeResult::Call {
        f: arg(args, 0),
        this: Value::Undefined,
        args: rest,
        then: Some(Continuation { f: restore_mapping, values: Vec::new(), mapping: previous, callee: ctx.callee }),
    }
}

/// The function `Snapshot.wrap` returns: runs `fn` with the call's `this` and arguments in
/// the captured mapping. `data` is `[fn, snapshot]`.
fn wrapped<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(pair) = native_data(ctx) else { return NativeResult::Return(Value::Undefined) };
    let (f, snapshot) = {
        let e = &pair.borrow().elements;
        (e.first().copied().unwrap_or(Value::Undefined), e.get(1).copied().unwrap_or(Value::Undefined))
    };
    let mapping = match snapshot {
        Value::Object(s) => match &s.borrow().kind {
            ObjectKind::AsyncSnapshot(m) => *m,
            _ => None,
        },
        _ => None,
    };
    let previous = ctx.vm.context;
    ctx.vm.context = mapping;
    NativeResult::Call {
        f,
        this,
        args: args.to_vec(),
        then: Some(Continuation { f: restore_mapping, values: Vec::new(), mapping: previous, callee: ctx.callee }),
    }
}

fn snapshot_wrap<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    let Value::Object(fo) = f else { return throw_type(ctx, "AsyncContext.Snapshot.wrap requires a function") };
    if !fo.is_callable() {
        return throw_type(ctx, "AsyncContext.Snapshot.wrap requires a function");
    }
    let mapping = ctx.vm.context;
    let snapshot = Obj::new(ctx.mc, None, ObjectKind::AsyncSnapshot(mapping));
    let pair = ctx.vm.new_array(ctx.mc, vec![f, Value::Object(snapshot)]);
    // CopyNameAndLength: getters may run; take the self-hosted path when there are any.
    let helper = ctx.vm.helper("copyNameAndLength");
    let w = ctx.vm.native_function(ctx.mc, "", 0, wrapped, Value::Object(pair), false);
    NativeResult::Call { f: helper, this: Value::Undefined, args: vec![Value::Object(w), f, ctx.vm.str(ctx.mc, "wrapped")], then: None }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let ns = vm.new_object(mc);
    vm.define_tag(mc, ns, "AsyncContext");
    let global = vm.realm.global;
    vm.define_value(mc, global, "AsyncContext", Value::Object(ns), Attrs::HIDDEN);

    let vp = vm.realm.async_variable_proto;
    let vctor = vm.native_function(mc, "Variable", 1, variable_ctor, Value::Undefined, true);
    vctor.set_raw(mc, PropertyKey::String(vm.names.prototype), Value::Object(vp), Attrs::NONE);
    vp.set_raw(mc, PropertyKey::String(vm.names.constructor), Value::Object(vctor), Attrs::HIDDEN);
    vm.define_value(mc, ns, "Variable", Value::Object(vctor), Attrs::HIDDEN);
    vm.define_getter(mc, vp, "name", variable_name);
    vm.define_method(mc, vp, "get", 0, variable_get);
    vm.define_method(mc, vp, "run", 2, variable_run);
    vm.define_tag(mc, vp, "AsyncContext.Variable");

    let sp = vm.realm.async_snapshot_proto;
    let sctor = vm.native_function(mc, "Snapshot", 0, snapshot_ctor, Value::Undefined, true);
    sctor.set_raw(mc, PropertyKey::String(vm.names.prototype), Value::Object(sp), Attrs::NONE);
    sp.set_raw(mc, PropertyKey::String(vm.names.constructor), Value::Object(sctor), Attrs::HIDDEN);
    vm.define_value(mc, ns, "Snapshot", Value::Object(sctor), Attrs::HIDDEN);
    vm.define_method(mc, sp, "run", 1, snapshot_run);
    vm.define_method(mc, sctor, "wrap", 1, snapshot_wrap);
    vm.define_tag(mc, sp, "AsyncContext.Snapshot");
}
