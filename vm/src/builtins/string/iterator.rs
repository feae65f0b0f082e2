//! String.prototype[Symbol.iterator] and %StringIteratorPrototype%: iteration by code point.

use gc_arena::Mutation;

use super::prologue;
use super::search::code_point_at_index;
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::Obj;
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;

fn iterator<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let s = match prologue(ctx, this, args, "[Symbol.iterator]", "") {
        Ok(s) => s,
        Err(r) => return r,
    };
    let proto = ctx.vm.realm.string_iterator_proto;
    let it = Obj::new(ctx.mc, Some(proto), ObjectKind::StringIterator { target: s, index: 0, done: false });
    NativeResult::Return(Value::Object(it))
}

fn next<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let state = match this {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::StringIterator { target, index, done } => Some((o, *target, *index, *done)),
            _ => None,
        },
        _ => None,
    };
    let Some((it, target, index, done)) = state else {
        let msg = format!("Method String Iterator.prototype.next called on incompatible receiver {}", ctx.vm.display_value(this));
        return NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg));
    };
    let units = target.units();
    if done || index >= units.len() {
        if let ObjectKind::StringIterator { done, .. } = &mut it.borrow_mut(ctx.mc).kind {
            *done = true;
        }
        let r = ctx.vm.iter_result(ctx.mc, Value::Undefined, true);
        return NativeResult::Return(Value::Object(r));
    }
    let (_, width) = code_point_at_index(units, index);
    if let ObjectKind::StringIterator { index: i, .. } = &mut it.borrow_mut(ctx.mc).kind {
        *i = index + width;
    }
    let piece = if width == 1 { ctx.vm.single_unit(ctx.mc, units[index]) } else { JsString::new(ctx.mc, &units[index..index + width]) };
    let r = ctx.vm.iter_result(ctx.mc, Value::String(piece), false);
    NativeResult::Return(Value::Object(r))
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, proto: Obj<'gc>) {
    let sym = vm.realm.symbols.iterator;
    vm.define_symbol_method(mc, proto, sym, "[Symbol.iterator]", 0, iterator);
    let sip = vm.realm.string_iterator_proto;
    vm.define_method(mc, sip, "next", 0, next);
    vm.define_tag(mc, sip, "String Iterator");
}
