//! test262 frontmatter: the YAML block between `/*---` and `---*/`, parsed by a small YAML subset.
//!
//! The subset is what test262 files use: top-level `key: value` lines; values that are plain scalars
//! (optionally quoted), flow lists `[a, b]` (possibly spread over lines), block scalars `|` / `>` (whose
//! text is kept but unused), and indented blocks that are either `- item` lists or `key: value` maps
//! (`negative:` is one). `#` comment lines are ignored. Anything else is an error, not a guess.

use std::collections::BTreeMap;

/// A parsed frontmatter value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Scalar(String),
    List(Vec<String>),
    Map(Vec<(String, String)>),
}

/// The keys a runner acts on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metadata {
    pub includes: Vec<String>,
    pub flags: Vec<String>,
    pub features: Vec<String>,
    pub negative: Option<Negative>,
}

/// `negative: {phase, type}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Negative {
    pub phase: String,
    pub error_type: String,
}

impl Metadata {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// The text between `/*---` and `---*/`, or an error when the markers are missing.
pub fn extract(source: &str) -> Result<&str, String> {
    let start = source.find("/*---").ok_or("no /*--- frontmatter start")?;
    let body_start = start + "/*---".len();
    let rest = source.get(body_start..).unwrap_or("");
    let end = rest.find("---*/").ok_or("no ---*/ frontmatter end")?;
    Ok(rest.get(..end).unwrap_or(""))
}

/// Parses a test file's metadata.
pub fn parse_test(source: &str) -> Result<Metadata, String> {
    let yaml = extract(source)?;
    let document = parse_yaml(yaml)?;
    metadata_from(&document)
}

fn metadata_from(document: &BTreeMap<String, Value>) -> Result<Metadata, String> {
    let list = |key: &str| -> Result<Vec<String>, String> {
        match document.get(key) {
            None => Ok(Vec::new()),
            Some(Value::List(items)) => Ok(items.clone()),
            Some(Value::Scalar(s)) if s.is_empty() => Ok(Vec::new()),
            Some(other) => Err(format!("`{key}` should be a list, found {other:?}")),
        }
    };
    let negative = match document.get("negative") {
        None => None,
        Some(Value::Map(entries)) => {
            let get = |name: &str| entries.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
            match (get("phase"), get("type")) {
                (Some(phase), Some(error_type)) => Some(Negative { phase, error_type }),
                _ => return Err("`negative` needs both `phase` and `type`".into()),
            }
        }
        Some(other) => return Err(format!("`negative` should be a map, found {other:?}")),
    };
    Ok(Metadata { includes: list("includes")?, flags: list("flags")?, features: list("features")?, negative })
}

/// Parses the YAML subset into top-level keys.
pub fn parse_yaml(text: &str) -> Result<BTreeMap<String, Value>, String> {
    // A document may be indented as a whole (one test262 file is): the first key's indentation is column 0.
    let base = text.lines().find(|l| !is_blank_or_comment(l)).map(|l| l.len() - l.trim_start().len()).unwrap_or(0);
    let lines: Vec<&str> =
        text.lines().map(|l| if l.get(..base).is_some_and(|p| p.trim().is_empty()) { l.get(base..).unwrap_or("") } else { l }).collect();
    let mut document = BTreeMap::new();
    let mut index = 0;
    while let Some(line) = lines.get(index) {
        index += 1;
        if is_blank_or_comment(line) {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            return Err(format!("unexpected indented line: {line:?}"));
        }
        let (key, rest) = split_key(line).ok_or_else(|| format!("expected `key: value`, found {line:?}"))?;
        let rest = strip_comment(rest).trim();
        let value = if rest.starts_with('[') {
            let mut flow = rest.to_string();
            while !flow.contains(']') {
                let more = lines.get(index).ok_or_else(|| format!("unterminated list for `{key}`"))?;
                index += 1;
                flow.push(' ');
                flow.push_str(strip_comment(more).trim());
            }
            Value::List(parse_flow_list(&flow)?)
        } else if rest.starts_with('|') || rest.starts_with('>') {
            let (block, next) = take_indented(&lines, index);
            index = next;
            Value::Scalar(block.iter().map(|l| l.trim()).collect::<Vec<_>>().join("\n"))
        } else if rest.is_empty() {
            let (block, next) = take_indented(&lines, index);
            index = next;
            parse_block(key, &block)?
        } else {
            // A plain scalar may continue on indented lines (YAML folds them with spaces).
            let (more, next) = take_indented(&lines, index);
            index = next;
            let mut text = unquote(rest).to_string();
            for line in more.iter().map(|l| l.trim()).filter(|l| !l.is_empty()) {
                text.push(' ');
                text.push_str(line);
            }
            Value::Scalar(text)
        };
        document.insert(key.to_string(), value);
    }
    Ok(document)
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// `key: rest` where key is a plain word; `None` for anything else.
fn split_key(line: &str) -> Option<(&str, &str)> {
    let colon = line.find(':')?;
    let key = line.get(..colon)?.trim();
    let valid = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.');
    valid.then(|| (key, line.get(colon + 1..).unwrap_or("")))
}

/// Drops a ` #` comment (YAML needs the space; `#` inside words stays).
fn strip_comment(text: &str) -> &str {
    match text.find(" #") {
        Some(at) if !text.trim_start().starts_with(['"', '\'']) => text.get(..at).unwrap_or(text),
        _ => text,
    }
}

/// The lines after `start` that are indented or blank (a nested block).
fn take_indented<'a>(lines: &[&'a str], start: usize) -> (Vec<&'a str>, usize) {
    let mut index = start;
    let mut block = Vec::new();
    while let Some(line) = lines.get(index) {
        if line.trim().is_empty() || line.starts_with([' ', '\t']) {
            block.push(*line);
            index += 1;
        } else {
            break;
        }
    }
    while block.last().is_some_and(|l| l.trim().is_empty()) {
        block.pop();
    }
    (block, index)
}

/// An indented block under `key:`: a `- item` list or a `key: value` map.
fn parse_block(key: &str, block: &[&str]) -> Result<Value, String> {
    let content: Vec<&str> = block.iter().map(|l| l.trim()).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    if content.is_empty() {
        return Ok(Value::Scalar(String::new()));
    }
    if content.iter().all(|l| l.starts_with("- ") || *l == "-") {
        let items = content.iter().map(|l| unquote(strip_comment(l.trim_start_matches('-')).trim()).to_string()).collect();
        return Ok(Value::List(items));
    }
    let mut entries = Vec::new();
    for line in content {
        let (k, v) = split_key(line).ok_or_else(|| format!("in `{key}`: expected `key: value` or `- item`, found {line:?}"))?;
        entries.push((k.to_string(), unquote(strip_comment(v).trim()).to_string()));
    }
    Ok(Value::Map(entries))
}

fn parse_flow_list(flow: &str) -> Result<Vec<String>, String> {
    let inner = flow.trim().strip_prefix('[').and_then(|s| s.strip_suffix(']')).ok_or_else(|| format!("malformed flow list {flow:?}"))?;
    Ok(inner.split(',').map(|item| unquote(item.trim()).to_string()).filter(|item| !item.is_empty()).collect())
}

fn unquote(text: &str) -> &str {
    for quote in ['"', '\''] {
        if let Some(inner) = text.strip_prefix(quote).and_then(|s| s.strip_suffix(quote)) {
            return inner;
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "// Copyright\n/*---\nesid: sec-x\ndescription: >\n  Closes: the iterator.\ninfo: |\n  Foo ( a )\n\n  1. Bar: baz\nfeatures:\n  - Symbol\n  - Symbol.iterator\nflags: [onlyStrict, async]\nincludes: [propertyHelper.js, 'compareArray.js']\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\n$DONOTEVALUATE();\n";

    #[test]
    fn parses_every_kind_of_value() {
        let meta = parse_test(SAMPLE).unwrap_or_default();
        assert_eq!(meta.features, vec!["Symbol", "Symbol.iterator"]);
        assert_eq!(meta.flags, vec!["onlyStrict", "async"]);
        assert_eq!(meta.includes, vec!["propertyHelper.js", "compareArray.js"]);
        assert_eq!(meta.negative, Some(Negative { phase: "parse".into(), error_type: "SyntaxError".into() }));
        assert!(meta.has_flag("async"));
    }

    #[test]
    fn multi_line_flow_list() {
        let doc = parse_yaml("features: [a,\n  b]\n").unwrap_or_default();
        assert_eq!(doc.get("features"), Some(&Value::List(vec!["a".into(), "b".into()])));
    }

    #[test]
    fn missing_markers_is_an_error() {
        assert!(parse_test("var x;").is_err());
        assert!(parse_test("/*--- flags: [").is_err());
    }

    #[test]
    fn wholly_indented_document() {
        let doc = parse_yaml(" description: >\n    text\n flags: [noStrict]\n").unwrap_or_default();
        assert_eq!(doc.get("flags"), Some(&Value::List(vec!["noStrict".into()])));
    }

    #[test]
    fn junk_is_an_error_not_a_panic() {
        assert!(parse_yaml("first: 1\n  indented: second\nthird\n").is_err());
        assert!(parse_yaml("negative:\n  nonsense\n").is_err());
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "[a-z:\\[\\],|>\\- #'\"\n]{0,80}") {
            let _ = parse_yaml(&text);
            let _ = parse_test(&format!("/*---{text}---*/"));
        }
    }
}
