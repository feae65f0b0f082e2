//! Promise internals: states, reactions, jobs and rejection tracking. Reactions record the
//! AsyncContext mapping current when they are registered (PerformPromiseThen); thenable jobs
//! record the mapping current at resolution; rejections record the mapping at rejection time.

use gc_arena::Mutation;

use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::{Capability, ObjectKind, PromiseData, PromiseState, Reaction, ReactionHandler, ReactionKind};
use crate::heap::object::{Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::{Job, PendingRejection, Vm};

impl<'gc> Vm<'gc> {
    pub fn new_promise(&self, mc: &Mutation<'gc>) -> Obj<'gc> {
        self.new_promise_with_proto(mc, self.realm.promise_proto)
    }

    pub fn new_promise_with_proto(&self, mc: &Mutation<'gc>, proto: Obj<'gc>) -> Obj<'gc> {
        Obj::new(
            mc,
            Some(proto),
            ObjectKind::Promise(PromiseData { state: PromiseState::Pending { fulfill: Vec::new(), reject: Vec::new() }, handled: false }),
        )
    }

    pub fn is_pending(&self, p: Obj<'gc>) -> bool {
        matches!(&p.borrow().kind, ObjectKind::Promise(PromiseData { state: PromiseState::Pending { .. }, .. }))
    }

    /// Resolve(promise, value): fulfills, rejects on self-resolution, or schedules a thenable
    /// job for objects with a callable `then`.
    pub fn resolve_promise(&mut self, mc: &Mutation<'gc>, p: Obj<'gc>, v: Value<'gc>) {
        if !self.is_pending(p) {
            return;
        }
        if let Value::Object(o) = v {
            if o == p {
                let e = self.type_error(mc, "Chaining cycle detected for promise #<Promise>");
                return self.reject_promise(mc, p, e);
            }
            let then = match o.lookup(PropertyKey::String(self.names.then)) {
                crate::heap::object::Lookup::Value(t) => t,
                _ => Value::Undefined,
            };
            if matches!(then, Value::Object(t) if t.is_callable()) {
                self.jobs.push_back(Job::Thenable { promise: p, thenable: v, then, mapping: self.context });
                return;
            }
        }
        self.settle_promise(mc, p, Ok(v));
    }

    pub fn reject_promise(&mut self, mc: &Mutation<'gc>, p: Obj<'gc>, e: Value<'gc>) {
        if !self.is_pending(p) {
            return;
        }
        self.settle_promise(mc, p, Err(e));
    }

    fn settle_promise(&mut self, mc: &Mutation<'gc>, p: Obj<'gc>, result: Result<Value<'gc>, Value<'gc>>) {
        let (reactions, handled) = {
            let mut d = p.borrow_mut(mc);
            let ObjectKind::Promise(pd) = &mut d.kind else { return };
            let new_state = match result {
                Ok(v) => PromiseState::Fulfilled(v),
                Err(e) => PromiseState::Rejected(e),
            };
            let old = std::mem::replace(&mut pd.state, new_state);
            let reactions = match old {
                PromiseState::Pending { fulfill, reject } => {
                    if result.is_ok() {
                        fulfill
                    } else {
                        reject
                    }
                }
                _ => Vec::new(),
            };
            (reactions, pd.handled)
        };
        let argument = match result {
            Ok(v) | Err(v) => v,
        };
        if result.is_err() && !handled {
            self.pending_rejections.push(PendingRejection { promise: p, mapping: self.context });
        }
        for reaction in reactions {
            self.jobs.push_back(Job::Reaction { reaction, argument });
        }
    }

    /// PerformPromiseThen with the current mapping.
    pub fn perform_then(
        &mut self,
        mc: &Mutation<'gc>,
        p: Obj<'gc>,
        on_fulfilled: ReactionHandler<'gc>,
        on_rejected: ReactionHandler<'gc>,
        capability: Option<Capability<'gc>>,
    ) {
        let mapping = self.context;
        let fulfill = Reaction { capability, kind: ReactionKind::Fulfill, handler: on_fulfilled, mapping };
        let reject = Reaction { capability, kind: ReactionKind::Reject, handler: on_rejected, mapping };
        let mut newly_handled_rejection = false;
        let job = {
            let mut d = p.borrow_mut(mc);
            let ObjectKind::Promise(pd) = &mut d.kind else { return };
            let was_handled = pd.handled;
            pd.handled = true;
            match &mut pd.state {
                PromiseState::Pending { fulfill: f, reject: r } => {
                    f.push(fulfill);
                    r.push(reject);
                    None
                }
                PromiseState::Fulfilled(v) => Some(Job::Reaction { reaction: fulfill, argument: *v }),
                PromiseState::Rejected(e) => {
                    newly_handled_rejection = !was_handled;
                    Some(Job::Reaction { reaction: reject, argument: *e })
                }
            }
        };
        if newly_handled_rejection {
            self.rejection_handled(p);
        }
        if let Some(job) = job {
            self.jobs.push_back(job);
        }
    }

    /// A rejected promise got its first handler: no longer unhandled (or, if already
    /// reported, a `rejectionhandled` to report).
    fn rejection_handled(&mut self, p: Obj<'gc>) {
        if let Some(i) = self.pending_rejections.iter().position(|r| r.promise == p) {
            self.pending_rejections.remove(i);
        } else if let Some(i) = self.reported_rejections.iter().position(|r| *r == p) {
            self.reported_rejections.remove(i);
            self.handled_later.push(PendingRejection { promise: p, mapping: self.context });
        }
    }

    pub fn perform_then_resume(&mut self, mc: &Mutation<'gc>, p: Obj<'gc>, state: Obj<'gc>) {
        self.perform_then(mc, p, ReactionHandler::Resume(state), ReactionHandler::Resume(state), None);
    }

    /// PromiseResolve(%Promise%, v).
    pub fn promise_resolve_intrinsic(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Obj<'gc> {
        if let Value::Object(o) = v
            && matches!(o.borrow().kind, ObjectKind::Promise(_))
        {
            let ctor = match o.lookup(PropertyKey::String(self.names.constructor)) {
                crate::heap::object::Lookup::Value(c) => c,
                _ => Value::Undefined,
            };
            if ctor == Value::Object(self.realm.promise_ctor) {
                return o;
            }
        }
        let p = self.new_promise(mc);
        self.resolve_promise(mc, p, v);
        p
    }

    /// Capabilities created by the engine for its own promises settle them directly.
    pub fn is_intrinsic_capability(&self, cap: &Capability<'gc>) -> bool {
        cap.resolve.is_undefined() && cap.reject.is_undefined()
    }

    /// The resolve/reject pair for a promise (sharing one "already resolved" flag).
    pub fn resolving_functions(&mut self, mc: &Mutation<'gc>, p: Obj<'gc>) -> (Value<'gc>, Value<'gc>) {
        let record = self.new_array(mc, vec![Value::Object(p), Value::Bool(false)]);
        let resolve = self.native_function(mc, "", 1, resolve_function, Value::Object(record), false);
        let reject = self.native_function(mc, "", 1, reject_function, Value::Object(record), false);
        (Value::Object(resolve), Value::Object(reject))
    }

    /// Async generators: a body completed; settle queued requests.
    pub fn async_generator_complete(&mut self, mc: &'gc Mutation<'gc>, generator: Obj<'gc>, result: Result<Value<'gc>, Value<'gc>>) {
        let first = match &mut generator.borrow_mut(mc).kind {
            ObjectKind::Generator(g) => g.queue.pop_front(),
            _ => None,
        };
        if let Some((_, _, cap)) = first
            && let Value::Object(p) = cap.promise
        {
            match result {
                Ok(v) => {
                    let r = self.iter_result(mc, v, true);
                    self.resolve_promise(mc, p, Value::Object(r));
                }
                Err(e) => self.reject_promise(mc, p, e),
            }
        }
        self.async_generator_drain(mc, generator);
    }

    /// Async generators: the body yielded `v`; resolve the oldest request.
    pub fn async_generator_yielded(&mut self, mc: &'gc Mutation<'gc>, generator: Obj<'gc>, v: Value<'gc>) {
        let first = match &mut generator.borrow_mut(mc).kind {
            ObjectKind::Generator(g) => g.queue.pop_front(),
            _ => None,
        };
        if let Some((_, _, cap)) = first
            && let Value::Object(p) = cap.promise
        {
            let r = self.iter_result(mc, v, false);
            self.resolve_promise(mc, p, Value::Object(r));
        }
        self.async_generator_drain(mc, generator);
    }

    /// Resumes a suspended async generator with its next queued request, or settles
    /// requests made after completion.
    pub fn async_generator_drain(&mut self, mc: &'gc Mutation<'gc>, generator: Obj<'gc>) {
        use crate::heap::kind::{GeneratorStatus, ResumeKind};
        loop {
            let (status, next) = match &generator.borrow().kind {
                ObjectKind::Generator(g) => (g.status, g.queue.front().map(|(k, v, _)| (*k, *v))),
                _ => return,
            };
            let Some((kind, value)) = next else { return };
            match status {
                GeneratorStatus::Executing => return,
                GeneratorStatus::Completed => {
                    let cap = match &mut generator.borrow_mut(mc).kind {
                        ObjectKind::Generator(g) => g.queue.pop_front().map(|(_, _, c)| c),
                        _ => None,
                    };
                    let Some(Value::Object(p)) = cap.map(|c| c.promise) else { return };
                    match kind {
                        ResumeKind::Throw => self.reject_promise(mc, p, value),
                        ResumeKind::Return => {
                            let r = self.iter_result(mc, value, true);
                            self.resolve_promise(mc, p, Value::Object(r));
                        }
                        ResumeKind::Next => {
                            let r = self.iter_result(mc, Value::Undefined, true);
                            self.resolve_promise(mc, p, Value::Object(r));
                        }
                    }
                }
                _ => {
                    self.resume_generator_async(mc, generator, kind, value);
                    return;
                }
            }
        }
    }
}

/// The resolve function of a promise's resolving pair.
fn resolve_function<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some((p, record)) = take_record(ctx) else { return NativeResult::Return(Value::Undefined) };
    let _ = record;
    let v = args.first().copied().unwrap_or(Value::Undefined);
    ctx.vm.resolve_promise(ctx.mc, p, v);
    NativeResult::Return(Value::Undefined)
}

fn reject_function<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some((p, _)) = take_record(ctx) else { return NativeResult::Return(Value::Undefined) };
    let e = args.first().copied().unwrap_or(Value::Undefined);
    ctx.vm.reject_promise(ctx.mc, p, e);
    NativeResult::Return(Value::Undefined)
}

/// Marks the shared record resolved; `None` if it already was.
fn take_record<'gc>(ctx: &mut Ctx<'gc, '_>) -> Option<(Obj<'gc>, Obj<'gc>)> {
    let data = match &ctx.callee.borrow().kind {
        ObjectKind::Native(n) => n.data,
        _ => Value::Undefined,
    };
    let Value::Object(record) = data else { return None };
    let (p, done) = {
        let d = record.borrow();
        (d.elements.first().copied(), d.elements.get(1).copied())
    };
    if matches!(done, Some(Value::Bool(true))) {
        return None;
    }
    if let Some(slot) = record.borrow_mut(ctx.mc).elements.get_mut(1) {
        *slot = Value::Bool(true);
    }
    match p {
        Some(Value::Object(p)) => Some((p, record)),
        _ => None,
    }
}
