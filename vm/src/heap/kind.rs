//! Object kinds: the internal slots of exotic and built-in objects.

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use gc_arena::{Collect, Gc, Lock, RefLock};

use super::object::{Obj, PropertyKey};
use super::string::{Atom, JsString};
use super::value::{Symbol, Value};
use crate::bytecode::proto::FunctionCode;
use crate::exec::frame::Frame;
use crate::exec::native::NativeFn;
use crate::runtime::context::Mapping;

/// A heap box for a captured binding.
pub type Cell<'gc> = Gc<'gc, Lock<Value<'gc>>>;

/// A compiled function loaded into the heap: its constants materialized as values.
#[derive(Collect)]
#[collect(no_drop)]
pub struct LoadedCode<'gc> {
    #[collect(require_static)]
    pub code: Rc<FunctionCode>,
    pub consts: Box<[Value<'gc>]>,
    pub children: Box<[Gc<'gc, LoadedCode<'gc>>]>,
    /// Tagged-template objects, created on first evaluation of each site.
    pub templates: Gc<'gc, RefLock<Vec<Option<Obj<'gc>>>>>,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Closure<'gc> {
    pub code: Gc<'gc, LoadedCode<'gc>>,
    pub upvals: Box<[Cell<'gc>]>,
    /// The object whose prototype `super` refers to (methods).
    pub home: Option<Obj<'gc>>,
    /// Class constructors: the instance-field initializer.
    pub fields: Option<Obj<'gc>>,
    /// The realm the function was created in (GetFunctionRealm).
    #[collect(require_static)]
    pub realm: u32,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Native<'gc> {
    #[collect(require_static)]
    pub f: NativeFn,
    /// State the native reads (e.g. the promise of a resolving function).
    pub data: Value<'gc>,
    pub constructor: bool,
    #[collect(require_static)]
    pub realm: u32,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Bound<'gc> {
    pub target: Obj<'gc>,
    pub this: Value<'gc>,
    pub args: Box<[Value<'gc>]>,
}

#[derive(Collect, Clone, Copy, PartialEq, Debug)]
#[collect(require_static)]
pub enum ReactionKind {
    Fulfill,
    Reject,
}

#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub enum ReactionHandler<'gc> {
    /// A user callback (or undefined: pass the value through).
    Callback(Value<'gc>),
    /// Resume a suspended async function / generator (`await`).
    Resume(Obj<'gc>),
}

/// The promise a `then` derived, with its resolving functions.
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Capability<'gc> {
    pub promise: Value<'gc>,
    pub resolve: Value<'gc>,
    pub reject: Value<'gc>,
}

#[derive(Collect, Clone)]
#[collect(no_drop)]
pub struct Reaction<'gc> {
    pub capability: Option<Capability<'gc>>,
    pub kind: ReactionKind,
    pub handler: ReactionHandler<'gc>,
    /// The AsyncContext mapping when the reaction was registered (PerformPromiseThen).
    pub mapping: Mapping<'gc>,
}

#[derive(Collect)]
#[collect(no_drop)]
pub enum PromiseState<'gc> {
    Pending { fulfill: Vec<Reaction<'gc>>, reject: Vec<Reaction<'gc>> },
    Fulfilled(Value<'gc>),
    Rejected(Value<'gc>),
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct PromiseData<'gc> {
    pub state: PromiseState<'gc>,
    pub handled: bool,
}

#[derive(Collect, Clone, Copy, PartialEq, Debug)]
#[collect(require_static)]
pub enum GeneratorStatus {
    SuspendedStart,
    SuspendedYield,
    Executing,
    Completed,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct GeneratorData<'gc> {
    pub frame: Option<Box<Frame<'gc>>>,
    pub status: GeneratorStatus,
    /// The AsyncContext mapping of the generator body (captured at creation, saved at yield).
    pub mapping: Mapping<'gc>,
    /// Async generators: queued requests (kind, value, capability).
    pub queue: VecDeque<(ResumeKind, Value<'gc>, Capability<'gc>)>,
    pub is_async: bool,
}

#[derive(Collect, Clone, Copy, PartialEq, Debug)]
#[collect(require_static)]
pub enum ResumeKind {
    Next,
    Throw,
    Return,
}

/// A Map/Set key under SameValueZero.
#[derive(Collect, Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[collect(no_drop)]
pub enum MapKey<'gc> {
    Undefined,
    Null,
    Bool(bool),
    Number(u64),
    String(Atom<'gc>),
    Symbol(Symbol<'gc>),
    Object(Obj<'gc>),
    /// A BigInt by its decimal digits (interned).
    BigInt(Atom<'gc>),
}

/// Insertion-ordered entries with tombstones, so live iterators survive deletion.
#[derive(Collect, Default)]
#[collect(no_drop)]
pub struct MapData<'gc> {
    pub entries: Vec<Option<(Value<'gc>, Value<'gc>)>>,
    pub index: HashMap<MapKey<'gc>, usize>,
    pub size: usize,
}

#[derive(Collect, Clone, Copy, PartialEq, Debug)]
#[collect(require_static)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

#[derive(Collect)]
#[collect(no_drop)]
pub enum ObjectKind<'gc> {
    Ordinary,
    Array,
    Closure(Closure<'gc>),
    Native(Native<'gc>),
    Bound(Bound<'gc>),
    Error,
    /// `JSON.rawJSON(text)`: a frozen null-prototype object with [[IsRawJSON]].
    RawJson,
    BooleanWrapper(bool),
    NumberWrapper(f64),
    StringWrapper(JsString<'gc>),
    SymbolWrapper(Symbol<'gc>),
    BigIntWrapper(super::value::BigIntRef<'gc>),
    /// An arguments object. In a sloppy function with simple parameters, index `i` aliases the
    /// cell of parameter `i` until it is deleted, redefined as an accessor or made read-only
    /// (10.4.4); empty for strict and unmapped arguments.
    Arguments(Vec<Option<Cell<'gc>>>),
    Date(f64),
    RegExp {
        source: JsString<'gc>,
        flags: JsString<'gc>,
    },
    Promise(PromiseData<'gc>),
    Generator(GeneratorData<'gc>),
    /// A suspended async function's frame and its promise.
    AsyncFunction {
        frame: Option<Box<Frame<'gc>>>,
        promise: Obj<'gc>,
    },
    Map(MapData<'gc>),
    Set(MapData<'gc>),
    WeakMap(MapData<'gc>),
    WeakSet(MapData<'gc>),
    WeakRef(gc_arena::GcWeak<'gc, RefLock<super::object::ObjectData<'gc>>>),
    /// `cells`: (target held weakly, held value, unregister token). The runtime registers the
    /// registry in `Vm::finalization_registries`; after a full collection the cleanup callback
    /// is queued (in the registry's construction-time mapping) for each collected target.
    FinalizationRegistry {
        cleanup: Value<'gc>,
        cells: Vec<(gc_arena::GcWeak<'gc, RefLock<super::object::ObjectData<'gc>>>, Value<'gc>, Value<'gc>)>,
        mapping: Mapping<'gc>,
    },
    /// Iteration state of built-in iterators.
    ArrayIterator {
        target: Value<'gc>,
        index: u32,
        kind: IterKind,
        done: bool,
    },
    MapIterator {
        target: Obj<'gc>,
        index: usize,
        kind: IterKind,
        done: bool,
    },
    StringIterator {
        target: JsString<'gc>,
        index: usize,
        done: bool,
    },
    /// An iterator record used by for-of and destructuring.
    IteratorRecord {
        iterator: Value<'gc>,
        next: Value<'gc>,
        done: bool,
    },
    ForIn {
        keys: Vec<PropertyKey<'gc>>,
        object: Obj<'gc>,
        index: usize,
    },
    AsyncVariable {
        name: JsString<'gc>,
        default: Value<'gc>,
    },
    AsyncSnapshot(Mapping<'gc>),
    /// An ES module namespace object: its properties read these export cells (live bindings).
    Namespace(Vec<(PropertyKey<'gc>, Cell<'gc>)>),
    Proxy {
        target: Option<Obj<'gc>>,
        handler: Option<Obj<'gc>>,
    },
    /// An ArrayBuffer's bytes (see `heap/buffer.rs`).
    ArrayBuffer(super::buffer::BufferData),
    /// An integer-indexed exotic object: a window on an ArrayBuffer.
    TypedArray(super::buffer::TypedArrayData<'gc>),
    DataView(super::buffer::ViewData<'gc>),
}

impl<'gc> ObjectKind<'gc> {
    pub fn is_callable(&self) -> bool {
        match self {
            ObjectKind::Closure(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => true,
            ObjectKind::Proxy { target: Some(t), .. } => t.is_callable(),
            _ => false,
        }
    }
    pub fn is_constructor(&self) -> bool {
        match self {
            ObjectKind::Closure(c) => c.code.code.is_constructor(),
            ObjectKind::Native(n) => n.constructor,
            ObjectKind::Bound(b) => b.target.is_constructor(),
            ObjectKind::Proxy { target: Some(t), .. } => t.is_constructor(),
            _ => false,
        }
    }
    /// The class name Object.prototype.toString and inspection report.
    pub fn class_name(&self) -> &'static str {
        match self {
            ObjectKind::Array => "Array",
            ObjectKind::Closure(_) | ObjectKind::Native(_) | ObjectKind::Bound(_) => "Function",
            ObjectKind::Error => "Error",
            ObjectKind::BooleanWrapper(_) => "Boolean",
            ObjectKind::NumberWrapper(_) => "Number",
            ObjectKind::StringWrapper(_) => "String",
            ObjectKind::Arguments(_) => "Arguments",
            ObjectKind::Date(_) => "Date",
            ObjectKind::RegExp { .. } => "RegExp",
            _ => "Object",
        }
    }
}

/// A `Collect` wrapper to keep a `JsString` key in `HashMap`s keyed by atom.
pub type AtomKey<'gc> = Atom<'gc>;
