//! Creating objects the executor needs: plain objects, arrays, closures, classes, iterator
//! results, template objects; and loading compiled code into the heap.

use std::rc::Rc;

use gc_arena::{Gc, Lock, Mutation, RefLock};

use crate::bytecode::proto::{Capture, Constant, FunctionCode};
use crate::exec::frame::Frame;
use crate::heap::kind::{Cell, Closure, LoadedCode, Native, ObjectKind};
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::string::JsString;
use crate::heap::value::Value;
use crate::vm::Vm;
use minijs_parser::ast::FunctionKind;

impl<'gc> Vm<'gc> {
    pub fn new_object(&self, mc: &Mutation<'gc>) -> Obj<'gc> {
        Obj::new(mc, Some(self.realm.object_proto), ObjectKind::Ordinary)
    }

    pub fn new_array(&self, mc: &Mutation<'gc>, items: Vec<Value<'gc>>) -> Obj<'gc> {
        let a = Obj::new(mc, Some(self.realm.array_proto), ObjectKind::Array);
        a.borrow_mut(mc).elements = items;
        a
    }

    /// An arguments object; a `mapped` one aliases the parameter cells in `map` and has a
    /// `callee`, an unmapped one (strict code, parameters with patterns or defaults) poisons it.
    pub fn new_arguments(
        &mut self,
        mc: &Mutation<'gc>,
        args: Vec<Value<'gc>>,
        callee: Obj<'gc>,
        mapped: bool,
        map: Vec<Option<Cell<'gc>>>,
    ) -> Obj<'gc> {
        let o = Obj::new(mc, Some(self.realm.object_proto), ObjectKind::Arguments(map));
        let len = args.len();
        for (i, v) in args.into_iter().enumerate() {
            o.set_raw(mc, PropertyKey::Index(i as u32), v, Attrs::ALL);
        }
        o.set_raw(mc, PropertyKey::String(self.names.length), Value::Number(len as f64), Attrs::HIDDEN);
        let callee_key = PropertyKey::String(self.names.callee);
        match self.realm.helpers.get("%ThrowTypeError%") {
            Some(&Value::Object(thrower)) if !mapped => o.set_accessor_raw(mc, callee_key, Some(thrower), Some(thrower), Attrs::NONE),
            _ => o.set_raw(mc, callee_key, Value::Object(callee), Attrs::HIDDEN),
        }
        if let Some(&values) = self.realm.helpers.get("Array.prototype.values") {
            o.set_raw(mc, PropertyKey::Symbol(self.realm.symbols.iterator), values, Attrs::HIDDEN);
        }
        o
    }

    /// `{ value, done }`
    pub fn iter_result(&mut self, mc: &Mutation<'gc>, value: Value<'gc>, done: bool) -> Obj<'gc> {
        let o = self.new_object(mc);
        o.set_raw(mc, PropertyKey::String(self.names.value), value, Attrs::ALL);
        o.set_raw(mc, PropertyKey::String(self.names.done), Value::Bool(done), Attrs::ALL);
        o
    }

    /// The elements of an array (holes as undefined), for spread calls.
    pub fn array_values(&self, v: Value<'gc>) -> Vec<Value<'gc>> {
        match v {
            Value::Object(o) => o.borrow().elements.iter().map(|v| if matches!(v, Value::Empty) { Value::Undefined } else { *v }).collect(),
            _ => Vec::new(),
        }
    }

    /// The values of an array whose iteration is unobservable (built-in iterator, no holes
    /// to look up on the prototype chain).
    pub fn fast_array_values(&self, v: Value<'gc>) -> Option<Vec<Value<'gc>>> {
        let Value::Object(o) = v else { return None };
        if !o.is_array() || !self.array_iteration_is_pristine(o) {
            return None;
        }
        let data = o.borrow();
        if data.elements.iter().any(|e| matches!(e, Value::Empty)) {
            return None;
        }
        Some(data.elements.clone())
    }

    /// Whether iterating this array would run only the built-in iterator.
    pub fn array_iteration_is_pristine(&self, o: Obj<'gc>) -> bool {
        let key = PropertyKey::Symbol(self.realm.symbols.iterator);
        let values = self.realm.helpers.get("Array.prototype.values").copied();
        let next = self.realm.helpers.get("ArrayIterator.prototype.next").copied();
        let own_ok = o.get_own(key).is_none();
        let proto_ok = match (o.proto(), values) {
            (Some(p), Some(v)) => matches!(p.lookup(key), crate::heap::object::Lookup::Value(x) if x == v),
            _ => false,
        };
        let next_ok = match next {
            Some(n) => matches!(
                self.realm.array_iterator_proto.get_own(PropertyKey::String(self.names.next)),
                Some(p) if matches!(p.slot, crate::heap::object::Slot::Data(x) if x == n)
            ),
            None => false,
        };
        own_ok && proto_ok && next_ok
    }

    /// Loads compiled code (and its nested functions) into the heap.
    pub fn load_code(&mut self, mc: &Mutation<'gc>, code: &Rc<FunctionCode>) -> Gc<'gc, LoadedCode<'gc>> {
        let consts: Vec<Value<'gc>> = code
            .consts
            .iter()
            .map(|c| match c {
                Constant::Number(n) => Value::Number(*n),
                Constant::String(s) => Value::String(self.atoms.intern(mc, s).string()),
                Constant::BigInt(digits) => match crate::exec::bigint::parse_bigint(digits) {
                    Some(b) => Value::BigInt(crate::heap::value::BigIntRef::new(mc, b)),
                    None => Value::Undefined,
                },
            })
            .collect();
        let children: Vec<Gc<'gc, LoadedCode<'gc>>> = code.children.iter().map(|c| self.load_code(mc, c)).collect();
        Gc::new(
            mc,
            LoadedCode {
                code: code.clone(),
                consts: consts.into_boxed_slice(),
                children: children.into_boxed_slice(),
                templates: Gc::new(mc, RefLock::new(vec![None; code.templates.len()])),
            },
        )
    }

    /// A function object for loaded code, with its `length`, `name` and `prototype`.
    pub fn make_function(
        &mut self,
        mc: &Mutation<'gc>,
        code: Gc<'gc, LoadedCode<'gc>>,
        upvals: Vec<crate::heap::kind::Cell<'gc>>,
        home: Option<Obj<'gc>>,
        proto_override: Option<Obj<'gc>>,
    ) -> Obj<'gc> {
        let fc = &code.code;
        let proto = proto_override.unwrap_or(match (fc.is_async, fc.is_generator) {
            (false, false) => self.realm.function_proto,
            (false, true) => self.realm.generator_function_proto,
            (true, false) => self.realm.async_function_proto,
            (true, true) => self.realm.async_generator_function_proto,
        });
        let f = Obj::new(
            mc,
            Some(proto),
            ObjectKind::Closure(Closure { code, upvals: upvals.into_boxed_slice(), home, fields: None, realm: self.realm.id }),
        );
        f.set_raw(mc, PropertyKey::String(self.names.length), Value::Number(fc.length as f64), Attrs::CONFIGURABLE_ONLY);
        let name = Value::String(self.atoms.intern(mc, &fc.name.encode_utf16().collect::<Vec<u16>>()).string());
        f.set_raw(mc, PropertyKey::String(self.names.name), name, Attrs::CONFIGURABLE_ONLY);
        if fc.is_generator {
            let gp = if fc.is_async { self.realm.async_generator_proto } else { self.realm.generator_proto };
            let p = Obj::new(mc, Some(gp), ObjectKind::Ordinary);
            f.set_raw(mc, PropertyKey::String(self.names.prototype), Value::Object(p), Attrs(Attrs::WRITABLE));
        } else if fc.kind == FunctionKind::Normal && !fc.is_async {
            let p = self.new_object(mc);
            p.set_raw(mc, PropertyKey::String(self.names.constructor), Value::Object(f), Attrs::HIDDEN);
            f.set_raw(mc, PropertyKey::String(self.names.prototype), Value::Object(p), Attrs(Attrs::WRITABLE));
        }
        f
    }

    /// `Closure` op: capture cells of `frame` per the child's capture list.
    pub fn instantiate_closure(&mut self, mc: &Mutation<'gc>, child: Gc<'gc, LoadedCode<'gc>>, frame: &Frame<'gc>) -> Obj<'gc> {
        let (parent_upvals, parent_home) = match &frame.function.borrow().kind {
            ObjectKind::Closure(c) => (c.upvals.to_vec(), c.home),
            _ => (Vec::new(), None),
        };
        let upvals = child
            .code
            .captures
            .iter()
            .map(|c| {
                let found = match *c {
                    Capture::ParentCell(i) => frame.cells.get(i as usize).copied(),
                    Capture::ParentUpval(i) => parent_upvals.get(i as usize).copied(),
                };
                found.unwrap_or_else(|| Gc::new(mc, Lock::new(Value::Undefined)))
            })
            .collect();
        let home = if child.code.is_arrow() { parent_home } else { None };
        self.make_function(mc, child, upvals, home, None)
    }

    /// `MakeClass`: the constructor and prototype objects of a class.
    pub fn make_class(
        &mut self,
        mc: &Mutation<'gc>,
        child: Gc<'gc, LoadedCode<'gc>>,
        frame: &Frame<'gc>,
        heritage: Option<Value<'gc>>,
        _name: Value<'gc>,
    ) -> Result<(Obj<'gc>, Obj<'gc>), Value<'gc>> {
        let (proto_parent, ctor_parent) = match heritage {
            None => (Some(self.realm.object_proto), self.realm.function_proto),
            Some(Value::Null) => (None, self.realm.function_proto),
            Some(Value::Object(h)) if h.is_constructor() => {
                // Read by a getter or a proxy trap just before (see `store_heritage_prototype`).
                let read = match self.proto_override.take() {
                    Some(v) => crate::heap::object::Lookup::Value(v),
                    None => h.lookup(PropertyKey::String(self.names.prototype)),
                };
                let pp = match read {
                    crate::heap::object::Lookup::Value(Value::Object(p)) => Some(p),
                    crate::heap::object::Lookup::Value(Value::Null) => None,
                    _ => {
                        return Err(self.type_error(mc, "Class extends value does not have valid prototype property"));
                    }
                };
                (pp, h)
            }
            Some(other) => {
                let msg = format!("Class extends value {} is not a constructor or null", self.display_value(other));
                return Err(self.type_error(mc, &msg));
            }
        };
        let proto = Obj::new(mc, proto_parent, ObjectKind::Ordinary);
        let ctor = self.instantiate_closure(mc, child, frame);
        {
            let mut d = ctor.borrow_mut(mc);
            d.proto = Some(ctor_parent);
            if let ObjectKind::Closure(c) = &mut d.kind {
                c.home = Some(proto);
            }
        }
        ctor.set_raw(mc, PropertyKey::String(self.names.prototype), Value::Object(proto), Attrs::NONE);
        proto.set_raw(mc, PropertyKey::String(self.names.constructor), Value::Object(ctor), Attrs::HIDDEN);
        Ok((ctor, proto))
    }

    pub fn template_object(&mut self, mc: &Mutation<'gc>, code: Gc<'gc, LoadedCode<'gc>>, index: u32) -> Value<'gc> {
        if let Some(Some(o)) = code.templates.borrow().get(index as usize) {
            return Value::Object(*o);
        }
        let Some(t) = code.code.templates.get(index as usize) else { return Value::Undefined };
        let cooked: Vec<Value<'gc>> = t
            .cooked
            .iter()
            .map(|c| match c {
                Some(s) => Value::String(JsString::new(mc, s)),
                None => Value::Undefined,
            })
            .collect();
        let raw: Vec<Value<'gc>> = t.raw.iter().map(|s| Value::String(JsString::new(mc, s))).collect();
        let strings = self.new_array(mc, cooked);
        let raw = self.new_array(mc, raw);
        for a in [raw, strings] {
            let mut d = a.borrow_mut(mc);
            d.element_attrs = Attrs(Attrs::ENUMERABLE);
            d.extensible = false;
            d.length_writable = false;
        }
        strings.set_raw(mc, PropertyKey::String(self.names.raw), Value::Object(raw), Attrs::NONE);
        if let Some(slot) = code.templates.borrow_mut(mc).get_mut(index as usize) {
            *slot = Some(strings);
        }
        Value::Object(strings)
    }

    pub fn import_meta(&mut self, mc: &Mutation<'gc>, code: Gc<'gc, LoadedCode<'gc>>) -> Value<'gc> {
        let o = Obj::new(mc, None, ObjectKind::Ordinary);
        let url = format!("file://{}", code.code.source.name);
        let v = Value::String(JsString::from_str(mc, &url));
        let key = PropertyKey::String(self.intern(mc, "url"));
        o.set_raw(mc, key, v, Attrs::ALL);
        Value::Object(o)
    }

    /// A self-hosted helper function by name (undefined if missing, which then throws).
    pub fn helper(&self, name: &str) -> Value<'gc> {
        self.realm.helpers.get(name).copied().unwrap_or(Value::Undefined)
    }

    /// A native function object.
    pub fn native_function(
        &mut self,
        mc: &Mutation<'gc>,
        name: &str,
        length: u32,
        f: crate::exec::native::NativeFn,
        data: Value<'gc>,
        constructor: bool,
    ) -> Obj<'gc> {
        let o = Obj::new(mc, Some(self.realm.function_proto), ObjectKind::Native(Native { f, data, constructor, realm: self.realm.id }));
        o.set_raw(mc, PropertyKey::String(self.names.length), Value::Number(length as f64), Attrs::CONFIGURABLE_ONLY);
        let n = self.str(mc, name);
        o.set_raw(mc, PropertyKey::String(self.names.name), n, Attrs::CONFIGURABLE_ONLY);
        o
    }
}

/// After a class heritage's `prototype` getter (or proxy `get` trap) returned: keep the value
/// for `make_class`, which the interpreter runs next.
pub fn store_heritage_prototype<'gc>(
    ctx: &mut crate::exec::native::Ctx<'gc, '_>,
    _cont: &crate::exec::native::Continuation<'gc>,
    r: Result<Value<'gc>, Value<'gc>>,
) -> crate::exec::native::NativeResult<'gc> {
    match r {
        Ok(v) => {
            ctx.vm.proto_override = Some(v);
            crate::exec::native::NativeResult::Return(Value::Undefined)
        }
        Err(e) => crate::exec::native::NativeResult::Throw(e),
    }
}
