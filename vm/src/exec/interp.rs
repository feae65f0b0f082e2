//! The dispatch loop: runs the top frame until it calls, returns, throws past its handlers,
//! suspends, or runs out of fuel. Control transfers between frames happen in `executor.rs`.

use gc_arena::{Gc, Lock, Mutation};

use crate::bytecode::ops::Op;
use crate::exec::frame::{Dest, Frame, Handler, ReturnTo};
use crate::exec::property::{Get, Set};
use crate::heap::kind::ObjectKind;
use crate::heap::object::{Attrs, PropertyKey};
use crate::heap::value::{Value, strict_equals};
use crate::vm::Vm;

pub use super::exec_outcome::Exec;

macro_rules! throw {
    ($vm:expr, $frame:expr, $e:expr) => {{
        let e = $e;
        if $frame.catch(e) {
            continue;
        }
        return Exec::Throw(e);
    }};
}

macro_rules! tri {
    ($vm:expr, $frame:expr, $r:expr) => {
        match $r {
            Ok(v) => v,
            Err(e) => throw!($vm, $frame, e),
        }
    };
}

/// Pushes a property read's value, or calls its getter (the result is pushed when it returns).
macro_rules! push_get {
    ($vm:expr, $frame:expr, $get:expr) => {
        match $get {
            Get::Value(v) => $frame.push(v),
            Get::Throw(e) => throw!($vm, $frame, e),
            Get::Call(f, this) => {
                return Exec::Call { f, this, args: Vec::new(), new_target: None, dest: ReturnTo::Push };
            }
        }
    };
}

/// Completes an assignment `[… v] -> [v]`, calling a setter when there is one.
macro_rules! apply_set {
    ($vm:expr, $frame:expr, $set:expr, $v:expr) => {
        match $set {
            Set::Done => $frame.push($v),
            Set::Throw(e) => throw!($vm, $frame, e),
            Set::Call(f, this) => {
                return Exec::Call { f, this, args: vec![$v], new_target: None, dest: ReturnTo::PushValue($v) };
            }
        }
    };
}

impl<'gc> Vm<'gc> {
    pub(crate) fn execute(&mut self, mc: &'gc Mutation<'gc>, frame: &mut Frame<'gc>, fuel: &mut i64) -> Exec<'gc> {
        let code = frame.code;
        let ops: &'gc [Op] = &Gc::as_ref(code).code.code;
        let consts: &'gc [Value<'gc>] = &Gc::as_ref(code).consts;
        let konst = |i: u32| consts.get(i as usize).copied().unwrap_or(Value::Undefined);
        self.running = Some((code, frame.function));
        loop {
            let Some(&op) = ops.get(frame.pc as usize) else {
                return Exec::Return(Value::Undefined);
            };
            if *fuel <= 0 {
                return Exec::OutOfFuel;
            }
            *fuel -= op.fuel() as i64;
            frame.pc += 1;
            self.running_pc = frame.pc;
            match op {
                Op::Undefined => frame.push(Value::Undefined),
                Op::Null => frame.push(Value::Null),
                Op::True => frame.push(Value::Bool(true)),
                Op::False => frame.push(Value::Bool(false)),
                Op::Int { value } => frame.push(Value::Number(value as f64)),
                Op::Const { index } => frame.push(konst(index)),
                Op::Empty => frame.push(Value::Empty),

                Op::Pop => {
                    frame.pop();
                }
                Op::Dup => {
                    let v = frame.peek(0);
                    frame.push(v);
                }
                Op::Dup2 => {
                    let a = frame.peek(1);
                    let b = frame.peek(0);
                    frame.push(a);
                    frame.push(b);
                }
                Op::Swap => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(b);
                    frame.push(a);
                }
                Op::Over => {
                    let a = frame.peek(1);
                    frame.push(a);
                }
                Op::RotRight3 => frame.rotate_top(3, true),
                Op::RotRight4 => frame.rotate_top(4, true),
                Op::RotLeft3 => frame.rotate_top(3, false),

                // ---- bindings
                Op::GetLocal { slot } => {
                    let v = frame.regs.get(slot as usize).copied().unwrap_or(Value::Undefined);
                    frame.push(v);
                }
                Op::SetLocal { slot } => {
                    let v = frame.peek(0);
                    if let Some(r) = frame.regs.get_mut(slot as usize) {
                        *r = v;
                    }
                }
                Op::GetLocalChecked { slot, name } => {
                    let v = frame.regs.get(slot as usize).copied().unwrap_or(Value::Undefined);
                    if matches!(v, Value::Empty) {
                        throw!(self, frame, self.tdz_error(mc, konst(name)));
                    }
                    frame.push(v);
                }
                Op::GetCell { cell } => {
                    let v = frame.cells.get(cell as usize).map(|c| c.get()).unwrap_or(Value::Undefined);
                    frame.push(v);
                }
                Op::SetCell { cell } => {
                    let v = frame.peek(0);
                    if let Some(c) = frame.cells.get(cell as usize) {
                        c.set(mc, v);
                    }
                }
                Op::GetCellChecked { cell, name } => {
                    let v = frame.cells.get(cell as usize).map(|c| c.get()).unwrap_or(Value::Undefined);
                    if matches!(v, Value::Empty) {
                        throw!(self, frame, self.tdz_error(mc, konst(name)));
                    }
                    frame.push(v);
                }
                Op::NewCell { cell } => {
                    if let Some(c) = frame.cells.get_mut(cell as usize) {
                        *c = Gc::new(mc, Lock::new(Value::Empty));
                    }
                }
                Op::CopyCell { cell } => {
                    if let Some(c) = frame.cells.get_mut(cell as usize) {
                        *c = Gc::new(mc, Lock::new(c.get()));
                    }
                }
                Op::GetUpval { index } => {
                    let v = self.upval(frame, index).map(|c| c.get()).unwrap_or(Value::Undefined);
                    frame.push(v);
                }
                Op::SetUpval { index } => {
                    let v = frame.peek(0);
                    if let Some(c) = self.upval(frame, index) {
                        c.set(mc, v);
                    }
                }
                Op::GetUpvalChecked { index, name } => {
                    let v = self.upval(frame, index).map(|c| c.get()).unwrap_or(Value::Undefined);
                    if matches!(v, Value::Empty) {
                        throw!(self, frame, self.tdz_error(mc, konst(name)));
                    }
                    frame.push(v);
                }
                Op::GetGlobal { name } | Op::GetGlobalOrUndefined { name } => {
                    let Value::String(s) = konst(name) else { continue };
                    let atom = self.atom_of(mc, s);
                    if let Some((cell, _)) = self.realm.lexicals.get(&atom) {
                        let v = cell.get();
                        if matches!(v, Value::Empty) {
                            throw!(self, frame, self.tdz_error(mc, Value::String(s)));
                        }
                        frame.push(v);
                        continue;
                    }
                    let global = self.realm.global;
                    let key = PropertyKey::String(atom);
                    match global.lookup(key) {
                        crate::heap::object::Lookup::Value(v) => frame.push(v),
                        crate::heap::object::Lookup::Getter(Some(g)) => {
                            return Exec::Call {
                                f: Value::Object(g),
                                this: Value::Object(global),
                                args: Vec::new(),
                                new_target: None,
                                dest: ReturnTo::Push,
                            };
                        }
                        crate::heap::object::Lookup::Getter(None) => frame.push(Value::Undefined),
                        crate::heap::object::Lookup::Missing => {
                            if matches!(op, Op::GetGlobalOrUndefined { .. }) {
                                frame.push(Value::Undefined);
                            } else {
                                let msg = format!("{} is not defined", s.to_rust_string());
                                throw!(self, frame, self.reference_error(mc, &msg));
                            }
                        }
                    }
                }
                Op::SetGlobal { name, strict } => {
                    let Value::String(s) = konst(name) else { continue };
                    let v = frame.peek(0);
                    let atom = self.atom_of(mc, s);
                    if let Some(&(cell, constant)) = self.realm.lexicals.get(&atom) {
                        if matches!(cell.get(), Value::Empty) {
                            throw!(self, frame, self.tdz_error(mc, Value::String(s)));
                        }
                        if constant {
                            throw!(self, frame, self.type_error(mc, "Assignment to constant variable."));
                        }
                        cell.set(mc, v);
                        continue;
                    }
                    let global = self.realm.global;
                    let key = PropertyKey::String(atom);
                    if strict && matches!(global.lookup(key), crate::heap::object::Lookup::Missing) {
                        let msg = format!("{} is not defined", s.to_rust_string());
                        throw!(self, frame, self.reference_error(mc, &msg));
                    }
                    match self.set(mc, Value::Object(global), key, v, strict) {
                        Set::Done => {}
                        Set::Throw(e) => throw!(self, frame, e),
                        Set::Call(setter, this) => {
                            return Exec::Call { f: setter, this, args: vec![v], new_target: None, dest: ReturnTo::PushValue(frame.pop()) };
                        }
                    }
                }
                Op::DeclareGlobalVar { name } => {
                    let Value::String(s) = konst(name) else { continue };
                    let atom = self.atom_of(mc, s);
                    let key = PropertyKey::String(atom);
                    let global = self.realm.global;
                    if global.get_own(key).is_none() {
                        global.set_raw(mc, key, Value::Undefined, Attrs(Attrs::WRITABLE | Attrs::ENUMERABLE));
                    }
                }
                Op::DeclareGlobalLexical { name, constant } => {
                    let Value::String(s) = konst(name) else { continue };
                    let atom = self.atom_of(mc, s);
                    if self.realm.lexicals.contains_key(&atom) {
                        let msg = format!("Identifier '{}' has already been declared", s.to_rust_string());
                        throw!(self, frame, self.syntax_error(mc, &msg));
                    }
                    let cell = Gc::new(mc, Lock::new(Value::Empty));
                    self.realm.lexicals.insert(atom, (cell, constant));
                }
                Op::InitGlobalLexical { name } => {
                    let Value::String(s) = konst(name) else { continue };
                    let atom = self.atom_of(mc, s);
                    if let Some((cell, _)) = self.realm.lexicals.get(&atom) {
                        cell.set(mc, frame.peek(0));
                    }
                }
                Op::ThrowConstAssign => throw!(self, frame, self.type_error(mc, "Assignment to constant variable.")),
                Op::GetImport { .. } => frame.push(Value::Undefined),

                // ---- function context
                Op::LoadThis => frame.push(frame.this),
                Op::LoadCallee => frame.push(Value::Object(frame.function)),
                Op::LoadNewTarget => frame.push(frame.new_target),
                Op::CreateArguments => {
                    let args = frame.args.clone();
                    let obj = self.new_arguments(mc, args, frame.function, false, Vec::new());
                    frame.push(Value::Object(obj));
                }
                Op::MappedArguments => {
                    let args = frame.args.clone();
                    let map =
                        frame.code.code.mapped_params.iter().take(args.len()).map(|&c| frame.cells.get(c as usize).copied()).collect();
                    let obj = self.new_arguments(mc, args, frame.function, true, map);
                    frame.push(Value::Object(obj));
                }
                Op::RestArgs { start } => {
                    let rest: Vec<Value<'gc>> = frame.args.iter().skip(start as usize).copied().collect();
                    let arr = self.new_array(mc, rest);
                    frame.push(Value::Object(arr));
                }
                Op::SuperBase => {
                    let home = match &frame.function.borrow().kind {
                        ObjectKind::Closure(c) => c.home,
                        _ => None,
                    };
                    let base = home.and_then(|h| h.proto()).map(Value::Object).unwrap_or(Value::Null);
                    frame.push(base);
                }

                // ---- properties
                Op::GetProp { name } | Op::GetPropKeep { name } => {
                    let obj = if matches!(op, Op::GetProp { .. }) { frame.pop() } else { frame.peek(0) };
                    let key = self.const_key(mc, konst(name));
                    push_get!(self, frame, self.get(mc, obj, key))
                }
                Op::GetElem | Op::GetElemKeep => {
                    let key = frame.pop();
                    let obj = if matches!(op, Op::GetElem) { frame.pop() } else { frame.peek(0) };
                    let Some(key) = self.to_key_fast(mc, key) else {
                        // ToPropertyKey of an object: run the self-hosted slow path.
                        if matches!(op, Op::GetElemKeep) {
                            frame.pop();
                        }
                        let helper = self.helper("getElemSlow");
                        let keep = matches!(op, Op::GetElemKeep);
                        if keep {
                            frame.push(obj);
                        }
                        return Exec::Call {
                            f: helper,
                            this: Value::Undefined,
                            args: vec![obj, key],
                            new_target: None,
                            dest: ReturnTo::Push,
                        };
                    };
                    if obj.is_nullish() {
                        let msg = format!(
                            "Cannot read properties of {} (reading '{}')",
                            if obj.is_undefined() { "undefined" } else { "null" },
                            self.key_to_display(key)
                        );
                        throw!(self, frame, self.type_error(mc, &msg));
                    }
                    push_get!(self, frame, self.get(mc, obj, key))
                }
                Op::SetProp { name } => {
                    let v = frame.pop();
                    let obj = frame.pop();
                    let key = self.const_key(mc, konst(name));
                    let strict = code.code.strict;
                    apply_set!(self, frame, self.set(mc, obj, key, v, strict), v)
                }
                Op::SetElem => {
                    let v = frame.pop();
                    let key = frame.pop();
                    let obj = frame.pop();
                    let Some(key) = self.to_key_fast(mc, key) else {
                        let helper = self.helper("setElemSlow");
                        return Exec::Call {
                            f: helper,
                            this: Value::Undefined,
                            args: vec![obj, key, v],
                            new_target: None,
                            dest: ReturnTo::PushValue(v),
                        };
                    };
                    let strict = code.code.strict;
                    apply_set!(self, frame, self.set(mc, obj, key, v, strict), v)
                }
                Op::GetSuperProp { name } => {
                    let this = frame.pop();
                    let base = frame.pop();
                    let key = self.const_key(mc, konst(name));
                    push_get!(self, frame, self.get_with_receiver(mc, base, key, this))
                }
                Op::GetSuperElem => {
                    let key = frame.pop();
                    let this = frame.pop();
                    let base = frame.pop();
                    let key = tri!(self, frame, self.to_key_or_error(mc, key));
                    push_get!(self, frame, self.get_with_receiver(mc, base, key, this))
                }
                Op::SetSuperProp { name } => {
                    let v = frame.pop();
                    let this = frame.pop();
                    let base = frame.pop();
                    let key = self.const_key(mc, konst(name));
                    apply_set!(self, frame, self.set_with_receiver(mc, base, key, v, this, true), v)
                }
                Op::SetSuperElem => {
                    let v = frame.pop();
                    let key = frame.pop();
                    let this = frame.pop();
                    let base = frame.pop();
                    let key = tri!(self, frame, self.to_key_or_error(mc, key));
                    apply_set!(self, frame, self.set_with_receiver(mc, base, key, v, this, true), v)
                }
                Op::DeleteProp { name } => {
                    let obj = frame.pop();
                    if let Value::Object(o) = obj
                        && crate::exec::property::is_proxy(o)
                    {
                        let f = self.helper("proxyDelete");
                        let strict = Value::Bool(code.code.strict);
                        return Exec::Call {
                            f,
                            this: Value::Undefined,
                            args: vec![obj, konst(name), strict],
                            new_target: None,
                            dest: ReturnTo::Push,
                        };
                    }
                    let key = self.const_key(mc, konst(name));
                    let r = tri!(self, frame, self.delete(mc, obj, key, code.code.strict));
                    frame.push(Value::Bool(r));
                }
                Op::DeleteElem => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    if let Value::Object(o) = obj
                        && crate::exec::property::is_proxy(o)
                    {
                        let f = self.helper("proxyDelete");
                        let strict = Value::Bool(code.code.strict);
                        return Exec::Call {
                            f,
                            this: Value::Undefined,
                            args: vec![obj, key, strict],
                            new_target: None,
                            dest: ReturnTo::Push,
                        };
                    }
                    let key = tri!(self, frame, self.to_key_or_error(mc, key));
                    let r = tri!(self, frame, self.delete(mc, obj, key, code.code.strict));
                    frame.push(Value::Bool(r));
                }
                Op::In => {
                    let obj = frame.pop();
                    let key = frame.pop();
                    let Value::Object(o) = obj else {
                        let msg =
                            format!("Cannot use 'in' operator to search for '{}' in {}", self.display_value(key), self.display_value(obj));
                        throw!(self, frame, self.type_error(mc, &msg));
                    };
                    if crate::exec::property::is_proxy(o) {
                        let f = self.helper("proxyHas");
                        return Exec::Call { f, this: Value::Undefined, args: vec![obj, key], new_target: None, dest: ReturnTo::Push };
                    }
                    let key = tri!(self, frame, self.to_key_or_error(mc, key));
                    match self.has_property_or_proxy(o, key) {
                        Ok(r) => frame.push(Value::Bool(r)),
                        Err(proxy) => {
                            // A proxy on the prototype chain answers with its `has` trap.
                            let f = self.helper("proxyHas");
                            let k = self.key_to_value(key, mc);
                            let args = vec![Value::Object(proxy), k];
                            return Exec::Call { f, this: Value::Undefined, args, new_target: None, dest: ReturnTo::Push };
                        }
                    }
                }
                Op::PrivateIn => {
                    let obj = frame.pop();
                    let name = frame.pop();
                    let (Value::Object(o), Value::Symbol(s)) = (obj, name) else {
                        throw!(self, frame, self.type_error(mc, "Cannot use 'in' operator to search for a private field in a non-object"));
                    };
                    frame.push(Value::Bool(o.get_own(PropertyKey::Symbol(s)).is_some()));
                }
                Op::GetPrivate => {
                    let name = frame.pop();
                    let obj = frame.pop();
                    let v = tri!(self, frame, self.get_private(mc, obj, name));
                    match v {
                        Get::Value(v) => frame.push(v),
                        Get::Throw(e) => throw!(self, frame, e),
                        Get::Call(f, this) => {
                            return Exec::Call { f, this, args: Vec::new(), new_target: None, dest: ReturnTo::Push };
                        }
                    }
                }
                Op::SetPrivate => {
                    let v = frame.pop();
                    let name = frame.pop();
                    let obj = frame.pop();
                    if let (Value::Object(o), Value::Symbol(s)) = (obj, name)
                        && let Some(crate::heap::object::Property { slot: crate::heap::object::Slot::Accessor { set, .. }, .. }) =
                            o.get_own(PropertyKey::Symbol(s))
                    {
                        let Some(setter) = set else {
                            let msg = format!(
                                "'{}' was defined without a setter",
                                self.display_value(name).trim_start_matches("Symbol(").trim_end_matches(')')
                            );
                            throw!(self, frame, self.type_error(mc, &msg));
                        };
                        return Exec::Call {
                            f: Value::Object(setter),
                            this: obj,
                            args: vec![v],
                            new_target: None,
                            dest: ReturnTo::PushValue(v),
                        };
                    }
                    tri!(self, frame, self.set_private(mc, obj, name, v));
                    frame.push(v);
                }
                Op::DefinePrivateAccessor { setter } => {
                    let f = frame.pop();
                    let name = frame.pop();
                    if let (Value::Object(o), Value::Symbol(s)) = (frame.peek(0), name) {
                        let key = PropertyKey::Symbol(s);
                        let (mut get, mut set) = match o.get_own(key) {
                            Some(crate::heap::object::Property { slot: crate::heap::object::Slot::Accessor { get, set }, .. }) => {
                                (get, set)
                            }
                            _ => (None, None),
                        };
                        if setter {
                            set = f.as_object();
                        } else {
                            get = f.as_object();
                        }
                        o.set_accessor_raw(mc, key, get, set, Attrs::NONE);
                    }
                }
                Op::DefinePrivate => {
                    let v = frame.pop();
                    let name = frame.pop();
                    let obj = frame.peek(0);
                    tri!(self, frame, self.define_private(mc, obj, name, v));
                }
                Op::NewPrivateName { name } => {
                    let desc = match konst(name) {
                        Value::String(s) => Some(s),
                        _ => None,
                    };
                    let sym = crate::heap::value::Symbol(Gc::new(
                        mc,
                        crate::heap::value::SymbolData { description: desc, registered: false, private: true },
                    ));
                    frame.push(Value::Symbol(sym));
                }

                // ---- literals
                Op::NewObject => {
                    let o = self.new_object(mc);
                    frame.push(Value::Object(o));
                }
                Op::NewArray { count } => {
                    let items = frame.pop_n(count as usize);
                    let a = self.new_array(mc, items);
                    frame.push(Value::Object(a));
                }
                Op::ArrayPush => {
                    let v = frame.pop();
                    if let Value::Object(a) = frame.peek(0) {
                        a.borrow_mut(mc).elements.push(v);
                    }
                }
                Op::ArrayPushHole => {
                    if let Value::Object(a) = frame.peek(0) {
                        a.borrow_mut(mc).elements.push(Value::Empty);
                    }
                }
                Op::ArraySpread => {
                    let iterable = frame.pop();
                    let target = frame.peek(0);
                    if let Some(items) = self.fast_array_values(iterable) {
                        if let Value::Object(a) = target {
                            a.borrow_mut(mc).elements.extend(items);
                        }
                        continue;
                    }
                    let helper = self.helper("spreadInto");
                    frame.pop();
                    return Exec::Call {
                        f: helper,
                        this: Value::Undefined,
                        args: vec![target, iterable],
                        new_target: None,
                        dest: ReturnTo::Push,
                    };
                }
                Op::DefineField { name } => {
                    let v = frame.pop();
                    let key = self.const_key(mc, konst(name));
                    if let Value::Object(o) = frame.peek(0) {
                        if crate::exec::property::is_proxy(o) {
                            // A class field on a proxy `this` (a base constructor returned one).
                            let f = self.helper("proxyCreateDataProperty");
                            let args = vec![Value::Object(o), self.key_to_value(key, mc), v];
                            return Exec::Call { f, this: Value::Undefined, args, new_target: None, dest: ReturnTo::PushNothing };
                        }
                        tri!(self, frame, self.create_data_property(mc, o, key, v));
                    }
                }
                Op::DefineElem => {
                    let v = frame.pop();
                    let key = frame.pop();
                    let key = tri!(self, frame, self.to_key_or_error(mc, key));
                    if let Value::Object(o) = frame.peek(0) {
                        if let Value::Object(f) = v {
                            self.set_function_name_if_anonymous(mc, f, key, "");
                        }
                        if crate::exec::property::is_proxy(o) {
                            let f = self.helper("proxyCreateDataProperty");
                            let args = vec![Value::Object(o), self.key_to_value(key, mc), v];
                            return Exec::Call { f, this: Value::Undefined, args, new_target: None, dest: ReturnTo::PushNothing };
                        }
                        tri!(self, frame, self.create_data_property(mc, o, key, v));
                    }
                }
                Op::DefineMethod { name, hidden } => {
                    let f = frame.pop();
                    let key = self.const_key(mc, konst(name));
                    if let Value::Object(o) = frame.peek(0) {
                        self.set_home(mc, f, o);
                        let attrs = if hidden { Attrs::HIDDEN } else { Attrs::ALL };
                        o.set_raw(mc, key, f, attrs);
                    }
                }
                Op::DefineMethodElem { hidden } => {
                    let f = frame.pop();
                    let key = frame.pop();
                    let key = tri!(self, frame, self.to_key_or_error(mc, key));
                    if let Value::Object(o) = frame.peek(0) {
                        self.set_home(mc, f, o);
                        if let Value::Object(fo) = f {
                            self.set_function_name(mc, fo, key, "");
                        }
                        let attrs = if hidden { Attrs::HIDDEN } else { Attrs::ALL };
                        o.set_raw(mc, key, f, attrs);
                    }
                }
                Op::DefineAccessor { name, setter, hidden } => {
                    let f = frame.pop();
                    let key = self.const_key(mc, konst(name));
                    if let Value::Object(o) = frame.peek(0) {
                        self.set_home(mc, f, o);
                        self.define_accessor_part(mc, o, key, f, setter, hidden);
                    }
                }
                Op::DefineAccessorElem { setter, hidden } => {
                    let f = frame.pop();
                    let key = frame.pop();
                    let key = tri!(self, frame, self.to_key_or_error(mc, key));
                    if let Value::Object(o) = frame.peek(0) {
                        self.set_home(mc, f, o);
                        if let Value::Object(fo) = f {
                            self.set_function_name(mc, fo, key, if setter { "set" } else { "get" });
                        }
                        self.define_accessor_part(mc, o, key, f, setter, hidden);
                    }
                }
                Op::CopyDataProperties => {
                    let src = frame.pop();
                    let target = frame.peek(0);
                    if let Value::Object(t) = target {
                        if let Some(()) = self.copy_data_properties_fast(mc, t, src, &[]) {
                            continue;
                        }
                        frame.pop();
                        let helper = self.helper("copyDataProperties");
                        let excluded = self.new_array(mc, Vec::new());
                        return Exec::Call {
                            f: helper,
                            this: Value::Undefined,
                            args: vec![target, src, Value::Object(excluded)],
                            new_target: None,
                            dest: ReturnTo::Push,
                        };
                    }
                }
                Op::CopyDataPropertiesExcluding { count } => {
                    let excluded = frame.pop_n(count as usize);
                    let src = frame.pop();
                    let target = frame.peek(0);
                    if let Value::Object(t) = target {
                        let keys: Vec<PropertyKey<'gc>> = excluded.iter().filter_map(|k| self.to_key_fast(mc, *k)).collect();
                        if let Some(()) = self.copy_data_properties_fast(mc, t, src, &keys) {
                            continue;
                        }
                        frame.pop();
                        let helper = self.helper("copyDataProperties");
                        let excluded = self.new_array(mc, excluded);
                        return Exec::Call {
                            f: helper,
                            this: Value::Undefined,
                            args: vec![target, src, Value::Object(excluded)],
                            new_target: None,
                            dest: ReturnTo::Push,
                        };
                    }
                }
                Op::SetProtoLiteral => {
                    let proto = frame.pop();
                    if let Value::Object(o) = frame.peek(0) {
                        match proto {
                            Value::Object(p) => o.borrow_mut(mc).proto = Some(p),
                            Value::Null => o.borrow_mut(mc).proto = None,
                            _ => {}
                        }
                    }
                }
                Op::SetHomeObject => {
                    let f = frame.peek(0);
                    if let Value::Object(home) = frame.peek(1) {
                        self.set_home(mc, f, home);
                    }
                }
                Op::SetFunctionName { .. } => {}

                // ---- functions and classes
                Op::Closure { index } => {
                    let Some(&child) = code.children.get(index as usize) else { continue };
                    let f = self.instantiate_closure(mc, child, frame);
                    frame.push(Value::Object(f));
                }
                Op::MakeClass { ctor, derived, name } => {
                    // `heritage.prototype` through a proxy's trap or a getter: read it first,
                    // then run this instruction again with the value in `proto_override`.
                    if derived
                        && self.proto_override.is_none()
                        && let Value::Object(h) = frame.peek(0)
                        && h.is_constructor()
                        && let Some(getter) = self.prototype_getter(mc, h)
                    {
                        frame.pc -= 1;
                        let cont = crate::exec::native::Continuation {
                            f: crate::runtime::objects::store_heritage_prototype,
                            values: Vec::new(),
                            mapping: None,
                            callee: frame.function,
                        };
                        let dest = ReturnTo::Native { cont, dest: Dest::new(mc, ReturnTo::PushNothing) };
                        return Exec::Call { f: getter, this: Value::Object(h), args: Vec::new(), new_target: None, dest };
                    }
                    let heritage = if derived { Some(frame.pop()) } else { None };
                    let Some(&child) = code.children.get(ctor as usize) else { continue };
                    let (c, p) = tri!(self, frame, self.make_class(mc, child, frame, heritage, konst(name)));
                    frame.push(Value::Object(c));
                    frame.push(Value::Object(p));
                }
                Op::SetFieldInitializer => {
                    let init = frame.pop();
                    if let (Value::Object(ctor), Value::Object(init)) = (frame.peek(0), init) {
                        let proto = self.get_own_value(ctor, "prototype");
                        if let Value::Object(p) = proto {
                            self.set_home(mc, Value::Object(init), p);
                        }
                        if let ObjectKind::Closure(c) = &mut ctor.borrow_mut(mc).kind {
                            c.fields = Some(init);
                        }
                    }
                }
                Op::InitFields => {
                    let init = match &frame.function.borrow().kind {
                        ObjectKind::Closure(c) => c.fields,
                        _ => None,
                    };
                    if let Some(init) = init {
                        let this = self.current_this(frame);
                        return Exec::Call {
                            f: Value::Object(init),
                            this,
                            args: Vec::new(),
                            new_target: None,
                            dest: ReturnTo::Native {
                                cont: crate::exec::native::Continuation {
                                    f: crate::exec::executor::discard_result,
                                    values: Vec::new(),
                                    mapping: None,
                                    callee: frame.function,
                                },
                                // An initializer's exception is the constructor's.
                                dest: Dest::new(mc, ReturnTo::PushNothing),
                            },
                        };
                    }
                }

                // ---- calls
                Op::Call { argc } => {
                    let args = frame.pop_n(argc as usize);
                    let f = frame.pop();
                    let this = frame.pop();
                    return Exec::Call { f, this, args, new_target: None, dest: ReturnTo::Push };
                }
                Op::CallSpread => {
                    let arr = frame.pop();
                    let f = frame.pop();
                    let this = frame.pop();
                    let args = self.array_values(arr);
                    return Exec::Call { f, this, args, new_target: None, dest: ReturnTo::Push };
                }
                Op::New { argc } => {
                    let args = frame.pop_n(argc as usize);
                    let f = frame.pop();
                    return Exec::Call { f, this: Value::Undefined, args, new_target: Some(f), dest: ReturnTo::Push };
                }
                Op::NewSpread => {
                    let arr = frame.pop();
                    let f = frame.pop();
                    let args = self.array_values(arr);
                    return Exec::Call { f, this: Value::Undefined, args, new_target: Some(f), dest: ReturnTo::Push };
                }
                Op::SuperCall { argc } => {
                    let args = if argc == u32::MAX {
                        let arr = frame.pop();
                        self.array_values(arr)
                    } else {
                        frame.pop_n(argc as usize)
                    };
                    let parent = frame.function.proto().map(Value::Object).unwrap_or(Value::Null);
                    let nt = self.current_new_target(frame);
                    if !matches!(parent, Value::Object(p) if p.is_constructor()) {
                        throw!(self, frame, self.type_error(mc, "Super constructor is not a constructor"));
                    }
                    return Exec::Call { f: parent, this: Value::Undefined, args, new_target: Some(nt), dest: ReturnTo::Push };
                }
                Op::SuperCallSpread => {}
                Op::Return => {
                    let v = frame.pop();
                    return Exec::Return(v);
                }
                Op::Throw => {
                    let v = frame.pop();
                    self.throw_site = Some((v, code, frame.pc - 1));
                    throw!(self, frame, v);
                }
                Op::ThrowTypeError { message } => {
                    let msg = self.display_value(konst(message));
                    throw!(self, frame, self.type_error(mc, &msg));
                }
                Op::CheckThisInitialized => {
                    if matches!(frame.peek(0), Value::Empty) {
                        throw!(
                            self,
                            frame,
                            self.reference_error(
                                mc,
                                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
                            )
                        );
                    }
                }
                Op::CheckDerivedReturn => {
                    let this = frame.pop();
                    let v = frame.pop();
                    if v.is_object() {
                        frame.push(v);
                    } else if !v.is_undefined() {
                        throw!(self, frame, self.type_error(mc, "Derived constructors may only return object or undefined"));
                    } else if matches!(this, Value::Empty) {
                        throw!(
                            self,
                            frame,
                            self.reference_error(
                                mc,
                                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor"
                            )
                        );
                    } else {
                        frame.push(this);
                    }
                }
                Op::CheckObject { message } => {
                    if !frame.peek(0).is_object() {
                        let msg = self.display_value(konst(message));
                        throw!(self, frame, self.type_error(mc, &msg));
                    }
                }
                Op::CheckObjectCoercible => {
                    let v = frame.peek(0);
                    if v.is_nullish() {
                        let msg = format!("Cannot destructure '{}' as it is {}.", self.display_value(v), self.display_value(v));
                        throw!(self, frame, self.type_error(mc, &msg));
                    }
                }

                // ---- control flow
                Op::Jump { target } => frame.pc = target,
                Op::JumpIfFalse { target } => {
                    if !frame.pop().to_boolean() {
                        frame.pc = target;
                    }
                }
                Op::JumpIfTrue { target } => {
                    if frame.pop().to_boolean() {
                        frame.pc = target;
                    }
                }
                Op::JumpIfFalseKeep { target } => {
                    if !frame.peek(0).to_boolean() {
                        frame.pc = target;
                    } else {
                        frame.pop();
                    }
                }
                Op::JumpIfTrueKeep { target } => {
                    if frame.peek(0).to_boolean() {
                        frame.pc = target;
                    } else {
                        frame.pop();
                    }
                }
                Op::JumpIfNotNullishKeep { target } => {
                    if !frame.peek(0).is_nullish() {
                        frame.pc = target;
                    } else {
                        frame.pop();
                    }
                }
                Op::JumpIfNullishKeep { target } => {
                    if frame.peek(0).is_nullish() {
                        frame.pc = target;
                    }
                }
                Op::JumpIfNotUndefined { target } => {
                    if !frame.peek(0).is_undefined() {
                        frame.pc = target;
                    }
                }
                Op::EnterTry { catch } => {
                    let depth = frame.stack_depth() as u32;
                    frame.handlers.push(Handler { catch_pc: catch, stack_depth: depth });
                }
                Op::LeaveTry => {
                    frame.handlers.pop();
                }

                // ---- operators
                Op::Add
                | Op::Sub
                | Op::Mul
                | Op::Div
                | Op::Rem
                | Op::Exp
                | Op::Shl
                | Op::Shr
                | Op::UShr
                | Op::BitAnd
                | Op::BitOr
                | Op::BitXor
                | Op::Lt
                | Op::Gt
                | Op::Le
                | Op::Ge
                | Op::Eq
                | Op::NotEq => {
                    let b = frame.pop();
                    let a = frame.pop();
                    match self.binary_fast(mc, op, a, b) {
                        Some(Ok(v)) => frame.push(v),
                        Some(Err(e)) => throw!(self, frame, e),
                        None => {
                            let helper = self.helper("binary");
                            let name = self.str(mc, op.name());
                            return Exec::Call {
                                f: helper,
                                this: Value::Undefined,
                                args: vec![name, a, b],
                                new_target: None,
                                dest: ReturnTo::Push,
                            };
                        }
                    }
                }
                Op::StrictEq => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::Bool(strict_equals(a, b)));
                }
                Op::StrictNotEq => {
                    let b = frame.pop();
                    let a = frame.pop();
                    frame.push(Value::Bool(!strict_equals(a, b)));
                }
                Op::Instanceof => {
                    let ctor = frame.pop();
                    let v = frame.pop();
                    match self.instance_of(mc, v, ctor) {
                        Ok(Some(b)) => frame.push(Value::Bool(b)),
                        Ok(None) => {
                            let helper = self.helper("instanceOf");
                            return Exec::Call {
                                f: helper,
                                this: Value::Undefined,
                                args: vec![v, ctor],
                                new_target: None,
                                dest: ReturnTo::Push,
                            };
                        }
                        Err(e) => throw!(self, frame, e),
                    }
                }
                Op::Neg | Op::ToNumber | Op::ToNumeric | Op::BitNot | Op::Inc | Op::Dec => {
                    let v = frame.pop();
                    match self.unary_fast(mc, op, v) {
                        Some(Ok(r)) => frame.push(r),
                        Some(Err(e)) => throw!(self, frame, e),
                        None => {
                            let helper = self.helper("unary");
                            let name = self.str(mc, op.name());
                            return Exec::Call {
                                f: helper,
                                this: Value::Undefined,
                                args: vec![name, v],
                                new_target: None,
                                dest: ReturnTo::Push,
                            };
                        }
                    }
                }
                Op::Not => {
                    let v = frame.pop();
                    frame.push(Value::Bool(!v.to_boolean()));
                }
                Op::Typeof => {
                    let v = frame.pop();
                    let s = self.str(mc, v.type_of());
                    frame.push(s);
                }
                Op::ToPropertyKey => {
                    let v = frame.peek(0);
                    if v.is_object() {
                        frame.pop();
                        let helper = self.helper("toPropertyKey");
                        return Exec::Call { f: helper, this: Value::Undefined, args: vec![v], new_target: None, dest: ReturnTo::Push };
                    }
                }
                Op::Concat { count } => {
                    let parts = frame.pop_n(count as usize);
                    match self.concat_fast(mc, &parts) {
                        Some(Ok(s)) => frame.push(Value::String(s)),
                        Some(Err(e)) => throw!(self, frame, e),
                        None => {
                            let helper = self.helper("concat");
                            let arr = self.new_array(mc, parts);
                            return Exec::Call {
                                f: helper,
                                this: Value::Undefined,
                                args: vec![Value::Object(arr)],
                                new_target: None,
                                dest: ReturnTo::Push,
                            };
                        }
                    }
                }

                // ---- iteration
                Op::GetIterator | Op::GetAsyncIterator => {
                    let v = frame.pop();
                    if matches!(op, Op::GetIterator)
                        && let Some(rec) = self.fast_iterator(mc, v)
                    {
                        frame.push(Value::Object(rec));
                        continue;
                    }
                    let helper = self.helper(if matches!(op, Op::GetIterator) { "getIterator" } else { "getAsyncIterator" });
                    return Exec::Call { f: helper, this: Value::Undefined, args: vec![v], new_target: None, dest: ReturnTo::Push };
                }
                Op::IteratorStep | Op::IteratorValueOrUndefined => {
                    let rec = frame.peek(0);
                    let or_undefined = matches!(op, Op::IteratorValueOrUndefined);
                    match self.iterator_step_fast(mc, rec) {
                        Some(Some(v)) => frame.push(v),
                        Some(None) => frame.push(if or_undefined { Value::Undefined } else { Value::Empty }),
                        None => return self.iterator_step_call(mc, rec, or_undefined, frame.function),
                    }
                }
                Op::JumpIfEmpty { target } => {
                    if matches!(frame.peek(0), Value::Empty) {
                        frame.pop();
                        frame.pc = target;
                    }
                }
                Op::IteratorNextRaw => {
                    let rec = frame.peek(0);
                    let (iter, next) = self.record_parts(rec);
                    return Exec::Call { f: next, this: iter, args: Vec::new(), new_target: None, dest: ReturnTo::Push };
                }
                Op::IteratorUnpack => {
                    let result = frame.pop();
                    let rec = frame.peek(0);
                    let Value::Object(r) = result else {
                        self.mark_record_done(mc, rec);
                        throw!(self, frame, self.type_error(mc, "Iterator result is not an object"));
                    };
                    match self.iterator_result_fast(mc, rec, r) {
                        Some(v) => frame.push(v),
                        None => return self.iterator_result_call(mc, rec, r, frame.function),
                    }
                }
                Op::IteratorClose | Op::IteratorCloseOnThrow => {
                    let (rec, exc) = if matches!(op, Op::IteratorCloseOnThrow) {
                        let rec = frame.pop();
                        (rec, Some(frame.peek(0)))
                    } else {
                        (frame.pop(), None)
                    };
                    if let Some(call) = self.iterator_close(mc, rec, exc.is_some()) {
                        return call;
                    }
                }
                Op::IteratorRest => {
                    let rec = frame.peek(0);
                    let helper = self.helper("iteratorRest");
                    return Exec::Call { f: helper, this: Value::Undefined, args: vec![rec], new_target: None, dest: ReturnTo::Push };
                }
                Op::ForInStart => {
                    let v = frame.pop();
                    if let Some(o) = self.for_in_needs_traps(mc, v) {
                        // A proxy on the chain: its traps collect the keys (self-hosted).
                        let f = self.helper("proxyForIn");
                        let args = vec![Value::Object(o)];
                        return Exec::Call { f, this: Value::Undefined, args, new_target: None, dest: ReturnTo::Push };
                    }
                    let it = self.for_in_start(mc, v);
                    frame.push(it);
                }
                Op::ForInStep { done } => {
                    let it = frame.peek(0);
                    match self.for_in_step(mc, it) {
                        Some(k) => frame.push(k),
                        None => frame.pc = done,
                    }
                }

                // ---- generators and async
                Op::GeneratorStart => return Exec::GeneratorStart,
                Op::Yield => {
                    let v = frame.pop();
                    frame.raw_yield = false;
                    return Exec::Yield(v);
                }
                Op::YieldRaw => {
                    let v = frame.pop();
                    let _mode = frame.pop();
                    frame.raw_yield = true;
                    return Exec::Yield(v);
                }
                Op::YieldDelegate => {
                    let mode = frame.pop();
                    let received = frame.pop();
                    let rec = frame.peek(0);
                    frame.push(mode);
                    let helper = self.helper("yieldDelegate");
                    return Exec::Call {
                        f: helper,
                        this: Value::Undefined,
                        args: vec![rec, received, mode],
                        new_target: None,
                        dest: ReturnTo::Push,
                    };
                }
                Op::Await => {
                    let v = frame.pop();
                    return Exec::Await(v);
                }

                // ---- misc
                Op::RegExp { pattern, flags } => {
                    let helper = self.helper("newRegExp");
                    return Exec::Call {
                        f: helper,
                        this: Value::Undefined,
                        args: vec![konst(pattern), konst(flags)],
                        new_target: None,
                        dest: ReturnTo::Push,
                    };
                }
                Op::TemplateObject { index } => {
                    let obj = self.template_object(mc, code, index);
                    frame.push(obj);
                }
                Op::DynamicImport => {
                    let spec = frame.pop();
                    let hook = self.host_hooks.get("import").copied().unwrap_or(Value::Undefined);
                    let referrer = self.str(mc, &code.code.source.name);
                    return Exec::Call {
                        f: hook,
                        this: Value::Undefined,
                        args: vec![spec, referrer],
                        new_target: None,
                        dest: ReturnTo::Push,
                    };
                }
                Op::ImportMeta => {
                    let meta = self.import_meta(mc, code);
                    frame.push(meta);
                }
                Op::Debugger | Op::Nop => {}
            }
        }
    }
}
