//! ECMAScript built-ins. Leaf operations are Rust natives (one file per global); methods that
//! take callbacks or must run user code in loops are self-hosted JavaScript in `js/`,
//! compiled once per realm (stackless for free).

pub mod array;
pub mod array_buffer;
pub mod async_context;
pub mod bigint;
pub mod collections;
pub mod data_view;
pub mod date;
pub mod error;
pub mod function;
pub mod global;
pub mod intrinsics;
pub mod iterators;
pub mod json;
pub mod math;
pub mod number;
pub mod object;
pub mod promise;
pub mod proxy_route;
pub mod reflect;
pub mod regexp;
pub mod self_hosted;
mod self_hosted_files;
pub mod string;
pub mod symbol;
pub mod test262;
pub mod typed_array;

use gc_arena::Mutation;

use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

/// The i-th argument or undefined.
pub fn arg<'gc>(args: &[Value<'gc>], i: usize) -> Value<'gc> {
    args.get(i).copied().unwrap_or(Value::Undefined)
}

/// The `data` value of the running native.
pub fn native_data<'gc>(ctx: &Ctx<'gc, '_>) -> Value<'gc> {
    match &ctx.callee.borrow().kind {
        crate::heap::kind::ObjectKind::Native(n) => n.data,
        _ => Value::Undefined,
    }
}

/// A byte index or count the self-hosted caller has already converted (ToIndex): NaN and
/// negatives are 0, huge values clamp to `usize::MAX` (and then fail the caller's range checks).
pub fn index_arg(v: Value<'_>) -> usize {
    let n = v.primitive_to_number().unwrap_or(0.0);
    if n.is_nan() || n <= 0.0 { 0 } else { n.min(usize::MAX as f64) as usize }
}

pub fn throw_type<'gc>(ctx: &mut Ctx<'gc, '_>, msg: &str) -> NativeResult<'gc> {
    NativeResult::Throw(ctx.vm.type_error(ctx.mc, msg))
}

impl<'gc> Vm<'gc> {
    /// Defines a built-in method (writable, configurable, not enumerable).
    pub fn define_method(&mut self, mc: &Mutation<'gc>, target: Obj<'gc>, name: &str, length: u32, f: NativeFn) -> Obj<'gc> {
        let func = self.native_function(mc, name, length, f, Value::Undefined, false);
        let key = PropertyKey::String(self.intern(mc, name));
        target.set_raw(mc, key, Value::Object(func), Attrs::HIDDEN);
        func
    }

    /// Defines a built-in method under a symbol key (`[Symbol.iterator]`).
    pub fn define_symbol_method(
        &mut self,
        mc: &Mutation<'gc>,
        target: Obj<'gc>,
        symbol: crate::heap::value::Symbol<'gc>,
        name: &str,
        length: u32,
        f: NativeFn,
    ) -> Obj<'gc> {
        let func = self.native_function(mc, name, length, f, Value::Undefined, false);
        target.set_raw(mc, PropertyKey::Symbol(symbol), Value::Object(func), Attrs::HIDDEN);
        func
    }

    /// Defines a built-in accessor (configurable, not enumerable).
    pub fn define_getter(&mut self, mc: &Mutation<'gc>, target: Obj<'gc>, name: &str, f: NativeFn) {
        let func = self.native_function(mc, &format!("get {name}"), 0, f, Value::Undefined, false);
        let key = PropertyKey::String(self.intern(mc, name));
        target.set_accessor_raw(mc, key, Some(func), None, Attrs::CONFIGURABLE_ONLY);
    }

    /// Defines a data property (not enumerable; writability as given).
    pub fn define_value(&mut self, mc: &Mutation<'gc>, target: Obj<'gc>, name: &str, v: Value<'gc>, attrs: Attrs) {
        let key = PropertyKey::String(self.intern(mc, name));
        target.set_raw(mc, key, v, attrs);
    }

    /// A constructor with its prototype object wired both ways, installed as a global.
    pub fn define_constructor(&mut self, mc: &Mutation<'gc>, name: &str, length: u32, f: NativeFn, proto: Obj<'gc>) -> Obj<'gc> {
        let ctor = self.native_function(mc, name, length, f, Value::Undefined, true);
        ctor.set_raw(mc, PropertyKey::String(self.names.prototype), Value::Object(proto), Attrs::NONE);
        proto.set_raw(mc, PropertyKey::String(self.names.constructor), Value::Object(ctor), Attrs::HIDDEN);
        let global = self.realm.global;
        self.define_value(mc, global, name, Value::Object(ctor), Attrs::HIDDEN);
        ctor
    }

    /// `Symbol.toStringTag` on a prototype.
    pub fn define_tag(&mut self, mc: &Mutation<'gc>, target: Obj<'gc>, tag: &str) {
        let v = self.str(mc, tag);
        target.set_raw(mc, PropertyKey::Symbol(self.realm.symbols.to_string_tag), v, Attrs::CONFIGURABLE_ONLY);
    }
}

/// Builds every built-in of the realm.
pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let global = vm.realm.global;
    vm.define_value(mc, global, "globalThis", Value::Object(global), Attrs::HIDDEN);
    vm.define_value(mc, global, "NaN", Value::Number(f64::NAN), Attrs::NONE);
    vm.define_value(mc, global, "Infinity", Value::Number(f64::INFINITY), Attrs::NONE);
    vm.define_value(mc, global, "undefined", Value::Undefined, Attrs::NONE);
    function::install(mc, vm);
    object::install(mc, vm);
    error::install(mc, vm);
    iterators::install(mc, vm);
    promise::install(mc, vm);
    async_context::install(mc, vm);
    for extra in EXTRA_INSTALLERS {
        extra(mc, vm);
    }
}

/// Installers of the other built-in files, run after the core ones above.
pub const EXTRA_INSTALLERS: &[for<'gc> fn(&Mutation<'gc>, &mut Vm<'gc>)] = &[
    symbol::install,
    bigint::install,
    number::install,
    math::install,
    string::install,
    array::install,
    json::install,
    global::install,
    reflect::install,
    collections::install,
    date::install,
    regexp::install,
    array_buffer::install,
    typed_array::install,
    data_view::install,
];
