//! `$`: private natives for the self-hosted JavaScript in `js/` (never visible to user code).

use gc_arena::Mutation;

use super::arg;
use super::proxy_route::{as_proxy, to_helper};
use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

fn call<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let rest = args.get(2..).map(|a| a.to_vec()).unwrap_or_default();
    NativeResult::Call { f: arg(args, 0), this: arg(args, 1), args: rest, then: None }
}

fn construct<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let list = match arg(args, 1) {
        Value::Object(o) => ctx.vm.array_values(Value::Object(o)),
        _ => Vec::new(),
    };
    let nt = if arg(args, 2).is_undefined() { arg(args, 0) } else { arg(args, 2) };
    NativeResult::Construct { f: arg(args, 0), args: list, new_target: nt, then: None }
}

fn record_parts<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let rec = arg(args, 0);
    // Fast array records become a real iterator when the self-hosted code needs one.
    if let Value::Object(r) = rec {
        let fast = match &r.borrow().kind {
            ObjectKind::ArrayIterator { target, index, .. } => Some((*target, *index)),
            _ => None,
        };
        if let Some((target, index)) = fast {
            // Turn the record into a generic one in place, so every later step (by the
            // executor or by self-hosted code) advances the same iterator.
            let proto = ctx.vm.realm.array_iterator_proto;
            let it = Obj::new(
                ctx.mc,
                Some(proto),
                ObjectKind::ArrayIterator { target, index, kind: crate::heap::kind::IterKind::Values, done: false },
            );
            let next = ctx.vm.helper("ArrayIterator.prototype.next");
            r.borrow_mut(ctx.mc).kind = ObjectKind::IteratorRecord { iterator: Value::Object(it), next, done: false };
            let pair = ctx.vm.new_array(ctx.mc, vec![Value::Object(it), next]);
            return NativeResult::Return(Value::Object(pair));
        }
    }
    let (it, next) = ctx.vm.record_parts(rec);
    let pair = ctx.vm.new_array(ctx.mc, vec![it, next]);
    NativeResult::Return(Value::Object(pair))
}

fn mark_done<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    ctx.vm.mark_record_done(ctx.mc, arg(args, 0));
    NativeResult::Return(Value::Undefined)
}

/// The remaining values of a fast array record, or undefined for generic records.
fn fast_rest<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let rec = arg(args, 0);
    let mut out = Vec::new();
    loop {
        match ctx.vm.iterator_step_fast(ctx.mc, rec) {
            Some(Some(v)) => out.push(v),
            Some(None) => break,
            None => return NativeResult::Return(Value::Undefined),
        }
    }
    NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, out)))
}

fn array_push<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Value::Object(a) = arg(args, 0) {
        a.borrow_mut(ctx.mc).elements.push(arg(args, 1));
    }
    NativeResult::Return(arg(args, 0))
}

/// Own property keys (strings and symbols, not private names), as an array.
fn own_keys<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else { return NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, Vec::new()))) };
    if as_proxy(arg(args, 0)).is_some() {
        return to_helper(ctx, "proxyOwnKeys", vec![arg(args, 0), Value::Number(0.0)]);
    }
    let keys = ctx.vm.own_property_keys(o);
    let mc = ctx.mc;
    let values: Vec<Value<'gc>> = keys.into_iter().map(|k| ctx.vm.key_to_value(k, mc)).collect();
    NativeResult::Return(Value::Object(ctx.vm.new_array(mc, values)))
}

fn is_enumerable<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if as_proxy(arg(args, 0)).is_some() {
        return to_helper(ctx, "proxyIsEnumerable", vec![arg(args, 0), arg(args, 1)]);
    }
    let (Value::Object(o), Some(k)) = (arg(args, 0), ctx.vm.to_key_fast(ctx.mc, arg(args, 1))) else {
        return NativeResult::Return(Value::Bool(false));
    };
    let e = ctx.vm.get_own_property(ctx.mc, o, k).is_some_and(|p| p.attrs.enumerable());
    NativeResult::Return(Value::Bool(e))
}

fn has_own<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if as_proxy(arg(args, 0)).is_some() {
        return to_helper(ctx, "proxyHasOwn", vec![arg(args, 0), arg(args, 1)]);
    }
    let (Value::Object(o), Some(k)) = (arg(args, 0), ctx.vm.to_key_fast(ctx.mc, arg(args, 1))) else {
        return NativeResult::Return(Value::Bool(false));
    };
    let e = ctx.vm.get_own_property(ctx.mc, o, k).is_some();
    NativeResult::Return(Value::Bool(e))
}

fn create_data_property<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if as_proxy(arg(args, 0)).is_some() {
        return to_helper(ctx, "proxyCreateDataProperty", vec![arg(args, 0), arg(args, 1), arg(args, 2)]);
    }
    if let (Value::Object(o), Some(k)) = (arg(args, 0), ctx.vm.to_key_fast(ctx.mc, arg(args, 1)))
        && let Err(e) = ctx.vm.create_data_property(ctx.mc, o, k, arg(args, 2))
    {
        return NativeResult::Throw(e);
    }
    NativeResult::Return(Value::Undefined)
}

/// `$.define(obj, key, value, attrs)`: a data property with attribute bits (1 writable,
/// 2 enumerable, 4 configurable).
fn define<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let (Value::Object(o), Some(k)) = (arg(args, 0), ctx.vm.to_key_fast(ctx.mc, arg(args, 1))) {
        let bits = arg(args, 3).primitive_to_number().unwrap_or(5.0) as u8;
        o.set_raw(ctx.mc, k, arg(args, 2), Attrs(bits & 7));
    }
    NativeResult::Return(arg(args, 0))
}

fn make_error<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(proto) = arg(args, 0) else { return NativeResult::Return(Value::Undefined) };
    let msg = match arg(args, 1) {
        Value::String(s) => s.to_rust_string(),
        _ => String::new(),
    };
    let e = if arg(args, 1).is_undefined() {
        let err = Obj::new(ctx.mc, Some(proto), ObjectKind::Error);
        ctx.vm.attach_stack(ctx.mc, err, proto, "");
        Value::Object(err)
    } else {
        ctx.vm.make_error(ctx.mc, proto, &msg)
    };
    NativeResult::Return(e)
}

fn ordinary_has_instance<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(c) = arg(args, 0) else { return NativeResult::Return(Value::Bool(false)) };
    match ctx.vm.ordinary_has_instance(ctx.mc, c, arg(args, 1)) {
        Ok(Some(b)) => NativeResult::Return(Value::Bool(b)),
        // A prototype getter or a proxy on the chain: the self-hosted walk.
        Ok(None) => NativeResult::Call {
            f: ctx.vm.helper("ordinaryHasInstanceSlow"),
            this: Value::Undefined,
            args: vec![Value::Object(c), arg(args, 1)],
            then: None,
        },
        Err(e) => NativeResult::Throw(e),
    }
}

fn set_function_name<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Value::Object(f) = arg(args, 0) {
        f.set_raw(ctx.mc, PropertyKey::String(ctx.vm.names.name), arg(args, 1), Attrs::CONFIGURABLE_ONLY);
    }
    NativeResult::Return(arg(args, 0))
}

fn is_callable<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(matches!(arg(args, 0), Value::Object(o) if o.is_callable())))
}

fn is_constructor<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(matches!(arg(args, 0), Value::Object(o) if o.is_constructor())))
}

fn to_object<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match ctx.vm.to_object(ctx.mc, arg(args, 0)) {
        Some(o) => NativeResult::Return(Value::Object(o)),
        None => NativeResult::Throw(ctx.vm.type_error(ctx.mc, "Cannot convert undefined or null to object")),
    }
}

/// `$.performThen(promise, onFulfilled, onRejected, capPromise, capResolve, capReject)`
fn perform_then<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    use crate::heap::kind::{Capability, ReactionHandler};
    let Value::Object(p) = arg(args, 0) else { return NativeResult::Return(Value::Undefined) };
    let callable = |v: Value<'gc>| if matches!(v, Value::Object(f) if f.is_callable()) { v } else { Value::Undefined };
    let cap = if arg(args, 3).is_undefined() {
        None
    } else {
        Some(Capability { promise: arg(args, 3), resolve: arg(args, 4), reject: arg(args, 5) })
    };
    ctx.vm.perform_then(
        ctx.mc,
        p,
        ReactionHandler::Callback(callable(arg(args, 1))),
        ReactionHandler::Callback(callable(arg(args, 2))),
        cap,
    );
    NativeResult::Return(Value::Undefined)
}

fn is_promise<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(matches!(arg(args, 0), Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Promise(_)))))
}

/// `$.helper(name)`: a helper published by name (by `$.register` or by a Rust installer, e.g.
/// a table of private natives a built-in file needs), or undefined.
fn helper_by_name<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match arg(args, 0) {
        Value::String(s) => NativeResult::Return(ctx.vm.helper(&s.to_rust_string())),
        _ => NativeResult::Return(Value::Undefined),
    }
}

/// `$.proxyParts(p)`: `[target, handler]`, `[null, null]` once revoked.
fn proxy_parts<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (t, h) = match arg(args, 0) {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::Proxy { target, handler } => {
                (target.map(Value::Object).unwrap_or(Value::Null), handler.map(Value::Object).unwrap_or(Value::Null))
            }
            _ => (Value::Null, Value::Null),
        },
        _ => (Value::Null, Value::Null),
    };
    NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, vec![t, h])))
}

/// `$.forInIterator(object, keys)`: a for-in iterator over keys already collected (by the
/// self-hosted path taken when a proxy is on the prototype chain).
fn for_in_iterator<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(object) = arg(args, 0) else { return NativeResult::Return(Value::Undefined) };
    let values = ctx.vm.array_values(arg(args, 1));
    let mut keys = Vec::with_capacity(values.len());
    for v in values {
        if let Some(k) = ctx.vm.to_key_fast(ctx.mc, v) {
            keys.push(k);
        }
    }
    NativeResult::Return(Value::Object(Obj::new(ctx.mc, None, ObjectKind::ForIn { keys, object, index: 0 })))
}

fn is_proxy<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(matches!(arg(args, 0), Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Proxy { .. }))))
}

/// `$.register(name, value)`: publish a helper the executor calls by name.
fn register<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Value::String(s) = arg(args, 0) {
        ctx.vm.realm.helpers.insert(s.to_rust_string().into(), arg(args, 1));
    }
    NativeResult::Return(Value::Undefined)
}

/// `$.compileFunction(params, body, isAsync, isGenerator)`: the Function constructor's core.
fn compile_function<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let text = |v: Value<'gc>| match v {
        Value::String(s) => s.to_rust_string(),
        _ => String::new(),
    };
    let (params, body) = (text(arg(args, 0)), text(arg(args, 1)));
    let (is_async, is_gen) = (arg(args, 2).to_boolean(), arg(args, 3).to_boolean());
    let func = match minijs_parser::parse_function(&params, &body, is_async, is_gen) {
        Ok(f) => f,
        Err(e) => return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &e.message)),
    };
    let full = minijs_parser::function_constructor_source(&params, &body, is_async, is_gen);
    let source = std::rc::Rc::new(crate::bytecode::proto::Source {
        name: std::rc::Rc::from("anonymous"),
        text: std::rc::Rc::from(full),
        first_line_shift: 0,
    });
    match crate::compiler::compile_function(&func, source) {
        Ok(code) => {
            let loaded = ctx.vm.load_code(ctx.mc, &code);
            let f = ctx.vm.make_function(ctx.mc, loaded, Vec::new(), None, None);
            NativeResult::Return(Value::Object(f))
        }
        Err(e) => NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &e.message)),
    }
}

/// `$.evalScript(text)`: indirect eval — run the text as a global script, returning its
/// completion value.
fn eval_script<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::String(s) = arg(args, 0) else { return NativeResult::Return(arg(args, 0)) };
    match crate::compile_script(&s.to_rust_string(), "eval", false) {
        Ok(code) => {
            let f = ctx.vm.function_from_code(ctx.mc, &code);
            let global = Value::Object(ctx.vm.realm.global);
            NativeResult::Call { f, this: global, args: Vec::new(), then: None }
        }
        Err(e) => NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &e.message)),
    }
}

impl<'gc> Vm<'gc> {
    /// OrdinaryOwnPropertyKeys including exotic `length`/indices, excluding private names.
    pub fn own_property_keys(&mut self, o: Obj<'gc>) -> Vec<PropertyKey<'gc>> {
        let mut keys = o.own_keys();
        keys.retain(|k| !matches!(k, PropertyKey::Symbol(s) if s.0.private));
        let length = PropertyKey::String(self.names.length);
        if self.has_own_exotic(o, length) && !keys.contains(&length) {
            // `length` of arrays and string wrappers comes after the indices, before others
            let at = keys.iter().position(|k| !matches!(k, PropertyKey::Index(_))).unwrap_or(keys.len());
            keys.insert(at, length);
        }
        keys
    }

    /// The `$` object handed to the self-hosted code.
    pub fn intrinsics_object(&mut self, mc: &Mutation<'gc>) -> Obj<'gc> {
        let o = Obj::new(mc, None, ObjectKind::Ordinary);
        let table: &[(&str, u32, crate::exec::native::NativeFn)] = &[
            ("call", 2, call),
            ("construct", 3, construct),
            ("recordParts", 1, record_parts),
            ("markDone", 1, mark_done),
            ("fastRest", 1, fast_rest),
            ("arrayPush", 2, array_push),
            ("ownKeys", 1, own_keys),
            ("isEnumerable", 2, is_enumerable),
            ("hasOwn", 2, has_own),
            ("createDataProperty", 3, create_data_property),
            ("define", 4, define),
            ("makeError", 2, make_error),
            ("ordinaryHasInstance", 2, ordinary_has_instance),
            ("setFunctionName", 2, set_function_name),
            ("isCallable", 1, is_callable),
            ("isConstructor", 1, is_constructor),
            ("toObject", 1, to_object),
            ("performThen", 6, perform_then),
            ("isPromise", 1, is_promise),
            ("register", 2, register),
            ("helper", 1, helper_by_name),
            ("compileFunction", 4, compile_function),
            ("proxyParts", 1, proxy_parts),
            ("isProxy", 1, is_proxy),
            ("forInIterator", 2, for_in_iterator),
            ("evalScript", 1, eval_script),
        ];
        for &(name, len, f) in table {
            self.define_method(mc, o, name, len, f);
        }
        let syms = self.realm.symbols;
        for (name, sym) in [
            ("symbolIterator", syms.iterator),
            ("symbolAsyncIterator", syms.async_iterator),
            ("symbolToPrimitive", syms.to_primitive),
            ("symbolHasInstance", syms.has_instance),
            ("symbolToStringTag", syms.to_string_tag),
            ("symbolSpecies", syms.species),
            ("symbolIsConcatSpreadable", syms.is_concat_spreadable),
            ("symbolUnscopables", syms.unscopables),
            ("symbolMatch", syms.match_),
            ("symbolMatchAll", syms.match_all),
            ("symbolReplace", syms.replace),
            ("symbolSearch", syms.search),
            ("symbolSplit", syms.split),
        ] {
            self.define_value(mc, o, name, Value::Symbol(sym), Attrs::HIDDEN);
        }
        if let Some(&rec) = self.realm.helpers.get("makeIteratorRecord") {
            self.define_value(mc, o, "makeIteratorRecord", rec, Attrs::HIDDEN);
        }
        o
    }
}
