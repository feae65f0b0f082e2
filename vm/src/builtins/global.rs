//! Global functions: isNaN, isFinite, the URI coding functions and escape/unescape; Boolean;
//! and the helpers shared by this group of built-ins (argument coercion, and the private
//! natives handed to the self-hosted array/string/json code). parseInt and parseFloat are
//! installed by `number.rs` (they are the same objects as `Number.parseInt`/`parseFloat`).

pub mod boolean;
pub mod coerce;
pub mod handoff;
pub mod uri;

use gc_arena::Mutation;

use super::arg;
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::value::Value;
use crate::vm::Vm;

fn is_nan<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = coerce::objects_to_primitives(ctx, this, None, args, "n") {
        return r;
    }
    match coerce::number(ctx, arg(args, 0)) {
        Ok(n) => NativeResult::Return(Value::Bool(n.is_nan())),
        Err(e) => NativeResult::Throw(e),
    }
}

fn is_finite<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = coerce::objects_to_primitives(ctx, this, None, args, "n") {
        return r;
    }
    match coerce::number(ctx, arg(args, 0)) {
        Ok(n) => NativeResult::Return(Value::Bool(n.is_finite())),
        Err(e) => NativeResult::Throw(e),
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let global = vm.realm.global;
    vm.define_method(mc, global, "isNaN", 1, is_nan);
    vm.define_method(mc, global, "isFinite", 1, is_finite);
    uri::install(mc, vm);
    boolean::install(mc, vm);
    handoff::install(mc, vm);
}
