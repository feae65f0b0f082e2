//! `tests/node/MANIFEST`: what to do with each file of Node's test tree.
//!
//! One file per line: its path relative to `node-tests/test/`, whitespace, then `run` or `skip: <reason>`.
//! Blank lines and lines starting with `#` are ignored. Every file of the tree must be listed (a file the
//! manifest does not name fails the suite), so nothing is ever dropped silently.

/// What the runner does with one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    Run,
    Skip(String),
}

/// One manifest line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub path: String,
    pub plan: Plan,
}

/// Parses the manifest; a malformed line is reported with its line number.
pub fn parse(text: &str) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim();
        let plan = if rest == "run" {
            Plan::Run
        } else if let Some(reason) = rest.strip_prefix("skip:") {
            let reason = reason.trim();
            if reason.is_empty() {
                return Err(format!("MANIFEST line {}: `skip:` needs a reason", index + 1));
            }
            Plan::Skip(reason.to_string())
        } else {
            return Err(format!("MANIFEST line {}: expected `<path> run` or `<path> skip: <reason>`, found {line:?}", index + 1));
        };
        if entries.iter().any(|e: &Entry| e.path == path) {
            return Err(format!("MANIFEST line {}: {path} is listed twice", index + 1));
        }
        entries.push(Entry { path: path.to_string(), plan });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::{Entry, Plan, parse};

    #[test]
    fn run_and_skip_lines() {
        let entries = parse("# c\n\na/x.js  run\nb/y.js\tskip: needs http\n").unwrap_or_default();
        assert_eq!(
            entries,
            vec![Entry { path: "a/x.js".into(), plan: Plan::Run }, Entry { path: "b/y.js".into(), plan: Plan::Skip("needs http".into()) },]
        );
    }

    #[test]
    fn malformed_lines_are_errors() {
        assert!(parse("a.js\n").is_err());
        assert!(parse("a.js skip:\n").is_err());
        assert!(parse("a.js run\na.js run\n").is_err());
    }
}
