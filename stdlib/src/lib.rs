//! minijs, the host: the `minijs run` command line, the event loop (timers, immediates,
//! `process.nextTick`, microtasks, unhandled rejections), the module loader (CommonJS, ES
//! modules, JSON, the stdlib's `node:*` modules written in JavaScript under `stdlib/js/`) and
//! the natives the JavaScript half uses (`internal`, see `stdlib/js/INTERNAL.md`).
//!
//! Library entry points: [`cli::main_with_args`] (the binary), [`run_captured`] (run a program
//! and collect its output) and [`fuzzing`] (what the fuzz targets check).
#![forbid(unsafe_code)]

mod batch;
pub mod cli;
mod event_loop;
pub mod fuzzing;
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
