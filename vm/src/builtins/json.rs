//! The JSON object: parse (Rust, with the reviver walk self-hosted in js/json.js) and
//! stringify (a Rust fast path for plain data, else self-hosted in js/json.js).

mod fast;
mod parse;
mod quote;

pub use quote::quote_into;

use gc_arena::Mutation;

use super::arg;
use super::global::coerce::{self, objects_to_primitives};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::value::Value;
use crate::vm::Vm;

fn json_parse<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "s") {
        return r;
    }
    let text = match coerce::string(ctx, arg(args, 0)) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    let value = match parse::Parser::new(text.units()).parse(ctx.mc, ctx.vm) {
        Ok(v) => v,
        Err(msg) => return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &msg)),
    };
    let reviver = arg(args, 1);
    if matches!(reviver, Value::Object(f) if f.is_callable()) {
        let helper = ctx.vm.helper("jsonRevive");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![value, reviver], then: None };
    }
    NativeResult::Return(value)
}

fn json_stringify<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match fast::stringify(ctx.mc, ctx.vm, arg(args, 0), arg(args, 1), arg(args, 2)) {
        Ok(Some(units)) => {
            if units.len() > crate::exec::operators::MAX_STRING_LENGTH {
                return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid string length"));
            }
            return NativeResult::Return(Value::String(crate::heap::string::JsString::from_units(ctx.mc, units)));
        }
        Ok(None) => return NativeResult::Return(Value::Undefined),
        Err(()) => {}
    }
    let helper = ctx.vm.helper("JSON.stringify");
    NativeResult::Call { f: helper, this: Value::Undefined, args: args.to_vec(), then: None }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let json = vm.new_object(mc);
    let global = vm.realm.global;
    vm.define_value(mc, global, "JSON", Value::Object(json), crate::heap::object::Attrs::HIDDEN);
    vm.define_method(mc, json, "parse", 2, json_parse);
    vm.define_method(mc, json, "stringify", 3, json_stringify);
    vm.define_tag(mc, json, "JSON");
}
