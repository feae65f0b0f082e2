//! A test file's `// Flags:` line: the node CLI flags it wants. Node's test/common re-spawns the process
//! with them; here each flag is either translated to a `minijs run` flag or ignored, with the reason shown.

/// What becomes of each Node flag the corpus uses. Flags not in the table are ignored as unknown.
const NODE_FLAGS: &[(&str, Translation)] = &[
    ("--async-context-frame", Translation::Ignored("AsyncLocalStorage is always built on AsyncContext")),
    ("--no-async-context-frame", Translation::Ignored("AsyncLocalStorage is always built on AsyncContext")),
    ("--expose-gc", Translation::Ignored("minijs has no global.gc")),
    ("--expose_gc", Translation::Ignored("minijs has no global.gc")),
    ("--expose-internals", Translation::Ignored("Node internals are never exposed")),
];

#[derive(Clone, Copy, Debug)]
enum Translation {
    /// Not honoured; the text says why.
    Ignored(&'static str),
    /// Passed to `minijs run` as this flag. (None of the corpus's flags has an equivalent yet.)
    #[allow(dead_code)]
    Minijs(&'static str),
}

/// The flags to pass to `minijs run`, and the ignored ones (each with its reason), for a file's source.
pub fn translate(source: &str) -> (Vec<String>, Vec<String>) {
    let mut passed = Vec::new();
    let mut ignored = Vec::new();
    for flag in node_flags(source) {
        match NODE_FLAGS.iter().find(|(name, _)| *name == flag).map(|(_, t)| *t) {
            Some(Translation::Minijs(ours)) => passed.push(ours.to_string()),
            Some(Translation::Ignored(why)) => ignored.push(format!("{flag} ({why})")),
            None => ignored.push(format!("{flag} (unknown to minijs)")),
        }
    }
    (passed, ignored)
}

/// The flags of the first `// Flags:` comment among the file's leading lines (Node reads the header).
fn node_flags(source: &str) -> Vec<String> {
    source
        .lines()
        .take(20)
        .find_map(|line| line.trim().strip_prefix("// Flags:"))
        .map(|flags| flags.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::{node_flags, translate};

    #[test]
    fn flags_line_is_found_after_use_strict() {
        assert_eq!(node_flags("'use strict';\n// Flags: --expose_gc --expose-internals\n"), vec!["--expose_gc", "--expose-internals"]);
        assert!(node_flags("'use strict';\n").is_empty());
    }

    #[test]
    fn unknown_flags_are_ignored_with_a_reason() {
        let (passed, ignored) = translate("// Flags: --async-context-frame --zap\n");
        assert!(passed.is_empty());
        assert_eq!(ignored.len(), 2);
        assert!(ignored.iter().any(|i| i.starts_with("--zap (unknown")));
    }
}
