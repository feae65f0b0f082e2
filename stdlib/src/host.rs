//! A running program: the runtime plus the resource limits (`--max-steps`, `--max-heap-mb`).
//! `step` runs one fuel slice and enforces the limits; the event loop (`event_loop.rs`) and
//! the entry points (`program.rs`) are built on it.

use minijs_vm::Runtime;
use minijs_vm::exec::executor::RunResult;

use crate::internal::{BYTES_PER_OBJECT, resident_bytes};
use crate::invoke::request_exit;
use crate::state::with_host;

/// Fuel per slice: between slices the host collects garbage and checks the limits.
const SLICE: u64 = 100_000;
/// A smaller slice under a heap limit: one slice can allocate a lot.
const SLICE_UNDER_HEAP_LIMIT: u64 = 10_000;

/// How the heap is measured against `--max-heap-mb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeapMeasure {
    /// Resident memory growth since startup, or live objects × an estimated size, whichever
    /// is larger (the CLI).
    Process,
    /// Live objects × an estimated size only (in-process use such as fuzzing).
    Objects,
}

#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_steps: Option<u64>,
    pub max_heap_mb: Option<u64>,
    pub heap_measure: HeapMeasure,
}

/// What one slice ended with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// No frame and no job left.
    Idle,
    /// More work remains.
    Busy,
    /// The process is ending (exit requested, a limit hit).
    Stop,
}

pub struct Host {
    pub rt: Runtime,
    limits: Limits,
    fuel_used: u64,
    baseline_rss: u64,
    /// Resident size after the last full collection the heap limit forced.
    rss_after_collection: u64,
}

impl Host {
    pub fn new(rt: Runtime, limits: Limits) -> Self {
        let baseline_rss = if limits.heap_measure == HeapMeasure::Process { resident_bytes() } else { 0 };
        Host { rt, limits, fuel_used: 0, baseline_rss, rss_after_collection: baseline_rss }
    }

    /// Measures the baseline for heap growth again (after startup work such as bootstrap).
    pub fn rebase_heap(&mut self) {
        if self.limits.heap_measure == HeapMeasure::Process {
            self.baseline_rss = resident_bytes();
            self.rss_after_collection = self.baseline_rss;
        }
    }

    /// Charges host work (a macrotask, a loop iteration) against `--max-steps`, so that a
    /// program whose callbacks cost no fuel (natives) still ends.
    pub fn charge(&mut self, units: u64) {
        self.fuel_used = self.fuel_used.saturating_add(units);
    }

    pub fn exit_requested(&self) -> Option<i32> {
        with_host(|h| h.exit)
    }

    /// Runs one slice of fuel.
    pub fn step(&mut self) -> Step {
        if self.exit_requested().is_some() {
            return Step::Stop;
        }
        let full = if self.limits.max_heap_mb.is_some() { SLICE_UNDER_HEAP_LIMIT } else { SLICE };
        let slice = match self.limits.max_steps {
            Some(max) => full.min(max.saturating_sub(self.fuel_used)).max(1),
            None => full,
        };
        let (result, used) = self.rt.with(|mc, vm| {
            let mut fuel = slice as i64;
            let result = vm.run(mc, &mut fuel);
            (result, (slice as i64).saturating_sub(fuel).max(0) as u64)
        });
        self.fuel_used = self.fuel_used.saturating_add(used);
        if with_host(|h| std::mem::take(&mut h.gc_requested)) {
            self.rt.collect_all();
            self.rt.with(|mc, vm| vm.after_full_collection(mc));
        } else {
            self.rt.collect_if_needed();
        }
        let live = self.rt.live_objects();
        with_host(|h| h.live_objects = live);
        if self.exit_requested().is_some() {
            return Step::Stop;
        }
        if let Some(max) = self.limits.max_steps
            && self.fuel_used >= max
            && (matches!(result, RunResult::OutOfFuel) || self.fuel_used > max)
        {
            return self.stop_with(&format!("minijs: step limit of {max} exceeded\n"));
        }
        if let Some(mb) = self.limits.max_heap_mb {
            let limit = mb.saturating_mul(1024 * 1024);
            self.collect_if_memory_grew(limit);
            if self.heap_bytes(self.rt.live_objects()) > limit {
                return self.stop_with(&format!("minijs: heap limit of {mb} MB exceeded\n"));
            }
        }
        match result {
            RunResult::Idle => Step::Idle,
            RunResult::OutOfFuel => Step::Busy,
        }
    }

    /// The collector paces itself by object counts and does not see large element buffers,
    /// so garbage made of big arrays or strings can pile up: under a heap limit, a full
    /// collection runs whenever the process grew by a quarter of the limit since the last one
    /// (freed memory is then reused instead of growing the process).
    fn collect_if_memory_grew(&mut self, limit: u64) {
        if self.limits.heap_measure != HeapMeasure::Process {
            return;
        }
        if resident_bytes().saturating_sub(self.rss_after_collection) > limit / 4 {
            self.rt.collect_all();
            self.rt.with(|mc, vm| vm.after_full_collection(mc));
            self.rss_after_collection = resident_bytes();
        }
    }

    fn heap_bytes(&self, live_objects: usize) -> u64 {
        let by_objects = live_objects as u64 * BYTES_PER_OBJECT;
        match self.limits.heap_measure {
            HeapMeasure::Objects => by_objects,
            HeapMeasure::Process => by_objects.max(resident_bytes().saturating_sub(self.baseline_rss)),
        }
    }

    fn stop_with(&mut self, message: &str) -> Step {
        crate::output::write(2, message);
        self.rt.with(|_, vm| request_exit(vm, 1));
        Step::Stop
    }
}
