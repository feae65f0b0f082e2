//! A `minijs batch` process serving many runs (see `stdlib/src/batch.rs` for the protocol), with the
//! same per-run timeout and crash handling as a process per run: a run that hangs or kills the
//! worker is reported like a killed child, and the next run gets a fresh worker.

use crate::child::Outcome;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// One answer as the reader thread decodes it; `None` when the worker's stdout closed.
type Answer = Option<(i32, String, String, bool)>;

/// Why a run did not produce an ordinary outcome is carried in `Outcome`: `exit_code: None` with
/// `timed_out` for a hang, `exit_code: None` and a `crashed: ...` stderr for a dead worker or a panic.
pub struct BatchWorker {
    binary: PathBuf,
    running: Option<Running>,
}

struct Running {
    child: Child,
    stdin: ChildStdin,
    answers: Receiver<Answer>,
}

impl BatchWorker {
    pub fn new(binary: &Path) -> BatchWorker {
        BatchWorker { binary: binary.to_path_buf(), running: None }
    }

    /// Runs `minijs <args>` (args start with `run`) in the worker.
    pub fn run(&mut self, args: &[String], timeout: Duration) -> Result<Outcome, String> {
        if args.iter().any(|a| a.contains('\t') || a.contains('\n')) {
            return Err("an argument contains a tab or newline; the batch protocol cannot carry it".into());
        }
        let started = Instant::now();
        let running = match &mut self.running {
            Some(r) => r,
            None => self.running.insert(spawn(&self.binary)?),
        };
        let request = format!("{}\n", args.join("\t"));
        let sent = running.stdin.write_all(request.as_bytes()).and_then(|_| running.stdin.flush());
        let answer = match sent {
            Ok(()) => running.answers.recv_timeout(timeout),
            Err(_) => Err(RecvTimeoutError::Disconnected),
        };
        let elapsed = started.elapsed();
        match answer {
            Ok(Some((code, stdout, stderr, false))) => Ok(Outcome { stdout, stderr, exit_code: Some(code), timed_out: false, elapsed }),
            Ok(Some((_, stdout, stderr, true))) => {
                self.stop();
                Ok(Outcome { stdout, stderr: format!("crashed: {stderr}"), exit_code: None, timed_out: false, elapsed })
            }
            Err(RecvTimeoutError::Timeout) => {
                self.stop();
                Ok(Outcome { timed_out: true, elapsed, ..Outcome::default() })
            }
            Ok(None) | Err(RecvTimeoutError::Disconnected) => {
                let status = self.stop();
                let stderr = format!("crashed: the worker died ({status})");
                Ok(Outcome { stderr, exit_code: None, timed_out: false, elapsed, ..Outcome::default() })
            }
        }
    }

    /// Kills the worker (if any) and says how it ended.
    fn stop(&mut self) -> String {
        let Some(mut running) = self.running.take() else { return "not running".into() };
        let _ = running.child.kill();
        match running.child.wait() {
            Ok(status) => status.to_string(),
            Err(e) => e.to_string(),
        }
    }
}

impl Drop for BatchWorker {
    fn drop(&mut self) {
        self.stop();
    }
}

fn spawn(binary: &Path) -> Result<Running, String> {
    let mut child = Command::new(binary)
        .arg("batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {} batch: {e}", binary.display()))?;
    let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        return Err("the batch worker has no pipes".into());
    };
    let (send, answers) = mpsc::channel();
    thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        loop {
            let answer = read_answer(&mut reader);
            let done = answer.is_none();
            if send.send(answer).is_err() || done {
                return;
            }
        }
    });
    Ok(Running { child, stdin, answers })
}

/// Reads `minijs-batch <code> <out bytes> <err bytes> <ok|panic>\n` and the bytes after it.
fn read_answer(reader: &mut impl BufRead) -> Answer {
    let mut header = String::new();
    if reader.read_line(&mut header).ok()? == 0 {
        return None;
    }
    let mut fields = header.split_whitespace();
    if fields.next()? != "minijs-batch" {
        return None;
    }
    let code: i32 = fields.next()?.parse().ok()?;
    let out_len: usize = fields.next()?.parse().ok()?;
    let err_len: usize = fields.next()?.parse().ok()?;
    let panicked = fields.next()? == "panic";
    let mut read = |len: usize| -> Option<String> {
        let mut bytes = vec![0u8; len];
        reader.read_exact(&mut bytes).ok()?;
        Some(String::from_utf8_lossy(&bytes).into_owned())
    };
    let stdout = read(out_len)?;
    let stderr = read(err_len)?;
    Some((code, stdout, stderr, panicked))
}
