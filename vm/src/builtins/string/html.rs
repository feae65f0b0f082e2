//! Annex B HTML methods (anchor, big, …, sup): CreateHTML.

use gc_arena::Mutation;

use super::super::global::coerce;
use super::super::{arg, native_data};
use super::{prologue, units_result};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::object::Obj;
use crate::heap::value::Value;
use crate::vm::Vm;

/// (method, tag, attribute) in the order of Annex B.
const METHODS: &[(&str, &str, &str)] = &[
    ("anchor", "a", "name"),
    ("big", "big", ""),
    ("blink", "blink", ""),
    ("bold", "b", ""),
    ("fixed", "tt", ""),
    ("fontcolor", "font", "color"),
    ("fontsize", "font", "size"),
    ("italics", "i", ""),
    ("link", "a", "href"),
    ("small", "small", ""),
    ("strike", "strike", ""),
    ("sub", "sub", ""),
    ("sup", "sup", ""),
];

fn create_html<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let index = match native_data(ctx) {
        Value::Number(n) => n as usize,
        _ => 0,
    };
    let Some(&(name, tag, attribute)) = METHODS.get(index) else {
        return NativeResult::Return(Value::Undefined);
    };
    let spec = if attribute.is_empty() { "" } else { "s" };
    let s = match prologue(ctx, this, args, name, spec) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut out: Vec<u16> = format!("<{tag}").encode_utf16().collect();
    if !attribute.is_empty() {
        let v = match coerce::string(ctx, arg(args, 0)) {
            Ok(v) => v,
            Err(e) => return NativeResult::Throw(e),
        };
        out.extend(format!(" {attribute}=\"").encode_utf16());
        for &u in v.units() {
            if u == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(u);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.extend_from_slice(s.units());
    out.extend(format!("</{tag}>").encode_utf16());
    units_result(ctx, out)
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, proto: Obj<'gc>) {
    for (i, &(name, _, attribute)) in METHODS.iter().enumerate() {
        let len = if attribute.is_empty() { 0 } else { 1 };
        let f = vm.native_function(mc, name, len, create_html, Value::Number(i as f64), false);
        vm.define_value(mc, proto, name, Value::Object(f), crate::heap::object::Attrs::HIDDEN);
    }
}
