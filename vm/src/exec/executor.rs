//! The stackless executor: pushes and pops heap frames, calls natives, delivers completions,
//! suspends and resumes generators and async functions, and drains the job queue. Nothing here
//! recurses into JS: a JS→JS call is a frame push and a return to the loop.

use gc_arena::{Gc, Lock, Mutation};

use crate::exec::frame::{Dest, Frame, ReturnTo};
use crate::exec::interp::Exec;
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::kind::{Closure, GeneratorData, GeneratorStatus, LoadedCode, ObjectKind, ReactionHandler, ReactionKind, ResumeKind};
use crate::heap::object::Obj;
use crate::heap::value::Value;
use crate::vm::{Job, Vm};

pub enum RunResult {
    /// No frame and no job left: the host may fire timers or exit.
    Idle,
    /// The fuel ran out; call `run` again (after collecting garbage).
    OutOfFuel,
}

/// A continuation that ignores its completion's value (but not its exception).
pub fn discard_result<'gc>(
    _ctx: &mut Ctx<'gc, '_>,
    _cont: &Continuation<'gc>,
    result: Result<Value<'gc>, Value<'gc>>,
) -> NativeResult<'gc> {
    match result {
        Ok(_) => NativeResult::Return(Value::Undefined),
        Err(e) => NativeResult::Throw(e),
    }
}

impl<'gc> Vm<'gc> {
    /// Runs frames and microtasks until idle or out of fuel.
    pub fn run(&mut self, mc: &'gc Mutation<'gc>, fuel: &mut i64) -> RunResult {
        loop {
            if *fuel <= 0 {
                return RunResult::OutOfFuel;
            }
            if self.exit_code.is_some() {
                self.frames.clear();
                self.jobs.clear();
                return RunResult::Idle;
            }
            let Some(mut frame) = self.frames.pop() else {
                if !self.start_next_job(mc) {
                    return RunResult::Idle;
                }
                continue;
            };
            if frame.realm != self.realm.id {
                self.enter_realm(frame.realm);
            }
            let exec = self.execute(mc, &mut frame, fuel);
            self.running = None;
            match exec {
                Exec::Call { f, this, args, new_target, dest } => {
                    self.frames.push(frame);
                    self.call(mc, f, this, args, new_target, dest);
                }
                Exec::Resume { generator, kind, value } => {
                    self.frames.push(frame);
                    self.resume_generator(mc, generator, kind, value, ReturnTo::Push);
                }
                Exec::Return(v) => self.complete_frame(mc, frame, Ok(v)),
                Exec::Throw(e) => self.complete_frame(mc, frame, Err(e)),
                Exec::Await(v) => self.await_value(mc, frame, v),
                Exec::Yield(v) => self.yield_value(mc, frame, v),
                Exec::GeneratorStart => self.generator_start(mc, frame),
                Exec::OutOfFuel => {
                    self.frames.push(frame);
                    return RunResult::OutOfFuel;
                }
            }
        }
    }

    /// Calls `f` (or constructs, with `new_target`), sending its completion to `dest`.
    pub fn call(
        &mut self,
        mc: &'gc Mutation<'gc>,
        f: Value<'gc>,
        this: Value<'gc>,
        args: Vec<Value<'gc>>,
        new_target: Option<Value<'gc>>,
        dest: ReturnTo<'gc>,
    ) {
        let Value::Object(fobj) = f else {
            let what = if new_target.is_some() { "constructor" } else { "function" };
            let msg = format!("{} is not a {what}", self.callee_description(f));
            let e = self.type_error(mc, &msg);
            return self.deliver(mc, dest, Err(e));
        };
        // GetPrototypeFromConstructor may run a `prototype` getter: run it first, then
        // construct with the value it returned.
        let proto_override = self.proto_override.take();
        if proto_override.is_none()
            && let Some(Value::Object(nt)) = new_target
            && fobj.is_constructor()
            // A bound function or a proxy forwards the construction: the final target reads it.
            && !matches!(fobj.borrow().kind, ObjectKind::Bound(_) | ObjectKind::Proxy { .. })
            && let Some(getter) = self.prototype_getter(mc, nt)
        {
            let mut values = vec![f, Value::Object(nt)];
            values.extend(args);
            let cont = Continuation { f: construct_after_prototype_getter, values, mapping: None, callee: fobj };
            return self.call(mc, getter, Value::Object(nt), Vec::new(), None, ReturnTo::Native { cont, dest: Dest::new(mc, dest) });
        }
        enum Target<'gc> {
            Closure(Gc<'gc, LoadedCode<'gc>>),
            Native(crate::exec::native::NativeFn, u32),
            Bound(Obj<'gc>, Value<'gc>, Vec<Value<'gc>>),
            Proxy,
            NotCallable,
        }
        let target = match &fobj.borrow().kind {
            ObjectKind::Closure(Closure { code, .. }) => Target::Closure(*code),
            ObjectKind::Native(n) => Target::Native(n.f, n.realm),
            ObjectKind::Bound(b) => Target::Bound(b.target, b.this, b.args.to_vec()),
            ObjectKind::Proxy { target: Some(t), .. } if t.is_callable() => Target::Proxy,
            _ => Target::NotCallable,
        };
        match target {
            Target::NotCallable => {
                let what = if new_target.is_some() { "constructor" } else { "function" };
                let msg = format!("{} is not a {what}", self.callee_description(f));
                let e = self.type_error(mc, &msg);
                self.deliver(mc, dest, Err(e));
            }
            Target::Proxy => {
                let list = Value::Object(self.new_array(mc, args));
                match new_target {
                    Some(nt) => {
                        let h = self.helper("proxyConstruct");
                        self.call(mc, h, Value::Undefined, vec![f, list, nt], None, dest);
                    }
                    None => {
                        let h = self.helper("proxyCall");
                        self.call(mc, h, Value::Undefined, vec![f, this, list], None, dest);
                    }
                }
            }
            Target::Bound(target, bound_this, mut bound_args) => {
                bound_args.extend(args);
                let nt = new_target.map(|nt| if nt == f { Value::Object(target) } else { nt });
                self.call(mc, Value::Object(target), bound_this, bound_args, nt, dest);
            }
            Target::Native(native, realm) => {
                if realm != self.realm.id {
                    self.enter_realm(realm);
                }
                let nt = match new_target {
                    Some(Value::Object(o)) => Some(o),
                    _ => None,
                };
                if new_target.is_some() && !fobj.is_constructor() {
                    let msg = format!("{} is not a constructor", self.callee_description(f));
                    let e = self.type_error(mc, &msg);
                    return self.deliver(mc, dest, Err(e));
                }
                self.proto_override = proto_override;
                let result = {
                    let mut ctx = Ctx { mc, vm: self, callee: fobj, new_target: nt };
                    native(&mut ctx, this, &args)
                };
                self.proto_override = None;
                self.handle_native(mc, result, fobj, dest);
                if let Some(g) = self.pending_async_generator.take() {
                    self.async_generator_drain(mc, g);
                }
            }
            Target::Closure(code) => {
                self.proto_override = proto_override;
                self.call_closure(mc, fobj, code, this, args, new_target, dest);
                self.proto_override = None;
            }
        }
    }

    /// How to name a callee in "is not a function": the call site's source text when the
    /// top frame is at a call instruction, else the value.
    fn callee_description(&self, f: Value<'gc>) -> String {
        if let Some(frame) = self.frames.last()
            && let Some(name) = frame.code.code.callee_name(frame.pc.saturating_sub(1))
        {
            return name.to_string();
        }
        self.display_value(f)
    }

    fn call_closure(
        &mut self,
        mc: &'gc Mutation<'gc>,
        fobj: Obj<'gc>,
        code: Gc<'gc, LoadedCode<'gc>>,
        this: Value<'gc>,
        args: Vec<Value<'gc>>,
        new_target: Option<Value<'gc>>,
        dest: ReturnTo<'gc>,
    ) {
        let fc = &code.code;
        let realm = match &fobj.borrow().kind {
            ObjectKind::Closure(c) => c.realm,
            _ => self.realm.id,
        };
        if self.frames.len() >= self.max_frames {
            let e = self.range_error(mc, "Maximum call stack size exceeded");
            return self.deliver(mc, dest, Err(e));
        }
        let (this, return_to) = match new_target {
            Some(nt) => {
                if !fc.is_constructor() {
                    let msg = format!("{} is not a constructor", self.callee_description(Value::Object(fobj)));
                    let e = self.type_error(mc, &msg);
                    return self.deliver(mc, dest, Err(e));
                }
                if fc.kind == minijs_parser::ast::FunctionKind::DerivedConstructor {
                    (Value::Empty, dest)
                } else {
                    let proto = self.prototype_from_constructor(mc, nt, |r| r.object_proto);
                    let obj = Obj::new(mc, Some(proto), ObjectKind::Ordinary);
                    let this = Value::Object(obj);
                    match dest {
                        ReturnTo::Push => (this, ReturnTo::Construct(this)),
                        other => (
                            this,
                            ReturnTo::Native {
                                cont: Continuation { f: construct_result, values: vec![this], mapping: None, callee: fobj },
                                dest: Dest::new(mc, other),
                            },
                        ),
                    }
                }
            }
            None => {
                if fc.is_class_constructor {
                    let msg = format!("Class constructor {} cannot be invoked without 'new'", fc.name);
                    let e = self.type_error(mc, &msg);
                    return self.deliver(mc, dest, Err(e));
                }
                let this = if fc.strict || fc.is_arrow() {
                    this
                } else if this.is_nullish() {
                    Value::Object(self.realm.global)
                } else {
                    match this {
                        Value::Object(_) => this,
                        prim => self.to_object(mc, prim).map(Value::Object).unwrap_or(prim),
                    }
                };
                (this, dest)
            }
        };
        let return_to = if fc.is_async && !fc.is_generator {
            let promise = self.new_promise(mc);
            // The promise is handed to the caller at the first await or at completion.
            let dest = match return_to {
                ReturnTo::Push => ReturnTo::Push,
                other => other,
            };
            ReturnTo::Async { promise, dest: Some(Dest::new(mc, dest)) }
        } else {
            return_to
        };
        let num_locals = fc.num_locals as usize;
        let params = fc.param_slots as usize;
        // The argument vector becomes the register file (one allocation per call): parameters
        // first, the other locals undefined.
        let (mut regs, args) = if fc.keeps_args { (args.clone(), args) } else { (args, Vec::new()) };
        regs.truncate(params);
        regs.reserve(num_locals.saturating_sub(regs.len()) + 8);
        regs.resize(num_locals, Value::Undefined);
        let cells = (0..fc.num_cells).map(|_| Gc::new(mc, Lock::new(Value::Undefined))).collect();
        let frame = Box::new(Frame {
            function: fobj,
            code,
            pc: 0,
            regs,
            cells,
            this,
            new_target: new_target.unwrap_or(Value::Undefined),
            args,
            handlers: Vec::new(),
            return_to,
            saved_mapping: None,
            raw_yield: false,
            realm,
            async_state: None,
        });
        self.frames.push(frame);
    }

    /// Acts on what a native returned; its own completion goes to `dest`.
    pub fn handle_native(&mut self, mc: &'gc Mutation<'gc>, result: NativeResult<'gc>, callee: Obj<'gc>, dest: ReturnTo<'gc>) {
        match result {
            NativeResult::Return(v) => self.deliver(mc, dest, Ok(v)),
            NativeResult::Throw(e) => self.deliver(mc, dest, Err(e)),
            NativeResult::Call { f, this, args, then } => {
                let dest = match then {
                    Some(cont) => ReturnTo::Native { cont, dest: Dest::new(mc, dest) },
                    None => dest,
                };
                self.call(mc, f, this, args, None, dest);
            }
            NativeResult::Construct { f, args, new_target, then } => {
                let dest = match then {
                    Some(cont) => ReturnTo::Native { cont, dest: Dest::new(mc, dest) },
                    None => dest,
                };
                self.call(mc, f, Value::Undefined, args, Some(new_target), dest);
            }
            NativeResult::Resume { generator, kind, value } => {
                let _ = callee;
                self.resume_generator(mc, generator, kind, value, dest);
            }
        }
    }

    /// Sends a completion to its destination. Iterative: an exception unwinds frame after
    /// frame here without Rust recursion.
    pub fn deliver(&mut self, mc: &'gc Mutation<'gc>, mut dest: ReturnTo<'gc>, mut result: Result<Value<'gc>, Value<'gc>>) {
        loop {
            match dest {
                ReturnTo::Push => match result {
                    Ok(v) => {
                        if let Some(top) = self.frames.last_mut() {
                            top.push(v);
                        }
                        return;
                    }
                    Err(e) => {
                        let Some(top) = self.frames.last_mut() else {
                            self.uncaught.push(e);
                            return;
                        };
                        if top.catch(e) {
                            return;
                        }
                        let Some(frame) = self.frames.pop() else { return };
                        match self.finish_frame(mc, frame, Err(e)) {
                            Some((d, r)) => {
                                dest = d;
                                result = r;
                            }
                            None => return,
                        }
                    }
                },
                ReturnTo::PushNothing => match result {
                    Ok(_) => return,
                    Err(e) => {
                        dest = ReturnTo::Push;
                        result = Err(e);
                    }
                },
                ReturnTo::PushValue(x) => {
                    result = result.map(|_| x);
                    dest = ReturnTo::Push;
                }
                ReturnTo::Discard => {
                    if let Err(e) = result {
                        self.uncaught.push(e);
                    }
                    return;
                }
                ReturnTo::Construct(this) => {
                    result = result.map(|v| if v.is_object() { v } else { this });
                    dest = ReturnTo::Push;
                }
                ReturnTo::Native { cont, dest: next } => {
                    let callee = cont.callee;
                    let r = {
                        let mut ctx = Ctx { mc, vm: self, callee, new_target: None };
                        (cont.f)(&mut ctx, &cont, result)
                    };
                    match r {
                        NativeResult::Return(v) => {
                            dest = next.take(mc);
                            result = Ok(v);
                        }
                        NativeResult::Throw(e) => {
                            dest = next.take(mc);
                            result = Err(e);
                        }
                        other => return self.handle_native(mc, other, callee, next.take(mc)),
                    }
                }
                ReturnTo::RestoreContext(previous) => {
                    self.context = previous;
                    dest = ReturnTo::Discard;
                }
                other @ (ReturnTo::Generator { .. } | ReturnTo::Async { .. } | ReturnTo::Reaction { .. }) => {
                    // Only frames carry these; a bare delivery to them settles like a frame.
                    match self.settle(mc, other, result) {
                        Some((d, r)) => {
                            dest = d;
                            result = r;
                        }
                        None => return,
                    }
                }
            }
        }
    }

    /// A frame finished (returned or threw past its handlers).
    fn complete_frame(&mut self, mc: &'gc Mutation<'gc>, frame: Box<Frame<'gc>>, result: Result<Value<'gc>, Value<'gc>>) {
        if let Some((dest, result)) = self.finish_frame(mc, frame, result) {
            self.deliver(mc, dest, result);
        }
    }

    /// Turns a frame's completion into (destination, completion) for `deliver`.
    fn finish_frame(
        &mut self,
        mc: &'gc Mutation<'gc>,
        mut frame: Box<Frame<'gc>>,
        result: Result<Value<'gc>, Value<'gc>>,
    ) -> Option<(ReturnTo<'gc>, Result<Value<'gc>, Value<'gc>>)> {
        let saved = frame.saved_mapping.take();
        if saved.is_some()
            && let ReturnTo::Generator { generator, .. } = &frame.return_to
            && let ObjectKind::Generator(g) = &mut generator.borrow_mut(mc).kind
        {
            g.mapping = self.context;
        }
        // Settle first (an async function's rejection is tracked in the body's mapping), then
        // restore the mapping of whoever resumed this frame.
        let return_to = std::mem::replace(&mut frame.return_to, ReturnTo::Discard);
        let next = self.settle(mc, return_to, result);
        if let Some(saved) = saved {
            self.context = saved;
        }
        next
    }

    /// Settles generator, async-function and reaction completions.
    fn settle(
        &mut self,
        mc: &'gc Mutation<'gc>,
        return_to: ReturnTo<'gc>,
        result: Result<Value<'gc>, Value<'gc>>,
    ) -> Option<(ReturnTo<'gc>, Result<Value<'gc>, Value<'gc>>)> {
        match return_to {
            ReturnTo::Generator { generator, dest } => {
                let is_async = match &mut generator.borrow_mut(mc).kind {
                    ObjectKind::Generator(g) => {
                        g.status = GeneratorStatus::Completed;
                        g.frame = None;
                        g.is_async
                    }
                    _ => false,
                };
                if is_async {
                    self.async_generator_complete(mc, generator, result);
                    return Some((dest.take(mc), Ok(Value::Undefined)));
                }
                Some((dest.take(mc), result.map(|v| Value::Object(self.iter_result(mc, v, true)))))
            }
            ReturnTo::Async { promise, dest } => {
                match result {
                    Ok(v) => self.resolve_promise(mc, promise, v),
                    Err(e) => self.reject_promise(mc, promise, e),
                }
                dest.map(|d| (d.take(mc), Ok(Value::Object(promise))))
            }
            ReturnTo::Reaction { capability, previous } => {
                if let Some(cap) = capability {
                    match (cap.promise, result) {
                        (Value::Object(p), r) if self.is_intrinsic_capability(&cap) => match r {
                            Ok(v) => self.resolve_promise(mc, p, v),
                            Err(e) => self.reject_promise(mc, p, e),
                        },
                        (_, r) => {
                            let (f, arg) = match r {
                                Ok(v) => (cap.resolve, v),
                                Err(e) => (cap.reject, e),
                            };
                            self.call(mc, f, Value::Undefined, vec![arg], None, ReturnTo::RestoreContext(previous));
                            return None;
                        }
                    }
                } else if let Err(e) = result {
                    self.uncaught.push(e);
                }
                self.context = previous;
                None
            }
            other => Some((other, result)),
        }
    }

    // ---------------------------------------------------------------------------------------
    // Jobs

    /// Starts the next microtask, if any. Returns false when the queue is empty.
    fn start_next_job(&mut self, mc: &'gc Mutation<'gc>) -> bool {
        let Some(job) = self.jobs.pop_front() else { return false };
        let previous = self.context;
        match job {
            Job::Reaction { reaction, argument } => {
                self.context = reaction.mapping;
                match reaction.handler {
                    ReactionHandler::Resume(state) => {
                        let kind = if reaction.kind == ReactionKind::Fulfill { ResumeKind::Next } else { ResumeKind::Throw };
                        self.resume_async(mc, state, kind, argument, previous);
                    }
                    ReactionHandler::Callback(handler) => {
                        let dest = ReturnTo::Reaction { capability: reaction.capability, previous };
                        if handler.is_undefined() || !matches!(handler, Value::Object(o) if o.is_callable()) {
                            let r = if reaction.kind == ReactionKind::Fulfill { Ok(argument) } else { Err(argument) };
                            if let Some((d, r)) = self.settle(mc, dest, r) {
                                self.deliver(mc, d, r);
                            }
                        } else {
                            self.call(mc, handler, Value::Undefined, vec![argument], None, dest);
                        }
                    }
                }
            }
            Job::Thenable { promise, thenable, then, mapping } => {
                self.context = mapping;
                let (resolve, reject) = self.resolving_functions(mc, promise);
                let cont = Continuation { f: thenable_job_done, values: vec![reject], mapping: previous, callee: promise };
                self.call(
                    mc,
                    then,
                    thenable,
                    vec![resolve, reject],
                    None,
                    ReturnTo::Native { cont, dest: Dest::new(mc, ReturnTo::Discard) },
                );
            }
            Job::Callback { f, args, mapping } => {
                self.context = mapping;
                self.call(mc, f, Value::Undefined, args, None, ReturnTo::RestoreContext(previous));
            }
        }
        true
    }

    // ---------------------------------------------------------------------------------------
    // Async functions

    /// `await v`: park the frame in a state object and resume it from a reaction job.
    fn await_value(&mut self, mc: &'gc Mutation<'gc>, mut frame: Box<Frame<'gc>>, v: Value<'gc>) {
        let promise = self.promise_resolve_intrinsic(mc, v);
        // Hand the async function's promise to a synchronous caller on the first await.
        let first_dest = match &mut frame.return_to {
            ReturnTo::Async { promise, dest } => dest.take().map(|d| (d.take(mc), *promise)),
            _ => None,
        };
        // The continuation runs in the mapping current at the `await` (PerformPromiseThen
        // captures it), even though the frame's saved mapping is restored right away.
        let at_await = self.context;
        if let Some(saved) = frame.saved_mapping.take() {
            self.context_after_suspend(mc, &frame, saved);
        }
        let state = match frame.async_state {
            Some(s) => s,
            None => {
                let s = Obj::new(mc, None, ObjectKind::AsyncFunction { frame: None, promise });
                frame.async_state = Some(s);
                s
            }
        };
        if let ObjectKind::AsyncFunction { frame: slot, .. } = &mut state.borrow_mut(mc).kind {
            *slot = Some(frame);
        }
        let outer = std::mem::replace(&mut self.context, at_await);
        self.perform_then_resume(mc, promise, state);
        self.context = outer;
        if let Some((dest, p)) = first_dest {
            self.deliver(mc, dest, Ok(Value::Object(p)));
        }
    }

    /// Restores the mapping saved for a frame that suspends (generators keep the body's).
    fn context_after_suspend(&mut self, mc: &'gc Mutation<'gc>, frame: &Frame<'gc>, saved: crate::runtime::context::Mapping<'gc>) {
        if let ReturnTo::Generator { generator, .. } = &frame.return_to
            && let ObjectKind::Generator(g) = &mut generator.borrow_mut(mc).kind
        {
            g.mapping = self.context;
        }
        self.context = saved;
    }

    /// A reaction job resumes an awaiting frame (async function or async generator).
    fn resume_async(
        &mut self,
        mc: &'gc Mutation<'gc>,
        state: Obj<'gc>,
        kind: ResumeKind,
        value: Value<'gc>,
        previous: crate::runtime::context::Mapping<'gc>,
    ) {
        let frame = match &mut state.borrow_mut(mc).kind {
            ObjectKind::AsyncFunction { frame, .. } => frame.take(),
            _ => None,
        };
        let Some(mut frame) = frame else {
            self.context = previous;
            return;
        };
        frame.saved_mapping = Some(previous);
        let mut frame = frame;
        match kind {
            ResumeKind::Next => {
                frame.push(value);
                self.frames.push(frame);
            }
            _ => {
                if frame.catch(value) {
                    self.frames.push(frame);
                } else {
                    self.complete_frame(mc, frame, Err(value));
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Generators

    /// The generator function's body reached `GeneratorStart`: park it in a new generator
    /// object and give that object to the caller.
    fn generator_start(&mut self, mc: &'gc Mutation<'gc>, mut frame: Box<Frame<'gc>>) {
        let code = frame.code.code.clone();
        let proto_fallback = if code.is_async { self.realm.async_generator_proto } else { self.realm.generator_proto };
        let proto = match self.get_own_value(frame.function, "prototype") {
            Value::Object(p) => p,
            _ => proto_fallback,
        };
        let dest = std::mem::replace(&mut frame.return_to, ReturnTo::Discard);
        let generator = Obj::new(
            mc,
            Some(proto),
            ObjectKind::Generator(GeneratorData {
                frame: None,
                status: GeneratorStatus::SuspendedStart,
                mapping: self.context,
                queue: Default::default(),
                is_async: code.is_async,
            }),
        );
        if let ObjectKind::Generator(g) = &mut generator.borrow_mut(mc).kind {
            g.frame = Some(frame);
        }
        self.deliver(mc, dest, Ok(Value::Object(generator)));
    }

    /// Resumes a generator for next/throw/return; its yield or completion goes to `dest`.
    pub fn resume_generator(
        &mut self,
        mc: &'gc Mutation<'gc>,
        generator: Obj<'gc>,
        kind: ResumeKind,
        value: Value<'gc>,
        dest: ReturnTo<'gc>,
    ) {
        let (status, frame, mapping) = match &mut generator.borrow_mut(mc).kind {
            ObjectKind::Generator(g) => {
                let status = g.status;
                let frame = if matches!(status, GeneratorStatus::SuspendedStart | GeneratorStatus::SuspendedYield) {
                    g.status = GeneratorStatus::Executing;
                    g.frame.take()
                } else {
                    None
                };
                (status, frame, g.mapping)
            }
            _ => {
                drop(dest);
                return;
            }
        };
        match status {
            GeneratorStatus::Executing => {
                let e = self.type_error(mc, "Generator is already running");
                return self.deliver(mc, dest, Err(e));
            }
            GeneratorStatus::Completed => {
                let r = match kind {
                    ResumeKind::Next => Ok(Value::Object(self.iter_result(mc, Value::Undefined, true))),
                    ResumeKind::Return => Ok(Value::Object(self.iter_result(mc, value, true))),
                    ResumeKind::Throw => Err(value),
                };
                return self.deliver(mc, dest, r);
            }
            _ => {}
        }
        let Some(frame) = frame else { return };
        let mut frame = frame;
        if self.frames.len() >= self.max_frames {
            if let ObjectKind::Generator(g) = &mut generator.borrow_mut(mc).kind {
                g.status = status;
                g.frame = Some(frame);
            }
            let e = self.range_error(mc, "Maximum call stack size exceeded");
            return self.deliver(mc, dest, Err(e));
        }
        frame.return_to = ReturnTo::Generator { generator, dest: Dest::new(mc, dest) };
        frame.saved_mapping = Some(self.context);
        self.context = mapping;
        if status == GeneratorStatus::SuspendedStart {
            match kind {
                ResumeKind::Next => {
                    self.frames.push(frame);
                }
                ResumeKind::Return => {
                    let r = Ok(value);
                    self.complete_frame(mc, frame, r);
                }
                ResumeKind::Throw => self.complete_frame(mc, frame, Err(value)),
            }
            return;
        }
        if frame.raw_yield {
            let mode = match kind {
                ResumeKind::Next => 0.0,
                ResumeKind::Throw => 1.0,
                ResumeKind::Return => 2.0,
            };
            frame.push(value);
            frame.push(Value::Number(mode));
            self.frames.push(frame);
            return;
        }
        match kind {
            ResumeKind::Next => {
                frame.push(value);
                frame.push(Value::Bool(false));
                self.frames.push(frame);
            }
            ResumeKind::Return => {
                frame.push(value);
                frame.push(Value::Bool(true));
                self.frames.push(frame);
            }
            ResumeKind::Throw => {
                if frame.catch(value) {
                    self.frames.push(frame);
                } else {
                    self.complete_frame(mc, frame, Err(value));
                }
            }
        }
    }

    /// `yield v`: suspend the generator frame and hand `{value, done: false}` to its caller.
    fn yield_value(&mut self, mc: &'gc Mutation<'gc>, mut frame: Box<Frame<'gc>>, v: Value<'gc>) {
        let raw = frame.raw_yield;
        let ReturnTo::Generator { generator, dest } = std::mem::replace(&mut frame.return_to, ReturnTo::Discard) else {
            return;
        };
        if let Some(saved) = frame.saved_mapping.take() {
            if let ObjectKind::Generator(g) = &mut generator.borrow_mut(mc).kind {
                g.mapping = self.context;
            }
            self.context = saved;
        }
        let is_async = match &mut generator.borrow_mut(mc).kind {
            ObjectKind::Generator(g) => {
                g.status = GeneratorStatus::SuspendedYield;
                g.frame = Some(frame);
                g.is_async
            }
            _ => false,
        };
        if is_async {
            self.async_generator_yielded(mc, generator, v);
            return self.deliver(mc, dest.take(mc), Ok(Value::Undefined));
        }
        // yield* hands the inner iterator's result object through unchanged.
        let result = if raw { v } else { Value::Object(self.iter_result(mc, v, false)) };
        self.deliver(mc, dest.take(mc), Ok(result));
    }
}

/// The `prototype` getter of new.target returned: construct with that prototype.
fn construct_after_prototype_getter<'gc>(
    ctx: &mut Ctx<'gc, '_>,
    cont: &Continuation<'gc>,
    result: Result<Value<'gc>, Value<'gc>>,
) -> NativeResult<'gc> {
    let proto = match result {
        Ok(p) => p,
        Err(e) => return NativeResult::Throw(e),
    };
    ctx.vm.proto_override = Some(proto);
    let f = cont.values.first().copied().unwrap_or(Value::Undefined);
    let nt = cont.values.get(1).copied().unwrap_or(Value::Undefined);
    let args = cont.values.get(2..).map(|a| a.to_vec()).unwrap_or_default();
    NativeResult::Construct { f, args, new_target: nt, then: None }
}

/// `new` of a base constructor reached through a non-Push destination.
fn construct_result<'gc>(_ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match result {
        Ok(v) if v.is_object() => NativeResult::Return(v),
        Ok(_) => NativeResult::Return(cont.values.first().copied().unwrap_or(Value::Undefined)),
        Err(e) => NativeResult::Throw(e),
    }
}

/// After a thenable job's `then` call: an exception rejects the promise; then restore the
/// mapping that was current before the job.
fn thenable_job_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    if let Err(e) = result {
        let reject = cont.values.first().copied().unwrap_or(Value::Undefined);
        let then = Continuation { f: restore_mapping, values: Vec::new(), mapping: cont.mapping, callee: cont.callee };
        return NativeResult::Call { f: reject, this: Value::Undefined, args: vec![e], then: Some(then) };
    }
    ctx.vm.context = cont.mapping;
    NativeResult::Return(Value::Undefined)
}

/// Restores the mapping saved in the continuation, passing the completion through.
pub fn restore_mapping<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    ctx.vm.context = cont.mapping;
    match result {
        Ok(v) => NativeResult::Return(v),
        Err(e) => NativeResult::Throw(e),
    }
}
