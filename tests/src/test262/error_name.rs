//! Reading the name of an uncaught error from minijs's (Node-like) stderr report.
//!
//! Node's report is: `file:line`, the source line, a caret line, a blank line, then `Name: message` (or
//! `Name [Error]: message` for subclasses, or an inspected object such as `Test262Error { ... }`). The
//! name is taken from the first line after the caret line (or from the top when there is no caret line)
//! that starts with an identifier ending in `Error`, optionally after `Uncaught `.

/// The error constructor name reported in `stderr`, if any.
pub fn reported_error_name(stderr: &str) -> Option<String> {
    let lines: Vec<&str> = stderr.lines().collect();
    let after_caret = lines.iter().position(|line| is_caret_line(line)).map(|i| i + 1).unwrap_or(0);
    lines.get(after_caret..).unwrap_or(&[]).iter().find_map(|line| error_name_at_start(line))
}

fn is_caret_line(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.chars().all(|c| c == '^')
}

fn error_name_at_start(line: &str) -> Option<String> {
    let line = line.strip_prefix("Uncaught ").unwrap_or(line);
    let name: String = line.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$').collect();
    let after = line.get(name.len()..).unwrap_or("");
    let terminated = after.is_empty() || after.starts_with(':') || after.starts_with(' ');
    (name.ends_with("Error") && terminated).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::reported_error_name;

    #[test]
    fn node_style_report() {
        let stderr = "/t/x.js:3\n  foo();\n  ^\n\nTypeError: foo is not a function\n    at /t/x.js:3:3\n";
        assert_eq!(reported_error_name(stderr).as_deref(), Some("TypeError"));
    }

    #[test]
    fn syntax_error_with_column() {
        let stderr = "/t/x.js:1:5\nlet let = 1;\n    ^^^\n\nSyntaxError: let is disallowed\n";
        assert_eq!(reported_error_name(stderr).as_deref(), Some("SyntaxError"));
    }

    #[test]
    fn source_line_that_looks_like_an_error_is_skipped() {
        let stderr = "/t/x.js:1\nRangeError: while (1) {}\n^\n\nTest262Error: boom\n";
        assert_eq!(reported_error_name(stderr).as_deref(), Some("Test262Error"));
    }

    #[test]
    fn subclass_and_inspected_forms() {
        assert_eq!(reported_error_name("Foo [Error]: bad\n").as_deref(), None);
        assert_eq!(reported_error_name("MyError [Error]: bad\n").as_deref(), Some("MyError"));
        assert_eq!(reported_error_name("Uncaught Test262Error { message: 'x' }\n").as_deref(), Some("Test262Error"));
        assert_eq!(reported_error_name("thrown string\n"), None);
    }
}
