//! Running one child process with a time limit, capturing stdout and stderr.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Output kept per stream; a runaway program printing forever must not eat the machine's memory.
const MAX_CAPTURED_BYTES: usize = 8 * 1024 * 1024;

/// The default per-program limit; `MINIJS_TEST_TIMEOUT` (seconds) overrides it.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

/// What a finished (or killed) child did.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// `None` when the process was killed by a signal (including our own timeout kill).
    pub exit_code: Option<i32>,
    pub timed_out: bool,
    pub elapsed: Duration,
}

/// A command line to run: program, arguments, working directory.
#[derive(Clone, Debug)]
pub struct Invocation<'a> {
    pub program: &'a Path,
    pub args: Vec<String>,
    pub cwd: Option<&'a Path>,
    pub timeout: Duration,
}

/// The per-program timeout from `MINIJS_TEST_TIMEOUT` (seconds, fractional allowed), else the default.
pub fn timeout_from_env() -> Duration {
    std::env::var("MINIJS_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.trim().parse::<f64>().ok())
        .filter(|secs| secs.is_finite() && *secs > 0.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(DEFAULT_TIMEOUT)
}

/// Runs the invocation to completion or until its timeout, then kills it. Spawn failures are returned as
/// errors (the binary is missing or not executable), never as a panic.
pub fn run(inv: &Invocation<'_>) -> Result<Outcome, String> {
    let mut command = Command::new(inv.program);
    command.args(&inv.args).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    if let Some(dir) = inv.cwd {
        command.current_dir(dir);
    }
    let started = Instant::now();
    let mut child = command.spawn().map_err(|e| format!("cannot start {}: {e}", inv.program.display()))?;
    // Both pipes are drained on their own threads: a child blocked on a full pipe would never exit.
    let stdout_reader = child.stdout.take().map(|pipe| thread::spawn(move || read_capped(pipe)));
    let stderr_reader = child.stderr.take().map(|pipe| thread::spawn(move || read_capped(pipe)));
    let (exit_code, timed_out) = wait_with_deadline(&mut child, started + inv.timeout)?;
    let join = |reader: Option<thread::JoinHandle<Vec<u8>>>| {
        reader.and_then(|h| h.join().ok()).map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
    };
    Ok(Outcome { stdout: join(stdout_reader), stderr: join(stderr_reader), exit_code, timed_out, elapsed: started.elapsed() })
}

/// Polls the child until it exits or the deadline passes (then kills it). Polling, rather than a blocking
/// wait on another thread, keeps the kill in our hands without any platform-specific code.
fn wait_with_deadline(child: &mut Child, deadline: Instant) -> Result<(Option<i32>, bool), String> {
    let mut pause = Duration::from_micros(200);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok((status.code(), false)),
            Ok(None) => {}
            Err(e) => return Err(format!("waiting for the child failed: {e}")),
        }
        if Instant::now() >= deadline {
            // The child may exit between the check and the kill; either way it is gone afterwards.
            let _ = child.kill();
            let _ = child.wait();
            return Ok((None, true));
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(10));
    }
}

/// Reads a pipe to its end, keeping at most `MAX_CAPTURED_BYTES` (the rest is read and dropped so the
/// child never blocks on a full pipe).
fn read_capped(mut pipe: impl Read) -> Vec<u8> {
    let mut kept = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        match pipe.read(&mut buffer) {
            Ok(0) | Err(_) => return kept,
            Ok(n) => {
                let room = MAX_CAPTURED_BYTES.saturating_sub(kept.len());
                kept.extend_from_slice(buffer.get(..n.min(room)).unwrap_or(&[]));
            }
        }
    }
}
