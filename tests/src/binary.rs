//! Finding (and, under cargo, building) the `minijs` executable under test.
//!
//! `cargo test --workspace` does not build another package's binaries (cargo only builds a package's
//! own `[[bin]]`s for its own integration tests), and a binary left over from an earlier build may be stale.
//! So when a runner is started by cargo (`CARGO` is set) it first runs `cargo build -p minijs` for its own
//! profile and target directory: a no-op when the binary is up to date, and no deadlock, since cargo
//! releases the build lock while tests run. `MINIJS_BIN` skips all of this; `MINIJS_NO_AUTO_BUILD=1`
//! skips the build.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The name of the binary built by the `minijs` package.
const BINARY_NAME: &str = "minijs";

/// Locates the `minijs` binary: `MINIJS_BIN` if set; else (after the cargo build above) next to the running
/// executable (a `[[bin]]` such as `test262` lives in `target/<profile>/`) or one level up (integration
/// tests live in `target/<profile>/deps/`).
pub fn locate_minijs() -> Result<PathBuf, String> {
    if let Some(explicit) = std::env::var_os("MINIJS_BIN") {
        let path = PathBuf::from(explicit);
        if path.is_file() {
            return Ok(path);
        }
        return Err(format!("MINIJS_BIN is set to {}, which is not a file", path.display()));
    }
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the running executable: {e}"))?;
    let built = build_with_cargo(&exe);
    let candidates = candidate_paths(&exe);
    candidates.iter().find(|p| p.is_file()).cloned().ok_or_else(|| {
        let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
        let build_note = match built {
            Err(why) => format!("\nThe automatic build did not help: {why}"),
            Ok(()) => String::new(),
        };
        format!(
            "the minijs binary was not found (looked at {}).\n\
             Build it first with `cargo build -p minijs` (add --release when the runner is a release build),\n\
             or run the suites through `cargo test --workspace`, or point MINIJS_BIN at a binary.{build_note}",
            looked.join(", ")
        )
    })
}

fn candidate_paths(exe: &Path) -> Vec<PathBuf> {
    let file_name = format!("{BINARY_NAME}{}", std::env::consts::EXE_SUFFIX);
    let mut out = Vec::new();
    if let Some(dir) = exe.parent() {
        out.push(dir.join(&file_name));
        if let Some(up) = dir.parent() {
            out.push(up.join(&file_name));
        }
    }
    out
}

/// `target/<profile>` for an executable in `target/<profile>/` or `target/<profile>/deps/`.
fn profile_dir(exe: &Path) -> Option<&Path> {
    let dir = exe.parent()?;
    if dir.file_name().is_some_and(|n| n == "deps") { dir.parent() } else { Some(dir) }
}

/// Runs `cargo build -p minijs` for the runner's own profile and target directory, when started by cargo.
fn build_with_cargo(exe: &Path) -> Result<(), String> {
    let Some(cargo) = std::env::var_os("CARGO") else {
        return Err("not started by cargo (CARGO is not set)".into());
    };
    if std::env::var("MINIJS_NO_AUTO_BUILD").is_ok_and(|v| !v.is_empty() && v != "0") {
        return Err("MINIJS_NO_AUTO_BUILD is set".into());
    }
    let profile_dir = profile_dir(exe).ok_or("unexpected executable location")?;
    let target_dir = profile_dir.parent().ok_or("unexpected executable location")?;
    let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
        Some("debug") => "dev".to_string(),
        Some(name) => name.to_string(),
        None => return Err("unexpected executable location".into()),
    };
    let checkout = crate::paths::tests_dir().parent().map(Path::to_path_buf).ok_or("no checkout folder")?;
    println!("building minijs: cargo build -p minijs --profile {profile} (target dir {})", target_dir.display());
    let output = Command::new(cargo)
        .args(["build", "-p", "minijs", "--bin", BINARY_NAME, "--profile", &profile])
        .arg("--manifest-path")
        .arg(checkout.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_dir)
        .current_dir(&checkout)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(30).collect::<Vec<_>>().into_iter().rev().collect();
    Err(format!("cargo build -p minijs failed:\n{}", tail.join("\n")))
}

#[cfg(test)]
mod tests {
    use super::{candidate_paths, profile_dir};
    use std::path::Path;

    #[test]
    fn profile_dir_of_tests_and_bins() {
        assert_eq!(profile_dir(Path::new("/t/release/deps/golden-abc")), Some(Path::new("/t/release")));
        assert_eq!(profile_dir(Path::new("/t/debug/test262")), Some(Path::new("/t/debug")));
    }

    #[test]
    fn candidates_are_sibling_then_parent() {
        let c = candidate_paths(Path::new("/t/debug/deps/golden-abc"));
        assert_eq!(c.first().map(|p| p.as_path()), Some(Path::new("/t/debug/deps/minijs")));
        assert_eq!(c.get(1).map(|p| p.as_path()), Some(Path::new("/t/debug/minijs")));
    }
}
