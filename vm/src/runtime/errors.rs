//! Error objects and their V8-style `stack` strings.

use gc_arena::Mutation;

use crate::heap::kind::{LoadedCode, ObjectKind};
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;

/// 1-based line and column (in UTF-16 units) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut line = 1;
    let mut line_start = 0;
    for (i, b) in text.bytes().enumerate() {
        if i >= offset {
            break;
        }
        if b == b'\n' {
            line += 1;
            line_start = i + 1;
        }
    }
    let col = text.get(line_start..offset).map(|s| s.encode_utf16().count()).unwrap_or(0) + 1;
    (line, col)
}

/// The file's own line and column of `offset`: line 1 without the columns of a host wrapper.
pub fn source_position(source: &crate::bytecode::proto::Source, offset: usize) -> (usize, usize) {
    let (line, col) = line_col(&source.text, offset);
    if line == 1 { (line, col.saturating_sub(source.first_line_shift).max(1)) } else { (line, col) }
}

/// Where a frame is: "name (file:line:col)".
fn frame_line(code: &LoadedCode<'_>, pc: u32, is_construct: bool, is_async_resumed: bool) -> String {
    let fc = &code.code;
    let offset = fc.offsets.get(pc.saturating_sub(1) as usize).copied().unwrap_or(fc.span.0 as u32) as usize;
    let (line, col) = source_position(&fc.source, offset);
    let location = format!("{}:{}:{}", fc.source.name, line, col);
    let name = &*fc.name;
    let prefix = if is_async_resumed {
        "async "
    } else if is_construct {
        "new "
    } else {
        ""
    };
    if name.is_empty() {
        if prefix.is_empty() { format!("    at {location}") } else { format!("    at {prefix}<anonymous> ({location})") }
    } else {
        format!("    at {prefix}{name} ({location})")
    }
}

impl<'gc> Vm<'gc> {
    /// The stack trace lines of the running code, innermost first (at most 10, like V8).
    pub fn stack_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some((code, _)) = self.running {
            lines.push(frame_line(&code, self.running_pc, false, false));
        }
        for f in self.frames.iter().rev() {
            if lines.len() >= 10 {
                break;
            }
            let construct = !f.new_target.is_undefined() && !f.code.code.is_arrow();
            lines.push(frame_line(&f.code, f.pc, construct, false));
        }
        lines
    }

    /// A new error object of the given prototype with `message` and a captured `stack`.
    pub fn make_error(&mut self, mc: &Mutation<'gc>, proto: Obj<'gc>, message: &str) -> Value<'gc> {
        let err = Obj::new(mc, Some(proto), ObjectKind::Error);
        if !message.is_empty() {
            let m = Value::String(JsString::from_str(mc, message));
            err.set_raw(mc, PropertyKey::String(self.names.message), m, Attrs::HIDDEN);
        }
        self.attach_stack(mc, err, proto, message);
        Value::Object(err)
    }

    /// Sets `stack` to "Name: message\n    at …" from the current frames.
    pub fn attach_stack(&mut self, mc: &Mutation<'gc>, err: Obj<'gc>, proto: Obj<'gc>, message: &str) {
        let name = match self.get(mc, Value::Object(proto), PropertyKey::String(self.names.name)) {
            crate::exec::property::Get::Value(Value::String(s)) => s.to_rust_string(),
            _ => "Error".into(),
        };
        let head = if message.is_empty() { name } else { format!("{name}: {message}") };
        let mut frames = String::new();
        for l in self.stack_lines() {
            frames.push('\n');
            frames.push_str(&l);
        }
        let s = Value::String(JsString::from_str(mc, &format!("{head}{frames}")));
        err.set_raw(mc, PropertyKey::String(self.names.stack), s, Attrs::HIDDEN);
        let f = Value::String(JsString::from_str(mc, &frames));
        err.set_raw(mc, PropertyKey::Symbol(self.stack_frames_key), f, Attrs::NONE);
    }

    /// Before `stack` is read: rebuild its header if `name`/`message` changed since capture
    /// (a subclass constructor assigning `this.name` after `super()`).
    pub fn refresh_error_stack(&mut self, mc: &Mutation<'gc>, err: Obj<'gc>) {
        let Some(crate::heap::object::Property { slot: crate::heap::object::Slot::Data(Value::String(frames)), .. }) =
            err.get_own(PropertyKey::Symbol(self.stack_frames_key))
        else {
            return;
        };
        let Some(crate::heap::object::Property { slot: crate::heap::object::Slot::Data(Value::String(stack)), attrs }) =
            err.get_own(PropertyKey::String(self.names.stack))
        else {
            return;
        };
        let text = |v: crate::heap::object::Lookup<'gc>| match v {
            crate::heap::object::Lookup::Value(v) => v.primitive_to_rust_string(),
            _ => None,
        };
        let name = text(err.lookup(PropertyKey::String(self.names.name))).unwrap_or_else(|| "Error".into());
        let message = text(err.lookup(PropertyKey::String(self.names.message))).unwrap_or_default();
        let head = match (name.is_empty(), message.is_empty()) {
            (_, true) => name,
            (true, false) => message,
            (false, false) => format!("{name}: {message}"),
        };
        let frames = frames.to_rust_string();
        let current = stack.to_rust_string();
        if current.ends_with(&frames) && current[..current.len() - frames.len()] != head {
            let s = Value::String(JsString::from_str(mc, &format!("{head}{frames}")));
            err.set_raw(mc, PropertyKey::String(self.names.stack), s, attrs);
        }
    }

    pub fn type_error(&mut self, mc: &Mutation<'gc>, message: &str) -> Value<'gc> {
        let p = self.realm.type_error_proto;
        self.make_error(mc, p, message)
    }
    pub fn range_error(&mut self, mc: &Mutation<'gc>, message: &str) -> Value<'gc> {
        let p = self.realm.range_error_proto;
        self.make_error(mc, p, message)
    }
    pub fn reference_error(&mut self, mc: &Mutation<'gc>, message: &str) -> Value<'gc> {
        let p = self.realm.reference_error_proto;
        self.make_error(mc, p, message)
    }
    pub fn syntax_error(&mut self, mc: &Mutation<'gc>, message: &str) -> Value<'gc> {
        let p = self.realm.syntax_error_proto;
        self.make_error(mc, p, message)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_and_column() {
        assert_eq!(super::line_col("ab\ncd", 4), (2, 2));
        assert_eq!(super::line_col("x", 0), (1, 1));
    }
}
