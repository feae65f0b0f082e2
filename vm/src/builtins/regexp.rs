//! RegExp on the `regress` crate (an ECMAScript regular-expression engine written in Rust: it
//! follows the spec's pattern grammar and matching semantics — backtracking order, UTF-16 and
//! code-point modes, lookbehind, named groups, the i/m/s/u/v flags — so we do not write a
//! regex engine of our own).
//!
//! Natives here: the constructor (which hands its argument logic to the self-hosted
//! `regexpCreate`), the flag and `source` accessors, and the private natives of
//! `js/regexp.js` (helper "regexpNatives"): allocation, initialization (pattern and flag
//! validation), and one match attempt building the match array. exec/test/toString and the
//! Symbol.match/matchAll/replace/search/split protocols are self-hosted, since they call
//! user-visible methods (`exec`, `flags`, `lastIndex`).

use gc_arena::Mutation;
use minijs_compiler::regexp::{compile, flags_valid};

use super::{arg, throw_type};
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;

fn regexp_parts(v: Value<'_>) -> Option<(JsString<'_>, JsString<'_>)> {
    match v {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::RegExp { source, flags } => Some((*source, *flags)),
            _ => None,
        },
        _ => None,
    }
}

/// EscapeRegExpPattern: `source` that reads back as the same literal.
fn escape_pattern(units: &[u16]) -> Vec<u16> {
    if units.is_empty() {
        return "(?:)".encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(units.len());
    let mut in_class = false;
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if u == b'\\' as u16 {
            out.push(u);
            if let Some(&next) = units.get(i + 1) {
                push_escaped_terminator(&mut out, next, true);
            }
            i += 2;
            continue;
        }
        match u {
            0x5B => in_class = true,
            0x5D => in_class = false,
            0x2F if !in_class => out.push(b'\\' as u16),
            _ => {}
        }
        push_escaped_terminator(&mut out, u, false);
        i += 1;
    }
    out
}

fn push_escaped_terminator(out: &mut Vec<u16>, u: u16, after_backslash: bool) {
    let text = match u {
        0x0A => "n",
        0x0D => "r",
        0x2028 => "u2028",
        0x2029 => "u2029",
        _ => {
            out.push(u);
            return;
        }
    };
    if !after_backslash {
        out.push(b'\\' as u16);
    }
    out.extend(text.encode_utf16());
}

// ---- constructor and accessors ---------------------------------------------------------------

fn regexp_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let helper = ctx.vm.helper("regexpCreate");
    let nt = ctx.new_target.map(Value::Object).unwrap_or(Value::Undefined);
    NativeResult::Call { f: helper, this: Value::Undefined, args: vec![nt, arg(args, 0), arg(args, 1)], then: None }
}

fn flag_getter<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, flag: char, name: &str) -> NativeResult<'gc> {
    if let Some((_, flags)) = regexp_parts(this) {
        let has = flags.to_rust_string().contains(flag);
        return NativeResult::Return(Value::Bool(has));
    }
    if this == Value::Object(ctx.vm.realm.regexp_proto) {
        return NativeResult::Return(Value::Undefined);
    }
    let msg = format!("RegExp.prototype.{name} getter called on non-RegExp object {}", ctx.vm.display_value(this));
    throw_type(ctx, &msg)
}

macro_rules! flag_accessor {
    ($fn:ident, $flag:expr, $name:expr) => {
        fn $fn<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
            flag_getter(ctx, this, $flag, $name)
        }
    };
}

flag_accessor!(get_has_indices, 'd', "hasIndices");
flag_accessor!(get_global, 'g', "global");
flag_accessor!(get_ignore_case, 'i', "ignoreCase");
flag_accessor!(get_multiline, 'm', "multiline");
flag_accessor!(get_dot_all, 's', "dotAll");
flag_accessor!(get_unicode, 'u', "unicode");
flag_accessor!(get_unicode_sets, 'v', "unicodeSets");
flag_accessor!(get_sticky, 'y', "sticky");

fn get_source<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some((source, _)) = regexp_parts(this) {
        let escaped = escape_pattern(source.units());
        return NativeResult::Return(Value::String(JsString::from_units(ctx.mc, escaped)));
    }
    if this == Value::Object(ctx.vm.realm.regexp_proto) {
        return NativeResult::Return(ctx.vm.str(ctx.mc, "(?:)"));
    }
    let msg = format!("RegExp.prototype.source getter called on non-RegExp object {}", ctx.vm.display_value(this));
    throw_type(ctx, &msg)
}

fn species<'gc>(_ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(this)
}

// ---- natives for js/regexp.js ----------------------------------------------------------------

/// `alloc(newTarget)`: RegExpAlloc — the object with its prototype and `lastIndex`.
fn native_alloc<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, arg(args, 0), |r| r.regexp_proto);
    let empty = ctx.vm.realm.empty_string;
    let o = Obj::new(ctx.mc, Some(proto), ObjectKind::RegExp { source: empty, flags: empty });
    o.set_raw(ctx.mc, PropertyKey::String(ctx.vm.names.last_index), Value::Number(0.0), Attrs(Attrs::WRITABLE));
    NativeResult::Return(Value::Object(o))
}

/// `initialize(o, pattern, flags)` with strings: validates and sets the matcher.
fn native_initialize<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Value::Object(o), Value::String(p), Value::String(f)) = (arg(args, 0), arg(args, 1), arg(args, 2)) else {
        return throw_type(ctx, "RegExp initialization needs strings");
    };
    let flags = f.to_rust_string();
    if !flags_valid(&flags) {
        let msg = format!("Invalid flags supplied to RegExp constructor '{flags}'");
        return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &msg));
    }
    if let Err(e) = compile(p.units(), &flags) {
        let msg = format!("Invalid regular expression: /{}/{}: {}", p.to_rust_string(), flags, e);
        return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &msg));
    }
    if let ObjectKind::RegExp { source, flags: fl } = &mut o.borrow_mut(ctx.mc).kind {
        *source = p;
        *fl = f;
    }
    NativeResult::Return(Value::Object(o))
}

/// `isRegExp(v)`: has [[RegExpMatcher]].
fn native_is_regexp<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(regexp_parts(arg(args, 0)).is_some()))
}

/// `originalParts(rx)` → [source, flags].
fn native_original_parts<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some((s, f)) = regexp_parts(arg(args, 0)) else { return NativeResult::Return(Value::Undefined) };
    let a = ctx.vm.new_array(ctx.mc, vec![Value::String(s), Value::String(f)]);
    NativeResult::Return(Value::Object(a))
}

/// `matchAt(rx, string, lastIndex)`: one RegExpBuiltinExec attempt from `lastIndex` (sticky
/// regexps must match there) → the match array, or null.
fn native_match_at<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some((source, flags)) = regexp_parts(arg(args, 0)) else { return throw_type(ctx, "not a RegExp") };
    let Value::String(input) = arg(args, 1) else { return throw_type(ctx, "matchAt needs a string") };
    let start = arg(args, 2).primitive_to_number().unwrap_or(0.0).max(0.0) as usize;
    let flags_text = flags.to_rust_string();
    let re = match compile(source.units(), &flags_text) {
        Ok(r) => r,
        Err(e) => return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &e)),
    };
    let units = input.units();
    if start > units.len() {
        return NativeResult::Return(Value::Null);
    }
    let sticky = flags_text.contains('y');
    let full_unicode = flags_text.contains('u') || flags_text.contains('v');
    let found = if full_unicode { re.find_from_utf16(units, start).next() } else { re.find_from_ucs2(units, start).next() };
    let Some(m) = found else { return NativeResult::Return(Value::Null) };
    if sticky && m.range.start != start {
        return NativeResult::Return(Value::Null);
    }
    let mc = ctx.mc;
    let slice = |r: &std::ops::Range<usize>| -> Value<'gc> {
        match units.get(r.start..r.end) {
            Some(s) => Value::String(JsString::new(mc, s)),
            None => Value::Undefined,
        }
    };
    let mut items = vec![slice(&m.range)];
    items.extend(m.captures.iter().map(|c| c.as_ref().map(&slice).unwrap_or(Value::Undefined)));
    let result = ctx.vm.new_array(mc, items);
    result.set_raw(mc, PropertyKey::String(ctx.vm.names.index), Value::Number(m.range.start as f64), Attrs::ALL);
    result.set_raw(mc, PropertyKey::String(ctx.vm.names.input), Value::String(input), Attrs::ALL);
    let named: Vec<(String, Option<std::ops::Range<usize>>)> = m.named_groups().map(|(n, r)| (n.to_string(), r)).collect();
    let groups = if named.is_empty() {
        Value::Undefined
    } else {
        let g = Obj::new(mc, None, ObjectKind::Ordinary);
        for (name, r) in &named {
            let k = PropertyKey::String(ctx.vm.intern(mc, name));
            g.set_raw(mc, k, r.as_ref().map(&slice).unwrap_or(Value::Undefined), Attrs::ALL);
        }
        Value::Object(g)
    };
    result.set_raw(mc, PropertyKey::String(ctx.vm.names.groups), groups, Attrs::ALL);
    if flags_text.contains('d') {
        let pair = |vm: &mut Vm<'gc>, r: &Option<std::ops::Range<usize>>| -> Value<'gc> {
            match r {
                Some(r) => Value::Object(vm.new_array(mc, vec![Value::Number(r.start as f64), Value::Number(r.end as f64)])),
                None => Value::Undefined,
            }
        };
        let mut list = vec![pair(ctx.vm, &Some(m.range.clone()))];
        for c in &m.captures {
            list.push(pair(ctx.vm, c));
        }
        let indices = ctx.vm.new_array(mc, list);
        let index_groups = if named.is_empty() {
            Value::Undefined
        } else {
            let g = Obj::new(mc, None, ObjectKind::Ordinary);
            for (name, r) in &named {
                let k = PropertyKey::String(ctx.vm.intern(mc, name));
                let v = pair(ctx.vm, r);
                g.set_raw(mc, k, v, Attrs::ALL);
            }
            Value::Object(g)
        };
        indices.set_raw(mc, PropertyKey::String(ctx.vm.names.groups), index_groups, Attrs::ALL);
        let k = PropertyKey::String(ctx.vm.intern(mc, "indices"));
        result.set_raw(mc, k, Value::Object(indices), Attrs::ALL);
    }
    NativeResult::Return(Value::Object(result))
}

/// `substring(s, start, end)` on code units (the self-hosted code must not depend on the
/// user-replaceable String.prototype).
fn native_substring<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::String(s) = arg(args, 0) else { return NativeResult::Return(Value::String(ctx.vm.realm.empty_string)) };
    let len = s.len();
    let start = (arg(args, 1).primitive_to_number().unwrap_or(0.0).max(0.0) as usize).min(len);
    let end = match arg(args, 2) {
        Value::Undefined => len,
        v => (v.primitive_to_number().unwrap_or(0.0).max(0.0) as usize).min(len),
    };
    let (a, b) = if start <= end { (start, end) } else { (end, start) };
    let part = s.units().get(a..b).unwrap_or(&[]);
    NativeResult::Return(Value::String(JsString::new(ctx.mc, part)))
}

/// `indexOf(s, search, from)` on code units, -1 when absent.
fn native_index_of<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (Value::String(s), Value::String(p)) = (arg(args, 0), arg(args, 1)) else { return NativeResult::Return(Value::Number(-1.0)) };
    let from = arg(args, 2).primitive_to_number().unwrap_or(0.0).max(0.0) as usize;
    let (s, p) = (s.units(), p.units());
    let found = if p.is_empty() {
        Some(from.min(s.len()))
    } else {
        (from..s.len().saturating_sub(p.len()) + 1).find(|&i| s.get(i..i + p.len()) == Some(p))
    };
    NativeResult::Return(Value::Number(found.map(|i| i as f64).unwrap_or(-1.0)))
}

/// `codeUnitAt(s, i)` → the code unit or NaN.
fn native_code_unit_at<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::String(s) = arg(args, 0) else { return NativeResult::Return(Value::Number(f64::NAN)) };
    let i = arg(args, 1).primitive_to_number().unwrap_or(-1.0);
    let u = if i >= 0.0 { s.units().get(i as usize).map(|&u| u as f64) } else { None };
    NativeResult::Return(Value::Number(u.unwrap_or(f64::NAN)))
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let rp = vm.realm.regexp_proto;
    let ctor = vm.define_constructor(mc, "RegExp", 2, regexp_ctor, rp);
    let get = vm.native_function(mc, "get [Symbol.species]", 0, species, Value::Undefined, false);
    ctor.set_accessor_raw(mc, PropertyKey::Symbol(vm.realm.symbols.species), Some(get), None, Attrs::CONFIGURABLE_ONLY);
    let accessors: &[(&str, NativeFn)] = &[
        ("dotAll", get_dot_all),
        ("global", get_global),
        ("hasIndices", get_has_indices),
        ("ignoreCase", get_ignore_case),
        ("multiline", get_multiline),
        ("source", get_source),
        ("sticky", get_sticky),
        ("unicode", get_unicode),
        ("unicodeSets", get_unicode_sets),
    ];
    for &(name, f) in accessors {
        vm.define_getter(mc, rp, name, f);
    }
    let table = Obj::new(mc, None, ObjectKind::Ordinary);
    let natives: &[(&str, u32, NativeFn)] = &[
        ("alloc", 1, native_alloc),
        ("initialize", 3, native_initialize),
        ("isRegExp", 1, native_is_regexp),
        ("originalParts", 1, native_original_parts),
        ("matchAt", 3, native_match_at),
        ("substring", 3, native_substring),
        ("indexOf", 3, native_index_of),
        ("codeUnitAt", 2, native_code_unit_at),
    ];
    for &(name, length, f) in natives {
        vm.define_method(mc, table, name, length, f);
    }
    vm.realm.helpers.insert("regexpNatives".into(), Value::Object(table));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        let esc = |s: &str| String::from_utf16_lossy(&escape_pattern(&s.encode_utf16().collect::<Vec<_>>()));
        assert_eq!(esc("a/b"), "a\\/b");
        assert_eq!(esc("[/]"), "[/]");
        assert_eq!(esc(""), "(?:)");
        assert_eq!(esc("\n"), "\\n");
    }
}
