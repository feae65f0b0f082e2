//! Where `internal.write`, `print` and the host's own reports go: the process's stdout/stderr,
//! a capture buffer (library users, tests), or nowhere (fuzzing).
//!
//! Stdout is buffered for speed; it is flushed before anything is written to stderr (so a
//! terminal shows both streams in call order), before the host sleeps, and at exit.

use std::cell::RefCell;
use std::io::Write;

/// The destination of program output.
pub enum Sink {
    /// The real stdout/stderr of the process.
    Process,
    /// Kept in memory: (stdout, stderr).
    Capture(String, String),
    /// Thrown away (fuzzing).
    Discard,
}

struct Output {
    sink: Sink,
    stdout: Vec<u8>,
}

thread_local! {
    static OUTPUT: RefCell<Output> = const { RefCell::new(Output { sink: Sink::Process, stdout: Vec::new() }) };
}

/// Stdout bytes buffered before a flush is forced.
const STDOUT_BUFFER_LIMIT: usize = 64 * 1024;

/// Chooses where output goes for the program about to run.
pub fn set_sink(sink: Sink) {
    OUTPUT.with(|o| {
        let mut o = o.borrow_mut();
        flush_locked(&mut o);
        o.sink = sink;
    });
}

/// Takes the captured (stdout, stderr) text, if the sink is a capture.
pub fn take_captured() -> Option<(String, String)> {
    OUTPUT.with(|o| match &mut o.borrow_mut().sink {
        Sink::Capture(out, err) => Some((std::mem::take(out), std::mem::take(err))),
        _ => None,
    })
}

/// Writes `text` to fd 1 (stdout) or 2 (stderr); other fds are ignored. Errors (EPIPE, ...)
/// are ignored, as Node does for its synchronous stdio writes.
pub fn write(fd: u32, text: &str) {
    OUTPUT.with(|o| {
        let mut o = o.borrow_mut();
        match (&mut o.sink, fd) {
            (Sink::Discard, _) => {}
            (Sink::Capture(out, _), 1) => push_capped(out, text),
            (Sink::Capture(_, err), 2) => push_capped(err, text),
            (Sink::Process, 1) => {
                o.stdout.extend_from_slice(text.as_bytes());
                if o.stdout.len() >= STDOUT_BUFFER_LIMIT {
                    flush_locked(&mut o);
                }
            }
            (Sink::Process, 2) => {
                flush_locked(&mut o);
                let mut err = std::io::stderr().lock();
                let _ = err.write_all(text.as_bytes());
                let _ = err.flush();
            }
            _ => {}
        }
    });
}

/// Captured output kept per stream: a program printing in a loop until its time limit must not eat
/// the memory of a long-lived batch worker.
const CAPTURE_LIMIT: usize = 8 * 1024 * 1024;

fn push_capped(buffer: &mut String, text: &str) {
    if buffer.len() + text.len() <= CAPTURE_LIMIT {
        buffer.push_str(text);
    }
}

/// Writes the buffered stdout.
pub fn flush() {
    OUTPUT.with(|o| flush_locked(&mut o.borrow_mut()));
}

fn flush_locked(o: &mut Output) {
    if o.stdout.is_empty() {
        return;
    }
    if matches!(o.sink, Sink::Process) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&o.stdout);
        let _ = out.flush();
    }
    o.stdout.clear();
}
