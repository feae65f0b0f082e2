//! `minijs batch`: many runs in one process, for test runners. Starting a process and compiling the
//! self-hosted built-ins costs more than most test262 tests; a batch worker pays it once.
//!
//! Protocol, one request at a time. The runner writes a line: the arguments of a `minijs run`
//! command, separated by tabs. The worker runs it in a fresh runtime with its output captured and
//! answers with a header line `minijs-batch <exit code> <stdout bytes> <stderr bytes> <ok|panic>`
//! followed by exactly those bytes of stdout, then of stderr. An engine panic is caught and answered
//! with `panic` (the message in stderr); the worker then exits, since a panic may have left
//! thread-local state half-updated, and the runner starts a new one. A crash that cannot be caught
//! (a native stack overflow) ends the process without an answer: the runner counts that run as
//! crashed too.

use std::cell::RefCell;
use std::io::{BufRead, Write};
use std::panic::{self, AssertUnwindSafe};

use crate::cli::{self, Command};

thread_local! {
    static PANIC_MESSAGE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Serves requests from stdin until it closes (exit 0) or a run panics (exit 101).
pub fn serve() -> i32 {
    // Keep the panic message for the answer instead of printing it.
    panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let message = format!("minijs panicked{location}: {info}");
        PANIC_MESSAGE.with(|m| *m.borrow_mut() = Some(message));
    }));
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout().lock();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { return 1 };
        if line.is_empty() {
            continue;
        }
        let args: Vec<String> = line.split('\t').map(str::to_string).collect();
        let (answer, panicked) = answer(&args);
        if stdout.write_all(&answer).and_then(|_| stdout.flush()).is_err() {
            return 1;
        }
        if panicked {
            return 101;
        }
    }
    0
}

/// Runs one request; returns the encoded answer and whether the run panicked.
fn answer(args: &[String]) -> (Vec<u8>, bool) {
    let (code, out, err, panicked) = match cli::parse(args) {
        Ok(Command::Run(options)) => {
            let result = panic::catch_unwind(AssertUnwindSafe(|| crate::run_captured(&options)));
            match result {
                Ok(run) => (run.exit_code, run.stdout, run.stderr, false),
                Err(_) => {
                    crate::output::set_sink(crate::output::Sink::Process);
                    let message = PANIC_MESSAGE.with(|m| m.borrow_mut().take()).unwrap_or_else(|| "minijs panicked".into());
                    (101, String::new(), message, true)
                }
            }
        }
        Ok(_) => (9, String::new(), "minijs batch: a request must be a `run` command\n".to_string(), false),
        Err(message) => (9, String::new(), format!("minijs: {message}\n"), false),
    };
    let status = if panicked { "panic" } else { "ok" };
    let mut bytes = format!("minijs-batch {code} {} {} {status}\n", out.len(), err.len()).into_bytes();
    bytes.extend_from_slice(out.as_bytes());
    bytes.extend_from_slice(err.as_bytes());
    (bytes, panicked)
}
