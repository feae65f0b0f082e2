//! Objects: a prototype, an insertion-ordered property map, dense array elements and a kind for
//! internal slots. Only operations that never run JS live here; anything that may call a getter,
//! setter or trap goes through the executor (`exec/`).

use gc_arena::{Collect, Gc, Mutation, RefLock};
use indexmap::IndexMap;

use super::kind::ObjectKind;
use super::string::Atom;
use super::value::{Symbol, Value};

#[derive(Collect, Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[collect(no_drop)]
pub enum PropertyKey<'gc> {
    /// A canonical array index "0" … "4294967294".
    Index(u32),
    String(Atom<'gc>),
    Symbol(Symbol<'gc>),
}

/// Property attributes as bit flags.
#[derive(Collect, Clone, Copy, PartialEq, Eq, Debug)]
#[collect(require_static)]
pub struct Attrs(pub u8);

impl Attrs {
    pub const WRITABLE: u8 = 1;
    pub const ENUMERABLE: u8 = 2;
    pub const CONFIGURABLE: u8 = 4;
    /// What assignment and object literals create.
    pub const ALL: Attrs = Attrs(7);
    /// What built-in methods get: writable, configurable, not enumerable.
    pub const HIDDEN: Attrs = Attrs(Self::WRITABLE | Self::CONFIGURABLE);
    pub const NONE: Attrs = Attrs(0);
    pub const CONFIGURABLE_ONLY: Attrs = Attrs(Self::CONFIGURABLE);
    pub fn writable(self) -> bool {
        self.0 & Self::WRITABLE != 0
    }
    pub fn enumerable(self) -> bool {
        self.0 & Self::ENUMERABLE != 0
    }
    pub fn configurable(self) -> bool {
        self.0 & Self::CONFIGURABLE != 0
    }
}

#[derive(Collect, Clone, Copy, Debug)]
#[collect(no_drop)]
pub enum Slot<'gc> {
    Data(Value<'gc>),
    Accessor { get: Option<Obj<'gc>>, set: Option<Obj<'gc>> },
}

#[derive(Collect, Clone, Copy, Debug)]
#[collect(no_drop)]
pub struct Property<'gc> {
    pub slot: Slot<'gc>,
    pub attrs: Attrs,
}

impl<'gc> Property<'gc> {
    pub fn data(value: Value<'gc>, attrs: Attrs) -> Self {
        Property { slot: Slot::Data(value), attrs }
    }
}

/// Property keys hash as small integers or pointers: a multiplicative hash is enough and much
/// cheaper than SipHash (keys are not attacker-chosen strings, they are interned pointers).
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(i as u64)
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(i as u64)
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64)
    }
    fn write_isize(&mut self, i: isize) {
        self.write_u64(i as u64)
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub type KeyHash = std::hash::BuildHasherDefault<KeyHasher>;
pub type PropertyMap<'gc> = IndexMap<PropertyKey<'gc>, Property<'gc>, KeyHash>;

#[derive(Collect)]
#[collect(no_drop)]
pub struct ObjectData<'gc> {
    pub proto: Option<Obj<'gc>>,
    pub props: PropertyMap<'gc>,
    /// Arrays only: the elements `0..len`; a hole is `Value::Empty` (and may have an exotic
    /// property of the same index in `props`). `len` is the array's `length`.
    pub elements: Vec<Value<'gc>>,
    /// Attributes shared by every element (arrays): cleared by `Object.freeze`/`seal`.
    pub element_attrs: Attrs,
    /// Arrays only: whether `length` is writable.
    pub length_writable: bool,
    pub extensible: bool,
    pub kind: ObjectKind<'gc>,
}

/// A handle to a heap object; identity is the pointer.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Obj<'gc>(pub Gc<'gc, RefLock<ObjectData<'gc>>>);

impl PartialEq for Obj<'_> {
    fn eq(&self, other: &Self) -> bool {
        Gc::ptr_eq(self.0, other.0)
    }
}
impl Eq for Obj<'_> {}
impl std::hash::Hash for Obj<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Gc::as_ptr(self.0) as usize).hash(state)
    }
}
impl std::fmt::Debug for Obj<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Obj({:p})", Gc::as_ptr(self.0))
    }
}

/// Where a property lookup along the prototype chain ended.
pub enum Lookup<'gc> {
    Value(Value<'gc>),
    /// An accessor: call the getter (if any) with the original receiver.
    Getter(Option<Obj<'gc>>),
    Missing,
}

impl<'gc> Obj<'gc> {
    pub fn new(mc: &Mutation<'gc>, proto: Option<Obj<'gc>>, kind: ObjectKind<'gc>) -> Self {
        Obj(Gc::new(
            mc,
            RefLock::new(ObjectData {
                proto,
                props: PropertyMap::default(),
                elements: Vec::new(),
                element_attrs: Attrs::ALL,
                length_writable: true,
                extensible: true,
                kind,
            }),
        ))
    }

    pub fn borrow(&self) -> std::cell::Ref<'gc, ObjectData<'gc>> {
        self.0.borrow()
    }
    pub fn borrow_mut(&self, mc: &Mutation<'gc>) -> std::cell::RefMut<'gc, ObjectData<'gc>> {
        self.0.borrow_mut(mc)
    }
    pub fn proto(&self) -> Option<Obj<'gc>> {
        self.0.borrow().proto
    }
    pub fn is_array(&self) -> bool {
        matches!(self.0.borrow().kind, ObjectKind::Array)
    }
    pub fn is_callable(&self) -> bool {
        self.0.borrow().kind.is_callable()
    }
    pub fn is_constructor(&self) -> bool {
        self.0.borrow().kind.is_constructor()
    }

    /// [[GetOwnProperty]] for ordinary objects and arrays (exotic string/arguments objects are
    /// handled by their kinds' callers).
    pub fn get_own(&self, key: PropertyKey<'gc>) -> Option<Property<'gc>> {
        let data = self.0.borrow();
        if let PropertyKey::Index(i) = key
            && let Some(v) = data.elements.get(i as usize)
            && !matches!(v, Value::Empty)
        {
            return Some(Property::data(*v, data.element_attrs));
        }
        let p = data.props.get(&key).copied()?;
        match mapped_cell(&data.kind, key) {
            Some(cell) => Some(Property::data(cell.get(), p.attrs)),
            None => Some(p),
        }
    }

    /// Walks the prototype chain for `key` without running any JS.
    pub fn lookup(&self, key: PropertyKey<'gc>) -> Lookup<'gc> {
        let mut current = *self;
        // Bounded walk: a prototype chain cannot be cyclic (setPrototypeOf checks), but stay safe.
        for _ in 0..100_000 {
            if let Some(p) = current.get_own(key) {
                return match p.slot {
                    Slot::Data(v) => Lookup::Value(v),
                    Slot::Accessor { get, .. } => Lookup::Getter(get),
                };
            }
            match current.proto() {
                Some(p) => current = p,
                None => return Lookup::Missing,
            }
        }
        Lookup::Missing
    }

    /// Defines or overwrites an own data property with no checks (for building objects).
    pub fn set_raw(&self, mc: &Mutation<'gc>, key: PropertyKey<'gc>, value: Value<'gc>, attrs: Attrs) {
        let mut data = self.0.borrow_mut(mc);
        if let Some(cell) = mapped_cell(&data.kind, key) {
            cell.set(mc, value);
            if !attrs.writable() {
                unmap_argument(&mut data.kind, key);
            }
        }
        if let PropertyKey::Index(i) = key
            && matches!(data.kind, ObjectKind::Array)
            && attrs == data.element_attrs
        {
            let i = i as usize;
            if i < data.elements.len() {
                data.elements[i] = value;
                data.props.shift_remove(&key);
                return;
            }
            if i < data.elements.len() + MAX_HOLE_GROWTH {
                data.elements.resize(i, Value::Empty);
                data.elements.push(value);
                return;
            }
        }
        data.props.insert(key, Property::data(value, attrs));
        if let PropertyKey::Index(i) = key
            && matches!(data.kind, ObjectKind::Array)
            && i as usize >= data.elements.len()
            && (i as usize) < data.elements.len() + MAX_HOLE_GROWTH
        {
            let len = i as usize + 1;
            data.elements.resize(len, Value::Empty);
        }
    }

    pub fn set_accessor_raw(&self, mc: &Mutation<'gc>, key: PropertyKey<'gc>, get: Option<Obj<'gc>>, set: Option<Obj<'gc>>, attrs: Attrs) {
        let mut data = self.0.borrow_mut(mc);
        if let PropertyKey::Index(i) = key
            && let Some(slot) = data.elements.get_mut(i as usize)
        {
            *slot = Value::Empty;
        }
        unmap_argument(&mut data.kind, key);
        data.props.insert(key, Property { slot: Slot::Accessor { get, set }, attrs });
    }

    pub fn delete_own(&self, mc: &Mutation<'gc>, key: PropertyKey<'gc>) -> bool {
        let mut data = self.0.borrow_mut(mc);
        if let PropertyKey::Index(i) = key
            && (i as usize) < data.elements.len()
            && !matches!(data.elements[i as usize], Value::Empty)
        {
            if !data.element_attrs.configurable() {
                return false;
            }
            data.elements[i as usize] = Value::Empty;
            return true;
        }
        match data.props.get(&key) {
            None => true,
            Some(p) if p.attrs.configurable() => {
                data.props.shift_remove(&key);
                unmap_argument(&mut data.kind, key);
                true
            }
            Some(_) => false,
        }
    }

    /// OrdinaryOwnPropertyKeys: integer indices ascending, then strings, then symbols, each in
    /// creation order.
    pub fn own_keys(&self) -> Vec<PropertyKey<'gc>> {
        let data = self.0.borrow();
        let mut indices: Vec<u32> =
            data.elements.iter().enumerate().filter(|(_, v)| !matches!(v, Value::Empty)).map(|(i, _)| i as u32).collect();
        if let ObjectKind::StringWrapper(s) = &data.kind {
            indices.extend(0..s.len() as u32);
        }
        if let ObjectKind::TypedArray(ta) = &data.kind {
            indices.extend(0..ta.current_length() as u32);
        }
        let mut strings = Vec::new();
        let mut symbols = Vec::new();
        for key in data.props.keys() {
            match key {
                PropertyKey::Index(i) => indices.push(*i),
                PropertyKey::String(_) => strings.push(*key),
                PropertyKey::Symbol(_) => symbols.push(*key),
            }
        }
        indices.sort_unstable();
        indices.dedup();
        let mut keys: Vec<PropertyKey<'gc>> = indices.into_iter().map(PropertyKey::Index).collect();
        keys.extend(strings);
        keys.extend(symbols);
        keys
    }

    pub fn array_len(&self) -> usize {
        self.0.borrow().elements.len()
    }

    /// Ends every alias of a mapped arguments object, keeping the current values (before
    /// attributes change in bulk, as `Object.freeze` does).
    pub fn unmap_arguments(&self, mc: &Mutation<'gc>) {
        let mut data = self.0.borrow_mut(mc);
        let ObjectKind::Arguments(map) = &mut data.kind else { return };
        let map = std::mem::take(map);
        for (i, cell) in map.into_iter().enumerate() {
            if let Some(cell) = cell
                && let Some(Property { slot: Slot::Data(v), .. }) = data.props.get_mut(&PropertyKey::Index(i as u32))
            {
                *v = cell.get();
            }
        }
    }
}

/// The parameter cell that index `key` of a mapped arguments object still aliases.
fn mapped_cell<'gc>(kind: &ObjectKind<'gc>, key: PropertyKey<'gc>) -> Option<super::kind::Cell<'gc>> {
    match (kind, key) {
        (ObjectKind::Arguments(map), PropertyKey::Index(i)) => map.get(i as usize).copied().flatten(),
        _ => None,
    }
}

fn unmap_argument<'gc>(kind: &mut ObjectKind<'gc>, key: PropertyKey<'gc>) {
    if let (ObjectKind::Arguments(map), PropertyKey::Index(i)) = (kind, key)
        && let Some(slot) = map.get_mut(i as usize)
    {
        *slot = None;
    }
}

/// How far past the end an array store may extend the dense elements with holes before the
/// engine refuses (`RangeError: Invalid array length`) instead of allocating.
pub const MAX_HOLE_GROWTH: usize = 1 << 24;
