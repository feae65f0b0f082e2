//! JSON.stringify without user code: when the value graph holds only primitives, plain
//! objects and plain arrays (no toJSON, accessors, proxies, wrapper objects or cycles) and
//! there is no replacer function or list, the text is produced here in one pass. Anything
//! else returns `None` and the self-hosted serializer (js/json.js) runs from the start.

use gc_arena::Mutation;

use super::quote::quote_into;
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Lookup, Obj, PropertyKey, Slot};
use crate::heap::string::number_to_string;
use crate::heap::value::Value;
use crate::vm::Vm;

/// Nesting beyond this goes to the self-hosted path (which keeps its stack on the heap).
const MAX_DEPTH: usize = 512;

struct Writer<'gc> {
    out: Vec<u16>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    stack: Vec<Obj<'gc>>,
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.bytes().map(u16::from));
}

impl<'gc> Writer<'gc> {
    /// Whether `o` (or its prototype chain) has a callable `toJSON`, or one behind a getter.
    fn has_to_json(&self, o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<bool> {
        match o.lookup(key) {
            Lookup::Missing => Some(false),
            Lookup::Value(Value::Object(f)) => Some(f.is_callable()),
            Lookup::Value(_) => Some(false),
            Lookup::Getter(_) => None,
        }
    }

    /// Serializes `v`; `Some(false)` when it produces nothing (undefined, functions, symbols).
    fn value(&mut self, v: Value<'gc>, to_json: PropertyKey<'gc>) -> Option<bool> {
        match v {
            Value::Null => push_str(&mut self.out, "null"),
            Value::Bool(b) => push_str(&mut self.out, if b { "true" } else { "false" }),
            Value::Number(n) => {
                if n.is_finite() {
                    push_str(&mut self.out, &number_to_string(n));
                } else {
                    push_str(&mut self.out, "null");
                }
            }
            Value::String(s) => quote_into(&mut self.out, s.units()),
            Value::Undefined | Value::Symbol(_) | Value::Empty => return Some(false),
            // BigInt: the self-hosted path throws or calls BigInt.prototype.toJSON.
            Value::BigInt(_) => return None,
            Value::Object(o) => {
                if self.has_to_json(o, to_json)? {
                    return None;
                }
                let kind = match &o.borrow().kind {
                    ObjectKind::Closure(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => {
                        return Some(false);
                    }
                    ObjectKind::Array => true,
                    ObjectKind::Ordinary | ObjectKind::Error | ObjectKind::Arguments(_) => false,
                    _ => return None,
                };
                if self.stack.contains(&o) || self.stack.len() >= MAX_DEPTH {
                    return None;
                }
                self.stack.push(o);
                if kind {
                    self.array(o, to_json)?;
                } else {
                    self.object(o, to_json)?;
                }
                self.stack.pop();
            }
        }
        Some(true)
    }

    fn open(&mut self) -> Vec<u16> {
        let stepback = self.indent.clone();
        self.indent.extend_from_slice(&self.gap);
        stepback
    }

    fn separator(&mut self, first: bool) {
        if !first {
            self.out.push(b',' as u16);
        }
        if !self.gap.is_empty() {
            self.out.push(b'\n' as u16);
            self.out.extend_from_slice(&self.indent);
        }
    }

    fn close(&mut self, stepback: Vec<u16>, any: bool, closer: u8) {
        if any && !self.gap.is_empty() {
            self.out.push(b'\n' as u16);
            self.out.extend_from_slice(&stepback);
        }
        self.out.push(closer as u16);
        self.indent = stepback;
    }

    fn array(&mut self, o: Obj<'gc>, to_json: PropertyKey<'gc>) -> Option<()> {
        let elements = {
            let d = o.borrow();
            if d.props.keys().any(|k| matches!(k, PropertyKey::Index(_))) {
                return None;
            }
            d.elements.clone()
        };
        if elements.iter().any(|e| matches!(e, Value::Empty)) && !protos_without_indices(o) {
            return None;
        }
        self.out.push(b'[' as u16);
        let stepback = self.open();
        for (i, &e) in elements.iter().enumerate() {
            self.separator(i == 0);
            if !self.value(e, to_json)? {
                push_str(&mut self.out, "null");
            }
        }
        self.close(stepback, !elements.is_empty(), b']');
        Some(())
    }

    fn object(&mut self, o: Obj<'gc>, to_json: PropertyKey<'gc>) -> Option<()> {
        let mut entries: Vec<(PropertyKey<'gc>, Value<'gc>)> = Vec::new();
        for key in o.own_keys() {
            if matches!(key, PropertyKey::Symbol(_)) {
                continue;
            }
            let Some(p) = o.get_own(key) else { continue };
            if !p.attrs.enumerable() {
                continue;
            }
            match p.slot {
                Slot::Data(v) => entries.push((key, v)),
                Slot::Accessor { .. } => return None,
            }
        }
        self.out.push(b'{' as u16);
        let stepback = self.open();
        let mut any = false;
        for (key, v) in entries {
            let mark = self.out.len();
            self.separator(!any);
            match key {
                PropertyKey::Index(i) => {
                    self.out.push(b'"' as u16);
                    push_str(&mut self.out, &i.to_string());
                    self.out.push(b'"' as u16);
                }
                PropertyKey::String(a) => quote_into(&mut self.out, a.string().units()),
                PropertyKey::Symbol(_) => {}
            }
            self.out.push(b':' as u16);
            if !self.gap.is_empty() {
                self.out.push(b' ' as u16);
            }
            if self.value(v, to_json)? {
                any = true;
            } else {
                self.out.truncate(mark);
            }
        }
        self.close(stepback, any, b'}');
        Some(())
    }
}

/// No prototype of `o` has indexed properties or exotic lookups (holes read as undefined).
fn protos_without_indices(o: Obj<'_>) -> bool {
    let mut p = o.proto();
    let mut steps = 0;
    while let Some(x) = p {
        let d = x.borrow();
        if matches!(d.kind, ObjectKind::Proxy { .. } | ObjectKind::StringWrapper(_))
            || d.elements.iter().any(|e| !matches!(e, Value::Empty))
            || d.props.keys().any(|k| matches!(k, PropertyKey::Index(_)))
        {
            return false;
        }
        p = d.proto;
        steps += 1;
        if steps > 10_000 {
            return false;
        }
    }
    true
}

/// The gap string for a primitive `space` (None when it is an object: wrappers convert
/// through user-visible valueOf/toString).
fn gap_of(space: Value<'_>) -> Option<Vec<u16>> {
    match space {
        Value::Number(n) => {
            let n = if n.is_nan() { 0.0 } else { n.trunc().clamp(0.0, 10.0) };
            Some(vec![b' ' as u16; n as usize])
        }
        Value::String(s) => Some(s.units().iter().copied().take(10).collect()),
        Value::Object(_) => None,
        _ => Some(Vec::new()),
    }
}

/// The JSON text (None: `undefined`), or `Err(())` when the self-hosted path must run.
pub fn stringify<'gc>(
    mc: &Mutation<'gc>,
    vm: &mut Vm<'gc>,
    value: Value<'gc>,
    replacer: Value<'gc>,
    space: Value<'gc>,
) -> Result<Option<Vec<u16>>, ()> {
    if replacer.is_object() {
        return Err(());
    }
    let gap = gap_of(space).ok_or(())?;
    let to_json = PropertyKey::String(vm.intern(mc, "toJSON"));
    let mut w = Writer { out: Vec::new(), gap, indent: Vec::new(), stack: Vec::new() };
    match w.value(value, to_json) {
        None => Err(()),
        Some(false) => Ok(None),
        Some(true) => Ok(Some(w.out)),
    }
}
