//! String: the constructor, fromCharCode/fromCodePoint (raw is self-hosted), and
//! String.prototype. Methods are Rust natives: when `this` or an argument is an object, its
//! conversion (which may run user code) goes through the coercion continuation first.
//! Methods that must look up user-visible protocols (Symbol.replace, IsRegExp, …) fall back
//! to self-hosted generic versions in js/string.js unless everything is primitive.

mod case;
mod collate;
mod edit;
mod html;
mod iterator;
mod latin_table;
mod normalize;
pub mod replace;
mod search;

use gc_arena::Mutation;

use super::global::coerce::{self, Hint, objects_to_primitives};
use crate::exec::native::{Continuation, Ctx, NativeFn, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::Obj;
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;

/// RequireObjectCoercible(this), the conversion of objects among `this` and the arguments
/// hinted by `spec`, then ToString(this).
pub fn prologue<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    this: Value<'gc>,
    args: &[Value<'gc>],
    method: &str,
    spec: &str,
) -> Result<JsString<'gc>, NativeResult<'gc>> {
    coerce::require_coercible(ctx, this, &format!("String.prototype.{method}"))?;
    if let Some(r) = objects_to_primitives(ctx, this, Some(Hint::String), args, spec) {
        return Err(r);
    }
    coerce::string(ctx, this).map_err(NativeResult::Throw)
}

/// A string result from code units.
pub fn units_result<'gc>(ctx: &mut Ctx<'gc, '_>, units: Vec<u16>) -> NativeResult<'gc> {
    if units.len() > crate::exec::operators::MAX_STRING_LENGTH {
        return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "Invalid string length"));
    }
    NativeResult::Return(Value::String(JsString::from_units(ctx.mc, units)))
}

/// A substring result (whole strings are returned as they are).
pub fn slice_result<'gc>(ctx: &mut Ctx<'gc, '_>, s: JsString<'gc>, from: usize, to: usize) -> NativeResult<'gc> {
    if from == 0 && to >= s.len() {
        return NativeResult::Return(Value::String(s));
    }
    if from >= to {
        return NativeResult::Return(Value::String(ctx.vm.realm.empty_string));
    }
    if to - from == 1 {
        let u = s.units()[from];
        return NativeResult::Return(Value::String(ctx.vm.single_unit(ctx.mc, u)));
    }
    NativeResult::Return(Value::String(JsString::new(ctx.mc, &s.units()[from..to])))
}

/// Tail-calls the self-hosted generic version of a method, registered as
/// "String.prototype.<name>".
pub fn generic<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = ctx.vm.helper(&format!("String.prototype.{name}"));
    NativeResult::Call { f, this, args: args.to_vec(), then: None }
}

fn string_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let nt = ctx.new_target;
    let s = match args.first().copied() {
        None => ctx.vm.realm.empty_string,
        Some(Value::Symbol(sym)) if nt.is_none() => {
            return NativeResult::Return(super::symbol::descriptive_string(ctx, sym));
        }
        Some(v @ Value::Object(_)) => {
            // Full ToString (a symbol from ToPrimitive throws here, unlike a symbol argument).
            let nt_value = nt.map(Value::Object).unwrap_or(Value::Undefined);
            return NativeResult::Call {
                f: ctx.vm.helper("toString"),
                this: Value::Undefined,
                args: vec![v],
                then: Some(Continuation { f: finish_ctor, values: vec![nt_value], mapping: None, callee: ctx.callee }),
            };
        }
        Some(v) => match coerce::string(ctx, v) {
            Ok(s) => s,
            Err(e) => return NativeResult::Throw(e),
        },
    };
    wrap_or_return(ctx, s, nt)
}

fn finish_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match r {
        Ok(Value::String(s)) => {
            let nt = cont.values.first().and_then(|v| v.as_object());
            wrap_or_return(ctx, s, nt)
        }
        Ok(other) => NativeResult::Return(other),
        Err(e) => NativeResult::Throw(e),
    }
}

fn wrap_or_return<'gc>(ctx: &mut Ctx<'gc, '_>, s: JsString<'gc>, nt: Option<Obj<'gc>>) -> NativeResult<'gc> {
    let Some(nt) = nt else {
        return NativeResult::Return(Value::String(s));
    };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.string_proto);
    NativeResult::Return(Value::Object(Obj::new(ctx.mc, Some(proto), ObjectKind::StringWrapper(s))))
}

fn from_char_code<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "n*") {
        return r;
    }
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        match coerce::number(ctx, a) {
            Ok(n) => units.push(crate::exec::operators::to_uint32(n) as u16),
            Err(e) => return NativeResult::Throw(e),
        }
    }
    units_result(ctx, units)
}

fn from_code_point<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "n*") {
        return r;
    }
    let mut units = Vec::with_capacity(args.len());
    for &a in args {
        let n = match coerce::number(ctx, a) {
            Ok(n) => n,
            Err(e) => return NativeResult::Throw(e),
        };
        if !(n.is_finite() && n.trunc() == n && (0.0..=1114111.0).contains(&n)) {
            let msg = format!("Invalid code point {}", crate::heap::string::number_to_string(n));
            return NativeResult::Throw(ctx.vm.range_error(ctx.mc, &msg));
        }
        let cp = n as u32;
        match char::from_u32(cp) {
            Some(c) => {
                let mut buf = [0u16; 2];
                units.extend_from_slice(c.encode_utf16(&mut buf));
            }
            None => units.push(cp as u16),
        }
    }
    units_result(ctx, units)
}

/// thisStringValue
fn this_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> NativeResult<'gc> {
    let s = match this {
        Value::String(s) => Some(s),
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::StringWrapper(s) => Some(s),
            _ => None,
        },
        _ => None,
    };
    match s {
        Some(s) => NativeResult::Return(Value::String(s)),
        None => {
            let msg = format!("String.prototype.{method} requires that 'this' be a String");
            NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg))
        }
    }
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    this_string(ctx, this, "toString")
}

fn value_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    this_string(ctx, this, "valueOf")
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let proto = vm.realm.string_proto;
    let ctor = vm.define_constructor(mc, "String", 1, string_ctor, proto);
    vm.define_method(mc, ctor, "fromCharCode", 1, from_char_code);
    vm.define_method(mc, ctor, "fromCodePoint", 1, from_code_point);
    let methods: &[(&str, u32, NativeFn)] = &[
        ("toString", 0, to_string),
        ("valueOf", 0, value_of),
        ("at", 1, search::at),
        ("charAt", 1, search::char_at),
        ("charCodeAt", 1, search::char_code_at),
        ("codePointAt", 1, search::code_point_at),
        ("indexOf", 1, search::index_of),
        ("lastIndexOf", 1, search::last_index_of),
        ("includes", 1, search::includes),
        ("startsWith", 1, search::starts_with),
        ("endsWith", 1, search::ends_with),
        ("concat", 1, edit::concat),
        ("slice", 2, edit::slice),
        ("substring", 2, edit::substring),
        ("substr", 2, edit::substr),
        ("repeat", 1, edit::repeat),
        ("padStart", 1, edit::pad_start),
        ("padEnd", 1, edit::pad_end),
        ("trim", 0, edit::trim),
        ("isWellFormed", 0, edit::is_well_formed),
        ("toWellFormed", 0, edit::to_well_formed),
        ("normalize", 0, normalize::normalize),
        ("toLowerCase", 0, edit::to_lower_case),
        ("toUpperCase", 0, edit::to_upper_case),
        ("toLocaleLowerCase", 0, edit::to_locale_lower_case),
        ("toLocaleUpperCase", 0, edit::to_locale_upper_case),
        ("localeCompare", 1, edit::locale_compare),
        ("replace", 2, replace::replace),
        ("replaceAll", 2, replace::replace_all),
        ("split", 2, replace::split),
    ];
    for &(name, len, f) in methods {
        vm.define_method(mc, proto, name, len, f);
    }
    // Annex B: trimLeft/trimRight are the same function objects as trimStart/trimEnd.
    let trim_start = vm.define_method(mc, proto, "trimStart", 0, edit::trim_start);
    let trim_end = vm.define_method(mc, proto, "trimEnd", 0, edit::trim_end);
    vm.define_value(mc, proto, "trimLeft", Value::Object(trim_start), crate::heap::object::Attrs::HIDDEN);
    vm.define_value(mc, proto, "trimRight", Value::Object(trim_end), crate::heap::object::Attrs::HIDDEN);
    html::install(mc, vm, proto);
    iterator::install(mc, vm, proto);
}
