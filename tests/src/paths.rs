//! Where the corpora live, independent of the current directory.

use std::path::{Path, PathBuf};

/// The `tests/` folder of the checkout (this crate's manifest directory).
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The shared reference material: `MINIJS_SHARED_DIR` if set, else the `shared/` folder that sits beside
/// the checkout (how both the developers' machines and CI lay it out).
pub fn shared_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("MINIJS_SHARED_DIR") {
        return PathBuf::from(dir);
    }
    let checkout = tests_dir().parent().map(Path::to_path_buf).unwrap_or_default();
    checkout.parent().map(|p| p.join("shared")).unwrap_or_else(|| PathBuf::from("shared"))
}

/// The test262 subset: `MINIJS_TEST262_DIR` if set, else `shared/test262`.
pub fn test262_dir() -> PathBuf {
    match std::env::var_os("MINIJS_TEST262_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => shared_dir().join("test262"),
    }
}

/// `path` relative to `base` with `/` separators, or the whole path when it is not under `base`.
pub fn relative_display(path: &Path, base: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}
