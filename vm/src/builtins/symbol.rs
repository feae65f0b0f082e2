//! Symbol: the constructor (callable, not `new`-able), the global registry (Symbol.for /
//! keyFor), the well-known symbols and Symbol.prototype.

use gc_arena::{Gc, Mutation};

use super::arg;
use super::global::coerce::{self, objects_to_primitives};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, PropertyKey};
use crate::heap::value::{Symbol, SymbolData, Value};
use crate::vm::Vm;

fn symbol_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if ctx.new_target.is_some() {
        return NativeResult::Throw(ctx.vm.type_error(ctx.mc, "Symbol is not a constructor"));
    }
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "s") {
        return r;
    }
    let description = match arg(args, 0) {
        Value::Undefined => None,
        v => match coerce::string(ctx, v) {
            Ok(s) => Some(s),
            Err(e) => return NativeResult::Throw(e),
        },
    };
    NativeResult::Return(Value::Symbol(ctx.vm.new_symbol(ctx.mc, description)))
}

fn symbol_for<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(r) = objects_to_primitives(ctx, this, None, args, "s") {
        return r;
    }
    let key = match coerce::string(ctx, arg(args, 0)) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    let atom = ctx.vm.atom_of(ctx.mc, key);
    if let Some(&s) = ctx.vm.symbol_registry.get(&atom) {
        return NativeResult::Return(Value::Symbol(s));
    }
    let s = Symbol(Gc::new(ctx.mc, SymbolData { description: Some(atom.string()), registered: true, private: false }));
    ctx.vm.symbol_registry.insert(atom, s);
    NativeResult::Return(Value::Symbol(s))
}

fn key_for<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Symbol(s) = arg(args, 0) else {
        let msg = format!("{} is not a symbol", ctx.vm.display_value(arg(args, 0)));
        return NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg));
    };
    match (s.0.registered, s.0.description) {
        (true, Some(d)) => NativeResult::Return(Value::String(d)),
        _ => NativeResult::Return(Value::Undefined),
    }
}

/// thisSymbolValue
fn this_symbol<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> Result<Symbol<'gc>, NativeResult<'gc>> {
    let s = match this {
        Value::Symbol(s) => Some(s),
        Value::Object(o) => match o.borrow().kind {
            ObjectKind::SymbolWrapper(s) => Some(s),
            _ => None,
        },
        _ => None,
    };
    s.ok_or_else(|| {
        let msg = format!("{method} requires that 'this' be a Symbol");
        NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg))
    })
}

/// SymbolDescriptiveString: "Symbol(desc)".
pub fn descriptive_string<'gc>(ctx: &mut Ctx<'gc, '_>, s: Symbol<'gc>) -> Value<'gc> {
    let mut units: Vec<u16> = "Symbol(".encode_utf16().collect();
    if let Some(d) = s.0.description {
        units.extend_from_slice(d.units());
    }
    units.push(b')' as u16);
    Value::String(crate::heap::string::JsString::from_units(ctx.mc, units))
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_symbol(ctx, this, "Symbol.prototype.toString") {
        Ok(s) => NativeResult::Return(descriptive_string(ctx, s)),
        Err(r) => r,
    }
}

fn value_of<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_symbol(ctx, this, "Symbol.prototype.valueOf") {
        Ok(s) => NativeResult::Return(Value::Symbol(s)),
        Err(r) => r,
    }
}

fn to_primitive<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_symbol(ctx, this, "Symbol.prototype [ @@toPrimitive ]") {
        Ok(s) => NativeResult::Return(Value::Symbol(s)),
        Err(r) => r,
    }
}

fn description<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    match this_symbol(ctx, this, "Symbol.prototype.description") {
        Ok(s) => NativeResult::Return(s.0.description.map(Value::String).unwrap_or(Value::Undefined)),
        Err(r) => r,
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let proto = vm.realm.symbol_proto;
    let ctor = vm.define_constructor(mc, "Symbol", 0, symbol_ctor, proto);
    // Symbol has [[Construct]] (IsConstructor is true, `class extends Symbol` is legal);
    // only `new Symbol()` itself throws, inside the native.
    vm.define_method(mc, ctor, "for", 1, symbol_for);
    vm.define_method(mc, ctor, "keyFor", 1, key_for);
    let s = vm.realm.symbols;
    let well_known = [
        ("asyncIterator", s.async_iterator),
        ("hasInstance", s.has_instance),
        ("isConcatSpreadable", s.is_concat_spreadable),
        ("iterator", s.iterator),
        ("match", s.match_),
        ("matchAll", s.match_all),
        ("replace", s.replace),
        ("search", s.search),
        ("species", s.species),
        ("split", s.split),
        ("toPrimitive", s.to_primitive),
        ("toStringTag", s.to_string_tag),
        ("unscopables", s.unscopables),
    ];
    for (name, sym) in well_known {
        vm.define_value(mc, ctor, name, Value::Symbol(sym), Attrs::NONE);
    }
    vm.define_method(mc, proto, "toString", 0, to_string);
    vm.define_method(mc, proto, "valueOf", 0, value_of);
    vm.define_getter(mc, proto, "description", description);
    let tp = vm.native_function(mc, "[Symbol.toPrimitive]", 1, to_primitive, Value::Undefined, false);
    proto.set_raw(mc, PropertyKey::Symbol(s.to_primitive), Value::Object(tp), Attrs::CONFIGURABLE_ONLY);
    vm.define_tag(mc, proto, "Symbol");
}
