//! Error constructors (Error, TypeError, …, AggregateError) and Error.prototype.

use gc_arena::Mutation;

use super::{arg, native_data};
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

/// `new Error(message, { cause })` for every error constructor; `data` holds the intrinsic
/// prototype used when new.target has none.
fn construct<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(default_proto) = native_data(ctx) else { return NativeResult::Return(Value::Undefined) };
    let nt = ctx.new_target.map(Value::Object).unwrap_or(Value::Object(ctx.callee));
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, nt, |_| default_proto);
    let message = arg(args, 0);
    let options_has_proxy =
        matches!(arg(args, 1), Value::Object(o) if ctx.vm.has_property_or_proxy(o, PropertyKey::String(ctx.vm.names.cause)).is_err());
    if message.is_object() || options_has_proxy {
        // ToString of an object, or a proxy's `has` trap, may run JS: go through the
        // self-hosted constructor path.
        let helper = ctx.vm.helper("errorWithObjectMessage");
        return NativeResult::Call {
            f: helper,
            this: Value::Undefined,
            args: vec![Value::Object(proto), message, arg(args, 1)],
            then: None,
        };
    }
    let text = if message.is_undefined() {
        String::new()
    } else {
        match ctx.vm.primitive_to_string(ctx.mc, message) {
            Ok(s) => s.to_rust_string(),
            Err(e) => return NativeResult::Throw(e),
        }
    };
    let err = Obj::new(ctx.mc, Some(proto), ObjectKind::Error);
    if !message.is_undefined() {
        let m = ctx.vm.str(ctx.mc, &text);
        err.set_raw(ctx.mc, PropertyKey::String(ctx.vm.names.message), m, Attrs::HIDDEN);
    }
    if let Value::Object(opts) = arg(args, 1)
        && ctx.vm.has_property(opts, PropertyKey::String(ctx.vm.names.cause))
    {
        match ctx.vm.get(ctx.mc, Value::Object(opts), PropertyKey::String(ctx.vm.names.cause)) {
            crate::exec::property::Get::Value(c) => {
                err.set_raw(ctx.mc, PropertyKey::String(ctx.vm.names.cause), c, Attrs::HIDDEN);
            }
            crate::exec::property::Get::Throw(e) => return NativeResult::Throw(e),
            crate::exec::property::Get::Call(f, this) => {
                return NativeResult::Call {
                    f,
                    this,
                    args: Vec::new(),
                    then: Some(Continuation { f: set_cause, values: vec![Value::Object(err)], mapping: None, callee: ctx.callee }),
                };
            }
        }
    }
    ctx.vm.attach_stack(ctx.mc, err, proto, &text);
    NativeResult::Return(Value::Object(err))
}

fn set_cause<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match r {
        Ok(c) => {
            if let Some(Value::Object(err)) = cont.values.first() {
                err.set_raw(ctx.mc, PropertyKey::String(ctx.vm.names.cause), c, Attrs::HIDDEN);
                return NativeResult::Return(Value::Object(*err));
            }
            NativeResult::Return(Value::Undefined)
        }
        Err(e) => NativeResult::Throw(e),
    }
}

/// Error.captureStackTrace(obj): sets `obj.stack` from the current frames.
fn capture_stack_trace<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Value::Object(o) = arg(args, 0) {
        let msg = match ctx.vm.get_own_value(o, "message") {
            Value::String(s) => s.to_rust_string(),
            _ => String::new(),
        };
        let proto = o.proto().unwrap_or(ctx.vm.realm.error_proto);
        ctx.vm.attach_stack(ctx.mc, o, proto, &msg);
    }
    NativeResult::Return(Value::Undefined)
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let r = &vm.realm;
    let kinds = [
        ("Error", r.error_proto),
        ("TypeError", r.type_error_proto),
        ("RangeError", r.range_error_proto),
        ("ReferenceError", r.reference_error_proto),
        ("SyntaxError", r.syntax_error_proto),
        ("EvalError", r.eval_error_proto),
        ("URIError", r.uri_error_proto),
        ("AggregateError", r.aggregate_error_proto),
    ];
    let mut base_ctor = None;
    for (name, proto) in kinds {
        let length = if name == "AggregateError" { 2 } else { 1 };
        let ctor = vm.native_function(mc, name, length, construct, Value::Object(proto), true);
        ctor.set_raw(mc, PropertyKey::String(vm.names.prototype), Value::Object(proto), Attrs::NONE);
        proto.set_raw(mc, PropertyKey::String(vm.names.constructor), Value::Object(ctor), Attrs::HIDDEN);
        let n = vm.str(mc, name);
        proto.set_raw(mc, PropertyKey::String(vm.names.name), n, Attrs::HIDDEN);
        let empty = vm.str(mc, "");
        proto.set_raw(mc, PropertyKey::String(vm.names.message), empty, Attrs::HIDDEN);
        let global = vm.realm.global;
        vm.define_value(mc, global, name, Value::Object(ctor), Attrs::HIDDEN);
        match base_ctor {
            None => base_ctor = Some(ctor),
            Some(base) => ctor.borrow_mut(mc).proto = Some(base),
        }
    }
    if let Some(base) = base_ctor {
        vm.define_method(mc, base, "captureStackTrace", 2, capture_stack_trace);
        vm.define_value(mc, base, "stackTraceLimit", Value::Number(10.0), Attrs::ALL);
    }
}
