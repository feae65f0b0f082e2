//! The host-facing API: a `Runtime` owns the gc arena whose root is the `Vm`, compiles and
//! starts code, and steps the executor with fuel, collecting garbage between steps.

use std::rc::Rc;

use gc_arena::{Arena, Mutation, Rootable};

use crate::builtins::self_hosted::{SELF_HOSTED, self_hosted_code};
use crate::bytecode::proto::FunctionCode;
use crate::exec::executor::RunResult;
use crate::exec::frame::ReturnTo;
use crate::heap::value::Value;
use crate::vm::Vm;

pub enum StepOutcome {
    /// No frame and no microtask left.
    Idle,
    /// The fuel slice ran out; more work remains.
    OutOfFuel,
}

pub struct Runtime {
    arena: Arena<Rootable![Vm<'_>]>,
    collections: usize,
}

impl Default for Runtime {
    fn default() -> Self {
        Self::new()
    }
}

impl Runtime {
    pub fn new() -> Self {
        let mut rt = Runtime { arena: Arena::new(|mc| Vm::new(mc)), collections: 0 };
        rt.install_self_hosted();
        rt
    }

    /// Compiles and runs the self-hosted built-ins (`builtins/js/*.js`). Each file evaluates
    /// to a function that receives the private `$` natives.
    fn install_self_hosted(&mut self) {
        // One `$` shared by every file, so helpers one file defines are visible to the others.
        self.arena.mutate_root(|mc, vm| {
            let dollar = vm.intrinsics_object(mc);
            vm.host_hooks.insert("$", Value::Object(dollar));
        });
        for (index, (name, _)) in SELF_HOSTED.iter().enumerate() {
            let code = match self_hosted_code(index) {
                Ok(c) => {
                    self.arena.mutate_root(|_, vm| vm.self_hosted.push(c.clone()));
                    c
                }
                Err(e) => {
                    // Our own sources: a failure here is an engine bug the test suite reports.
                    eprintln!("minijs: self-hosted {name} failed to compile: {}", e.message);
                    continue;
                }
            };
            self.arena.mutate_root(|mc, vm| {
                let dollar = vm.host_hooks.get("$").copied().unwrap_or(Value::Undefined);
                let callee = vm.realm.global;
                let cont = crate::exec::native::Continuation { f: call_with_intrinsics, values: vec![dollar], mapping: None, callee };
                let dest = ReturnTo::Native { cont, dest: crate::exec::frame::Dest::new(mc, ReturnTo::Discard) };
                vm.start_function_code(mc, &code, Value::Undefined, Vec::new(), dest);
            });
            let mut guard = 0;
            while let StepOutcome::OutOfFuel = self.step(1_000_000) {
                guard += 1;
                if guard > 1000 {
                    break;
                }
            }
            let errors = self.arena.mutate_root(|_, vm| {
                std::mem::take(&mut vm.uncaught)
                    .into_iter()
                    .map(|e| match e {
                        Value::Object(o) => vm.display_value(vm.get_own_value(o, "stack")),
                        other => vm.display_value(other),
                    })
                    .collect::<Vec<_>>()
            });
            for e in errors {
                eprintln!("minijs: self-hosted {name} threw: {e}");
            }
        }
    }

    /// Runs `f` with mutable access to the VM (no garbage is collected meanwhile).
    pub fn with<R>(&mut self, f: impl for<'gc> FnOnce(&'gc Mutation<'gc>, &'gc mut Vm<'gc>) -> R) -> R {
        self.arena.mutate_root(f)
    }

    /// Steps frames and microtasks with at most `fuel` units of work, then collects garbage
    /// if the allocation debt calls for it.
    pub fn step(&mut self, fuel: i64) -> StepOutcome {
        let outcome = self.arena.mutate_root(|mc, vm| {
            let mut f = fuel;
            vm.run(mc, &mut f)
        });
        let full = self.arena.mutate_root(|_, vm| std::mem::take(&mut vm.gc_requested));
        if full {
            self.collect_all();
            // Cleanup callbacks may now be queued: report more work rather than idle.
            let queued = self.arena.mutate_root(|mc, vm| {
                vm.after_full_collection(mc);
                !vm.jobs.is_empty()
            });
            if queued {
                return StepOutcome::OutOfFuel;
            }
        } else {
            self.collect_if_needed();
        }
        match outcome {
            RunResult::Idle => StepOutcome::Idle,
            RunResult::OutOfFuel => StepOutcome::OutOfFuel,
        }
    }

    pub fn collect_if_needed(&mut self) {
        if self.arena.metrics().allocation_debt() > 4096.0 {
            let before = self.arena.metrics().total_gc_count();
            self.arena.collect_debt();
            if self.arena.metrics().total_gc_count() < before {
                self.collections += 1;
                if self.collections.is_multiple_of(8) {
                    self.arena.mutate_root(|_, vm| vm.atoms.prune());
                }
            }
        }
    }

    /// Runs a full collection (for `$262.gc()` and tests).
    pub fn collect_all(&mut self) {
        self.arena.finish_cycle();
        self.arena.finish_cycle();
        self.arena.mutate_root(|_, vm| vm.atoms.prune());
    }

    /// Live gc allocations (a proxy for heap size).
    pub fn live_objects(&self) -> usize {
        self.arena.metrics().total_gc_count()
    }

    /// Starts a compiled script: its frame runs with `this` = the global object.
    pub fn start(&mut self, code: &Rc<FunctionCode>) {
        let code = code.clone();
        self.arena.mutate_root(|mc, vm| {
            let global = Value::Object(vm.realm.global);
            vm.start_function_code(mc, &code, global, Vec::new(), ReturnTo::Discard);
        });
    }
}

/// The value a self-hosted file evaluates to is called with `$`.
fn call_with_intrinsics<'gc>(
    _ctx: &mut crate::exec::native::Ctx<'gc, '_>,
    cont: &crate::exec::native::Continuation<'gc>,
    result: Result<Value<'gc>, Value<'gc>>,
) -> crate::exec::native::NativeResult<'gc> {
    match result {
        Ok(f) => crate::exec::native::NativeResult::Call { f, this: Value::Undefined, args: cont.values.clone(), then: None },
        Err(e) => crate::exec::native::NativeResult::Throw(e),
    }
}

impl<'gc> Vm<'gc> {
    /// Loads code and pushes a frame calling it as a plain function.
    pub fn start_function_code(
        &mut self,
        mc: &'gc Mutation<'gc>,
        code: &Rc<FunctionCode>,
        this: Value<'gc>,
        args: Vec<Value<'gc>>,
        dest: ReturnTo<'gc>,
    ) {
        let loaded = self.load_code(mc, code);
        let f = self.make_function(mc, loaded, Vec::new(), None, None);
        self.call(mc, Value::Object(f), this, args, None, dest);
    }

    /// A function object for compiled code (e.g. a CommonJS wrapper or a stdlib module).
    pub fn function_from_code(&mut self, mc: &Mutation<'gc>, code: &Rc<FunctionCode>) -> Value<'gc> {
        let loaded = self.load_code(mc, code);
        Value::Object(self.make_function(mc, loaded, Vec::new(), None, None))
    }
}
