//! Describing uncaught errors without running JavaScript: the "file:line / source line /
//! caret" block Node prints above a fatal error (the `sourceContext` the JS hooks receive), and
//! the host's own report when no JS hook is installed (test262 mode, a broken bootstrap).

use minijs_vm::Mutation;
use minijs_vm::heap::object::{Lookup, Obj, PropertyKey};
use minijs_vm::heap::string::JsString;
use minijs_vm::heap::value::Value;
use minijs_vm::vm::Vm;

use crate::state::with_host;

/// A location in a source: file name, 1-based line and column (UTF-16 units).
#[derive(Debug, PartialEq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// The first `at` frame of a V8-style stack string.
pub fn first_stack_location(stack: &str) -> Option<Location> {
    stack.lines().filter_map(|l| l.trim_start().strip_prefix("at ")).find_map(parse_frame_location)
}

/// `name (file:line:col)` or `file:line:col`.
fn parse_frame_location(frame: &str) -> Option<Location> {
    let inner = match (frame.rfind('('), frame.ends_with(')')) {
        (Some(open), true) => frame.get(open + 1..frame.len() - 1)?,
        _ => frame,
    };
    let mut parts = inner.rsplitn(3, ':');
    let column = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    let file = parts.next()?.to_string();
    Some(Location { file, line, column })
}

/// Node's block locating a throw: `"file:line\n<source line>\n<spaces>^\n"`, for a location in
/// a source the host loaded. A `throw` statement is marked at its keyword, as V8 does.
pub fn context_block(location: &Location) -> Option<String> {
    with_host(|h| {
        let source = h.sources.get(&location.file)?;
        let line_text = source.text.split('\n').nth(location.line.checked_sub(1)?)?.trim_end_matches('\r');
        let column = location.column.saturating_sub(1);
        let caret_at = caret_column(line_text, column);
        let indent: String = line_text.chars().take(caret_at).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
        Some(format!("{}:{}\n{}\n{}^\n", location.file, location.line, line_text, indent))
    })
}

/// The character column to mark: the `throw` keyword when the expression at `column` is the
/// operand of a throw statement, else `column` itself.
fn caret_column(line: &str, column_utf16: usize) -> usize {
    let mut units = 0;
    let mut chars = 0;
    for c in line.chars() {
        if units >= column_utf16 {
            break;
        }
        units += c.len_utf16();
        chars += 1;
    }
    let before: String = line.chars().take(chars).collect();
    let trimmed = before.trim_end();
    if let Some(head) = trimmed.strip_suffix("throw")
        && !head.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$')
    {
        return head.chars().count();
    }
    chars
}

/// The source context string for an uncaught value, if its origin is known.
pub fn source_context<'gc>(vm: &Vm<'gc>, error: Value<'gc>) -> Option<String> {
    if let Some((file, line, column)) = vm.throw_location(error) {
        return context_block(&Location { file, line, column });
    }
    let Value::Object(o) = error else { return None };
    let Value::String(stack) = vm.get_own_value(o, "stack") else {
        return None;
    };
    context_block(&first_stack_location(&stack.to_rust_string())?)
}

/// The source context as a JS value (a string, or undefined when unknown).
pub fn source_context_value<'gc>(mc: &Mutation<'gc>, vm: &Vm<'gc>, error: Value<'gc>) -> Value<'gc> {
    match source_context(vm, error) {
        Some(text) => Value::String(JsString::from_str(mc, &text)),
        None => Value::Undefined,
    }
}

/// A data property found along the prototype chain (getters are not run).
fn lookup_data<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, o: Obj<'gc>, name: &str) -> Value<'gc> {
    let key = PropertyKey::String(vm.intern(mc, name));
    match o.lookup(key) {
        Lookup::Value(v) => v,
        _ => Value::Undefined,
    }
}

/// How the host prints a thrown value by itself: the error's `stack`, else `Name: message`,
/// else the value.
pub fn describe_thrown<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, error: Value<'gc>) -> String {
    let Value::Object(o) = error else {
        return format!("Uncaught {}", vm.display_value(error));
    };
    if let Value::String(stack) = vm.get_own_value(o, "stack") {
        return stack.to_rust_string();
    }
    let message = lookup_data(mc, vm, o, "message");
    let mut name = lookup_data(mc, vm, o, "name");
    if !matches!(name, Value::String(_))
        && let Value::Object(ctor) = lookup_data(mc, vm, o, "constructor")
    {
        name = vm.get_own_value(ctor, "name");
    }
    match (name, message) {
        (Value::String(n), Value::String(m)) => {
            format!("{}: {}", n.to_rust_string(), m.to_rust_string())
        }
        (Value::String(n), _) => format!("Uncaught {}", n.to_rust_string()),
        _ => format!("Uncaught {}", vm.display_value(error)),
    }
}

/// The whole report the host prints for a fatal error when no JS hook can.
pub fn fallback_report<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, error: Value<'gc>) -> String {
    let context = source_context(vm, error).map(|c| format!("{c}\n")).unwrap_or_default();
    format!("{context}{}\n", describe_thrown(mc, vm, error))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_named_and_anonymous_frames() {
        let stack = "Error: x\n    at f (/a/b.js:3:11)\n    at /a/b.js:5:1";
        assert_eq!(first_stack_location(stack), Some(Location { file: "/a/b.js".into(), line: 3, column: 11 }));
        assert_eq!(
            first_stack_location("E\n    at node:internal/x:2:4"),
            Some(Location { file: "node:internal/x".into(), line: 2, column: 4 })
        );
        assert_eq!(first_stack_location("no frames"), None);
    }

    #[test]
    fn caret_marks_throw_keyword() {
        assert_eq!(caret_column("    throw new Error(\"boom\");", 10), 4);
        assert_eq!(caret_column("  return a.b.c;", 13), 13);
        assert_eq!(caret_column("  rethrow new X()", 10), 10);
    }
}
