//! Iterator prototypes: %IteratorPrototype%, array iterators, generators (sync and async),
//! and the iterator records for-of uses for generic iterables.

use gc_arena::Mutation;

use super::{arg, throw_type};
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::{Capability, GeneratorStatus, IterKind, ObjectKind, ResumeKind};
use crate::heap::object::{Attrs, Lookup, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

fn return_this<'gc>(_ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(this)
}

fn array_iterator<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, kind: IterKind) -> NativeResult<'gc> {
    let target = match ctx.vm.to_object(ctx.mc, this) {
        Some(o) => Value::Object(o),
        None => return throw_type(ctx, "Array.prototype.values called on null or undefined"),
    };
    let proto = ctx.vm.realm.array_iterator_proto;
    let it = Obj::new(ctx.mc, Some(proto), ObjectKind::ArrayIterator { target, index: 0, kind, done: false });
    NativeResult::Return(Value::Object(it))
}

fn values<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    array_iterator(ctx, this, IterKind::Values)
}
fn keys<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    array_iterator(ctx, this, IterKind::Keys)
}
fn entries<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    array_iterator(ctx, this, IterKind::Entries)
}

fn array_iterator_next<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(it) = this else { return throw_type(ctx, "next method called on incompatible receiver") };
    let (target, done) = match &it.borrow().kind {
        ObjectKind::ArrayIterator { target, done, .. } => (*target, *done),
        _ => return throw_type(ctx, "next method called on incompatible receiver"),
    };
    if done {
        let r = ctx.vm.iter_result(ctx.mc, Value::Undefined, true);
        return NativeResult::Return(Value::Object(r));
    }
    let Value::Object(t) = target else { return NativeResult::Return(Value::Undefined) };
    let len = if t.is_array() {
        t.array_len()
    } else if let Some(ta) = super::typed_array::typed_array_data(t) {
        // %ArrayIteratorPrototype%.next on a typed array: its current length; detached throws.
        if ta.is_out_of_bounds() {
            return throw_type(ctx, "Cannot perform %ArrayIteratorPrototype%.next on a detached ArrayBuffer");
        }
        ta.current_length()
    } else {
        match ctx.vm.get(ctx.mc, target, PropertyKey::String(ctx.vm.names.length)) {
            crate::exec::property::Get::Value(v) => length_of(v),
            crate::exec::property::Get::Throw(e) => return NativeResult::Throw(e),
            // A getter or a proxy's `get` trap: continue once it returned.
            crate::exec::property::Get::Call(f, this) => {
                let cont = Continuation { f: next_after_length, values: vec![Value::Object(it)], mapping: None, callee: ctx.callee };
                return NativeResult::Call { f, this, args: Vec::new(), then: Some(cont) };
            }
        }
    };
    array_iterator_step(ctx, it, len)
}

fn length_of(v: Value<'_>) -> usize {
    v.primitive_to_number().unwrap_or(0.0).max(0.0) as usize
}

fn next_after_length<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let Some(Value::Object(it)) = cont.values.first().copied() else { return NativeResult::Return(Value::Undefined) };
    match r {
        Ok(v) => array_iterator_step(ctx, it, length_of(v)),
        Err(e) => NativeResult::Throw(e),
    }
}

/// The rest of %ArrayIteratorPrototype%.next once the length is known.
fn array_iterator_step<'gc>(ctx: &mut Ctx<'gc, '_>, it: Obj<'gc>, len: usize) -> NativeResult<'gc> {
    let (target, index, kind) = match &it.borrow().kind {
        ObjectKind::ArrayIterator { target, index, kind, .. } => (*target, *index, *kind),
        _ => return throw_type(ctx, "next method called on incompatible receiver"),
    };
    if index as usize >= len {
        if let ObjectKind::ArrayIterator { done, .. } = &mut it.borrow_mut(ctx.mc).kind {
            *done = true;
        }
        let r = ctx.vm.iter_result(ctx.mc, Value::Undefined, true);
        return NativeResult::Return(Value::Object(r));
    }
    if let ObjectKind::ArrayIterator { index: i, .. } = &mut it.borrow_mut(ctx.mc).kind {
        *i += 1;
    }
    let value = match kind {
        IterKind::Keys => Value::Number(index as f64),
        _ => {
            let v = match ctx.vm.get(ctx.mc, target, PropertyKey::Index(index)) {
                crate::exec::property::Get::Value(v) => v,
                crate::exec::property::Get::Throw(e) => return NativeResult::Throw(e),
                crate::exec::property::Get::Call(f, this) => {
                    let entries = Value::Bool(kind == IterKind::Entries);
                    let values = vec![Value::Number(index as f64), entries];
                    let cont = Continuation { f: next_after_value, values, mapping: None, callee: ctx.callee };
                    return NativeResult::Call { f, this, args: Vec::new(), then: Some(cont) };
                }
            };
            if kind == IterKind::Entries { Value::Object(ctx.vm.new_array(ctx.mc, vec![Value::Number(index as f64), v])) } else { v }
        }
    };
    let r = ctx.vm.iter_result(ctx.mc, value, false);
    NativeResult::Return(Value::Object(r))
}

fn next_after_value<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let v = match r {
        Ok(v) => v,
        Err(e) => return NativeResult::Throw(e),
    };
    let index = cont.values.first().copied().unwrap_or(Value::Undefined);
    let value =
        if cont.values.get(1).is_some_and(|e| e.to_boolean()) { Value::Object(ctx.vm.new_array(ctx.mc, vec![index, v])) } else { v };
    let r = ctx.vm.iter_result(ctx.mc, value, false);
    NativeResult::Return(Value::Object(r))
}

fn generator_resume<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], kind: ResumeKind) -> NativeResult<'gc> {
    let Value::Object(g) = this else { return throw_type(ctx, "next method called on incompatible receiver") };
    match &g.borrow().kind {
        ObjectKind::Generator(data) if !data.is_async => {}
        _ => return throw_type(ctx, "next method called on incompatible receiver"),
    }
    NativeResult::Resume { generator: g, kind, value: arg(args, 0) }
}

fn generator_next<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    generator_resume(ctx, this, args, ResumeKind::Next)
}
fn generator_return<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    generator_resume(ctx, this, args, ResumeKind::Return)
}
fn generator_throw<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    generator_resume(ctx, this, args, ResumeKind::Throw)
}

/// Async generators queue the request and return a promise for its result.
fn async_generator_enqueue<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], kind: ResumeKind) -> NativeResult<'gc> {
    let promise = ctx.vm.new_promise(ctx.mc);
    let ok = matches!(&this, Value::Object(g) if matches!(&g.borrow().kind, ObjectKind::Generator(d) if d.is_async));
    let Value::Object(g) = this else { return NativeResult::Return(Value::Object(promise)) };
    if !ok {
        let e = ctx.vm.type_error(ctx.mc, "AsyncGenerator method called on incompatible receiver");
        ctx.vm.reject_promise(ctx.mc, promise, e);
        return NativeResult::Return(Value::Object(promise));
    }
    let cap = Capability { promise: Value::Object(promise), resolve: Value::Undefined, reject: Value::Undefined };
    let idle = match &mut g.borrow_mut(ctx.mc).kind {
        ObjectKind::Generator(d) => {
            d.queue.push_back((kind, arg(args, 0), cap));
            d.queue.len() == 1 && d.status != GeneratorStatus::Executing
        }
        _ => false,
    };
    if idle {
        // Deliver the promise to the caller first, then start the generator on top of it.
        ctx.vm.pending_async_generator = Some(g);
    }
    NativeResult::Return(Value::Object(promise))
}

fn async_generator_next<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    async_generator_enqueue(ctx, this, args, ResumeKind::Next)
}
fn async_generator_return<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    async_generator_enqueue(ctx, this, args, ResumeKind::Return)
}
fn async_generator_throw<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    async_generator_enqueue(ctx, this, args, ResumeKind::Throw)
}

/// `%makeIteratorRecord(iterator)`: the record for-of steps through (reads `next` once).
fn make_iterator_record<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let iterator = arg(args, 0);
    let next = arg(args, 1);
    let rec = Obj::new(ctx.mc, None, ObjectKind::IteratorRecord { iterator, next, done: false });
    NativeResult::Return(Value::Object(rec))
}

impl<'gc> Vm<'gc> {
    pub fn resume_generator_async(&mut self, mc: &'gc Mutation<'gc>, g: Obj<'gc>, kind: ResumeKind, value: Value<'gc>) {
        self.resume_generator(mc, g, kind, value, crate::exec::frame::ReturnTo::Discard);
    }
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let sym_iter = vm.realm.symbols.iterator;
    let sym_async_iter = vm.realm.symbols.async_iterator;
    let ip = vm.realm.iterator_proto;
    vm.define_symbol_method(mc, ip, sym_iter, "[Symbol.iterator]", 0, return_this);
    let aip = vm.realm.async_iterator_proto;
    vm.define_symbol_method(mc, aip, sym_async_iter, "[Symbol.asyncIterator]", 0, return_this);

    let ap = vm.realm.array_proto;
    let values_fn = vm.define_method(mc, ap, "values", 0, values);
    ap.set_raw(mc, PropertyKey::Symbol(sym_iter), Value::Object(values_fn), Attrs::HIDDEN);
    vm.realm.helpers.insert("Array.prototype.values".into(), Value::Object(values_fn));
    vm.define_method(mc, ap, "keys", 0, keys);
    vm.define_method(mc, ap, "entries", 0, entries);

    let aitp = vm.realm.array_iterator_proto;
    let next = vm.define_method(mc, aitp, "next", 0, array_iterator_next);
    vm.realm.helpers.insert("ArrayIterator.prototype.next".into(), Value::Object(next));
    vm.define_tag(mc, aitp, "Array Iterator");

    let gp = vm.realm.generator_proto;
    vm.define_method(mc, gp, "next", 1, generator_next);
    vm.define_method(mc, gp, "return", 1, generator_return);
    vm.define_method(mc, gp, "throw", 1, generator_throw);
    vm.define_tag(mc, gp, "Generator");
    let gfp = vm.realm.generator_function_proto;
    gfp.set_raw(mc, PropertyKey::String(vm.names.prototype), Value::Object(gp), Attrs::CONFIGURABLE_ONLY);
    gp.set_raw(mc, PropertyKey::String(vm.names.constructor), Value::Object(gfp), Attrs::CONFIGURABLE_ONLY);
    vm.define_tag(mc, gfp, "GeneratorFunction");

    let agp = vm.realm.async_generator_proto;
    vm.define_method(mc, agp, "next", 1, async_generator_next);
    vm.define_method(mc, agp, "return", 1, async_generator_return);
    vm.define_method(mc, agp, "throw", 1, async_generator_throw);
    vm.define_tag(mc, agp, "AsyncGenerator");
    let agfp = vm.realm.async_generator_function_proto;
    agfp.set_raw(mc, PropertyKey::String(vm.names.prototype), Value::Object(agp), Attrs::CONFIGURABLE_ONLY);
    vm.define_tag(mc, agfp, "AsyncGeneratorFunction");
    let afp = vm.realm.async_function_proto;
    vm.define_tag(mc, afp, "AsyncFunction");

    let rec = vm.native_function(mc, "makeIteratorRecord", 2, make_iterator_record, Value::Undefined, false);
    vm.realm.helpers.insert("makeIteratorRecord".into(), Value::Object(rec));
    let _ = Lookup::Missing::<'gc>;
}
