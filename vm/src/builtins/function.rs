//! Function.prototype: call, apply, bind, toString, [Symbol.hasInstance].

use gc_arena::Mutation;

use super::{arg, throw_type};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::{Bound, ObjectKind};
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;
use minijs_parser::ast::FunctionKind;

/// Function.prototype itself: callable, returns undefined.
pub fn empty<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Undefined)
}

const RESTRICTED: &str = "'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them";

/// %ThrowTypeError%: the `callee` accessor of unmapped arguments objects.
fn throw_type_error<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    throw_type(ctx, RESTRICTED)
}

/// `Function.prototype.caller` and `.arguments`, shaped like V8's: null for a plain sloppy
/// function (minijs does not expose callers), a TypeError for every other function.
fn restricted_get<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    if is_plain_sloppy(this) { NativeResult::Return(Value::Null) } else { throw_type(ctx, RESTRICTED) }
}

fn restricted_set<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    if is_plain_sloppy(this) { NativeResult::Return(Value::Undefined) } else { throw_type(ctx, RESTRICTED) }
}

fn is_plain_sloppy(f: Value<'_>) -> bool {
    let Value::Object(o) = f else { return false };
    match &o.borrow().kind {
        ObjectKind::Closure(c) => {
            let code = &c.code.code;
            !code.strict && code.kind == FunctionKind::Normal && !code.is_async && !code.is_generator
        }
        _ => false,
    }
}

fn call<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if !matches!(this, Value::Object(o) if o.is_callable()) {
        return throw_type(ctx, "Function.prototype.call called on non-function");
    }
    let rest = args.get(1..).map(|a| a.to_vec()).unwrap_or_default();
    NativeResult::Call { f: this, this: arg(args, 0), args: rest, then: None }
}

fn apply<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if !matches!(this, Value::Object(o) if o.is_callable()) {
        return throw_type(ctx, "Function.prototype.apply was called on , which is not a function");
    }
    let list = match arg(args, 1) {
        Value::Undefined | Value::Null => Vec::new(),
        Value::Object(o) => match ctx.vm.array_like_values(o) {
            Some(v) => v,
            None => {
                let helper = ctx.vm.helper("applySlow");
                return NativeResult::Call { f: helper, this: Value::Undefined, args: vec![this, arg(args, 0), arg(args, 1)], then: None };
            }
        },
        _ => return throw_type(ctx, "CreateListFromArrayLike called on non-object"),
    };
    NativeResult::Call { f: this, this: arg(args, 0), args: list, then: None }
}

fn bind<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(target) = this else { return throw_type(ctx, "Bind must be called on a function") };
    if !target.is_callable() {
        return throw_type(ctx, "Bind must be called on a function");
    }
    let bound_args: Vec<Value<'gc>> = args.get(1..).map(|a| a.to_vec()).unwrap_or_default();
    let mc = ctx.mc;
    let vm = &mut *ctx.vm;
    let proto = target.proto();
    let len = match vm.get_own_value(target, "length") {
        Value::Number(n) => (n - bound_args.len() as f64).max(0.0),
        _ => 0.0,
    };
    let name = match vm.get_own_value(target, "name") {
        Value::String(s) => format!("bound {}", s.to_rust_string()),
        _ => "bound ".into(),
    };
    let f = Obj::new(mc, proto, ObjectKind::Bound(Bound { target, this: arg(args, 0), args: bound_args.into_boxed_slice() }));
    f.set_raw(mc, PropertyKey::String(vm.names.length), Value::Number(len), Attrs::CONFIGURABLE_ONLY);
    let n = vm.str(mc, &name);
    f.set_raw(mc, PropertyKey::String(vm.names.name), n, Attrs::CONFIGURABLE_ONLY);
    NativeResult::Return(Value::Object(f))
}

fn to_string<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(f) = this else {
        return throw_type(ctx, "Function.prototype.toString requires that 'this' be a Function");
    };
    let text = match &f.borrow().kind {
        ObjectKind::Closure(c) => {
            let fc = &c.code.code;
            fc.source.text.get(fc.span.0..fc.span.1).map(|s| s.to_string())
        }
        ObjectKind::Native(_) | ObjectKind::Bound(_) => None,
        // A callable proxy prints as an anonymous native function (V8's form).
        ObjectKind::Proxy { .. } if f.is_callable() => Some("function () { [native code] }".to_string()),
        _ => return throw_type(ctx, "Function.prototype.toString requires that 'this' be a Function"),
    };
    let text = text.unwrap_or_else(|| {
        let name = match ctx.vm.get_own_value(f, "name") {
            Value::String(s) => s.to_rust_string(),
            _ => String::new(),
        };
        format!("function {name}() {{ [native code] }}")
    });
    let v = ctx.vm.str(ctx.mc, &text);
    NativeResult::Return(v)
}

fn has_instance<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(c) = this else { return NativeResult::Return(Value::Bool(false)) };
    if !c.is_callable() {
        return NativeResult::Return(Value::Bool(false));
    }
    match ctx.vm.ordinary_has_instance(ctx.mc, c, arg(args, 0)) {
        Ok(Some(b)) => NativeResult::Return(Value::Bool(b)),
        // A prototype getter or a proxy on the chain: the self-hosted walk.
        Ok(None) => NativeResult::Call {
            f: ctx.vm.helper("ordinaryHasInstanceSlow"),
            this: Value::Undefined,
            args: vec![Value::Object(c), arg(args, 0)],
            then: None,
        },
        Err(e) => NativeResult::Throw(e),
    }
}

impl<'gc> Vm<'gc> {
    /// CreateListFromArrayLike without running getters; `None` when the object has
    /// accessors or is huge (the self-hosted path handles those).
    pub fn array_like_values(&mut self, o: Obj<'gc>) -> Option<Vec<Value<'gc>>> {
        if o.is_array() {
            let d = o.borrow();
            if d.props.keys().all(|k| !matches!(k, PropertyKey::Index(_))) {
                return Some(d.elements.iter().map(|v| if matches!(v, Value::Empty) { Value::Undefined } else { *v }).collect());
            }
            return None;
        }
        let len = match o.lookup(PropertyKey::String(self.names.length)) {
            crate::heap::object::Lookup::Value(v) => v.primitive_to_number().unwrap_or(0.0),
            crate::heap::object::Lookup::Missing => 0.0,
            _ => return None,
        };
        if !(0.0..=1_000_000.0).contains(&len) {
            return None;
        }
        let mut out = Vec::with_capacity(len as usize);
        for i in 0..len as u32 {
            match o.lookup(PropertyKey::Index(i)) {
                crate::heap::object::Lookup::Value(v) => out.push(v),
                crate::heap::object::Lookup::Missing => out.push(Value::Undefined),
                _ => return None,
            }
        }
        Some(out)
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let fp = vm.realm.function_proto;
    fp.set_raw(mc, PropertyKey::String(vm.names.length), Value::Number(0.0), Attrs::CONFIGURABLE_ONLY);
    let empty_name = vm.str(mc, "");
    fp.set_raw(mc, PropertyKey::String(vm.names.name), empty_name, Attrs::CONFIGURABLE_ONLY);
    vm.define_method(mc, fp, "call", 1, call);
    vm.define_method(mc, fp, "apply", 2, apply);
    vm.define_method(mc, fp, "bind", 1, bind);
    vm.define_method(mc, fp, "toString", 0, to_string);
    let sym = vm.realm.symbols.has_instance;
    let hi = vm.native_function(mc, "[Symbol.hasInstance]", 1, has_instance, Value::Undefined, false);
    fp.set_raw(mc, PropertyKey::Symbol(sym), Value::Object(hi), Attrs::NONE);
    vm.realm.helpers.insert("Function.prototype[@@hasInstance]".into(), Value::Object(hi));

    let thrower = vm.native_function(mc, "", 0, throw_type_error, Value::Undefined, false);
    thrower.set_raw(mc, PropertyKey::String(vm.names.length), Value::Number(0.0), Attrs::NONE);
    thrower.set_raw(mc, PropertyKey::String(vm.names.name), empty_name, Attrs::NONE);
    thrower.borrow_mut(mc).extensible = false;
    for name in ["caller", "arguments"] {
        let get = vm.native_function(mc, &format!("get {name}"), 0, restricted_get, Value::Undefined, false);
        let set = vm.native_function(mc, &format!("set {name}"), 1, restricted_set, Value::Undefined, false);
        let key = PropertyKey::String(vm.intern(mc, name));
        fp.set_accessor_raw(mc, key, Some(get), Some(set), Attrs::CONFIGURABLE_ONLY);
    }
    vm.realm.helpers.insert("%ThrowTypeError%".into(), Value::Object(thrower));
}
