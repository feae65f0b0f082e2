//! The event loop, in Node's order:
//!
//! - after every callback: the nextTick queue, then promise jobs (repeated while either has
//!   work), then the unhandled-rejection checkpoint (`drain`);
//! - each iteration: refresh the loop time, run due timers (timers phase), then the
//!   immediates queued before the check phase began;
//! - sleep until the next timer when nothing else is pending; when nothing keeps the loop
//!   alive (ref'd timers, immediates, ticks), call the `beforeExit` hook and stop unless it
//!   scheduled more work; then the `exit` hook gives the exit code.

use minijs_vm::Mutation;
use minijs_vm::heap::kind::{ObjectKind, PromiseState};
use minijs_vm::heap::value::Value;
use minijs_vm::vm::Vm;

use crate::host::{Host, Step};
use crate::invoke::{self, Kind, hook};
use crate::report;
use crate::state::{TASK_IMMEDIATE, TASK_INTERVAL, TASK_TIMEOUT, with_host};

/// Fuel charged for running one timer or immediate callback.
const TASK_COST: u64 = 50;

impl Host {
    /// Runs until no frame, job, tick, rejection report or uncaught exception is pending.
    /// Returns false when the process is ending.
    pub fn drain(&mut self) -> bool {
        loop {
            match self.step() {
                Step::Stop => return false,
                Step::Busy => continue,
                Step::Idle => {}
            }
            let more = self.rt.with(|mc, vm| {
                let uncaught = std::mem::take(&mut vm.uncaught);
                if !uncaught.is_empty() {
                    for error in uncaught.into_iter().rev() {
                        invoke::queue_uncaught_report(vm, error);
                    }
                    return true;
                }
                // Idle: no tick-runner job can be queued any more.
                with_host(|h| h.tick_runner_queued = false);
                invoke::schedule_ticks(vm, false);
                if !vm.jobs.is_empty() {
                    return true;
                }
                rejection_checkpoint(mc, vm)
            });
            if self.exit_requested().is_some() {
                return false;
            }
            if !more {
                return true;
            }
        }
    }

    /// Queues a callback as a macrotask and runs it with everything it triggers.
    fn run_task(&mut self, id: u64) -> bool {
        self.charge(TASK_COST);
        let ran = self.rt.with(|_, vm| {
            let Some(task) = vm.tasks.get(&id) else {
                return false;
            };
            let (f, args, mapping, kind) = (task.f, task.args.clone(), task.mapping, task.kind);
            if kind != TASK_INTERVAL {
                vm.tasks.remove(&id);
                with_host(|h| h.unref.remove(&id));
            }
            invoke::queue_invoke(vm, Kind::Macrotask, f, Value::Undefined, args, mapping, false);
            true
        });
        if !ran {
            return true;
        }
        let alive = self.drain();
        // An interval that was not cleared by its callback runs again.
        let repeat = self.rt.with(|_, vm| vm.tasks.get(&id).filter(|t| t.kind == TASK_INTERVAL).and_then(|t| t.repeat));
        if let Some(ms) = repeat {
            with_host(|h| {
                h.update_loop_time();
                h.add_timer(id, ms);
            });
        }
        alive
    }

    /// The timers phase: every timer due at the loop's current time, in due order.
    fn run_timers(&mut self) -> bool {
        let now = with_host(|h| h.loop_now_us);
        loop {
            let next = with_host(|h| match h.timers.peek() {
                Some(std::cmp::Reverse((due, _, id))) if *due <= now => {
                    let id = *id;
                    h.timers.pop();
                    Some(id)
                }
                _ => None,
            });
            let Some(id) = next else { return true };
            let live = self.rt.with(|_, vm| vm.tasks.get(&id).is_some_and(|t| t.kind == TASK_TIMEOUT || t.kind == TASK_INTERVAL));
            if live && !self.run_task(id) {
                return false;
            }
        }
    }

    /// The check phase: the immediates queued before it began.
    fn run_immediates(&mut self) -> bool {
        let batch: Vec<u64> = with_host(|h| h.immediates.drain(..).collect());
        for id in batch {
            let live = self.rt.with(|_, vm| vm.tasks.get(&id).is_some_and(|t| t.kind == TASK_IMMEDIATE));
            if live && !self.run_task(id) {
                return false;
            }
        }
        true
    }

    /// Whether anything keeps the loop alive: ref'd timers or immediates, ticks, jobs.
    fn alive(&mut self) -> bool {
        self.rt.with(|_, vm| {
            let unref = with_host(|h| h.unref.clone());
            let tasks =
                vm.tasks.iter().any(|(id, t)| matches!(t.kind, TASK_TIMEOUT | TASK_INTERVAL | TASK_IMMEDIATE) && !unref.contains(id));
            tasks || !vm.jobs.is_empty() || with_host(|h| !h.ticks.is_empty())
        })
    }

    /// Sleeps until the earliest pending timer is due (skipping cleared ones).
    fn sleep_until_next_timer(&mut self) {
        let due = loop {
            let top = with_host(|h| h.timers.peek().map(|std::cmp::Reverse((due, _, id))| (*due, *id)));
            let Some((due, id)) = top else { return };
            if self.rt.with(|_, vm| vm.tasks.contains_key(&id)) {
                break due;
            }
            with_host(|h| h.timers.pop());
        };
        let now = with_host(|h| h.elapsed_us());
        if due > now {
            crate::output::flush();
            with_host(|h| h.wait(due - now));
        }
    }

    /// Calls a host hook with no arguments in the empty mapping and runs what it triggers.
    fn call_hook(&mut self, name: &str, kind: Kind) -> bool {
        let queued = self.rt.with(|_, vm| match hook(vm, name) {
            Some(f) => {
                invoke::queue_invoke(vm, kind, f, Value::Undefined, Vec::new(), None, false);
                true
            }
            None => false,
        });
        !queued || self.drain()
    }

    /// Runs the event loop to its end and returns the process's exit code.
    pub fn run_event_loop(&mut self) -> i32 {
        if !self.drain() {
            return self.exit_code();
        }
        loop {
            with_host(|h| h.update_loop_time());
            if !self.run_timers() || !self.run_immediates() {
                return self.exit_code();
            }
            if self.alive() {
                if with_host(|h| h.immediates.is_empty() && h.ticks.is_empty()) {
                    self.sleep_until_next_timer();
                }
                continue;
            }
            if !self.call_hook("beforeExit", Kind::Hook) {
                return self.exit_code();
            }
            if !self.alive() {
                break;
            }
        }
        self.finish()
    }

    /// The program ends normally: report an unsettled top-level await, call the `exit` hook.
    fn finish(&mut self) -> i32 {
        let unsettled_main = self.rt.with(|_, vm| match vm.host_hooks.get(invoke::MAIN_PROMISE) {
            Some(Value::Object(p)) => {
                matches!(&p.borrow().kind, ObjectKind::Promise(pd) if matches!(pd.state, PromiseState::Pending { .. }))
            }
            _ => false,
        });
        if !self.call_hook("exit", Kind::ExitHook) {
            return self.exit_code();
        }
        let mut code = with_host(|h| h.exit_hook_result).unwrap_or(0);
        if unsettled_main {
            let main = with_host(|h| h.modules.main.and_then(|i| h.modules.metas.get(i).map(|m| m.source_name.clone())));
            let url = main.map(|p| format!("file://{p}")).unwrap_or_default();
            crate::output::write(2, &format!("Warning: Detected unsettled top-level await at {url}\n\n"));
            if code == 0 {
                code = 13;
            }
        }
        crate::output::flush();
        code
    }

    /// The code of a requested exit (0 when none was).
    pub fn exit_code(&self) -> i32 {
        crate::output::flush();
        self.exit_requested().unwrap_or(0)
    }
}

/// Node's `processPromiseRejections`: `rejectionHandled` for reported promises that got a
/// handler, then `unhandledRejection` for each promise still rejected without one, in
/// rejection order, each in the mapping current when it was rejected. Returns whether any
/// hook call was queued.
fn rejection_checkpoint<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) -> bool {
    let handled = std::mem::take(&mut vm.handled_later);
    let pending = std::mem::take(&mut vm.pending_rejections);
    let mut queued = false;
    if let Some(f) = hook(vm, "rejectionHandled") {
        for h in handled {
            invoke::queue_invoke(vm, Kind::Hook, f, Value::Undefined, vec![Value::Object(h.promise)], h.mapping, false);
            queued = true;
        }
    }
    for p in pending {
        let reason = match &p.promise.borrow().kind {
            ObjectKind::Promise(pd) if !pd.handled => match pd.state {
                PromiseState::Rejected(e) => Some(e),
                _ => None,
            },
            _ => None,
        };
        let Some(reason) = reason else { continue };
        vm.reported_rejections.push(p.promise);
        match hook(vm, "unhandledRejection") {
            Some(f) => {
                let source_context = report::source_context_value(mc, vm, reason);
                let args = vec![reason, Value::Object(p.promise), source_context];
                invoke::queue_invoke(vm, Kind::Hook, f, Value::Undefined, args, p.mapping, false);
                queued = true;
            }
            None => {
                let text = report::fallback_report(mc, vm, reason);
                crate::output::write(2, &format!("{text}(unhandled promise rejection)\n"));
                invoke::request_exit(vm, 1);
                return false;
            }
        }
    }
    queued
}
