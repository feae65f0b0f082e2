//! The scratch copy of Node's test tree: `require('../common')` in a test must find our stand-in for Node's
//! `test/common`, so the test files are copied (byte for byte) into a folder that also holds `common/`.

use std::io;
use std::path::{Path, PathBuf};

/// A scratch tree that is deleted when dropped.
pub struct ScratchTree {
    pub root: PathBuf,
}

impl Drop for ScratchTree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// The folder for the scratch tree: beside the runner's own build output (`target/<profile>/`) when it
/// runs from a cargo target directory, else the system's temporary folder. The process id keeps two runs
/// from sharing one tree.
pub fn scratch_location() -> PathBuf {
    let name = format!("node-tests-{}", std::process::id());
    let profile_dir = std::env::current_exe().ok().and_then(|exe| {
        let dir = exe.parent()?;
        Some(if dir.file_name().is_some_and(|n| n == "deps") { dir.parent()?.to_path_buf() } else { dir.to_path_buf() })
    });
    match profile_dir {
        Some(dir) if dir.is_dir() => dir.join(name),
        _ => std::env::temp_dir().join(format!("minijs-{name}")),
    }
}

/// Copies `test_root` (Node's `test/` folder, without its own `common/` if any) and `common` (our stand-in)
/// into `location`, replacing whatever was there.
pub fn build(test_root: &Path, common: &Path, location: PathBuf) -> Result<ScratchTree, String> {
    let _ = std::fs::remove_dir_all(&location);
    let tree = ScratchTree { root: location };
    copy_dir(test_root, &tree.root, &|name| name != "common").map_err(|e| format!("cannot copy {}: {e}", test_root.display()))?;
    copy_dir(common, &tree.root.join("common"), &|_| true).map_err(|e| format!("cannot copy {}: {e}", common.display()))?;
    Ok(tree)
}

/// Recursive copy; `keep` filters the entries of the top folder only.
fn copy_dir(from: &Path, to: &Path, keep: &dyn Fn(&str) -> bool) -> io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !keep(&name) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target, &|_| true)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Every `.js` file under `root` (outside `common/`), as `/`-separated paths relative to it, sorted.
pub fn test_files(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    collect(root, root, &mut found);
    found.sort();
    found
}

fn collect(root: &Path, dir: &Path, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "common") {
                collect(root, &path, found);
            }
        } else if path.extension().is_some_and(|e| e == "js") {
            found.push(crate::paths::relative_display(&path, root));
        }
    }
}
