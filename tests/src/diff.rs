//! A readable line diff between expected and actual output, for failure reports.

/// Longest inputs (in lines) that get a full LCS diff; beyond that only the first difference is shown,
/// which keeps a runaway output from costing quadratic time.
const MAX_LCS_LINES: usize = 2_000;
/// Diff lines printed per failure before eliding the rest.
const MAX_SHOWN: usize = 60;

/// A unified-style diff: ` ` common, `-` only in expected, `+` only in actual. Empty when equal.
pub fn line_diff(expected: &str, actual: &str) -> String {
    if expected == actual {
        return String::new();
    }
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let ops = if exp.len() <= MAX_LCS_LINES && act.len() <= MAX_LCS_LINES { lcs_ops(&exp, &act) } else { first_difference_ops(&exp, &act) };
    render(&ops)
}

enum Op<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

fn lcs_ops<'a>(exp: &[&'a str], act: &[&'a str]) -> Vec<Op<'a>> {
    let (n, m) = (exp.len(), act.len());
    // table[i][j] = LCS length of exp[i..] and act[j..], stored row-major.
    let width = m + 1;
    let mut table = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let value = if exp.get(i) == act.get(j) {
                table.get((i + 1) * width + j + 1).copied().unwrap_or(0) + 1
            } else {
                let down = table.get((i + 1) * width + j).copied().unwrap_or(0);
                let right = table.get(i * width + j + 1).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(cell) = table.get_mut(i * width + j) {
                *cell = value;
            }
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        match (exp.get(i), act.get(j)) {
            (Some(e), Some(a)) if e == a => {
                ops.push(Op::Same(e));
                i += 1;
                j += 1;
            }
            (Some(e), Some(a)) => {
                let down = table.get((i + 1) * width + j).copied().unwrap_or(0);
                let right = table.get(i * width + j + 1).copied().unwrap_or(0);
                if down >= right {
                    ops.push(Op::Removed(e));
                    i += 1;
                } else {
                    ops.push(Op::Added(a));
                    j += 1;
                }
            }
            (Some(e), None) => {
                ops.push(Op::Removed(e));
                i += 1;
            }
            (None, Some(a)) => {
                ops.push(Op::Added(a));
                j += 1;
            }
            (None, None) => break,
        }
    }
    ops
}

fn first_difference_ops<'a>(exp: &[&'a str], act: &[&'a str]) -> Vec<Op<'a>> {
    let common = exp.iter().zip(act.iter()).take_while(|(e, a)| e == a).count();
    let mut ops: Vec<Op<'a>> = exp.iter().take(common).map(|l| Op::Same(l)).collect();
    ops.extend(exp.iter().skip(common).map(|l| Op::Removed(l)));
    ops.extend(act.iter().skip(common).map(|l| Op::Added(l)));
    ops
}

/// Prints changes with up to two lines of context, eliding long unchanged stretches.
fn render(ops: &[Op<'_>]) -> String {
    const CONTEXT: usize = 2;
    let changed: Vec<bool> = ops.iter().map(|op| !matches!(op, Op::Same(_))).collect();
    let near_change = |index: usize| {
        let lo = index.saturating_sub(CONTEXT);
        let hi = (index + CONTEXT + 1).min(changed.len());
        changed.get(lo..hi).is_some_and(|window| window.iter().any(|c| *c))
    };
    let mut out = String::new();
    let mut shown = 0;
    let mut elided = false;
    for (index, op) in ops.iter().enumerate() {
        if !near_change(index) {
            if !elided {
                out.push_str("  ...\n");
                elided = true;
            }
            continue;
        }
        elided = false;
        if shown == MAX_SHOWN {
            out.push_str("  ... (diff truncated)\n");
            break;
        }
        shown += 1;
        let (mark, line) = match op {
            Op::Same(l) => (' ', *l),
            Op::Removed(l) => ('-', *l),
            Op::Added(l) => ('+', *l),
        };
        out.push(mark);
        out.push(' ');
        out.push_str(&visible(line));
        out.push('\n');
    }
    out
}

/// Shows a line with its missing final newline and trailing spaces made visible.
fn visible(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) if body.ends_with(' ') => format!("{body}⏎"),
        Some(body) => body.to_string(),
        None => format!("{line}  (no newline at end)"),
    }
}

#[cfg(test)]
mod tests {
    use super::line_diff;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(line_diff("a\nb\n", "a\nb\n"), "");
    }

    #[test]
    fn changed_line_is_marked() {
        let diff = line_diff("a\nb\nc\n", "a\nx\nc\n");
        assert!(diff.contains("- b\n"), "{diff}");
        assert!(diff.contains("+ x\n"), "{diff}");
        assert!(diff.contains("  a\n"), "{diff}");
    }

    #[test]
    fn missing_newline_is_visible() {
        let diff = line_diff("a\n", "a");
        assert!(diff.contains("no newline"), "{diff}");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(a in "[ab\n]{0,40}", b in "[ab\n]{0,40}") {
            let diff = line_diff(&a, &b);
            proptest::prop_assert_eq!(diff.is_empty(), a == b);
        }
    }
}
