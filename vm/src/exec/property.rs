//! Property access with ECMAScript semantics. When a getter or setter must run, these return
//! the call for the executor to make instead of running JS themselves.

use gc_arena::Mutation;

use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, Lookup, Obj, Property, PropertyKey, Slot};
use crate::heap::string::{JsString, number_to_string, parse_array_index};
use crate::heap::value::Value;
use crate::vm::Vm;

pub fn is_proxy(o: Obj<'_>) -> bool {
    matches!(o.borrow().kind, ObjectKind::Proxy { .. })
}

pub enum Get<'gc> {
    Value(Value<'gc>),
    /// Call the getter with this receiver.
    Call(Value<'gc>, Value<'gc>),
    Throw(Value<'gc>),
}

pub enum Set<'gc> {
    Done,
    /// Call the setter with this receiver (and the value).
    Call(Value<'gc>, Value<'gc>),
    Throw(Value<'gc>),
}

impl<'gc> Vm<'gc> {
    pub fn get(&mut self, mc: &Mutation<'gc>, base: Value<'gc>, key: PropertyKey<'gc>) -> Get<'gc> {
        self.get_with_receiver(mc, base, key, base)
    }

    pub fn get_with_receiver(&mut self, mc: &Mutation<'gc>, base: Value<'gc>, key: PropertyKey<'gc>, receiver: Value<'gc>) -> Get<'gc> {
        let start = match base {
            Value::Object(o) => o,
            Value::String(s) => {
                if key == PropertyKey::String(self.names.length) {
                    return Get::Value(Value::Number(s.len() as f64));
                }
                if let PropertyKey::Index(i) = key
                    && let Some(&u) = s.units().get(i as usize)
                {
                    return Get::Value(Value::String(self.single_unit(mc, u)));
                }
                self.realm.string_proto
            }
            Value::Number(_) => self.realm.number_proto,
            Value::Bool(_) => self.realm.boolean_proto,
            Value::Symbol(_) => self.realm.symbol_proto,
            Value::BigInt(_) => self.realm.bigint_proto,
            Value::Undefined | Value::Null | Value::Empty => {
                let msg = format!(
                    "Cannot read properties of {} (reading '{}')",
                    if matches!(base, Value::Null) { "null" } else { "undefined" },
                    self.key_to_display(key)
                );
                return Get::Throw(self.type_error(mc, &msg));
            }
        };
        if key == PropertyKey::String(self.names.stack) && matches!(start.borrow().kind, ObjectKind::Error) {
            self.refresh_error_stack(mc, start);
        }
        let mut current = start;
        for _ in 0..100_000 {
            if is_proxy(current) {
                let k = self.key_to_value(key, mc);
                let f = self.bound_helper(mc, "proxyGet", vec![Value::Object(current), k, receiver]);
                return Get::Call(f, receiver);
            }
            if let Some(v) = self.exotic_get_own(mc, current, key) {
                return Get::Value(v);
            }
            if let Some(p) = current.get_own(key) {
                return match p.slot {
                    Slot::Data(v) => Get::Value(v),
                    Slot::Accessor { get: Some(g), .. } => Get::Call(Value::Object(g), receiver),
                    Slot::Accessor { get: None, .. } => Get::Value(Value::Undefined),
                };
            }
            match current.proto() {
                Some(p) => current = p,
                None => break,
            }
        }
        Get::Value(Value::Undefined)
    }

    /// Own properties that are not stored as properties: array `length`, string wrapper
    /// characters and length.
    fn exotic_get_own(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<Value<'gc>> {
        let data = o.borrow();
        match &data.kind {
            ObjectKind::Array if key == PropertyKey::String(self.names.length) => Some(Value::Number(data.elements.len() as f64)),
            ObjectKind::StringWrapper(s) => {
                let s = *s;
                drop(data);
                if key == PropertyKey::String(self.names.length) {
                    return Some(Value::Number(s.len() as f64));
                }
                if let PropertyKey::Index(i) = key
                    && let Some(&u) = s.units().get(i as usize)
                {
                    return Some(Value::String(self.single_unit(mc, u)));
                }
                None
            }
            ObjectKind::TypedArray(_) => {
                drop(data);
                self.integer_indexed_get(mc, o, key)
            }
            ObjectKind::Namespace(cells) => {
                let cell = cells.iter().find(|(k, _)| *k == key).map(|(_, c)| *c)?;
                match cell.get() {
                    // An export still in its TDZ reads as undefined here (no throw path).
                    Value::Empty => Some(Value::Undefined),
                    v => Some(v),
                }
            }
            _ => None,
        }
    }

    /// The full own property descriptor, including exotic ones (for reflection).
    pub fn get_own_property(&mut self, mc: &Mutation<'gc>, o: Obj<'gc>, key: PropertyKey<'gc>) -> Option<Property<'gc>> {
        if let Some(element) = self.integer_indexed_get_own(mc, o, key) {
            return element;
        }
        if let Some(v) = self.exotic_get_own(mc, o, key) {
            let attrs = match &o.borrow().kind {
                ObjectKind::Array => {
                    if o.borrow().length_writable {
                        Attrs(Attrs::WRITABLE)
                    } else {
                        Attrs::NONE
                    }
                }
                _ => Attrs(Attrs::ENUMERABLE),
            };
            let attrs = if key == PropertyKey::String(self.names.length) && !matches!(o.borrow().kind, ObjectKind::Array) {
                Attrs::NONE
            } else {
                attrs
            };
            return Some(Property::data(v, attrs));
        }
        o.get_own(key)
    }

    pub fn single_unit(&mut self, mc: &Mutation<'gc>, u: u16) -> JsString<'gc> {
        self.atoms.intern(mc, &[u]).string()
    }

    pub fn set(&mut self, mc: &Mutation<'gc>, base: Value<'gc>, key: PropertyKey<'gc>, v: Value<'gc>, strict: bool) -> Set<'gc> {
        match base {
            Value::Object(o) => self.set_with_receiver(mc, Value::Object(o), key, v, base, strict),
            Value::Undefined | Value::Null | Value::Empty => {
                let msg = format!(
                    "Cannot set properties of {} (setting '{}')",
                    if matches!(base, Value::Null) { "null" } else { "undefined" },
                    self.key_to_display(key)
                );
                Set::Throw(self.type_error(mc, &msg))
            }
            prim => {
                // Look for a setter on the prototype chain; otherwise the write is lost.
                let proto = match prim {
                    Value::String(_) => self.realm.string_proto,
                    Value::Number(_) => self.realm.number_proto,
                    Value::Bool(_) => self.realm.boolean_proto,
                    _ => self.realm.symbol_proto,
                };
                if let Err(proxy) = self.find_property_or_proxy(proto, key) {
                    // A proxy on the wrapper prototype's chain: its `set` trap, receiving the primitive.
                    let k = self.key_to_value(key, mc);
                    let f = self.bound_helper(mc, "proxySet", vec![Value::Object(proxy), k, prim, Value::Bool(strict)]);
                    return Set::Call(f, prim);
                }
                match proto.lookup(key) {
                    Lookup::Getter(_) => {
                        if let Some(Property { slot: Slot::Accessor { set: Some(s), .. }, .. }) = self.find_property(proto, key) {
                            return Set::Call(Value::Object(s), prim);
                        }
                        Set::Done
                    }
                    _ if strict => {
                        let msg = format!(
                            "Cannot create property '{}' on {} '{}'",
                            self.key_to_display(key),
                            prim.type_of(),
                            self.display_value(prim)
                        );
                        Set::Throw(self.type_error(mc, &msg))
                    }
                    _ => Set::Done,
                }
            }
        }
    }

    /// The property along the prototype chain, or (`Err`) the first proxy met before it.
    fn find_property_or_proxy(&self, start: Obj<'gc>, key: PropertyKey<'gc>) -> Result<Option<Property<'gc>>, Obj<'gc>> {
        let mut current = start;
        for _ in 0..100_000 {
            if is_proxy(current) {
                return Err(current);
            }
            if let Some(p) = current.get_own(key) {
                return Ok(Some(p));
            }
            match current.proto() {
                Some(p) => current = p,
                None => return Ok(None),
            }
        }
        Ok(None)
    }

    fn find_property(&self, start: Obj<'gc>, key: PropertyKey<'gc>) -> Option<Property<'gc>> {
        let mut current = start;
        for _ in 0..100_000 {
            if let Some(p) = current.get_own(key) {
                return Some(p);
            }
            current = current.proto()?;
        }
        None
    }

    /// OrdinarySet(base, key, v, receiver).
    pub fn set_with_receiver(
        &mut self,
        mc: &Mutation<'gc>,
        base: Value<'gc>,
        key: PropertyKey<'gc>,
        v: Value<'gc>,
        receiver: Value<'gc>,
        strict: bool,
    ) -> Set<'gc> {
        let Value::Object(start) = base else {
            return self.set(mc, receiver, key, v, strict);
        };
        if is_proxy(start) {
            let k = self.key_to_value(key, mc);
            let f = self.bound_helper(mc, "proxySet", vec![base, k, receiver, Value::Bool(strict)]);
            return Set::Call(f, receiver);
        }
        if let Some(done) = self.integer_indexed_set(mc, start, key, v, receiver) {
            return done;
        }
        // Array length is special.
        if key == PropertyKey::String(self.names.length) && start.is_array() && receiver == base {
            return self.set_array_length(mc, start, v, strict);
        }
        if let ObjectKind::StringWrapper(s) = &start.borrow().kind {
            let s = *s;
            let readonly = key == PropertyKey::String(self.names.length) || matches!(key, PropertyKey::Index(i) if (i as usize) < s.len());
            if readonly {
                return self.fail_set(mc, key, strict, "Cannot assign to read only property", receiver);
            }
        }
        if let Some(ta) = self.typed_array_in_chain(start, key)
            && let Some(done) = self.integer_indexed_set(mc, ta, key, v, receiver)
        {
            return done;
        }
        let found = match self.find_property_or_proxy(start, key) {
            Ok(found) => found,
            Err(proxy) => {
                // A proxy on the prototype chain: the rest of [[Set]] is its trap's.
                let k = self.key_to_value(key, mc);
                let f = self.bound_helper(mc, "proxySet", vec![Value::Object(proxy), k, receiver, Value::Bool(strict)]);
                return Set::Call(f, receiver);
            }
        };
        match found {
            Some(Property { slot: Slot::Accessor { set, .. }, .. }) => match set {
                Some(s) => Set::Call(Value::Object(s), receiver),
                None => {
                    if strict {
                        let msg = format!(
                            "Cannot set property {} of {} which has only a getter",
                            self.key_to_display(key),
                            self.object_brand(receiver)
                        );
                        Set::Throw(self.type_error(mc, &msg))
                    } else {
                        Set::Done
                    }
                }
            },
            Some(Property { attrs, .. }) if !attrs.writable() => {
                self.fail_set(mc, key, strict, "Cannot assign to read only property", receiver)
            }
            _ => {
                let Value::Object(r) = receiver else {
                    return self.set(mc, receiver, key, v, strict);
                };
                if is_proxy(r) {
                    // The receiver's [[GetOwnProperty]] and [[DefineOwnProperty]] are traps.
                    let k = self.key_to_value(key, mc);
                    let f = self.bound_helper(mc, "proxyReceiverSetStrict", vec![receiver, k, Value::Bool(strict)]);
                    return Set::Call(f, receiver);
                }
                match r.get_own(key) {
                    Some(Property { slot: Slot::Data(_), attrs }) => {
                        if !attrs.writable() {
                            return self.fail_set(mc, key, strict, "Cannot assign to read only property", receiver);
                        }
                        r.set_raw(mc, key, v, attrs);
                        Set::Done
                    }
                    Some(_) => self.fail_set(mc, key, strict, "Cannot redefine property", receiver),
                    None => {
                        if !r.borrow().extensible {
                            let msg = format!("Cannot add property {}, object is not extensible", self.key_to_display(key));
                            return if strict { Set::Throw(self.type_error(mc, &msg)) } else { Set::Done };
                        }
                        if let PropertyKey::Index(i) = key
                            && r.is_array()
                            && i as usize >= r.array_len() + crate::heap::object::MAX_HOLE_GROWTH
                        {
                            return Set::Throw(self.range_error(mc, "Invalid array length"));
                        }
                        if let PropertyKey::Index(i) = key
                            && r.is_array()
                            && !r.borrow().length_writable
                            && i as usize >= r.array_len()
                        {
                            return self.fail_set(mc, key, strict, "Cannot add property", receiver);
                        }
                        r.set_raw(mc, key, v, Attrs::ALL);
                        Set::Done
                    }
                }
            }
        }
    }

    fn fail_set(&mut self, mc: &Mutation<'gc>, key: PropertyKey<'gc>, strict: bool, what: &str, target: Value<'gc>) -> Set<'gc> {
        if strict {
            let brand = match target {
                Value::Object(o) if o.is_array() => "[object Array]".to_string(),
                other => self.object_brand(other),
            };
            let msg = format!("{what} '{}' of object '{brand}'", self.key_to_display(key));
            Set::Throw(self.type_error(mc, &msg))
        } else {
            Set::Done
        }
    }

    pub fn set_array_length(&mut self, mc: &Mutation<'gc>, arr: Obj<'gc>, v: Value<'gc>, strict: bool) -> Set<'gc> {
        let n = v.primitive_to_number().unwrap_or(f64::NAN);
        if n < 0.0 || n.fract() != 0.0 || n > u32::MAX as f64 || n.is_nan() {
            return Set::Throw(self.range_error(mc, "Invalid array length"));
        }
        if !arr.borrow().length_writable {
            return self.fail_set(
                mc,
                PropertyKey::String(self.names.length),
                strict,
                "Cannot assign to read only property",
                Value::Object(arr),
            );
        }
        let n = n as usize;
        if n > arr.array_len() + crate::heap::object::MAX_HOLE_GROWTH {
            return Set::Throw(self.range_error(mc, "Invalid array length"));
        }
        let mut data = arr.borrow_mut(mc);
        data.elements.resize(n, Value::Empty);
        data.props.retain(|k, _| !matches!(k, PropertyKey::Index(i) if *i as usize >= n));
        Set::Done
    }

    pub fn delete(&mut self, mc: &Mutation<'gc>, base: Value<'gc>, key: PropertyKey<'gc>, strict: bool) -> Result<bool, Value<'gc>> {
        match base {
            Value::Object(o) => {
                if let Some(ok) = self.integer_indexed_delete(o, key) {
                    if !ok && strict {
                        let msg = format!("Cannot delete property '{}' of {}", self.key_to_display(key), self.object_brand(base));
                        return Err(self.type_error(mc, &msg));
                    }
                    return Ok(ok);
                }
                let fixed = (key == PropertyKey::String(self.names.length)
                    && matches!(o.borrow().kind, ObjectKind::Array | ObjectKind::StringWrapper(_)))
                    || matches!((&o.borrow().kind, key), (ObjectKind::StringWrapper(s), PropertyKey::Index(i)) if (i as usize) < s.len());
                let ok = !fixed && o.delete_own(mc, key);
                if !ok && strict {
                    let msg = format!("Cannot delete property '{}' of {}", self.key_to_display(key), self.object_brand(base));
                    return Err(self.type_error(mc, &msg));
                }
                Ok(ok)
            }
            Value::Undefined | Value::Null => {
                let msg = format!("Cannot convert undefined or null to object");
                Err(self.type_error(mc, &msg))
            }
            _ => Ok(true),
        }
    }

    /// [[HasProperty]] where no proxy is involved (a proxy on the chain answers false).
    pub fn has_property(&mut self, o: Obj<'gc>, key: PropertyKey<'gc>) -> bool {
        self.has_property_or_proxy(o, key).unwrap_or(false)
    }

    /// [[HasProperty]], or (`Err`) the first proxy on the chain whose `has` trap must answer.
    pub fn has_property_or_proxy(&mut self, o: Obj<'gc>, key: PropertyKey<'gc>) -> Result<bool, Obj<'gc>> {
        let mut current = o;
        for _ in 0..100_000 {
            if let Some(present) = self.integer_indexed_has(current, key) {
                return Ok(present);
            }
            if is_proxy(current) {
                return Err(current);
            }
            if self.has_own_exotic(current, key) || current.get_own(key).is_some() {
                return Ok(true);
            }
            match current.proto() {
                Some(p) => current = p,
                None => return Ok(false),
            }
        }
        Ok(false)
    }

    pub fn has_own_exotic(&self, o: Obj<'gc>, key: PropertyKey<'gc>) -> bool {
        match &o.borrow().kind {
            ObjectKind::Array => key == PropertyKey::String(self.names.length),
            ObjectKind::StringWrapper(s) => {
                key == PropertyKey::String(self.names.length) || matches!(key, PropertyKey::Index(i) if (i as usize) < s.len())
            }
            ObjectKind::TypedArray(_) => self.integer_indexed_has(o, key).unwrap_or(false),
            _ => false,
        }
    }

    /// ToPropertyKey for primitives; `None` for objects (their conversion may run JS).
    pub fn to_key_fast(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Option<PropertyKey<'gc>> {
        Some(match v {
            Value::String(s) => match parse_array_index(s.units()) {
                Some(i) => PropertyKey::Index(i),
                None => PropertyKey::String(self.atom_of(mc, s)),
            },
            Value::Number(n) => {
                if n >= 0.0 && n < u32::MAX as f64 && n.fract() == 0.0 && !(n == 0.0 && n.is_sign_negative()) {
                    PropertyKey::Index(n as u32)
                } else if n == 0.0 {
                    PropertyKey::Index(0)
                } else {
                    PropertyKey::String(self.intern(mc, &number_to_string(n)))
                }
            }
            Value::Symbol(s) => PropertyKey::Symbol(s),
            Value::Object(_) => return None,
            other => PropertyKey::String(self.intern(mc, &other.primitive_to_rust_string().unwrap_or_default())),
        })
    }

    pub fn to_key_or_error(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Result<PropertyKey<'gc>, Value<'gc>> {
        match self.to_key_fast(mc, v) {
            Some(k) => Ok(k),
            None => {
                // Objects reaching here were already converted by ToPropertyKey ops; as a last
                // resort use their class tag.
                let s = self.display_value(v);
                Ok(PropertyKey::String(self.intern(mc, &s)))
            }
        }
    }

    pub fn key_to_value(&self, key: PropertyKey<'gc>, mc: &Mutation<'gc>) -> Value<'gc> {
        match key {
            PropertyKey::Index(i) => Value::String(JsString::from_str(mc, &i.to_string())),
            PropertyKey::String(a) => Value::String(a.string()),
            PropertyKey::Symbol(s) => Value::Symbol(s),
        }
    }

    pub fn key_to_display(&self, key: PropertyKey<'gc>) -> String {
        match key {
            PropertyKey::Index(i) => i.to_string(),
            PropertyKey::String(a) => a.string().to_rust_string(),
            PropertyKey::Symbol(s) => {
                format!("Symbol({})", s.0.description.map(|d| d.to_rust_string()).unwrap_or_default())
            }
        }
    }

    /// `#<Object>` style brand used in V8 messages.
    pub fn object_brand(&self, v: Value<'gc>) -> String {
        match v {
            Value::Object(o) => {
                let name = match o.get_own(PropertyKey::String(self.names.constructor)) {
                    Some(Property { slot: Slot::Data(Value::Object(c)), .. }) => match c.get_own(PropertyKey::String(self.names.name)) {
                        Some(Property { slot: Slot::Data(Value::String(s)), .. }) => s.to_rust_string(),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                let name = if name.is_empty() {
                    o.proto()
                        .and_then(|p| match p.get_own(PropertyKey::String(self.names.constructor)) {
                            Some(Property { slot: Slot::Data(Value::Object(c)), .. }) => {
                                match c.get_own(PropertyKey::String(self.names.name)) {
                                    Some(Property { slot: Slot::Data(Value::String(s)), .. }) => Some(s.to_rust_string()),
                                    _ => None,
                                }
                            }
                            _ => None,
                        })
                        .unwrap_or_else(|| "Object".into())
                } else {
                    name
                };
                format!("#<{name}>")
            }
            other => self.display_value(other),
        }
    }

    /// A short rendering of a value for error messages (like V8's).
    pub fn display_value(&self, v: Value<'gc>) -> String {
        match v {
            Value::String(s) => s.to_rust_string(),
            Value::Symbol(s) => format!("Symbol({})", s.0.description.map(|d| d.to_rust_string()).unwrap_or_default()),
            Value::Object(o) => {
                if o.is_callable() {
                    let name = self.get_own_value(o, "name");
                    match name {
                        Value::String(s) if !s.is_empty() => s.to_rust_string(),
                        _ => "function".into(),
                    }
                } else if o.is_array() {
                    "object".into()
                } else {
                    self.object_brand(v)
                }
            }
            other => other.primitive_to_rust_string().unwrap_or_default(),
        }
    }

    /// An own data property's value by name, without running getters.
    pub fn get_own_value(&self, o: Obj<'gc>, name: &str) -> Value<'gc> {
        let units: Vec<u16> = name.encode_utf16().collect();
        let found = o
            .borrow()
            .props
            .iter()
            .find(|(k, _)| matches!(k, PropertyKey::String(a) if a.string().units() == units.as_slice()))
            .map(|(_, p)| p.slot);
        match found {
            Some(Slot::Data(v)) => v,
            _ => Value::Undefined,
        }
    }

    pub fn create_data_property(
        &mut self,
        mc: &Mutation<'gc>,
        o: Obj<'gc>,
        key: PropertyKey<'gc>,
        v: Value<'gc>,
    ) -> Result<(), Value<'gc>> {
        if let Some(p) = o.get_own(key)
            && !p.attrs.configurable()
            && !(p.attrs.writable() && matches!(p.slot, Slot::Data(_)))
        {
            let msg = format!("Cannot redefine property: {}", self.key_to_display(key));
            return Err(self.type_error(mc, &msg));
        }
        if o.get_own(key).is_none() && !o.borrow().extensible {
            let msg = format!("Cannot define property {}, object is not extensible", self.key_to_display(key));
            return Err(self.type_error(mc, &msg));
        }
        o.set_raw(mc, key, v, Attrs::ALL);
        Ok(())
    }

    pub fn define_accessor_part(
        &mut self,
        mc: &Mutation<'gc>,
        o: Obj<'gc>,
        key: PropertyKey<'gc>,
        f: Value<'gc>,
        setter: bool,
        hidden: bool,
    ) {
        let f = f.as_object();
        let (mut get, mut set) = match o.get_own(key) {
            Some(Property { slot: Slot::Accessor { get, set }, .. }) => (get, set),
            _ => (None, None),
        };
        if setter {
            set = f;
        } else {
            get = f;
        }
        let attrs = if hidden { Attrs::CONFIGURABLE_ONLY } else { Attrs(Attrs::ENUMERABLE | Attrs::CONFIGURABLE) };
        o.set_accessor_raw(mc, key, get, set, attrs);
    }

    pub fn set_home(&self, mc: &Mutation<'gc>, f: Value<'gc>, home: Obj<'gc>) {
        if let Value::Object(fo) = f
            && let ObjectKind::Closure(c) = &mut fo.borrow_mut(mc).kind
        {
            c.home = Some(home);
        }
    }

    /// SetFunctionName for computed keys.
    pub fn set_function_name(&mut self, mc: &Mutation<'gc>, f: Obj<'gc>, key: PropertyKey<'gc>, prefix: &str) {
        let base = match key {
            PropertyKey::Symbol(s) => match s.0.description {
                Some(d) => format!("[{}]", d.to_rust_string()),
                None => String::new(),
            },
            other => self.key_to_display(other),
        };
        let name = if prefix.is_empty() { base } else { format!("{prefix} {base}") };
        let v = self.str(mc, &name);
        f.set_raw(mc, PropertyKey::String(self.names.name), v, Attrs::CONFIGURABLE_ONLY);
    }

    pub fn set_function_name_if_anonymous(&mut self, mc: &Mutation<'gc>, f: Obj<'gc>, key: PropertyKey<'gc>, prefix: &str) {
        if !f.is_callable() {
            return;
        }
        let anonymous = matches!(self.get_own_value(f, "name"), Value::String(s) if s.is_empty());
        let is_class = matches!(&f.borrow().kind, ObjectKind::Closure(c) if c.code.code.is_class_constructor);
        if anonymous && !is_class {
            self.set_function_name(mc, f, key, prefix);
        }
    }

    /// `{...src}`: copies own enumerable data properties when no getter can run. `None` when
    /// the slow path (the self-hosted helper) is needed.
    pub fn copy_data_properties_fast(
        &mut self,
        mc: &Mutation<'gc>,
        target: Obj<'gc>,
        src: Value<'gc>,
        excluded: &[PropertyKey<'gc>],
    ) -> Option<()> {
        let o = match src {
            Value::Object(o) => o,
            Value::String(s) => {
                for (i, &u) in s.units().iter().enumerate() {
                    let key = PropertyKey::Index(i as u32);
                    if !excluded.contains(&key) {
                        let c = self.single_unit(mc, u);
                        target.set_raw(mc, key, Value::String(c), Attrs::ALL);
                    }
                }
                return Some(());
            }
            _ => return Some(()),
        };
        if matches!(o.borrow().kind, ObjectKind::Proxy { .. } | ObjectKind::TypedArray(_)) {
            return None;
        }
        let keys = o.own_keys();
        let mut copies = Vec::with_capacity(keys.len());
        for key in keys {
            if excluded.contains(&key) {
                continue;
            }
            if let PropertyKey::Symbol(s) = key
                && s.0.private
            {
                continue;
            }
            match o.get_own(key) {
                Some(Property { slot: Slot::Data(v), attrs }) if attrs.enumerable() => copies.push((key, v)),
                Some(Property { slot: Slot::Accessor { .. }, attrs }) if attrs.enumerable() => return None,
                _ => {}
            }
        }
        for (k, v) in copies {
            target.set_raw(mc, k, v, Attrs::ALL);
        }
        Some(())
    }

    fn private_name(&self, name: Value<'gc>) -> String {
        match name {
            Value::Symbol(s) => s.0.description.map(|d| d.to_rust_string()).unwrap_or_default(),
            _ => String::new(),
        }
    }

    pub fn get_private(&mut self, mc: &Mutation<'gc>, obj: Value<'gc>, name: Value<'gc>) -> Result<Get<'gc>, Value<'gc>> {
        if let (Value::Object(o), Value::Symbol(s)) = (obj, name)
            && let Some(p) = o.get_own(PropertyKey::Symbol(s))
        {
            return Ok(match p.slot {
                Slot::Data(v) => Get::Value(v),
                Slot::Accessor { get: Some(g), .. } => Get::Call(Value::Object(g), obj),
                Slot::Accessor { get: None, .. } => Get::Value(Value::Undefined),
            });
        }
        let msg = format!("Cannot read private member {} from an object whose class did not declare it", self.private_name(name));
        Err(self.type_error(mc, &msg))
    }

    pub fn set_private(&mut self, mc: &Mutation<'gc>, obj: Value<'gc>, name: Value<'gc>, v: Value<'gc>) -> Result<(), Value<'gc>> {
        if let (Value::Object(o), Value::Symbol(s)) = (obj, name)
            && let Some(p) = o.get_own(PropertyKey::Symbol(s))
        {
            if !p.attrs.writable() {
                let msg = format!("Private method {} is not writable", self.private_name(name));
                return Err(self.type_error(mc, &msg));
            }
            o.set_raw(mc, PropertyKey::Symbol(s), v, p.attrs);
            return Ok(());
        }
        let msg = format!("Cannot write private member {} to an object whose class did not declare it", self.private_name(name));
        Err(self.type_error(mc, &msg))
    }

    pub fn define_private(&mut self, mc: &Mutation<'gc>, obj: Value<'gc>, name: Value<'gc>, v: Value<'gc>) -> Result<(), Value<'gc>> {
        if let (Value::Object(o), Value::Symbol(s)) = (obj, name) {
            if o.get_own(PropertyKey::Symbol(s)).is_some() {
                let msg = format!("Cannot initialize {} twice on the same object", self.private_name(name));
                return Err(self.type_error(mc, &msg));
            }
            o.set_raw(mc, PropertyKey::Symbol(s), v, Attrs(Attrs::WRITABLE));
        }
        Ok(())
    }

    /// GetPrototypeFromConstructor: `nt.prototype` if it is an object, else the intrinsic.
    pub fn prototype_from_constructor(
        &mut self,
        _mc: &Mutation<'gc>,
        nt: Value<'gc>,
        default: impl Fn(&crate::runtime::realm::Realm<'gc>) -> Obj<'gc>,
    ) -> Obj<'gc> {
        if let Some(v) = self.proto_override.take() {
            if let Value::Object(p) = v {
                return p;
            }
        } else if let Value::Object(c) = nt
            && let Some(Property { slot: Slot::Data(Value::Object(p)), .. }) = c.get_own(PropertyKey::String(self.names.prototype))
        {
            return p;
        }
        if let Value::Object(c) = nt {
            let id = self.function_realm(c);
            if id != self.realm.id
                && let Some(r) = self.realms.iter().find(|r| r.id == id)
            {
                return default(r);
            }
        }
        default(&self.realm)
    }

    /// A function calling the self-hosted helper `name` with `args` first (a bound function),
    /// so a getter/setter-shaped call can reach a Proxy trap.
    pub fn bound_helper(&mut self, mc: &Mutation<'gc>, name: &str, args: Vec<Value<'gc>>) -> Value<'gc> {
        let Value::Object(target) = self.helper(name) else { return Value::Undefined };
        let b = Obj::new(
            mc,
            Some(self.realm.function_proto),
            ObjectKind::Bound(crate::heap::kind::Bound { target, this: Value::Undefined, args: args.into_boxed_slice() }),
        );
        Value::Object(b)
    }

    /// The getter of an accessor `prototype` own property, if any; for a proxy, its `get` trap.
    pub fn prototype_getter(&mut self, mc: &Mutation<'gc>, c: Obj<'gc>) -> Option<Value<'gc>> {
        if is_proxy(c) {
            let k = Value::String(self.names.prototype.string());
            return Some(self.bound_helper(mc, "proxyGet", vec![Value::Object(c), k, Value::Object(c)]));
        }
        match c.get_own(PropertyKey::String(self.names.prototype)) {
            Some(Property { slot: Slot::Accessor { get: Some(g), .. }, .. }) => Some(Value::Object(g)),
            _ => None,
        }
    }

    /// GetFunctionRealm: the realm a function object was created in.
    pub fn function_realm(&self, f: Obj<'gc>) -> u32 {
        let mut current = f;
        for _ in 0..10_000 {
            let next = match &current.borrow().kind {
                ObjectKind::Closure(c) => return c.realm,
                ObjectKind::Native(n) => return n.realm,
                ObjectKind::Bound(b) => b.target,
                ObjectKind::Proxy { target: Some(t), .. } => *t,
                _ => return self.realm.id,
            };
            current = next;
        }
        self.realm.id
    }

    /// Makes realm `id` the current one.
    pub fn enter_realm(&mut self, id: u32) {
        if let Some(i) = self.realms.iter().position(|r| r.id == id) {
            std::mem::swap(&mut self.realm, &mut self.realms[i]);
        }
    }

    /// ToObject for primitives (wrapper objects); `None` for null/undefined.
    pub fn to_object(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> Option<Obj<'gc>> {
        Some(match v {
            Value::Object(o) => o,
            Value::String(s) => Obj::new(mc, Some(self.realm.string_proto), ObjectKind::StringWrapper(s)),
            Value::Number(n) => Obj::new(mc, Some(self.realm.number_proto), ObjectKind::NumberWrapper(n)),
            Value::Bool(b) => Obj::new(mc, Some(self.realm.boolean_proto), ObjectKind::BooleanWrapper(b)),
            Value::Symbol(s) => Obj::new(mc, Some(self.realm.symbol_proto), ObjectKind::SymbolWrapper(s)),
            Value::BigInt(b) => Obj::new(mc, Some(self.realm.bigint_proto), ObjectKind::BigIntWrapper(b)),
            _ => return None,
        })
    }
}
