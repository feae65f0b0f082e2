//! Boolean and Boolean.prototype.

use gc_arena::Mutation;

use super::super::arg;
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::Obj;
use crate::heap::value::Value;
use crate::vm::Vm;

fn boolean_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let b = arg(args, 0).to_boolean();
    let Some(nt) = ctx.new_target else {
        return NativeResult::Return(Value::Bool(b));
    };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.boolean_proto);
    NativeResult::Return(Value::Object(Obj::new(ctx.mc, Some(proto), ObjectKind::BooleanWrapper(b))))
}

/// thisBooleanValue
fn this_boolean<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> Result<bool, NativeResult<'gc>> {
    match this {
        Value::Bool(b) => Ok(b),
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::BooleanWrapper(b) => Ok(b),
            _ => Err(()),
        },
        _ => Err(()),
    }
    .map_err(|()| {
        let msg = format!("Boolean.prototype.{method} requires that 'this' be a Boolean");
        NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg))
    })
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_boolean(ctx, this, "toString") {
        Ok(b) => NativeResult::Return(ctx.vm.str(ctx.mc, if b { "true" } else { "false" })),
        Err(r) => r,
    }
}

fn value_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_boolean(ctx, this, "valueOf") {
        Ok(b) => NativeResult::Return(Value::Bool(b)),
        Err(r) => r,
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let proto = vm.realm.boolean_proto;
    vm.define_constructor(mc, "Boolean", 1, boolean_ctor, proto);
    vm.define_method(mc, proto, "toString", 0, to_string);
    vm.define_method(mc, proto, "valueOf", 0, value_of);
}
