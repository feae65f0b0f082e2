//! One execution of one test262 test through `minijs run`, and its verdict.

use super::error_name::reported_error_name;
use super::frontmatter::Metadata;
use super::plan::Mode;
use crate::batch_worker::BatchWorker;
use crate::child::{self, Invocation, Outcome};
use std::cell::RefCell;
use std::path::Path;
use std::time::Duration;

/// What `print` must output for an async test to pass (doneprintHandle.js).
pub const ASYNC_COMPLETE: &str = "Test262:AsyncTestComplete";
/// The prefix of an async test's failure report.
pub const ASYNC_FAILURE: &str = "Test262:AsyncTestFailure";

/// The `minijs run` arguments for a test in a mode: host globals, script/module goal, strictness, the
/// harness files as preludes (assert.js, sta.js, doneprintHandle.js for async tests, then the includes,
/// in order), then the test file itself.
pub fn arguments(harness_dir: &Path, test: &Path, meta: &Metadata, mode: Mode) -> Vec<String> {
    let mut args = vec!["run".to_string(), "--test262".to_string()];
    match mode {
        Mode::Sloppy | Mode::Raw => args.push("--script".into()),
        Mode::Strict => {
            args.push("--script".into());
            args.push("--strict".into());
        }
        Mode::Module | Mode::RawModule => args.push("--module".into()),
    }
    if !matches!(mode, Mode::Raw | Mode::RawModule) {
        let mut preludes = vec!["assert.js".to_string(), "sta.js".to_string()];
        if meta.has_flag("async") {
            preludes.push("doneprintHandle.js".to_string());
        }
        preludes.extend(meta.includes.iter().cloned());
        for prelude in preludes {
            args.push("--prelude".into());
            args.push(harness_dir.join(prelude).display().to_string());
        }
    }
    args.push(test.display().to_string());
    args
}

/// The verdict on one run of a test.
#[derive(Clone, Debug, PartialEq)]
pub enum RunVerdict {
    Pass,
    Fail(String),
    /// The engine panicked or the process died: a bug whatever the test expects.
    Crash(String),
}

thread_local! {
    /// Each runner thread keeps one `minijs batch` worker (ended with the thread).
    static WORKER: RefCell<Option<BatchWorker>> = const { RefCell::new(None) };
}

/// Runs one mode of a test, in this thread's batch worker or (`batch` false) in a process of its own.
pub fn run_mode(binary: &Path, harness_dir: &Path, test: &Path, meta: &Metadata, mode: Mode, timeout: Duration, batch: bool) -> RunVerdict {
    let args = arguments(harness_dir, test, meta, mode);
    let outcome = if batch {
        WORKER.with(|w| w.borrow_mut().get_or_insert_with(|| BatchWorker::new(binary)).run(&args, timeout))
    } else {
        child::run(&Invocation { program: binary, args, cwd: test.parent(), timeout })
    };
    match outcome {
        Err(message) => RunVerdict::Fail(message),
        Ok(outcome) if crashed(&outcome) => RunVerdict::Crash(format!("crashed{}", evidence(&outcome))),
        Ok(outcome) => match judge(meta, &outcome, timeout) {
            Ok(()) => RunVerdict::Pass,
            Err(reason) => RunVerdict::Fail(reason),
        },
    }
}

/// A panic (Rust's exit code 101 with its message) or death by a signal that was not our timeout kill.
fn crashed(outcome: &Outcome) -> bool {
    match outcome.exit_code {
        None => !outcome.timed_out,
        Some(code) => code == 101 && outcome.stderr.contains("panicked"),
    }
}

/// The verdict on an outcome (INTERPRETING.md): negative tests must fail with the named error; async tests
/// must print the completion line; every other test must exit cleanly.
pub fn judge(meta: &Metadata, outcome: &Outcome, timeout: Duration) -> Result<(), String> {
    if outcome.timed_out {
        return Err(format!("timed out after {:.1}s{}", timeout.as_secs_f64(), evidence(outcome)));
    }
    let Some(code) = outcome.exit_code else {
        return Err(format!("killed by a signal (crash?){}", evidence(outcome)));
    };
    if let Some(negative) = &meta.negative {
        if code == 0 {
            return Err(format!(
                "expected a {} {} error, but the test completed{}",
                negative.phase,
                negative.error_type,
                evidence(outcome)
            ));
        }
        return match reported_error_name(&outcome.stderr) {
            Some(name) if name == negative.error_type => Ok(()),
            Some(name) => Err(format!("expected {} ({}), got {name}{}", negative.error_type, negative.phase, evidence(outcome))),
            None => Err(format!(
                "expected {} ({}), but no error name found in stderr{}",
                negative.error_type,
                negative.phase,
                evidence(outcome)
            )),
        };
    }
    if code != 0 {
        return Err(format!("exit code {code}{}", evidence(outcome)));
    }
    if meta.has_flag("async") {
        let lines: Vec<&str> = outcome.stdout.lines().map(str::trim_end).collect();
        if let Some(failure) = lines.iter().find(|l| l.starts_with(ASYNC_FAILURE)) {
            return Err(format!("async failure: {failure}"));
        }
        if !lines.contains(&ASYNC_COMPLETE) {
            return Err(format!("async test never printed {ASYNC_COMPLETE}{}", evidence(outcome)));
        }
    }
    Ok(())
}

/// The first lines of the child's output, for a failure message.
fn evidence(outcome: &Outcome) -> String {
    let mut text = String::new();
    let stderr: Vec<&str> = outcome.stderr.lines().filter(|l| !l.trim().is_empty()).take(6).collect();
    if !stderr.is_empty() {
        text.push_str("\n      stderr: ");
        text.push_str(&stderr.join("\n              "));
    }
    let stdout: Vec<&str> = outcome.stdout.lines().take(4).collect();
    if !stdout.is_empty() {
        text.push_str("\n      stdout: ");
        text.push_str(&stdout.join("\n              "));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test262::frontmatter::Negative;

    fn outcome(code: i32, stdout: &str, stderr: &str) -> Outcome {
        Outcome { stdout: stdout.into(), stderr: stderr.into(), exit_code: Some(code), ..Outcome::default() }
    }

    fn meta(flags: &[&str], negative: Option<(&str, &str)>) -> Metadata {
        Metadata {
            flags: flags.iter().map(|s| s.to_string()).collect(),
            negative: negative.map(|(p, t)| Negative { phase: p.into(), error_type: t.into() }),
            ..Metadata::default()
        }
    }

    const T: Duration = Duration::from_secs(1);

    #[test]
    fn plain_test_needs_clean_exit() {
        assert!(judge(&meta(&[], None), &outcome(0, "", ""), T).is_ok());
        assert!(judge(&meta(&[], None), &outcome(1, "", "Test262Error: x\n"), T).is_err());
    }

    #[test]
    fn async_test_needs_completion_line() {
        let m = meta(&["async"], None);
        assert!(judge(&m, &outcome(0, "Test262:AsyncTestComplete\n", ""), T).is_ok());
        assert!(judge(&m, &outcome(0, "", ""), T).is_err());
        assert!(judge(&m, &outcome(0, "Test262:AsyncTestFailure:Test262Error: no\n", ""), T).is_err());
    }

    #[test]
    fn negative_test_needs_the_named_error() {
        let m = meta(&[], Some(("parse", "SyntaxError")));
        assert!(judge(&m, &outcome(1, "", "/x.js:1:1\nfoo\n^\n\nSyntaxError: bad\n"), T).is_ok());
        assert!(judge(&m, &outcome(1, "", "/x.js:1\nfoo\n^\n\nTest262Error: reached\n"), T).is_err());
        assert!(judge(&m, &outcome(0, "", ""), T).is_err());
    }

    #[test]
    fn arguments_order_harness_then_test() {
        let m = Metadata { includes: vec!["asyncHelpers.js".into()], flags: vec!["async".into()], ..Metadata::default() };
        let args = arguments(Path::new("/h"), Path::new("/t/x.js"), &m, Mode::Strict);
        let joined = args.join(" ");
        assert_eq!(
            joined,
            "run --test262 --script --strict --prelude /h/assert.js --prelude /h/sta.js --prelude /h/doneprintHandle.js --prelude /h/asyncHelpers.js /t/x.js"
        );
        let raw = arguments(Path::new("/h"), Path::new("/t/x.js"), &Metadata::default(), Mode::Raw).join(" ");
        assert_eq!(raw, "run --test262 --script /t/x.js");
    }
}
