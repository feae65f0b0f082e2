//! Iteration for for-of, spread and destructuring: a fast path for arrays whose iteration is
//! unobservable, and iterator records that call `next()` through the executor otherwise.

use gc_arena::Mutation;

use crate::exec::frame::{Dest, ReturnTo};
use crate::exec::interp::Exec;
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::{IterKind, ObjectKind};
use crate::heap::object::{Obj, PropertyKey, Slot};
use crate::heap::value::Value;
use crate::vm::Vm;

impl<'gc> Vm<'gc> {
    /// An internal record iterating an array directly, when that is unobservable.
    pub fn fast_iterator(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Option<Obj<'gc>> {
        let Value::Object(o) = v else { return None };
        if !o.is_array() || !self.array_iteration_is_pristine(o) {
            return None;
        }
        Some(Obj::new(mc, None, ObjectKind::ArrayIterator { target: v, index: 0, kind: IterKind::Values, done: false }))
    }

    /// `Some(Some(v))` next value, `Some(None)` done, `None` when `next()` must be called.
    pub fn iterator_step_fast(&mut self, mc: &Mutation<'gc>, rec: Value<'gc>) -> Option<Option<Value<'gc>>> {
        let Value::Object(r) = rec else { return Some(None) };
        let mut data = r.borrow_mut(mc);
        match &mut data.kind {
            ObjectKind::ArrayIterator { target: Value::Object(a), index, done, .. } => {
                if *done {
                    return Some(None);
                }
                let a = *a;
                let i = *index as usize;
                let elements = &a.borrow().elements;
                if i < elements.len() {
                    *index += 1;
                    let v = elements[i];
                    Some(Some(if matches!(v, Value::Empty) { Value::Undefined } else { v }))
                } else {
                    *done = true;
                    Some(None)
                }
            }
            ObjectKind::IteratorRecord { done: true, .. } => Some(None),
            _ => None,
        }
    }

    pub fn record_parts(&self, rec: Value<'gc>) -> (Value<'gc>, Value<'gc>) {
        match rec {
            Value::Object(r) => match &r.borrow().kind {
                ObjectKind::IteratorRecord { iterator, next, .. } => (*iterator, *next),
                _ => (Value::Undefined, Value::Undefined),
            },
            _ => (Value::Undefined, Value::Undefined),
        }
    }

    pub fn mark_record_done(&self, mc: &Mutation<'gc>, rec: Value<'gc>) {
        if let Value::Object(r) = rec {
            match &mut r.borrow_mut(mc).kind {
                ObjectKind::IteratorRecord { done, .. } | ObjectKind::ArrayIterator { done, .. } => *done = true,
                _ => {}
            }
        }
    }

    /// Calls `next()` of a generic iterator record; the value (or `<empty>` when done, or
    /// undefined with `or_undefined`) is pushed on the frame.
    pub fn iterator_step_call(&mut self, mc: &Mutation<'gc>, rec: Value<'gc>, or_undefined: bool, callee: Obj<'gc>) -> Exec<'gc> {
        let (iterator, next) = self.record_parts(rec);
        Exec::Call {
            f: next,
            this: iterator,
            args: Vec::new(),
            new_target: None,
            dest: ReturnTo::Native {
                cont: Continuation { f: step_done, values: vec![rec, Value::Bool(or_undefined)], mapping: None, callee },
                dest: Dest::new(mc, ReturnTo::Push),
            },
        }
    }

    /// IteratorComplete + IteratorValue of a result object when reading them cannot run code: the
    /// value, or `Empty` (and the record marked done) at the end; `None` when JS must read them.
    pub fn iterator_result_fast(&mut self, mc: &Mutation<'gc>, rec: Value<'gc>, r: Obj<'gc>) -> Option<Value<'gc>> {
        let done = data_property(r, PropertyKey::String(self.names.done))?;
        if done.to_boolean() {
            self.mark_record_done(mc, rec);
            return Some(Value::Empty);
        }
        data_property(r, PropertyKey::String(self.names.value))
    }

    /// The slow path of `iterator_result_fast`: pushes the value, or `Empty` at the end.
    pub fn iterator_result_call(&mut self, mc: &Mutation<'gc>, rec: Value<'gc>, r: Obj<'gc>, callee: Obj<'gc>) -> Exec<'gc> {
        Exec::Call {
            f: self.helper("iteratorResultParts"),
            this: Value::Undefined,
            args: vec![Value::Object(r)],
            new_target: None,
            dest: ReturnTo::Native {
                cont: Continuation { f: step_parts_done, values: vec![rec, Value::Bool(false)], mapping: None, callee },
                dest: Dest::new(mc, ReturnTo::Push),
            },
        }
    }

    /// IteratorClose: call `return()` unless the record is done. `on_throw` ignores its
    /// errors and result (the original exception wins).
    pub fn iterator_close(&mut self, mc: &Mutation<'gc>, rec: Value<'gc>, on_throw: bool) -> Option<Exec<'gc>> {
        let Value::Object(r) = rec else { return None };
        let iterator = match &r.borrow().kind {
            ObjectKind::IteratorRecord { done: false, iterator, .. } => *iterator,
            _ => return None,
        };
        self.mark_record_done(mc, rec);
        let Value::Object(it) = iterator else { return None };
        let ret = match it.lookup(PropertyKey::String(self.names.return_)) {
            crate::heap::object::Lookup::Value(v) => v,
            crate::heap::object::Lookup::Getter(Some(g)) => {
                // Rare: a getter for `return`. Call it through the helper for correctness.
                let _ = g;
                self.helper("iteratorCloseSlow")
            }
            _ => Value::Undefined,
        };
        if ret.is_nullish() {
            return None;
        }
        let (f, this, args) =
            if ret == self.helper("iteratorCloseSlow") { (ret, Value::Undefined, vec![iterator]) } else { (ret, iterator, Vec::new()) };
        Some(Exec::Call {
            f,
            this,
            args,
            new_target: None,
            dest: ReturnTo::Native {
                cont: Continuation { f: close_done, values: vec![Value::Bool(on_throw)], mapping: None, callee: r },
                dest: Dest::new(mc, ReturnTo::PushNothing),
            },
        })
    }

    /// The object for-in enumerates when a proxy is on its prototype chain (its keys then come
    /// from traps, collected by the self-hosted `proxyForIn`); `None` otherwise.
    pub fn for_in_needs_traps(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Option<Obj<'gc>> {
        let start = match v {
            Value::Object(o) => o,
            Value::Undefined | Value::Null => return None,
            prim => self.to_object(mc, prim)?,
        };
        let mut current = Some(start);
        for _ in 0..10_000 {
            let o = current?;
            if matches!(o.borrow().kind, ObjectKind::Proxy { .. }) {
                return Some(start);
            }
            current = o.proto();
        }
        None
    }

    /// for-in: a snapshot of the enumerable string keys of the object and its prototypes.
    pub fn for_in_start(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Value<'gc> {
        let mut keys: Vec<PropertyKey<'gc>> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let start = match v {
            Value::Object(o) => Some(o),
            Value::Undefined | Value::Null => None,
            prim => self.to_object(mc, prim),
        };
        let mut current = start;
        let mut depth = 0;
        while let Some(o) = current {
            depth += 1;
            if depth > 10_000 {
                break;
            }
            for k in o.own_keys() {
                if matches!(k, PropertyKey::Symbol(_)) {
                    continue;
                }
                if !seen.insert(k) {
                    continue;
                }
                let enumerable = match self.get_own_property(mc, o, k) {
                    Some(p) => p.attrs.enumerable(),
                    None => false,
                };
                if enumerable {
                    keys.push(k);
                }
            }
            current = o.proto();
        }
        let object = start.unwrap_or_else(|| self.new_object(mc));
        Value::Object(Obj::new(mc, None, ObjectKind::ForIn { keys, object, index: 0 }))
    }

    pub fn for_in_step(&mut self, mc: &Mutation<'gc>, it: Value<'gc>) -> Option<Value<'gc>> {
        let Value::Object(it) = it else { return None };
        loop {
            let (key, object) = {
                let mut d = it.borrow_mut(mc);
                let ObjectKind::ForIn { keys, object, index } = &mut d.kind else { return None };
                let k = *keys.get(*index)?;
                *index += 1;
                (k, *object)
            };
            // Skip keys deleted during the loop (keys collected through a proxy's traps were
            // already checked then).
            if self.has_property_or_proxy(object, key).unwrap_or(true) {
                return Some(self.key_to_value(key, mc));
            }
        }
    }
}

/// After `next()`: unpack `{done, value}`.
fn step_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let rec = cont.values.first().copied().unwrap_or(Value::Undefined);
    let or_undefined = cont.values.get(1).is_some_and(|v| v.to_boolean());
    let r = match result {
        Ok(Value::Object(r)) => r,
        Ok(other) => {
            ctx.vm.mark_record_done(ctx.mc, rec);
            let msg = format!("Iterator result {} is not an object", ctx.vm.display_value(other));
            return NativeResult::Throw(ctx.vm.type_error(ctx.mc, &msg));
        }
        Err(e) => {
            ctx.vm.mark_record_done(ctx.mc, rec);
            return NativeResult::Throw(e);
        }
    };
    match ctx.vm.iterator_result_fast(ctx.mc, rec, r) {
        Some(Value::Empty) => NativeResult::Return(if or_undefined { Value::Undefined } else { Value::Empty }),
        Some(value) => NativeResult::Return(value),
        // A getter or a Proxy can run code and throw: read the result in JS.
        None => NativeResult::Call {
            f: ctx.vm.helper("iteratorResultParts"),
            this: Value::Undefined,
            args: vec![Value::Object(r)],
            then: Some(Continuation { f: step_parts_done, values: cont.values.clone(), mapping: None, callee: cont.callee }),
        },
    }
}

/// A step's value, or (`None`) the end of the iteration.
fn finish_step<'gc>(ctx: &mut Ctx<'gc, '_>, rec: Value<'gc>, or_undefined: bool, value: Option<Value<'gc>>) -> NativeResult<'gc> {
    match value {
        Some(v) => NativeResult::Return(v),
        None => {
            ctx.vm.mark_record_done(ctx.mc, rec);
            NativeResult::Return(if or_undefined { Value::Undefined } else { Value::Empty })
        }
    }
}

/// After `iteratorResultParts`: `[true]` or `[false, value]`. An abrupt read ends the iteration
/// without closing the iterator (IteratorStepValue sets [[Done]]).
fn step_parts_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let rec = cont.values.first().copied().unwrap_or(Value::Undefined);
    let or_undefined = cont.values.get(1).is_some_and(|v| v.to_boolean());
    let parts = match result {
        Ok(Value::Object(parts)) => parts,
        Ok(_) => return NativeResult::Return(Value::Undefined),
        Err(e) => {
            ctx.vm.mark_record_done(ctx.mc, rec);
            return NativeResult::Throw(e);
        }
    };
    let part = |i: u32| data_property(parts, PropertyKey::Index(i)).unwrap_or(Value::Undefined);
    if part(0).to_boolean() { finish_step(ctx, rec, or_undefined, None) } else { finish_step(ctx, rec, or_undefined, Some(part(1))) }
}

/// `o[key]` when reading it cannot run code (a data property, or absent, along an ordinary
/// prototype chain); `None` for an accessor or a Proxy on the way.
fn data_property<'gc>(o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<Value<'gc>> {
    let mut current = o;
    for _ in 0..100_000 {
        if matches!(current.borrow().kind, ObjectKind::Proxy { .. }) {
            return None;
        }
        if let Some(p) = current.get_own(key) {
            return match p.slot {
                Slot::Data(v) => Some(v),
                Slot::Accessor { .. } => None,
            };
        }
        match current.proto() {
            Some(p) => current = p,
            None => return Some(Value::Undefined),
        }
    }
    None
}

/// After `return()` in IteratorClose.
fn close_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let on_throw = cont.values.first().is_some_and(|v| v.to_boolean());
    if on_throw {
        return NativeResult::Return(Value::Undefined);
    }
    match result {
        Ok(Value::Object(_)) => NativeResult::Return(Value::Undefined),
        Ok(_) => NativeResult::Throw(ctx.vm.type_error(ctx.mc, "Iterator result is not an object")),
        Err(e) => NativeResult::Throw(e),
    }
}
