//! A small JSON reader for package.json files (`type`, `main`, `exports`); the loader reads
//! them before any JavaScript runs, so it cannot use `JSON.parse`.

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object member.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Nesting beyond this is rejected (no deep recursion on hostile files).
const MAX_DEPTH: usize = 64;

/// Parses a JSON document; `None` if it is not valid JSON.
pub fn parse(text: &str) -> Option<Json> {
    let mut p = Parser { chars: text.chars().collect(), pos: 0 };
    let value = p.value(0)?;
    p.skip_ws();
    (p.pos == p.chars.len()).then_some(value)
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += 1;
        Some(c)
    }
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }
    fn eat(&mut self, word: &str) -> bool {
        let n = word.chars().count();
        let matches = self.chars.get(self.pos..self.pos + n).is_some_and(|s| s.iter().copied().eq(word.chars()));
        if matches {
            self.pos += n;
        }
        matches
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_ws();
        match self.peek()? {
            '{' => self.object(depth),
            '[' => self.array(depth),
            '"' => self.string().map(Json::String),
            't' => self.eat("true").then_some(Json::Bool(true)),
            'f' => self.eat("false").then_some(Json::Bool(false)),
            'n' => self.eat("null").then_some(Json::Null),
            _ => self.number(),
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.bump();
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some('}') {
            self.bump();
            return Some(Json::Object(members));
        }
        loop {
            self.skip_ws();
            let key = self.string()?;
            self.skip_ws();
            if self.bump()? != ':' {
                return None;
            }
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.skip_ws();
            match self.bump()? {
                ',' => continue,
                '}' => return Some(Json::Object(members)),
                _ => return None,
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.bump();
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.bump();
            return Some(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.bump()? {
                ',' => continue,
                ']' => return Some(Json::Array(items)),
                _ => return None,
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        if self.bump()? != '"' {
            return None;
        }
        let mut out = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(out),
                '\\' => match self.bump()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'u' => {
                        let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                        let unit = u32::from_str_radix(&hex, 16).ok()?;
                        out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
    }

    fn number(&mut self) -> Option<Json> {
        let start = self.pos;
        while matches!(self.peek(), Some('-' | '+' | '.' | 'e' | 'E' | '0'..='9')) {
            self.pos += 1;
        }
        let text: String = self.chars.get(start..self.pos)?.iter().collect();
        text.parse().ok().map(Json::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_package_fields() {
        let json = parse(r#"{ "name": "x", "type": "module", "exports": { ".": { "import": "./a.mjs" } }, "n": [1, 2.5, null] }"#);
        let json = json.expect("valid");
        assert_eq!(json.get("type").and_then(Json::as_str), Some("module"));
        let dot = json.get("exports").and_then(|e| e.get("."));
        assert_eq!(dot.and_then(|d| d.get("import")).and_then(Json::as_str), Some("./a.mjs"));
        assert_eq!(parse("{"), None);
        assert_eq!(parse(&"[".repeat(1000)), None);
    }
}
