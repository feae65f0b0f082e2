//! The arena root: the executor's frame stack, the realm, the job queue, the current
//! AsyncContext mapping and the host's task table. Mutated through `Arena::mutate_root`, so
//! plain fields need no locks.

use std::collections::{BTreeMap, HashMap, VecDeque};

use gc_arena::{Collect, Gc, Mutation};

use crate::exec::frame::Frame;
use crate::heap::kind::{Capability, Reaction};
use crate::heap::object::Obj;
use crate::heap::string::{Atom, AtomTable, JsString};
use crate::heap::value::{Symbol, SymbolData, Value};
use crate::runtime::context::Mapping;
use crate::runtime::realm::Realm;

#[derive(Collect)]
#[collect(no_drop)]
pub enum Job<'gc> {
    /// NewPromiseReactionJob
    Reaction { reaction: Reaction<'gc>, argument: Value<'gc> },
    /// NewPromiseResolveThenableJob (with the mapping captured when it was created)
    Thenable { promise: Obj<'gc>, thenable: Value<'gc>, then: Value<'gc>, mapping: Mapping<'gc> },
    /// A host callback run in a captured mapping (queueMicrotask, process.nextTick).
    Callback { f: Value<'gc>, args: Vec<Value<'gc>>, mapping: Mapping<'gc> },
}

/// A task of the host's event loop (timers, immediates); the VM only stores it.
#[derive(Collect)]
#[collect(no_drop)]
pub struct HostTask<'gc> {
    pub f: Value<'gc>,
    pub args: Vec<Value<'gc>>,
    pub mapping: Mapping<'gc>,
    /// Milliseconds between firings for `setInterval`.
    #[collect(require_static)]
    pub repeat: Option<f64>,
    /// Host-defined kind (timer, immediate, …) and the object returned to JS, if any.
    #[collect(require_static)]
    pub kind: u8,
    pub handle: Value<'gc>,
}

/// A rejected promise without a handler, waiting for the end of the microtask checkpoint.
#[derive(Collect)]
#[collect(no_drop)]
pub struct PendingRejection<'gc> {
    pub promise: Obj<'gc>,
    pub mapping: Mapping<'gc>,
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Vm<'gc> {
    /// Boxed so that pushing, popping and parking a frame moves a pointer, not the frame.
    pub frames: Vec<Box<Frame<'gc>>>,
    /// The current realm (that of the running function).
    pub realm: Realm<'gc>,
    /// The other realms (`$262.createRealm`), swapped with `realm` on entry.
    pub realms: Vec<Realm<'gc>>,
    /// Compiled self-hosted built-ins, reused for new realms.
    #[collect(require_static)]
    pub self_hosted: Vec<std::rc::Rc<crate::bytecode::proto::FunctionCode>>,
    pub atoms: AtomTable<'gc>,
    pub names: crate::runtime::names::Names<'gc>,
    pub symbol_registry: HashMap<Atom<'gc>, Symbol<'gc>>,
    pub jobs: VecDeque<Job<'gc>>,
    /// The agent's current AsyncContext mapping.
    pub context: Mapping<'gc>,
    /// Promises rejected with no handler since the last checkpoint, in rejection order.
    pub pending_rejections: Vec<PendingRejection<'gc>>,
    /// Promises reported as unhandled that later got a handler.
    pub handled_later: Vec<PendingRejection<'gc>>,
    /// Reported unhandled, still unhandled (to notice `rejectionhandled`).
    pub reported_rejections: Vec<Obj<'gc>>,
    /// Host tasks by id.
    pub tasks: BTreeMap<u64, HostTask<'gc>>,
    #[collect(require_static)]
    pub next_task_id: u64,
    /// Exceptions that unwound past the bottom of the stack, for the host to report.
    pub uncaught: Vec<Value<'gc>>,
    /// Host hook values (e.g. the rejection callbacks registered by the JS stdlib).
    pub host_hooks: HashMap<&'static str, Value<'gc>>,
    #[collect(require_static)]
    pub max_frames: usize,
    /// Set by natives that want the host loop to stop (process.exit).
    #[collect(require_static)]
    pub exit_code: Option<i32>,
    #[collect(require_static)]
    pub host_data: HostData,
    /// The frame `execute` is running (it is off the frame stack meanwhile), for stack traces.
    pub running: Option<(Gc<'gc, crate::heap::kind::LoadedCode<'gc>>, Obj<'gc>)>,
    #[collect(require_static)]
    pub running_pc: u32,
    /// Live FinalizationRegistry objects, checked after each full collection.
    pub finalization_registries: Vec<Obj<'gc>>,
    /// `new.target.prototype` already read through its getter, for the constructor about to run
    /// (GetPrototypeFromConstructor may call JS; the executor does that first).
    pub proto_override: Option<Value<'gc>>,
    /// Set by `$262.gc()`: the runtime runs a full collection after the current step.
    #[collect(require_static)]
    pub gc_requested: bool,
    /// The value and location of the last `throw` statement, for the host's report of an
    /// uncaught exception ("file:line" and the source line with a caret).
    pub throw_site: Option<(Value<'gc>, Gc<'gc, crate::heap::kind::LoadedCode<'gc>>, u32)>,
    /// Hidden key under which error objects keep their captured stack frames, so that the
    /// `stack` header can follow a `name` assigned after construction (V8 formats it lazily).
    pub stack_frames_key: Symbol<'gc>,
    /// An async generator to start once the native that queued its request has returned.
    pub pending_async_generator: Option<Obj<'gc>>,
}

/// Plain host facts the VM hands to natives (argv, environment flags).
#[derive(Default, Clone)]
pub struct HostData {
    pub argv: Vec<String>,
    pub test262: bool,
    /// Text printed by `print` and `console.*` when the host captures output.
    pub output: Option<std::rc::Rc<std::cell::RefCell<String>>>,
}

impl<'gc> Vm<'gc> {
    pub fn new(mc: &Mutation<'gc>) -> Self {
        let mut atoms = AtomTable::default();
        let realm = Realm::new(mc, &mut atoms, 0);
        let names = crate::runtime::names::Names::new(mc, &mut atoms);
        let mut vm = Vm {
            frames: Vec::new(),
            realm,
            realms: Vec::new(),
            self_hosted: Vec::new(),
            atoms,
            names,
            symbol_registry: HashMap::new(),
            jobs: VecDeque::new(),
            context: None,
            pending_rejections: Vec::new(),
            handled_later: Vec::new(),
            reported_rejections: Vec::new(),
            tasks: BTreeMap::new(),
            next_task_id: 1,
            uncaught: Vec::new(),
            host_hooks: HashMap::new(),
            max_frames: 10_000,
            exit_code: None,
            host_data: HostData::default(),
            running: None,
            running_pc: 0,
            pending_async_generator: None,
            throw_site: None,
            stack_frames_key: Symbol(Gc::new(mc, SymbolData { description: None, registered: false, private: true })),
            gc_requested: false,
            proto_override: None,
            finalization_registries: Vec::new(),
        };
        crate::builtins::install(mc, &mut vm);
        vm
    }

    pub fn intern(&mut self, mc: &Mutation<'gc>, s: &str) -> Atom<'gc> {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.atoms.intern(mc, &units)
    }
    pub fn intern_units(&mut self, mc: &Mutation<'gc>, units: &[u16]) -> Atom<'gc> {
        self.atoms.intern(mc, units)
    }
    pub fn atom_of(&mut self, mc: &Mutation<'gc>, s: JsString<'gc>) -> Atom<'gc> {
        if s.is_atom() { Atom(s) } else { self.atoms.intern(mc, s.units()) }
    }
    pub fn str(&mut self, mc: &Mutation<'gc>, s: &str) -> Value<'gc> {
        Value::String(self.intern(mc, s).string())
    }
    pub fn new_symbol(&mut self, mc: &Mutation<'gc>, description: Option<JsString<'gc>>) -> Symbol<'gc> {
        Symbol(Gc::new(mc, SymbolData { description, registered: false, private: false }))
    }
    /// After a full collection: queue FinalizationRegistry cleanups for collected targets.
    pub fn after_full_collection(&mut self, _mc: &Mutation<'gc>) {
        let registries = self.finalization_registries.clone();
        for r in registries {
            let (cleanup, dead, mapping) = {
                let mut d = r.borrow_mut(_mc);
                let crate::heap::kind::ObjectKind::FinalizationRegistry { cleanup, cells, mapping } = &mut d.kind else {
                    continue;
                };
                let mut dead = Vec::new();
                cells.retain(|(target, held, _)| {
                    if target.is_dropped() {
                        dead.push(*held);
                        false
                    } else {
                        true
                    }
                });
                (*cleanup, dead, *mapping)
            };
            for held in dead {
                self.jobs.push_back(Job::Callback { f: cleanup, args: vec![held], mapping });
            }
        }
    }

    /// `(file, line, column)` of the `throw` that threw `v`, if it was the last one.
    pub fn throw_location(&self, v: Value<'gc>) -> Option<(String, usize, usize)> {
        let (thrown, code, pc) = self.throw_site?;
        if thrown != v {
            return None;
        }
        let fc = &code.code;
        let offset = *fc.offsets.get(pc as usize)? as usize;
        let (line, col) = crate::runtime::errors::source_position(&fc.source, offset);
        Some((fc.source.name.to_string(), line, col))
    }

    pub fn new_capability_for(&self, promise: Obj<'gc>) -> Capability<'gc> {
        Capability { promise: Value::Object(promise), resolve: Value::Undefined, reject: Value::Undefined }
    }
}
