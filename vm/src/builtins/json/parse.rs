//! JSON.parse's grammar (ECMA-404 as ECMA-262 §25.5.1 restricts it), parsed without Rust
//! recursion so deeply nested input cannot overflow the native stack. Errors carry V8's
//! messages.

use gc_arena::Mutation;

use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;

/// A container being filled, with its parse records when they are kept.
enum Open<'gc> {
    Array(Vec<Value<'gc>>, Vec<Value<'gc>>),
    /// The object and the key whose value is being parsed; the object of entry records.
    Object(Obj<'gc>, PropertyKey<'gc>, Option<Obj<'gc>>),
}

pub struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
    /// Keep a JSON Parse Record per value (JSON.parse with a reviver, json-parse-with-source).
    records: bool,
}

const fn u(c: u8) -> u16 {
    c as u16
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a [u16]) -> Self {
        Parser { src, pos: 0, records: false }
    }

    /// A parser that also builds the parse records a reviver needs: for a primitive
    /// `{value, source}`, for an array `{value, elements: [records]}`, for an object
    /// `{value, entries: {key: record}}` (null-prototype objects; the last duplicate key wins).
    pub fn with_records(src: &'a [u16]) -> Self {
        Parser { src, pos: 0, records: true }
    }

    fn record<'gc>(&self, mc: &Mutation<'gc>, vm: &mut Vm<'gc>, value: Value<'gc>, field: &str, detail: Value<'gc>) -> Value<'gc> {
        if !self.records {
            return Value::Undefined;
        }
        let record = Obj::new(mc, None, crate::heap::kind::ObjectKind::Ordinary);
        let value_key = PropertyKey::String(vm.intern(mc, "value"));
        record.set_raw(mc, value_key, value, Attrs::ALL);
        let field_key = PropertyKey::String(vm.intern(mc, field));
        record.set_raw(mc, field_key, detail, Attrs::ALL);
        Value::Object(record)
    }

    fn source_record<'gc>(&self, mc: &Mutation<'gc>, vm: &mut Vm<'gc>, value: Value<'gc>, start: usize) -> Value<'gc> {
        if !self.records {
            return Value::Undefined;
        }
        let text = self.src.get(start..self.pos).unwrap_or(&[]).to_vec();
        self.record(mc, vm, value, "source", Value::String(JsString::from_units(mc, text)))
    }

    fn entries<'gc>(&self, mc: &Mutation<'gc>) -> Option<Obj<'gc>> {
        self.records.then(|| Obj::new(mc, None, crate::heap::kind::ObjectKind::Ordinary))
    }

    fn peek(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.peek() {
            if c == u(b' ') || c == u(b'\t') || c == u(b'\n') || c == u(b'\r') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    fn at_position(&self, what: &str, pos: usize) -> String {
        format!("{what} in JSON {}", self.location(pos))
    }

    /// "at position 3 (line 1 column 4)"
    fn location(&self, pos: usize) -> String {
        let before = &self.src[..pos.min(self.src.len())];
        let line = 1 + before.iter().filter(|&&c| c == u(b'\n')).count();
        let column = pos - before.iter().rposition(|&c| c == u(b'\n')).map(|i| i + 1).unwrap_or(0) + 1;
        format!("at position {pos} (line {line} column {column})")
    }

    /// "Unexpected token 'x', "…" is not valid JSON" (or end of input).
    fn unexpected(&self) -> String {
        let Some(c) = self.peek() else {
            return "Unexpected end of JSON input".into();
        };
        let token = String::from_utf16_lossy(&[c]);
        let len = self.src.len();
        let context = if len < 21 {
            format!("\"{}\"", String::from_utf16_lossy(self.src))
        } else {
            let start = self.pos.saturating_sub(10);
            let end = (self.pos + 10).min(len);
            let prefix = if start > 0 { "...\"" } else { "\"" };
            let suffix = if end < len { "\"..." } else { "\"" };
            format!("{prefix}{}{suffix}", String::from_utf16_lossy(&self.src[start..end]))
        };
        format!("Unexpected token '{token}', {context} is not valid JSON")
    }

    fn expect_literal(&mut self, word: &str) -> Result<(), String> {
        for b in word.bytes() {
            match self.peek() {
                Some(c) if c == u(b) => self.pos += 1,
                _ => return Err(self.unexpected()),
            }
        }
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while self.peek().is_some_and(|c| (u(b'0')..=u(b'9')).contains(&c)) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<f64, String> {
        let start = self.pos;
        if self.peek() == Some(u(b'-')) {
            self.pos += 1;
            if !self.peek().is_some_and(|c| (u(b'0')..=u(b'9')).contains(&c)) {
                return Err(self.at_position("No number after minus sign", self.pos));
            }
        }
        if self.peek() == Some(u(b'0')) {
            self.pos += 1;
            if self.peek().is_some_and(|c| (u(b'0')..=u(b'9')).contains(&c)) {
                return Err(self.at_position("Unexpected number", self.pos));
            }
        } else {
            self.digits();
        }
        if self.peek() == Some(u(b'.')) {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.at_position("Unterminated fractional number", self.pos));
            }
        }
        if matches!(self.peek(), Some(c) if c == u(b'e') || c == u(b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(c) if c == u(b'+') || c == u(b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.at_position("Exponent part is missing a number", self.pos));
            }
        }
        let text: String = self.src[start..self.pos].iter().map(|&c| c as u8 as char).collect();
        Ok(text.parse::<f64>().unwrap_or(f64::NAN))
    }

    fn hex4(&mut self) -> Result<u16, String> {
        let mut v: u16 = 0;
        for _ in 0..4 {
            let d = self.peek().and_then(|c| char::from_u32(c as u32)).and_then(|c| c.to_digit(16));
            match d {
                Some(d) => {
                    v = v << 4 | d as u16;
                    self.pos += 1;
                }
                None => return Err(self.at_position("Bad Unicode escape", self.pos)),
            }
        }
        Ok(v)
    }

    /// A string literal; `pos` is at the opening quote.
    fn string(&mut self) -> Result<Vec<u16>, String> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(self.at_position("Unterminated string", self.pos));
            };
            if c == u(b'"') {
                self.pos += 1;
                return Ok(out);
            }
            if c < 0x20 {
                return Err(self.at_position("Bad control character in string literal", self.pos));
            }
            if c != u(b'\\') {
                out.push(c);
                self.pos += 1;
                continue;
            }
            self.pos += 1;
            let Some(e) = self.peek() else {
                return Err(self.at_position("Unterminated string", self.pos));
            };
            let decoded = match e as u8 {
                _ if e > 0x7F => None,
                b'"' => Some(u(b'"')),
                b'\\' => Some(u(b'\\')),
                b'/' => Some(u(b'/')),
                b'b' => Some(8),
                b'f' => Some(12),
                b'n' => Some(10),
                b'r' => Some(13),
                b't' => Some(9),
                b'u' => {
                    self.pos += 1;
                    out.push(self.hex4()?);
                    continue;
                }
                _ => None,
            };
            match decoded {
                Some(d) => {
                    out.push(d);
                    self.pos += 1;
                }
                None => return Err(self.at_position("Bad escaped character", self.pos)),
            }
        }
    }

    /// Parses the whole text into a value.
    pub fn parse<'gc>(&mut self, mc: &Mutation<'gc>, vm: &mut Vm<'gc>) -> Result<Value<'gc>, String> {
        self.parse_with_record(mc, vm).map(|(value, _)| value)
    }

    /// Parses the whole text into a value and (with `with_records`) its parse record.
    pub fn parse_with_record<'gc>(&mut self, mc: &Mutation<'gc>, vm: &mut Vm<'gc>) -> Result<(Value<'gc>, Value<'gc>), String> {
        let mut stack: Vec<Open<'gc>> = Vec::new();
        'value: loop {
            self.skip_ws();
            let start = self.pos;
            let (mut done, mut record): (Value<'gc>, Value<'gc>) = match self.peek() {
                None => return Err(self.unexpected()),
                Some(c) if c == u(b'{') => {
                    self.pos += 1;
                    self.skip_ws();
                    let o = vm.new_object(mc);
                    if self.peek() == Some(u(b'}')) {
                        self.pos += 1;
                        let entries = self.entries(mc).map(Value::Object).unwrap_or(Value::Undefined);
                        (Value::Object(o), self.record(mc, vm, Value::Object(o), "entries", entries))
                    } else if self.peek() == Some(u(b'"')) {
                        let key = self.key(mc, vm)?;
                        stack.push(Open::Object(o, key, self.entries(mc)));
                        continue 'value;
                    } else {
                        return Err(self.at_position("Expected property name or '}'", self.pos));
                    }
                }
                Some(c) if c == u(b'[') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() == Some(u(b']')) {
                        self.pos += 1;
                        let a = Value::Object(vm.new_array(mc, Vec::new()));
                        let elements = if self.records { Value::Object(vm.new_array(mc, Vec::new())) } else { Value::Undefined };
                        (a, self.record(mc, vm, a, "elements", elements))
                    } else {
                        stack.push(Open::Array(Vec::new(), Vec::new()));
                        continue 'value;
                    }
                }
                Some(c) if c == u(b'"') => {
                    let s = Value::String(JsString::from_units(mc, self.string()?));
                    (s, self.source_record(mc, vm, s, start))
                }
                Some(c) if c == u(b'-') || (u(b'0')..=u(b'9')).contains(&c) => {
                    let n = Value::Number(self.number()?);
                    (n, self.source_record(mc, vm, n, start))
                }
                Some(c) if c == u(b't') => {
                    self.expect_literal("true")?;
                    (Value::Bool(true), self.source_record(mc, vm, Value::Bool(true), start))
                }
                Some(c) if c == u(b'f') => {
                    self.expect_literal("false")?;
                    (Value::Bool(false), self.source_record(mc, vm, Value::Bool(false), start))
                }
                Some(c) if c == u(b'n') => {
                    self.expect_literal("null")?;
                    (Value::Null, self.source_record(mc, vm, Value::Null, start))
                }
                Some(_) => return Err(self.unexpected()),
            };
            // Hand the finished value to the enclosing containers, closing those that end.
            loop {
                let Some(top) = stack.last_mut() else {
                    self.skip_ws();
                    if self.peek().is_some() {
                        return Err(format!("Unexpected non-whitespace character after JSON {}", self.location(self.pos)));
                    }
                    return Ok((done, record));
                };
                self.skip_ws();
                match top {
                    Open::Array(items, records) => {
                        items.push(done);
                        if self.records {
                            records.push(record);
                        }
                        match self.peek() {
                            Some(c) if c == u(b',') => {
                                self.pos += 1;
                                continue 'value;
                            }
                            Some(c) if c == u(b']') => {
                                self.pos += 1;
                                let Some(Open::Array(items, records)) = stack.pop() else {
                                    return Err(self.unexpected());
                                };
                                done = Value::Object(vm.new_array(mc, items));
                                let elements = if self.records { Value::Object(vm.new_array(mc, records)) } else { Value::Undefined };
                                record = self.record(mc, vm, done, "elements", elements);
                            }
                            _ => {
                                return Err(self.at_position("Expected ',' or ']' after array element", self.pos));
                            }
                        }
                    }
                    Open::Object(o, key, entries) => {
                        o.set_raw(mc, *key, done, Attrs::ALL);
                        if let Some(entries) = entries {
                            entries.set_raw(mc, *key, record, Attrs::ALL);
                        }
                        let (o, entries) = (*o, *entries);
                        match self.peek() {
                            Some(c) if c == u(b',') => {
                                self.pos += 1;
                                self.skip_ws();
                                if self.peek() != Some(u(b'"')) {
                                    return Err(self.at_position("Expected double-quoted property name", self.pos));
                                }
                                let k = self.key(mc, vm)?;
                                if let Some(Open::Object(_, key, _)) = stack.last_mut() {
                                    *key = k;
                                }
                                continue 'value;
                            }
                            Some(c) if c == u(b'}') => {
                                self.pos += 1;
                                stack.pop();
                                done = Value::Object(o);
                                let entries = entries.map(Value::Object).unwrap_or(Value::Undefined);
                                record = self.record(mc, vm, done, "entries", entries);
                            }
                            _ => {
                                return Err(self.at_position("Expected ',' or '}' after property value", self.pos));
                            }
                        }
                    }
                }
            }
        }
    }

    /// `"name" :` — a property name and its colon.
    fn key<'gc>(&mut self, mc: &Mutation<'gc>, vm: &mut Vm<'gc>) -> Result<PropertyKey<'gc>, String> {
        let units = self.string()?;
        self.skip_ws();
        if self.peek() != Some(u(b':')) {
            return Err(self.at_position("Expected ':' after property name", self.pos));
        }
        self.pos += 1;
        let s = JsString::from_units(mc, units);
        match vm.to_key_fast(mc, Value::String(s)) {
            Some(k) => Ok(k),
            None => Ok(PropertyKey::String(vm.atom_of(mc, s))),
        }
    }
}
