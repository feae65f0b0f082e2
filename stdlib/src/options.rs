//! What to run and how: the parsed form of `minijs run [flags] file [args…]`, also used by
//! the library entry points.

use std::path::PathBuf;

use crate::host::HeapMeasure;

/// How the main file is compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// Node's choice: `.mjs` → module, `.cjs` → CommonJS, `.js` → package `type`, else
    /// CommonJS unless only module syntax parses.
    Auto,
    /// A classic script in the global scope (`--script`).
    Script,
    /// An ES module (`--module`).
    Module,
    /// A CommonJS module.
    CommonJs,
}

/// Where the main program comes from.
#[derive(Clone, Debug)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Text with a name for messages (`-e`, fuzzing, library use).
    Text { name: String, text: String },
}

#[derive(Clone, Debug)]
pub struct RunOptions {
    pub source: Source,
    pub kind: EntryKind,
    /// Compile the main script as if it began with "use strict".
    pub strict: bool,
    /// test262 host globals, no Node bootstrap.
    pub test262: bool,
    /// Classic scripts run in the global scope before the main file.
    pub preludes: Vec<PathBuf>,
    pub max_steps: Option<u64>,
    pub max_heap_mb: Option<u64>,
    pub heap_measure: HeapMeasure,
    /// Print the main file's bytecode instead of running it.
    pub disasm: bool,
    /// Arguments after the file (`process.argv.slice(2)`).
    pub args: Vec<String>,
    /// The flags before the file (`process.execArgv`).
    pub exec_args: Vec<String>,
    /// Run `bootstrap.js` (the Node globals); off in test262 mode and for fuzzing.
    pub bootstrap: bool,
    /// `require`/`import` may read files.
    pub filesystem: bool,
    /// Use the real process facts (argv, env, pid) rather than a sandbox.
    pub real_process: bool,
    /// Never sleep for timers: skip the clock ahead instead (fuzzing).
    pub virtual_time: bool,
}

impl RunOptions {
    pub fn new(source: Source) -> Self {
        RunOptions {
            source,
            kind: EntryKind::Auto,
            strict: false,
            test262: false,
            preludes: Vec::new(),
            max_steps: None,
            max_heap_mb: None,
            heap_measure: HeapMeasure::Process,
            disasm: false,
            args: Vec::new(),
            exec_args: Vec::new(),
            bootstrap: true,
            filesystem: true,
            real_process: true,
            virtual_time: false,
        }
    }
}
