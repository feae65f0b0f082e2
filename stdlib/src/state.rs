//! The host's plain (non-`Gc`) state: the clock, timer order, the tick queue, ref counts,
//! exit requests and the module table's metadata. Natives reach it through [`with_host`]
//! because they only receive the VM; everything garbage-collected (callbacks, module
//! objects) lives in the arena (`vm.tasks`, `vm.host_hooks`), keyed by the ids kept here.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet, VecDeque};
use std::rc::Rc;
use std::time::Instant;

use crate::modules::ModuleTable;

/// `HostTask::kind` values.
pub const TASK_TIMEOUT: u8 = 1;
pub const TASK_INTERVAL: u8 = 2;
pub const TASK_IMMEDIATE: u8 = 3;
pub const TASK_TICK: u8 = 4;

/// A source text the host loaded, kept to print the line an uncaught error came from.
pub struct SourceText {
    /// The text as the user wrote it.
    pub text: Rc<str>,
}

/// What the host was asked to do by the options of the current run.
#[derive(Clone, Default)]
pub struct Policy {
    /// `require`/`import` may read files (false when fuzzing).
    pub filesystem: bool,
    /// test262 mode: imported `.js` files are always ES modules.
    pub test262: bool,
    /// Never sleep: waiting for a timer advances a virtual clock instead (fuzzing).
    pub virtual_time: bool,
}

pub struct HostState {
    pub start: Instant,
    /// Time skipped instead of slept (virtual time), in microseconds.
    pub skipped_us: u64,
    /// The event loop's cached "now" in microseconds since `start` (libuv's loop time):
    /// timers are due relative to it.
    pub loop_now_us: u64,
    /// Pending timers by (due time, creation order), holding task ids; cleared timers stay
    /// here until popped and are skipped then.
    pub timers: BinaryHeap<Reverse<(u64, u64, u64)>>,
    pub timer_seq: u64,
    /// Immediates in creation order (task ids).
    pub immediates: VecDeque<u64>,
    /// The `process.nextTick` queue (task ids).
    pub ticks: VecDeque<u64>,
    /// A job that drains `ticks` is already in the VM's job queue.
    pub tick_runner_queued: bool,
    /// Timers and immediates that no longer keep the loop alive (`unref()`).
    pub unref: HashSet<u64>,
    /// The exit code once something asked the process to end (`internal.exit`, a fatal error).
    pub exit: Option<i32>,
    /// What the `exit` host hook returned.
    pub exit_hook_result: Option<i32>,
    /// `$262.gc()` asked for a full collection after the current step.
    pub gc_requested: bool,
    /// The last measured number of live heap objects (for `memoryUsage`).
    pub live_objects: usize,
    pub sources: HashMap<String, SourceText>,
    pub modules: ModuleTable,
    pub policy: Policy,
}

impl HostState {
    fn new() -> Self {
        HostState {
            start: Instant::now(),
            skipped_us: 0,
            loop_now_us: 0,
            timers: BinaryHeap::new(),
            timer_seq: 0,
            immediates: VecDeque::new(),
            ticks: VecDeque::new(),
            tick_runner_queued: false,
            unref: HashSet::new(),
            exit: None,
            exit_hook_result: None,
            gc_requested: false,
            live_objects: 0,
            sources: HashMap::new(),
            modules: ModuleTable::default(),
            policy: Policy::default(),
        }
    }

    /// Microseconds since the host started.
    pub fn elapsed_us(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_micros()).unwrap_or(u64::MAX).saturating_add(self.skipped_us)
    }

    /// Waits `us` microseconds: sleeps, or with virtual time moves the clock forward.
    pub fn wait(&mut self, us: u64) {
        if self.policy.virtual_time {
            self.skipped_us = self.skipped_us.saturating_add(us);
        } else {
            std::thread::sleep(std::time::Duration::from_micros(us));
        }
    }

    /// Refreshes the loop's cached time (libuv's `uv_update_time`).
    pub fn update_loop_time(&mut self) {
        self.loop_now_us = self.elapsed_us();
    }

    /// Schedules timer `id` to be due `ms` milliseconds from now. Like Node, whose `getLibuvNow()`
    /// calls `uv_update_time` first, the start is the current time, not the loop's cached time:
    /// a timer set late in a long callback (or main script) must not fire before an immediate
    /// that Node would run first. The timers phase keeps its own snapshot of the time.
    pub fn add_timer(&mut self, id: u64, ms: f64) {
        let delay_us = (ms.max(1.0) * 1000.0) as u64;
        self.timer_seq += 1;
        self.update_loop_time();
        let due = self.loop_now_us.saturating_add(delay_us);
        self.timers.push(Reverse((due, self.timer_seq, id)));
    }

    /// Records a source text for error reports.
    pub fn remember_source(&mut self, name: &str, text: Rc<str>) {
        self.sources.insert(name.to_string(), SourceText { text });
    }
}

thread_local! {
    static HOST: RefCell<HostState> = RefCell::new(HostState::new());
}

/// Runs `f` with the host state. Never nest calls (the state is a `RefCell`).
pub fn with_host<R>(f: impl FnOnce(&mut HostState) -> R) -> R {
    HOST.with(|h| f(&mut h.borrow_mut()))
}

/// Starts a fresh host state for a new run (the fuzzer runs many programs per thread).
pub fn reset_host(policy: Policy) {
    HOST.with(|h| {
        let mut fresh = HostState::new();
        fresh.policy = policy;
        *h.borrow_mut() = fresh;
    });
}
