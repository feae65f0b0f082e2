//! minijs, the host: the `minijs run` command line, the event loop (timers, immediates,
//! `process.nextTick`, microtasks, unhandled rejections), the module loader (CommonJS, ES
//! modules, JSON, the stdlib's `node:*` modules written in JavaScript under `stdlib/js/`) and
//! the natives the JavaScript half uses (`internal`, see `stdlib/js/INTERNAL.md`).
//!
//! Library entry points: [`cli::main_with_args`] (the binary), [`run_captured`] (run a program
//! and collect its output) and [`run_source_for_fuzzing`].
#![forbid(unsafe_code)]

mod batch;
pub mod cli;
mod event_loop;
mod host;
mod internal;
mod invoke;
mod modules;
pub mod options;
pub mod output;
mod process_info;
mod program;
mod report;
mod setup;
mod state;
mod test262_host;
mod timers;

pub use host::HeapMeasure;
pub use options::{EntryKind, RunOptions, Source};

/// What a captured run printed and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
}

/// Runs a program with its output captured instead of written to the process's streams.
pub fn run_captured(options: &RunOptions) -> RunOutput {
    output::set_sink(output::Sink::Capture(String::new(), String::new()));
    let exit_code = program::run(options);
    let (stdout, stderr) = output::take_captured().unwrap_or_default();
    output::set_sink(output::Sink::Process);
    RunOutput { stdout, stderr, exit_code }
}

/// Fuel for one fuzzing input.
pub const FUZZ_MAX_STEPS: u64 = 2_000_000;
/// Heap cap for one fuzzing input (estimated from live objects).
pub const FUZZ_MAX_HEAP_MB: u64 = 256;

/// Compiles and runs arbitrary source text the way the fuzzer wants: no file system, no
/// Node bootstrap, output discarded, bounded fuel and heap. Returns the exit code. Must never
/// panic, whatever the input.
pub fn run_source_for_fuzzing(src: &str) -> i32 {
    let mut options = RunOptions::new(Source::Text { name: "/fuzz/input.js".into(), text: src.to_string() });
    options.bootstrap = false;
    options.filesystem = false;
    options.real_process = false;
    options.virtual_time = true;
    options.test262 = true;
    options.max_steps = Some(FUZZ_MAX_STEPS);
    options.max_heap_mb = Some(FUZZ_MAX_HEAP_MB);
    options.heap_measure = HeapMeasure::Objects;
    output::set_sink(output::Sink::Discard);
    let code = program::run(&options);
    output::set_sink(output::Sink::Process);
    code
}
