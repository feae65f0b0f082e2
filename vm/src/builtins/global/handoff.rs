//! Private natives for the self-hosted array/string/json code. The `$` object of the
//! self-hosted files is fixed by the engine, so these travel through a hidden global,
//! `__minijs_builtins_a`, created here before any JavaScript runs; each of the files that
//! use it takes it once (`--N.uses`) and the last one deletes the global, so user code never
//! sees it.

use gc_arena::Mutation;

use super::super::arg;
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj};
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;

/// The global the natives travel through.
pub const GLOBAL_NAME: &str = "__minijs_builtins_a";
/// How many self-hosted files take the natives (array.js, string.js, json.js).
const USERS: f64 = 3.0;

/// `N.helper(name)`: a self-hosted helper registered with `$.register`.
fn helper<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(args, 0) {
        Value::String(s) => NativeResult::Return(ctx.vm.helper(&s.to_rust_string())),
        _ => NativeResult::Return(Value::Undefined),
    }
}

/// `N.joinParts(array, separator)`: the strings of a dense array joined (no user code runs:
/// the self-hosted caller has already converted every part to a string).
fn join_parts<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let sep: &[u16] = match arg(args, 1) {
        Value::String(s) => s.units(),
        _ => &[],
    };
    let Value::Object(list) = arg(args, 0) else {
        return NativeResult::Return(Value::String(ctx.vm.realm.empty_string));
    };
    let parts: Vec<Value<'gc>> = list.borrow().elements.clone();
    let mut out: Vec<u16> = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        if let Value::String(s) = p {
            out.extend_from_slice(s.units());
        }
    }
    NativeResult::Return(Value::String(JsString::from_units(ctx.mc, out)))
}

/// `N.quoteJSON(string)`: QuoteJSONString (lone surrogates escaped, as well-formed
/// JSON.stringify requires).
fn quote_json<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let units: &[u16] = match arg(args, 0) {
        Value::String(s) => s.units(),
        _ => &[],
    };
    let mut out = Vec::with_capacity(units.len() + 2);
    crate::builtins::json::quote_into(&mut out, units);
    NativeResult::Return(Value::String(JsString::from_units(ctx.mc, out)))
}

/// `N.wrapperKind(v)`: "Number", "String", "Boolean", "Symbol", "BigInt" for wrapper objects,
/// else "".
fn wrapper_kind<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let kind = match arg(args, 0) {
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::NumberWrapper(_) => "Number",
            ObjectKind::StringWrapper(_) => "String",
            ObjectKind::BooleanWrapper(_) => "Boolean",
            ObjectKind::SymbolWrapper(_) => "Symbol",
            ObjectKind::BigIntWrapper(_) => "BigInt",
            _ => "",
        },
        _ => "",
    };
    NativeResult::Return(ctx.vm.str(ctx.mc, kind))
}

/// `N.wrapperValue(v)`: the primitive inside a wrapper object (undefined otherwise).
fn wrapper_value<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let v = match arg(args, 0) {
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::NumberWrapper(n) => Value::Number(n),
            ObjectKind::StringWrapper(s) => Value::String(s),
            ObjectKind::BooleanWrapper(b) => Value::Bool(b),
            ObjectKind::SymbolWrapper(s) => Value::Symbol(s),
            ObjectKind::BigIntWrapper(b) => Value::BigInt(b),
            _ => Value::Undefined,
        },
        _ => Value::Undefined,
    };
    NativeResult::Return(v)
}

/// `N.isRegExpObject(v)`: has a [[RegExpMatcher]] slot.
fn is_regexp_object<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let r = matches!(arg(args, 0), Value::Object(o) if matches!(o.borrow().kind, ObjectKind::RegExp { .. }));
    NativeResult::Return(Value::Bool(r))
}

/// `N.constructorName(o)`: the name V8 shows in "object with constructor 'X'" (read without
/// running getters).
fn constructor_name<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let brand = ctx.vm.object_brand(arg(args, 0));
    let name = brand.strip_prefix("#<").and_then(|b| b.strip_suffix('>')).unwrap_or("Object").to_string();
    NativeResult::Return(ctx.vm.str(ctx.mc, &name))
}

/// `N.isForeignArrayConstructor(c)`: `c` is the %Array% of another realm (ArraySpeciesCreate
/// then makes an array of the current realm instead).
fn is_foreign_array_constructor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let foreign = match arg(args, 0) {
        Value::Object(c) => c != ctx.vm.realm.array_ctor && ctx.vm.realms.iter().any(|r| r.array_ctor == c),
        _ => false,
    };
    NativeResult::Return(Value::Bool(foreign))
}

/// `N.isProxy(v)`
fn is_proxy<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let p = matches!(arg(args, 0), Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Proxy { .. }));
    NativeResult::Return(Value::Bool(p))
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let n = Obj::new(mc, None, ObjectKind::Ordinary);
    let table: &[(&str, u32, NativeFn)] = &[
        ("helper", 1, helper),
        ("joinParts", 2, join_parts),
        ("quoteJSON", 1, quote_json),
        ("wrapperKind", 1, wrapper_kind),
        ("wrapperValue", 1, wrapper_value),
        ("isProxy", 1, is_proxy),
        ("isForeignArrayConstructor", 1, is_foreign_array_constructor),
        ("sortValues", 2, crate::builtins::array::fast::sort_values),
        ("constructorName", 1, constructor_name),
        ("isRegExpObject", 1, is_regexp_object),
        ("stringIndexOf", 3, crate::builtins::string::replace::kernel_index_of),
        ("getSubstitution", 5, crate::builtins::string::replace::kernel_get_substitution),
        ("splitString", 3, crate::builtins::string::replace::kernel_split),
    ];
    for &(name, len, f) in table {
        vm.define_method(mc, n, name, len, f);
    }
    vm.define_value(mc, n, "uses", Value::Number(USERS), Attrs::ALL);
    let global = vm.realm.global;
    vm.define_value(mc, global, GLOBAL_NAME, Value::Object(n), Attrs::HIDDEN);
}
