//! The stdlib's JavaScript files, embedded in the binary (INTERNAL.md §1) and precompiled to
//! bytecode at build time (`precompiled.rs`). Each is a CommonJS module body the loader wraps
//! as `(function (exports, require, module, internal)`.

use std::rc::Rc;

pub use super::stdlib_files::{STDLIB_FILES, stdlib_source_name};

/// Built-ins reachable only with the `node:` scheme (Node's rule for newer modules): a bare
/// `require('test')` is a package.
pub const PREFIX_ONLY: &[&str] = &["test"];

/// Built-in modules the Rust host implements itself (no JS file).
pub const HOST_MODULES: &[&str] = &["module"];

/// The embedded source of a stdlib file.
pub fn embedded_source(table_name: &str) -> Option<&'static str> {
    STDLIB_FILES.iter().find(|(name, _)| *name == table_name).map(|(_, text)| *text)
}

/// The source of a stdlib file: embedded, or read from `$MINIJS_STDLIB_DIR/<name>.js` when
/// that variable is set (for working on the JavaScript half without rebuilding).
pub fn stdlib_source(table_name: &str) -> Option<Rc<str>> {
    let embedded = embedded_source(table_name)?;
    if let Some(dir) = std::env::var_os("MINIJS_STDLIB_DIR") {
        let path = std::path::Path::new(&dir).join(format!("{table_name}.js"));
        if let Ok(text) = std::fs::read_to_string(path) {
            return Some(Rc::from(text));
        }
    }
    Some(Rc::from(embedded))
}

/// The table name of the built-in module a public name (`util`, `timers/promises`,
/// `console`) refers to, if there is one.
pub fn public_builtin(name: &str) -> Option<&'static str> {
    if name == "console" {
        return Some("console");
    }
    STDLIB_FILES.iter().map(|(table, _)| *table).find(|table| table.strip_prefix("node/") == Some(name))
}

/// Whether `name` (without `node:`) is a built-in module: a stdlib file or a host module.
pub fn is_builtin(name: &str) -> bool {
    public_builtin(name).is_some() || HOST_MODULES.contains(&name)
}

/// Whether `specifier` names a built-in as written (`node:test` does, bare `test` does not).
pub fn is_builtin_specifier(specifier: &str) -> bool {
    match specifier.strip_prefix("node:") {
        Some(name) => is_builtin(name),
        None => is_builtin(specifier) && !PREFIX_ONLY.contains(&specifier),
    }
}

/// The names `require('module').builtinModules` lists.
pub fn builtin_names() -> Vec<String> {
    let mut names: Vec<String> = STDLIB_FILES
        .iter()
        .filter_map(|(table, _)| table.strip_prefix("node/"))
        .map(|name| if PREFIX_ONLY.contains(&name) { format!("node:{name}") } else { name.to_string() })
        .collect();
    names.push("console".into());
    names.extend(HOST_MODULES.iter().map(|s| s.to_string()));
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file under stdlib/js (except the dev tools in test/) is embedded.
    #[test]
    fn table_lists_every_stdlib_file() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
        let mut missing = Vec::new();
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    if path.file_name().is_some_and(|n| n != "test") {
                        stack.push(path);
                    }
                } else if path.extension().is_some_and(|e| e == "js") {
                    let relative = path.strip_prefix(&root).map(|p| p.with_extension("")).unwrap_or_default();
                    let name = relative.to_string_lossy().replace('\\', "/");
                    if embedded_source(&name).is_none() {
                        missing.push(name);
                    }
                }
            }
        }
        assert!(missing.is_empty(), "stdlib files missing from STDLIB_FILES: {missing:?}");
    }

    #[test]
    fn public_names() {
        assert_eq!(public_builtin("util"), Some("node/util"));
        assert_eq!(public_builtin("timers/promises"), Some("node/timers/promises"));
        assert_eq!(public_builtin("console"), Some("console"));
        assert_eq!(public_builtin("internal/errors"), None);
        assert_eq!(stdlib_source_name("internal/errors"), "node:internal/errors");
        assert!(is_builtin("module"));
    }
}
