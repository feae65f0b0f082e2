//! Expected-stderr patterns (`.stderr` files of the program suites).
//!
//! A pattern is a list of lines that must match the FIRST lines of the actual stderr, in order; stderr
//! lines after the pattern's last line are ignored (so stacks may differ). Within a line:
//! - `*` matches any run of characters (possibly empty); `\*` is a literal asterisk;
//! - `{FILE}` is the absolute path of the program being run.
//!
//! A line that is exactly `...` matches any number of whole lines (zero or more).

/// One piece of a pattern line.
#[derive(Clone, Debug, PartialEq)]
enum Piece {
    Text(String),
    AnyRun,
}

#[derive(Clone, Debug, PartialEq)]
enum LinePattern {
    Pieces(Vec<Piece>),
    AnyLines,
}

/// A compiled stderr pattern.
#[derive(Clone, Debug)]
pub struct StderrPattern {
    lines: Vec<LinePattern>,
}

impl StderrPattern {
    /// Compiles `source`, replacing `{FILE}` with `file`. A trailing newline does not add an empty line.
    pub fn parse(source: &str, file: &str) -> StderrPattern {
        let body = source.strip_suffix('\n').unwrap_or(source);
        let lines = if body.is_empty() && source.is_empty() {
            Vec::new()
        } else {
            body.split('\n').map(|line| parse_line(line.strip_suffix('\r').unwrap_or(line), file)).collect()
        };
        StderrPattern { lines }
    }

    /// Whether the pattern matches the start of `stderr`.
    pub fn matches(&self, stderr: &str) -> bool {
        let actual: Vec<&str> = stderr.lines().collect();
        match_from(&self.lines, &actual)
    }

    /// The pattern as text (with `{FILE}` already expanded), for failure reports.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for line in &self.lines {
            match line {
                LinePattern::AnyLines => out.push_str("..."),
                LinePattern::Pieces(pieces) => {
                    for piece in pieces {
                        match piece {
                            Piece::Text(t) => out.push_str(&t.replace('*', "\\*")),
                            Piece::AnyRun => out.push('*'),
                        }
                    }
                }
            }
            out.push('\n');
        }
        out
    }
}

fn parse_line(line: &str, file: &str) -> LinePattern {
    if line == "..." {
        return LinePattern::AnyLines;
    }
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("{FILE}") {
            text.push_str(file);
            rest = after;
        } else if let Some(after) = rest.strip_prefix("\\*") {
            text.push('*');
            rest = after;
        } else if c == '*' {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut text)));
            }
            if pieces.last() != Some(&Piece::AnyRun) {
                pieces.push(Piece::AnyRun);
            }
            rest = rest.get(1..).unwrap_or("");
        } else {
            text.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or("");
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    LinePattern::Pieces(pieces)
}

/// Backtracking over `...` lines; patterns are a handful of lines, so this stays cheap.
fn match_from(pattern: &[LinePattern], actual: &[&str]) -> bool {
    match pattern.split_first() {
        None => true,
        Some((LinePattern::AnyLines, rest)) => (0..=actual.len()).any(|skip| match_from(rest, actual.get(skip..).unwrap_or(&[]))),
        Some((LinePattern::Pieces(pieces), rest)) => match actual.split_first() {
            Some((line, more)) => line_matches(pieces, line) && match_from(rest, more),
            None => false,
        },
    }
}

fn line_matches(pieces: &[Piece], line: &str) -> bool {
    match pieces.split_first() {
        None => line.is_empty(),
        Some((Piece::Text(t), rest)) => line.strip_prefix(t.as_str()).is_some_and(|after| line_matches(rest, after)),
        Some((Piece::AnyRun, rest)) => {
            if rest.is_empty() {
                return true;
            }
            line.char_indices()
                .map(|(i, _)| i)
                .chain(std::iter::once(line.len()))
                .any(|i| line.get(i..).is_some_and(|tail| line_matches(rest, tail)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StderrPattern;

    fn matches(pattern: &str, stderr: &str) -> bool {
        StderrPattern::parse(pattern, "/t/x.js").matches(stderr)
    }

    #[test]
    fn prefix_lines_match() {
        assert!(matches(
            "{FILE}:3:5\n  await f();\n  ^^^^^*\n\nSyntaxError: *\n",
            "/t/x.js:3:5\n  await f();\n  ^^^^^\n\nSyntaxError: bad\n    at foo\n"
        ));
    }

    #[test]
    fn wrong_column_fails() {
        assert!(!matches("{FILE}:3:5\n", "/t/x.js:3:6\n"));
    }

    #[test]
    fn ellipsis_skips_lines() {
        assert!(matches("...\nError: boom\n", "a\nb\nError: boom\nstack\n"));
        assert!(matches("...\nError: boom\n", "Error: boom\n"));
        assert!(!matches("...\nError: boom\n", "a\nb\n"));
    }

    #[test]
    fn stars_and_escapes() {
        assert!(matches("*^*\n", "   ^^^\n"));
        assert!(!matches("*^*\n", "   \n"));
        assert!(matches("a\\*b\n", "a*b\n"));
        assert!(!matches("a\\*b\n", "axb\n"));
    }

    #[test]
    fn empty_pattern_matches_anything() {
        assert!(matches("", "whatever\n"));
    }

    #[test]
    fn empty_line_must_be_empty() {
        assert!(matches("x\n\ny\n", "x\n\ny\n"));
        assert!(!matches("x\n\ny\n", "x\nz\ny\n"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(p in "[a*.{}\\\\\n]{0,30}", s in "[a*.\n]{0,30}") {
            let _ = StderrPattern::parse(&p, "/f").matches(&s);
        }

        #[test]
        fn literal_text_matches_itself(s in "[a-z :]{0,20}") {
            let pattern = format!("{}\n", s);
            let stderr = format!("{}\nmore\n", s);
            proptest::prop_assert!(matches(&pattern, &stderr));
        }
    }
}
