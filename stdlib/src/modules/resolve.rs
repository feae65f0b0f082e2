//! Module specifier resolution, after Node's rules: built-ins (`node:x`, bare `x` when a
//! built-in exists), `internal/x` only from stdlib files, relative and absolute paths (CommonJS
//! tries `.js`, `.json`, `dir/package.json` main and `dir/index.js`; ES modules need the exact
//! file), `file://` URLs, and packages in `node_modules` folders.

use std::path::{Component, Path, PathBuf};

use super::builtin;

/// What a specifier names.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A stdlib file (its table name).
    Stdlib(&'static str),
    /// A built-in module implemented by the Rust host (`module`).
    Host(&'static str),
    /// A file (absolute, normalized).
    File(PathBuf),
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResolveError {
    pub message: String,
    pub code: &'static str,
}

/// Who is asking: decides relative paths, `internal/` access and the ESM rules.
pub struct Referrer<'a> {
    /// The directory relative specifiers start from (None for stdlib files).
    pub dir: Option<&'a Path>,
    /// A stdlib file (may load `internal/...`).
    pub is_stdlib: bool,
    /// Resolution for `import` (exact files only) rather than `require`.
    pub esm: bool,
    /// The referrer's name for error messages (a path).
    pub name: &'a str,
}

/// Resolves `specifier` for `referrer`.
pub fn resolve(specifier: &str, referrer: &Referrer<'_>, filesystem: bool) -> Result<Target, ResolveError> {
    if let Some(name) = specifier.strip_prefix("node:") {
        return builtin_target(name)
            .ok_or_else(|| ResolveError { message: format!("No such built-in module: {specifier}"), code: "ERR_UNKNOWN_BUILTIN_MODULE" });
    }
    if referrer.is_stdlib
        && specifier.starts_with("internal/")
        && let Some((table, _)) = builtin::STDLIB_FILES.iter().find(|(name, _)| *name == specifier)
    {
        return Ok(Target::Stdlib(table));
    }
    if let Some(target) = builtin_target(specifier).filter(|_| !builtin::PREFIX_ONLY.contains(&specifier)) {
        return Ok(target);
    }
    let not_found = || not_found_error(specifier, referrer);
    if !filesystem {
        return Err(not_found());
    }
    if let Some(path) = file_url_path(specifier) {
        return resolve_file(&path, referrer.esm).map(Target::File).ok_or_else(not_found);
    }
    let is_path =
        specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/') || specifier == "." || specifier == "..";
    if is_path {
        let base = match referrer.dir {
            Some(dir) => dir.join(specifier),
            None => PathBuf::from(specifier),
        };
        return resolve_file(&normalize(&base), referrer.esm).map(Target::File).ok_or_else(not_found);
    }
    resolve_package(specifier, referrer).map(Target::File).ok_or_else(not_found)
}

fn builtin_target(name: &str) -> Option<Target> {
    if let Some(table) = builtin::public_builtin(name) {
        return Some(Target::Stdlib(table));
    }
    builtin::HOST_MODULES.iter().find(|m| **m == name).map(|m| Target::Host(m))
}

fn not_found_error(specifier: &str, referrer: &Referrer<'_>) -> ResolveError {
    if referrer.esm {
        let shown = match (specifier.starts_with('.') || specifier.starts_with('/'), referrer.dir) {
            (true, Some(dir)) => normalize(&dir.join(specifier)).display().to_string(),
            _ => specifier.to_string(),
        };
        let what = if specifier.starts_with('.') || specifier.starts_with('/') { "module" } else { "package" };
        ResolveError { message: format!("Cannot find {what} '{shown}' imported from {}", referrer.name), code: "ERR_MODULE_NOT_FOUND" }
    } else {
        ResolveError { message: format!("Cannot find module '{specifier}'\nRequire stack:\n- {}", referrer.name), code: "MODULE_NOT_FOUND" }
    }
}

/// The path of a `file://` URL (percent escapes decoded).
pub fn file_url_path(specifier: &str) -> Option<PathBuf> {
    let rest = specifier.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let decoded = match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(b'%'), Some(&h), Some(&l)) => hex(h).zip(hex(l)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match decoded {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.extend(bytes.get(i).copied());
                i += 1;
            }
        }
    }
    Some(normalize(Path::new(&String::from_utf8_lossy(&out).into_owned())))
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Removes `.` and `..` components (lexically, like Node's `path.resolve`).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// A file for `base`: exact (ESM), or with CommonJS's extension and directory fallbacks.
fn resolve_file(base: &Path, esm: bool) -> Option<PathBuf> {
    if base.is_file() {
        return Some(base.to_path_buf());
    }
    if esm {
        return None;
    }
    for ext in ["js", "json", "cjs"] {
        let mut name = base.as_os_str().to_os_string();
        name.push(".");
        name.push(ext);
        let candidate = PathBuf::from(name);
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    if base.is_dir() {
        return resolve_directory(base, false);
    }
    None
}

/// A directory's entry point: package.json `exports`/`main`, else `index.js`/`index.json`.
fn resolve_directory(dir: &Path, esm: bool) -> Option<PathBuf> {
    if let Some(entry) = package_entry(dir, esm) {
        let path = normalize(&dir.join(entry));
        if let Some(found) = resolve_file(&path, false) {
            return Some(found);
        }
    }
    ["index.js", "index.json"].iter().map(|n| dir.join(n)).find(|p| p.is_file())
}

/// The entry a package.json names (`exports` as a string or `exports["."]`, else `main`).
fn package_entry(dir: &Path, esm: bool) -> Option<String> {
    let text = std::fs::read_to_string(dir.join("package.json")).ok()?;
    let json = super::package_json::parse(&text)?;
    let exports = json.get("exports");
    let from_exports = exports.and_then(|e| {
        e.as_str().map(str::to_string).or_else(|| {
            let dot = e.get(".")?;
            dot.as_str().map(str::to_string).or_else(|| {
                let key = if esm { "import" } else { "require" };
                dot.get(key).or_else(|| dot.get("default")).and_then(|v| v.as_str()).map(str::to_string)
            })
        })
    });
    from_exports.or_else(|| json.get("main").and_then(|m| m.as_str()).map(str::to_string))
}

/// `pkg` or `pkg/sub/path` in the `node_modules` folders above the referrer.
fn resolve_package(specifier: &str, referrer: &Referrer<'_>) -> Option<PathBuf> {
    let mut dir = referrer.dir.map(Path::to_path_buf);
    while let Some(current) = dir {
        let candidate = current.join("node_modules").join(specifier);
        let is_package_root =
            !specifier.trim_start_matches('@').contains('/') || (specifier.starts_with('@') && specifier.matches('/').count() == 1);
        if candidate.is_dir() && is_package_root {
            if let Some(found) = resolve_directory(&candidate, referrer.esm) {
                return Some(found);
            }
        } else if let Some(found) = resolve_file(&candidate, false) {
            return Some(found);
        }
        dir = current.parent().map(Path::to_path_buf);
    }
    None
}

/// The `"type"` of the nearest package.json above `file` (`"module"` or `"commonjs"`).
pub fn package_type(file: &Path) -> Option<String> {
    let mut dir = file.parent();
    while let Some(current) = dir {
        if let Ok(text) = std::fs::read_to_string(current.join("package.json")) {
            return super::package_json::parse(&text)?.get("type").and_then(|t| t.as_str()).map(str::to_string);
        }
        dir = current.parent();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stdlib() -> Referrer<'static> {
        Referrer { dir: None, is_stdlib: true, esm: false, name: "node:util" }
    }

    #[test]
    fn builtins_and_internals() {
        let user = Referrer { dir: Some(Path::new("/tmp")), is_stdlib: false, esm: false, name: "/tmp/a.js" };
        assert_eq!(resolve("node:util", &user, false), Ok(Target::Stdlib("node/util")));
        assert_eq!(resolve("util", &user, false), Ok(Target::Stdlib("node/util")));
        assert_eq!(resolve("module", &user, false), Ok(Target::Host("module")));
        assert_eq!(resolve("internal/errors", &stdlib(), false), Ok(Target::Stdlib("internal/errors")));
        assert!(resolve("internal/errors", &user, false).is_err());
        assert_eq!(resolve("node:nope", &user, false).map_err(|e| e.code), Err("ERR_UNKNOWN_BUILTIN_MODULE"));
        assert_eq!(resolve("./x", &user, false).map_err(|e| e.code), Err("MODULE_NOT_FOUND"));
    }

    #[test]
    fn paths_and_urls() {
        assert_eq!(normalize(Path::new("/a/b/../c/./d.js")), PathBuf::from("/a/c/d.js"));
        assert_eq!(file_url_path("file:///a%20b/c.mjs"), Some(PathBuf::from("/a b/c.mjs")));
    }
}
