//! Map, Set, WeakMap, WeakSet, their iterators, WeakRef and FinalizationRegistry.
//!
//! Entries live in `MapData`: insertion order with tombstones (deleted entries become `None`,
//! so a live iterator's index stays valid), plus a SameValueZero index by `MapKey`. The
//! constructors' iterable filling and the callback methods (`forEach`, `groupBy`, the ES2025
//! set methods) are self-hosted in `js/collections.js`, using the natives registered here as
//! the helper "collectionNatives".
//!
//! Weak collections hold their entries strongly (the gc-arena heap has no ephemerons): this is
//! unobservable except through memory use. WeakRef holds its target weakly; a
//! FinalizationRegistry's cleanup runs after a full collection finds a target dead (the
//! runtime's `after_full_collection`), which may never happen.

use gc_arena::{Gc, Mutation};

use super::{arg, throw_type};
use crate::exec::native::{Ctx, NativeFn, NativeResult};
use crate::heap::kind::{IterKind, MapData, MapKey, ObjectKind};
use crate::heap::object::{Attrs, Obj, PropertyKey};
use crate::heap::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Map,
    Set,
    WeakMap,
    WeakSet,
}

impl Which {
    fn name(self) -> &'static str {
        match self {
            Which::Map => "Map",
            Which::Set => "Set",
            Which::WeakMap => "WeakMap",
            Which::WeakSet => "WeakSet",
        }
    }
    fn matches(self, kind: &ObjectKind<'_>) -> bool {
        matches!(
            (self, kind),
            (Which::Map, ObjectKind::Map(_))
                | (Which::Set, ObjectKind::Set(_))
                | (Which::WeakMap, ObjectKind::WeakMap(_))
                | (Which::WeakSet, ObjectKind::WeakSet(_))
        )
    }
}

fn data_mut<'a, 'gc>(kind: &'a mut ObjectKind<'gc>) -> Option<&'a mut MapData<'gc>> {
    match kind {
        ObjectKind::Map(d) | ObjectKind::Set(d) | ObjectKind::WeakMap(d) | ObjectKind::WeakSet(d) => Some(d),
        _ => None,
    }
}

fn data_ref<'a, 'gc>(kind: &'a ObjectKind<'gc>) -> Option<&'a MapData<'gc>> {
    match kind {
        ObjectKind::Map(d) | ObjectKind::Set(d) | ObjectKind::WeakMap(d) | ObjectKind::WeakSet(d) => Some(d),
        _ => None,
    }
}

impl<'gc> Vm<'gc> {
    /// The SameValueZero key of a value (-0 is +0; strings by content via atoms).
    pub fn map_key(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> MapKey<'gc> {
        match v {
            Value::Undefined | Value::Empty => MapKey::Undefined,
            Value::Null => MapKey::Null,
            Value::BigInt(b) => MapKey::BigInt(self.intern(mc, &b.value().to_string())),
            Value::Bool(b) => MapKey::Bool(b),
            Value::Number(n) => {
                let n = if n == 0.0 {
                    0.0
                } else if n.is_nan() {
                    f64::NAN
                } else {
                    n
                };
                MapKey::Number(n.to_bits())
            }
            Value::String(s) => MapKey::String(self.atom_of(mc, s)),
            Value::Symbol(s) => MapKey::Symbol(s),
            Value::Object(o) => MapKey::Object(o),
        }
    }
}

/// CanBeHeldWeakly: objects and symbols not registered with `Symbol.for`.
fn can_be_held_weakly(v: Value<'_>) -> bool {
    match v {
        Value::Object(_) => true,
        Value::Symbol(s) => !s.0.registered,
        _ => false,
    }
}

fn receiver<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, which: Which, method: &str) -> Result<Obj<'gc>, NativeResult<'gc>> {
    if let Value::Object(o) = this
        && which.matches(&o.borrow().kind)
    {
        return Ok(o);
    }
    let msg = format!("Method {}.prototype.{} called on incompatible receiver {}", which.name(), method, ctx.vm.display_value(this));
    Err(throw_type(ctx, &msg))
}

macro_rules! recv {
    ($ctx:expr, $this:expr, $which:expr, $method:expr) => {
        match receiver($ctx, $this, $which, $method) {
            Ok(o) => o,
            Err(r) => return r,
        }
    };
}

fn lookup<'gc>(ctx: &mut Ctx<'gc, '_>, o: Obj<'gc>, key: Value<'gc>) -> Option<(usize, Value<'gc>)> {
    let k = ctx.vm.map_key(ctx.mc, key);
    let data = o.borrow();
    let d = data_ref(&data.kind)?;
    let i = *d.index.get(&k)?;
    let v = d.entries.get(i).copied().flatten().map(|(_, v)| v).unwrap_or(Value::Undefined);
    Some((i, v))
}

fn insert<'gc>(ctx: &mut Ctx<'gc, '_>, o: Obj<'gc>, key: Value<'gc>, value: Value<'gc>) {
    // Normalize -0 to +0 for the stored key, as the spec requires.
    let key = match key {
        Value::Number(n) if n.is_sign_negative() && n == 0.0 => Value::Number(0.0),
        other => other,
    };
    let k = ctx.vm.map_key(ctx.mc, key);
    let mut data = o.borrow_mut(ctx.mc);
    let Some(d) = data_mut(&mut data.kind) else { return };
    if let Some(&i) = d.index.get(&k) {
        if let Some(Some(entry)) = d.entries.get_mut(i) {
            entry.1 = value;
        }
        return;
    }
    d.entries.push(Some((key, value)));
    d.index.insert(k, d.entries.len() - 1);
    d.size += 1;
}

fn remove<'gc>(ctx: &mut Ctx<'gc, '_>, o: Obj<'gc>, key: Value<'gc>) -> bool {
    let k = ctx.vm.map_key(ctx.mc, key);
    let mut data = o.borrow_mut(ctx.mc);
    let Some(d) = data_mut(&mut data.kind) else { return false };
    match d.index.remove(&k) {
        Some(i) => {
            if let Some(slot) = d.entries.get_mut(i) {
                *slot = None;
            }
            d.size = d.size.saturating_sub(1);
            true
        }
        None => false,
    }
}

// ---- Map ---------------------------------------------------------------------------------

fn collection_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], which: Which) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else {
        let msg = format!("Constructor {} requires 'new'", which.name());
        return throw_type(ctx, &msg);
    };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| match which {
        Which::Map => r.map_proto,
        Which::Set => r.set_proto,
        Which::WeakMap => r.weakmap_proto,
        Which::WeakSet => r.weakset_proto,
    });
    let data = MapData::default();
    let kind = match which {
        Which::Map => ObjectKind::Map(data),
        Which::Set => ObjectKind::Set(data),
        Which::WeakMap => ObjectKind::WeakMap(data),
        Which::WeakSet => ObjectKind::WeakSet(data),
    };
    let o = Obj::new(ctx.mc, Some(proto), kind);
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return NativeResult::Return(Value::Object(o));
    }
    // Filling calls the (observable) adder for each item: self-hosted.
    let fill = ctx.vm.helper("collectionFill");
    let pairs = matches!(which, Which::Map | Which::WeakMap);
    NativeResult::Call { f: fill, this: Value::Undefined, args: vec![Value::Object(o), iterable, Value::Bool(pairs)], then: None }
}

fn map_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    collection_ctor(ctx, args, Which::Map)
}
fn set_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    collection_ctor(ctx, args, Which::Set)
}
fn weakmap_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    collection_ctor(ctx, args, Which::WeakMap)
}
fn weakset_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    collection_ctor(ctx, args, Which::WeakSet)
}

fn map_get<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = recv!(ctx, this, Which::Map, "get");
    NativeResult::Return(lookup(ctx, o, arg(args, 0)).map(|(_, v)| v).unwrap_or(Value::Undefined))
}
fn map_set<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = recv!(ctx, this, Which::Map, "set");
    insert(ctx, o, arg(args, 0), arg(args, 1));
    NativeResult::Return(this)
}
fn generic_has<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], which: Which) -> NativeResult<'gc> {
    let o = recv!(ctx, this, which, "has");
    NativeResult::Return(Value::Bool(lookup(ctx, o, arg(args, 0)).is_some()))
}
fn generic_delete<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], which: Which) -> NativeResult<'gc> {
    let o = recv!(ctx, this, which, "delete");
    NativeResult::Return(Value::Bool(remove(ctx, o, arg(args, 0))))
}
fn generic_clear<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, which: Which) -> NativeResult<'gc> {
    let o = recv!(ctx, this, which, "clear");
    let mut data = o.borrow_mut(ctx.mc);
    if let Some(d) = data_mut(&mut data.kind) {
        for e in d.entries.iter_mut() {
            *e = None;
        }
        d.index.clear();
        d.size = 0;
    }
    NativeResult::Return(Value::Undefined)
}
fn generic_size<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, which: Which) -> NativeResult<'gc> {
    let o = recv!(ctx, this, which, "size");
    let n = data_ref(&o.borrow().kind).map(|d| d.size).unwrap_or(0);
    NativeResult::Return(Value::Number(n as f64))
}

fn map_has<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_has(ctx, this, args, Which::Map)
}
fn map_delete<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_delete(ctx, this, args, Which::Map)
}
fn map_clear<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_clear(ctx, this, Which::Map)
}
fn map_size<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_size(ctx, this, Which::Map)
}

fn make_iterator<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, which: Which, method: &str, kind: IterKind) -> NativeResult<'gc> {
    let o = recv!(ctx, this, which, method);
    let proto = if which == Which::Map { ctx.vm.realm.map_iterator_proto } else { ctx.vm.realm.set_iterator_proto };
    let it = Obj::new(ctx.mc, Some(proto), ObjectKind::MapIterator { target: o, index: 0, kind, done: false });
    NativeResult::Return(Value::Object(it))
}
fn map_entries<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    make_iterator(ctx, this, Which::Map, "entries", IterKind::Entries)
}
fn map_keys<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    make_iterator(ctx, this, Which::Map, "keys", IterKind::Keys)
}
fn map_values<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    make_iterator(ctx, this, Which::Map, "values", IterKind::Values)
}

/// The first live entry at or after `from`: (its index, key, value).
fn entry_from<'gc>(o: Obj<'gc>, from: usize) -> Option<(usize, Value<'gc>, Value<'gc>)> {
    let data = o.borrow();
    let d = data_ref(&data.kind)?;
    d.entries.iter().enumerate().skip(from).find_map(|(i, e)| e.map(|(k, v)| (i, k, v)))
}

fn iterator_next<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, set: bool) -> NativeResult<'gc> {
    let state = match this {
        Value::Object(it) => match &it.borrow().kind {
            ObjectKind::MapIterator { target, index, kind, done } => {
                let is_set = matches!(target.borrow().kind, ObjectKind::Set(_));
                if is_set == set { Some((*target, *index, *kind, *done)) } else { None }
            }
            _ => None,
        },
        _ => None,
    };
    let (Some((target, index, kind, done)), Value::Object(it)) = (state, this) else {
        let name = if set { "Set Iterator" } else { "Map Iterator" };
        let msg = format!("Method {name}.prototype.next called on incompatible receiver {}", ctx.vm.display_value(this));
        return throw_type(ctx, &msg);
    };
    let found = if done { None } else { entry_from(target, index) };
    let Some((i, k, v)) = found else {
        if let ObjectKind::MapIterator { done, .. } = &mut it.borrow_mut(ctx.mc).kind {
            *done = true;
        }
        let r = ctx.vm.iter_result(ctx.mc, Value::Undefined, true);
        return NativeResult::Return(Value::Object(r));
    };
    if let ObjectKind::MapIterator { index, .. } = &mut it.borrow_mut(ctx.mc).kind {
        *index = i + 1;
    }
    let value = match kind {
        IterKind::Keys => k,
        IterKind::Values => {
            if set {
                k
            } else {
                v
            }
        }
        IterKind::Entries => {
            let second = if set { k } else { v };
            Value::Object(ctx.vm.new_array(ctx.mc, vec![k, second]))
        }
    };
    let r = ctx.vm.iter_result(ctx.mc, value, false);
    NativeResult::Return(Value::Object(r))
}
fn map_iterator_next<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    iterator_next(ctx, this, false)
}
fn set_iterator_next<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    iterator_next(ctx, this, true)
}

// ---- Set ---------------------------------------------------------------------------------

fn set_add<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = recv!(ctx, this, Which::Set, "add");
    let v = arg(args, 0);
    insert(ctx, o, v, v);
    NativeResult::Return(this)
}
fn set_has<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_has(ctx, this, args, Which::Set)
}
fn set_delete<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_delete(ctx, this, args, Which::Set)
}
fn set_clear<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_clear(ctx, this, Which::Set)
}
fn set_size<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    generic_size(ctx, this, Which::Set)
}
fn set_values<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    make_iterator(ctx, this, Which::Set, "values", IterKind::Values)
}
fn set_entries<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    make_iterator(ctx, this, Which::Set, "entries", IterKind::Entries)
}

// ---- WeakMap / WeakSet -------------------------------------------------------------------

fn weakmap_get<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = recv!(ctx, this, Which::WeakMap, "get");
    if !can_be_held_weakly(arg(args, 0)) {
        return NativeResult::Return(Value::Undefined);
    }
    NativeResult::Return(lookup(ctx, o, arg(args, 0)).map(|(_, v)| v).unwrap_or(Value::Undefined))
}
fn weakmap_set<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = recv!(ctx, this, Which::WeakMap, "set");
    if !can_be_held_weakly(arg(args, 0)) {
        return throw_type(ctx, "Invalid value used as weak map key");
    }
    insert(ctx, o, arg(args, 0), arg(args, 1));
    NativeResult::Return(this)
}
fn weak_has<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], which: Which) -> NativeResult<'gc> {
    let o = recv!(ctx, this, which, "has");
    if !can_be_held_weakly(arg(args, 0)) {
        return NativeResult::Return(Value::Bool(false));
    }
    NativeResult::Return(Value::Bool(lookup(ctx, o, arg(args, 0)).is_some()))
}
fn weak_delete<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>], which: Which) -> NativeResult<'gc> {
    let o = recv!(ctx, this, which, "delete");
    if !can_be_held_weakly(arg(args, 0)) {
        return NativeResult::Return(Value::Bool(false));
    }
    NativeResult::Return(Value::Bool(remove(ctx, o, arg(args, 0))))
}
fn weakmap_has<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    weak_has(ctx, this, args, Which::WeakMap)
}
fn weakmap_delete<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    weak_delete(ctx, this, args, Which::WeakMap)
}
fn weakset_add<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = recv!(ctx, this, Which::WeakSet, "add");
    let v = arg(args, 0);
    if !can_be_held_weakly(v) {
        return throw_type(ctx, "Invalid value used in weak set");
    }
    insert(ctx, o, v, v);
    NativeResult::Return(this)
}
fn weakset_has<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    weak_has(ctx, this, args, Which::WeakSet)
}
fn weakset_delete<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    weak_delete(ctx, this, args, Which::WeakSet)
}

// ---- WeakRef / FinalizationRegistry --------------------------------------------------------

fn weakref_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else { return throw_type(ctx, "Constructor WeakRef requires 'new'") };
    let Value::Object(target) = arg(args, 0) else {
        // Symbols can be held weakly in the spec; this heap only tracks objects weakly.
        return throw_type(ctx, "WeakRef: invalid target");
    };
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.weakref_proto);
    let o = Obj::new(ctx.mc, Some(proto), ObjectKind::WeakRef(Gc::downgrade(target.0)));
    NativeResult::Return(Value::Object(o))
}

fn weakref_deref<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let weak = match this {
        Value::Object(o) => match &o.borrow().kind {
            ObjectKind::WeakRef(w) => Some(*w),
            _ => None,
        },
        _ => None,
    };
    let Some(w) = weak else {
        let msg = format!("Method WeakRef.prototype.deref called on incompatible receiver {}", ctx.vm.display_value(this));
        return throw_type(ctx, &msg);
    };
    NativeResult::Return(w.upgrade(ctx.mc).map(|g| Value::Object(Obj(g))).unwrap_or(Value::Undefined))
}

fn finreg_ctor<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Some(nt) = ctx.new_target else { return throw_type(ctx, "Constructor FinalizationRegistry requires 'new'") };
    let cleanup = arg(args, 0);
    if !matches!(cleanup, Value::Object(f) if f.is_callable()) {
        return throw_type(ctx, "FinalizationRegistry: cleanup must be callable");
    }
    let proto = ctx.vm.prototype_from_constructor(ctx.mc, Value::Object(nt), |r| r.finreg_proto);
    // The cleanup callback runs in the AsyncContext mapping current at construction.
    let mapping = ctx.vm.context;
    let o = Obj::new(ctx.mc, Some(proto), ObjectKind::FinalizationRegistry { cleanup, cells: Vec::new(), mapping });
    ctx.vm.finalization_registries.push(o);
    NativeResult::Return(Value::Object(o))
}

fn finreg_receiver<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, method: &str) -> Result<Obj<'gc>, NativeResult<'gc>> {
    if let Value::Object(o) = this
        && matches!(o.borrow().kind, ObjectKind::FinalizationRegistry { .. })
    {
        return Ok(o);
    }
    let msg = format!("Method FinalizationRegistry.prototype.{method} called on incompatible receiver {}", ctx.vm.display_value(this));
    Err(throw_type(ctx, &msg))
}

fn finreg_register<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = match finreg_receiver(ctx, this, "register") {
        Ok(o) => o,
        Err(r) => return r,
    };
    let (target, held, token) = (arg(args, 0), arg(args, 1), arg(args, 2));
    if !can_be_held_weakly(target) {
        return throw_type(ctx, "FinalizationRegistry.prototype.register: invalid target");
    }
    if target == held {
        return throw_type(ctx, "FinalizationRegistry.prototype.register: target and holdings must not be same");
    }
    if !token.is_undefined() && !can_be_held_weakly(token) {
        return throw_type(ctx, "FinalizationRegistry.prototype.register: invalid unregister token");
    }
    if let Value::Object(t) = target
        && let ObjectKind::FinalizationRegistry { cells, .. } = &mut o.borrow_mut(ctx.mc).kind
    {
        cells.push((Gc::downgrade(t.0), held, token));
    }
    NativeResult::Return(Value::Undefined)
}

fn finreg_unregister<'gc>(ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = match finreg_receiver(ctx, this, "unregister") {
        Ok(o) => o,
        Err(r) => return r,
    };
    let token = arg(args, 0);
    if !can_be_held_weakly(token) {
        return throw_type(ctx, "Invalid unregisterToken ('undefined')");
    }
    let mut removed = false;
    if let ObjectKind::FinalizationRegistry { cells, .. } = &mut o.borrow_mut(ctx.mc).kind {
        let before = cells.len();
        cells.retain(|(_, _, t)| *t != token);
        removed = cells.len() != before;
    }
    NativeResult::Return(Value::Bool(removed))
}

// ---- natives for js/collections.js ---------------------------------------------------------

/// `entryFrom(collection, index)` → [nextIndex, key, value] of the first live entry at or
/// after `index`, or undefined (forEach and the set methods walk entries with it, seeing
/// additions made during the walk).
fn native_entry_from<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else { return NativeResult::Return(Value::Undefined) };
    let from = arg(args, 1).primitive_to_number().unwrap_or(0.0) as usize;
    match entry_from(o, from) {
        Some((i, k, v)) => {
            let a = ctx.vm.new_array(ctx.mc, vec![Value::Number((i + 1) as f64), k, v]);
            NativeResult::Return(Value::Object(a))
        }
        None => NativeResult::Return(Value::Undefined),
    }
}

/// `rawGet(map, key)`, `rawHas`, `rawSet(map, key, value)`, `rawDelete`, `rawSize`: the
/// internal operations without looking up (user-replaceable) methods.
fn native_raw_get<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else { return NativeResult::Return(Value::Undefined) };
    NativeResult::Return(lookup(ctx, o, arg(args, 1)).map(|(_, v)| v).unwrap_or(Value::Undefined))
}
fn native_raw_has<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else { return NativeResult::Return(Value::Bool(false)) };
    NativeResult::Return(Value::Bool(lookup(ctx, o, arg(args, 1)).is_some()))
}
fn native_raw_set<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Value::Object(o) = arg(args, 0) {
        insert(ctx, o, arg(args, 1), arg(args, 2));
    }
    NativeResult::Return(arg(args, 0))
}
fn native_raw_delete<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else { return NativeResult::Return(Value::Bool(false)) };
    NativeResult::Return(Value::Bool(remove(ctx, o, arg(args, 1))))
}
fn native_raw_size<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else { return NativeResult::Return(Value::Number(0.0)) };
    let n = data_ref(&o.borrow().kind).map(|d| d.size).unwrap_or(0);
    NativeResult::Return(Value::Number(n as f64))
}
fn native_can_be_held_weakly<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Bool(can_be_held_weakly(arg(args, 0))))
}

/// `newSet()` / `newMap()`: fresh collections with the intrinsic prototypes.
fn native_new_set<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = Obj::new(ctx.mc, Some(ctx.vm.realm.set_proto), ObjectKind::Set(MapData::default()));
    NativeResult::Return(Value::Object(o))
}
fn native_new_map<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let o = Obj::new(ctx.mc, Some(ctx.vm.realm.map_proto), ObjectKind::Map(MapData::default()));
    NativeResult::Return(Value::Object(o))
}

fn install_methods<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, target: Obj<'gc>, methods: &[(&str, u32, NativeFn)]) {
    for &(name, length, f) in methods {
        vm.define_method(mc, target, name, length, f);
    }
}

fn species_getter<'gc>(_ctx: &mut Ctx<'gc, '_>, this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(this)
}

fn define_species<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, ctor: Obj<'gc>) {
    let get = vm.native_function(mc, "get [Symbol.species]", 0, species_getter, Value::Undefined, false);
    ctor.set_accessor_raw(mc, PropertyKey::Symbol(vm.realm.symbols.species), Some(get), None, Attrs::CONFIGURABLE_ONLY);
}

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let iterator = vm.realm.symbols.iterator;

    let mp = vm.realm.map_proto;
    let map = vm.define_constructor(mc, "Map", 0, map_ctor, mp);
    define_species(mc, vm, map);
    install_methods(
        mc,
        vm,
        mp,
        &[("get", 1, map_get), ("set", 2, map_set), ("has", 1, map_has), ("delete", 1, map_delete), ("clear", 0, map_clear)],
    );
    let entries = vm.define_method(mc, mp, "entries", 0, map_entries);
    vm.define_method(mc, mp, "keys", 0, map_keys);
    vm.define_method(mc, mp, "values", 0, map_values);
    vm.define_getter(mc, mp, "size", map_size);
    mp.set_raw(mc, PropertyKey::Symbol(iterator), Value::Object(entries), Attrs::HIDDEN);
    vm.define_tag(mc, mp, "Map");
    let mip = vm.realm.map_iterator_proto;
    vm.define_method(mc, mip, "next", 0, map_iterator_next);
    vm.define_tag(mc, mip, "Map Iterator");

    let sp = vm.realm.set_proto;
    let set = vm.define_constructor(mc, "Set", 0, set_ctor, sp);
    define_species(mc, vm, set);
    install_methods(mc, vm, sp, &[("add", 1, set_add), ("has", 1, set_has), ("delete", 1, set_delete), ("clear", 0, set_clear)]);
    vm.define_method(mc, sp, "entries", 0, set_entries);
    vm.define_getter(mc, sp, "size", set_size);
    let values = vm.define_method(mc, sp, "values", 0, set_values);
    sp.set_raw(mc, PropertyKey::String(vm.intern(mc, "keys")), Value::Object(values), Attrs::HIDDEN);
    sp.set_raw(mc, PropertyKey::Symbol(iterator), Value::Object(values), Attrs::HIDDEN);
    vm.define_tag(mc, sp, "Set");
    let sip = vm.realm.set_iterator_proto;
    vm.define_method(mc, sip, "next", 0, set_iterator_next);
    vm.define_tag(mc, sip, "Set Iterator");

    let wmp = vm.realm.weakmap_proto;
    vm.define_constructor(mc, "WeakMap", 0, weakmap_ctor, wmp);
    install_methods(
        mc,
        vm,
        wmp,
        &[("delete", 1, weakmap_delete), ("get", 1, weakmap_get), ("set", 2, weakmap_set), ("has", 1, weakmap_has)],
    );
    vm.define_tag(mc, wmp, "WeakMap");

    let wsp = vm.realm.weakset_proto;
    vm.define_constructor(mc, "WeakSet", 0, weakset_ctor, wsp);
    install_methods(mc, vm, wsp, &[("add", 1, weakset_add), ("delete", 1, weakset_delete), ("has", 1, weakset_has)]);
    vm.define_tag(mc, wsp, "WeakSet");

    let wrp = vm.realm.weakref_proto;
    vm.define_constructor(mc, "WeakRef", 1, weakref_ctor, wrp);
    vm.define_method(mc, wrp, "deref", 0, weakref_deref);
    vm.define_tag(mc, wrp, "WeakRef");

    let frp = vm.realm.finreg_proto;
    vm.define_constructor(mc, "FinalizationRegistry", 1, finreg_ctor, frp);
    install_methods(mc, vm, frp, &[("register", 2, finreg_register), ("unregister", 1, finreg_unregister)]);
    vm.define_tag(mc, frp, "FinalizationRegistry");

    let table = Obj::new(mc, None, ObjectKind::Ordinary);
    install_methods(
        mc,
        vm,
        table,
        &[
            ("entryFrom", 2, native_entry_from),
            ("rawGet", 2, native_raw_get),
            ("rawHas", 2, native_raw_has),
            ("rawSet", 3, native_raw_set),
            ("rawDelete", 2, native_raw_delete),
            ("rawSize", 1, native_raw_size),
            ("newSet", 0, native_new_set),
            ("newMap", 0, native_new_map),
            ("canBeHeldWeakly", 1, native_can_be_held_weakly),
        ],
    );
    vm.realm.helpers.insert("collectionNatives".into(), Value::Object(table));
}
