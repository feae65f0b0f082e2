//! A tiny work pool: map a function over items on `available_parallelism()` threads, keeping order.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// Worker count: `MINIJS_TEST_JOBS` if set, else the machine's available parallelism.
pub fn worker_count() -> usize {
    std::env::var("MINIJS_TEST_JOBS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| thread::available_parallelism().map(|n| n.get()).unwrap_or(2))
}

/// Applies `work` to every item in parallel and returns the results in the items' order.
/// `on_done` is called (under a lock, in completion order) as each result arrives, for progress output.
pub fn map_parallel<T, R, F, P>(items: &[T], workers: usize, work: F, on_done: P) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
    P: FnMut(usize, &R) + Send,
{
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    let progress = Mutex::new(on_done);
    thread::scope(|scope| {
        for _ in 0..workers.clamp(1, items.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(index) else { break };
                    let result = work(item);
                    if let Ok(mut report) = progress.lock() {
                        (*report)(index, &result);
                    }
                    if let Ok(mut all) = slots.lock()
                        && let Some(slot) = all.get_mut(index)
                    {
                        *slot = Some(result);
                    }
                }
            });
        }
    });
    // A panicking worker makes `thread::scope` panic above, so every slot is filled here.
    slots.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner()).into_iter().flatten().collect()
}
