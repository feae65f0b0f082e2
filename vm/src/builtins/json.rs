//! The JSON object: parse (Rust, with the reviver walk self-hosted in js/json.js; a reviver gets
//! each primitive's source text, json-parse-with-source), stringify (a Rust fast path for plain
//! data, else self-hosted in js/json.js), rawJSON and isRawJSON.

mod fast;
mod parse;
mod quote;

pub use quote::quote_into;

use gc_arena::Mutation;

use super::arg;
use super::global::coerce::{self, objects_to_primitives};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
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
    let reviver = arg(args, 1);
    let revive = matches!(reviver, Value::Object(f) if f.is_callable());
    let mut parser = if revive { parse::Parser::with_records(text.units()) } else { parse::Parser::new(text.units()) };
    let (value, record) = match parser.parse_with_record(ctx.mc, ctx.vm) {
        Ok(parsed) => parsed,
        Err(msg) => return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &msg)),
    };
    if revive {
        let helper = ctx.vm.helper("jsonRevive");
        return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![value, reviver, record], then: None };
    }
    NativeResult::Return(value)
}

/// JSON.rawJSON(text): a frozen null-prototype `{rawJSON: text}` that JSON.stringify emits as is;
/// the text must be one JSON primitive with no surrounding whitespace.
fn json_raw<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "s") {
        return r;
    }
    let text = match coerce::string(ctx, arg(args, 0)) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    let units = text.units();
    let blank = |c: Option<&u16>| c.is_none_or(|&c| matches!(c, 0x09 | 0x0A | 0x0D | 0x20));
    let primitive = !blank(units.first())
        && !blank(units.last())
        && matches!(parse::Parser::new(units).parse(ctx.mc, ctx.vm), Ok(v) if !matches!(v, Value::Object(_)));
    if !primitive {
        return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, "Invalid value for JSON.rawJSON"));
    }
    let raw = Obj::new(ctx.mc, None, ObjectKind::RawJson);
    let key = PropertyKey::String(ctx.vm.intern(ctx.mc, "rawJSON"));
    raw.set_raw(ctx.mc, key, Value::String(text), Attrs(Attrs::ENUMERABLE));
    raw.borrow_mut(ctx.mc).extensible = false;
    NativeResult::Return(Value::Object(raw))
}

/// JSON.isRawJSON(value): whether it was made by JSON.rawJSON.
fn json_is_raw<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let raw = matches!(arg(args, 0), Value::Object(o) if matches!(o.borrow().kind, ObjectKind::RawJson));
    NativeResult::Return(Value::Bool(raw))
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
    vm.define_method(mc, json, "rawJSON", 1, json_raw);
    vm.define_method(mc, json, "isRawJSON", 1, json_is_raw);
    vm.define_tag(mc, json, "JSON");
}
