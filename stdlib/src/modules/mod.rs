//! The module loader: stdlib files, CommonJS, JSON and ES modules, all in one table.
//!
//! Each module has plain metadata here (path, kind, compiled ES module code and its resolved
//! dependencies) and a *record* object in the arena (`vm.host_hooks[REGISTRY]`, an array
//! indexed like the table) holding its garbage-collected parts: the CommonJS `module` object,
//! the ES module's closure and namespace, and the evaluation state the JS driver
//! (`glue.js`) reads.

pub mod builtin;
pub mod commonjs;
pub mod esm;
pub mod node_module;
pub mod package_json;
pub mod precompiled;
pub mod resolve;
mod stdlib_files;
mod wrapper;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use minijs_vm::Mutation;
use minijs_vm::bytecode::proto::FunctionCode;
use minijs_vm::compiler::ModuleInfo;
use minijs_vm::exec::native::{Ctx, NativeResult};
use minijs_vm::heap::kind::ObjectKind;
use minijs_vm::heap::object::{Attrs, Obj, PropertyKey};
use minijs_vm::heap::value::Value;
use minijs_vm::vm::Vm;

use crate::internal::js_string;
use crate::state::with_host;
use resolve::{Referrer, Target};

/// `vm.host_hooks` key of the record array.
pub const REGISTRY: &str = "minijs:modules";
/// `vm.host_hooks` key of the main CommonJS module object (`require.main`).
pub const MAIN_MODULE: &str = "minijs:mainModule";

/// Referrer index for code the host itself loads (bootstrap, the main entry).
pub const HOST_REFERRER: i64 = -1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleKind {
    /// A stdlib file: a CommonJS body that also receives `internal`.
    Stdlib,
    /// A built-in implemented in Rust (`node:module`).
    Host,
    CommonJs,
    Json,
    Esm,
    /// A `.js` file without a package `type`: CommonJS unless only module syntax parses.
    Detect,
}

/// An ES module after compilation.
pub struct EsmMeta {
    pub code: Rc<FunctionCode>,
    pub info: ModuleInfo,
    /// The module index of each of `info.requests`.
    pub deps: Vec<usize>,
    /// Closure created and imports linked.
    pub linked: bool,
}

pub struct ModuleMeta {
    /// The table key: an absolute path, or `stdlib:<table name>` / `host:<name>`.
    pub key: String,
    pub kind: ModuleKind,
    /// The name stack traces and `import.meta.url` use (the path for files).
    pub source_name: String,
    /// The file's directory (relative specifiers start there).
    pub dir: Option<PathBuf>,
    /// The source text, once read.
    pub source: Option<Rc<str>>,
    pub esm: Option<EsmMeta>,
    /// A CommonJS wrapper compiled ahead: the main file (checked before anything runs) and
    /// stdlib files (precompiled at build time).
    pub compiled: Option<Rc<FunctionCode>>,
}

#[derive(Default)]
pub struct ModuleTable {
    pub metas: Vec<ModuleMeta>,
    /// The main entry (its CommonJS `module.id` is ".").
    pub main: Option<usize>,
    by_key: HashMap<String, usize>,
}

impl ModuleTable {
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }
    pub fn index_by_source_name(&self, name: &str) -> Option<usize> {
        self.by_key.get(name).copied().or_else(|| self.metas.iter().position(|m| m.source_name == name && m.source.is_some()))
    }
    pub fn push(&mut self, meta: ModuleMeta) -> usize {
        let index = self.metas.len();
        self.by_key.insert(meta.key.clone(), index);
        self.metas.push(meta);
        index
    }
}

/// An error object with a Node-style `code` property.
pub fn coded_error<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, message: &str, code: &str) -> Value<'gc> {
    let proto = vm.realm.error_proto;
    let error = vm.make_error(mc, proto, message);
    if let Value::Object(o) = error {
        let code = js_string(mc, code);
        vm.define_value(mc, o, "code", code, Attrs::ALL);
    }
    error
}

/// A SyntaxError whose stack points at `file:line:col` (so reports show the source line).
/// `shift`: the wrapper columns line 1 has in stack traces of this file.
pub fn syntax_error_at<'gc>(
    mc: &Mutation<'gc>,
    vm: &mut Vm<'gc>,
    message: &str,
    (file, src, shift): (&str, &str, usize),
    offset: usize,
) -> Value<'gc> {
    let error = vm.syntax_error(mc, message);
    if let Value::Object(o) = error {
        let (line, mut col) = minijs_parser::line_col(src, offset.min(src.len()));
        if line == 1 {
            col += shift as u32;
        }
        let stack = js_string(mc, &format!("SyntaxError: {message}\n    at {file}:{line}:{col}"));
        vm.define_value(mc, o, "stack", stack, Attrs::HIDDEN);
    }
    error
}

// ---------------------------------------------------------------------------------------------
// Records

/// The record array, created on first use.
fn registry<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) -> Obj<'gc> {
    if let Some(Value::Object(o)) = vm.host_hooks.get(REGISTRY) {
        return *o;
    }
    let array = vm.new_array(mc, Vec::new());
    vm.host_hooks.insert(REGISTRY, Value::Object(array));
    array
}

/// The record object of module `index` (null prototype, never seen by user code).
pub fn record<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) -> Obj<'gc> {
    let registry = registry(mc, vm);
    let existing = registry.borrow().elements.get(index).copied();
    if let Some(Value::Object(o)) = existing {
        return o;
    }
    let o = Obj::new(mc, None, ObjectKind::Ordinary);
    let mut data = registry.borrow_mut(mc);
    if data.elements.len() <= index {
        data.elements.resize(index + 1, Value::Undefined);
    }
    if let Some(slot) = data.elements.get_mut(index) {
        *slot = Value::Object(o);
    }
    o
}

pub fn record_get<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize, field: &str) -> Value<'gc> {
    let r = record(mc, vm, index);
    vm.get_own_value(r, field)
}

pub fn record_set<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize, field: &str, v: Value<'gc>) {
    let r = record(mc, vm, index);
    let key = PropertyKey::String(vm.intern(mc, field));
    r.set_raw(mc, key, v, Attrs::ALL);
}

// ---------------------------------------------------------------------------------------------
// Finding and creating modules

/// What the loader knows about a referrer module (or the host).
pub struct ReferrerInfo {
    pub dir: Option<PathBuf>,
    pub is_stdlib: bool,
    pub name: String,
}

pub fn referrer_info(index: i64) -> ReferrerInfo {
    let host_dir = || std::env::current_dir().ok();
    if index < 0 {
        return ReferrerInfo { dir: host_dir(), is_stdlib: true, name: "<host>".into() };
    }
    with_host(|h| match h.modules.metas.get(index as usize) {
        Some(m) => ReferrerInfo { dir: m.dir.clone(), is_stdlib: m.kind == ModuleKind::Stdlib, name: m.source_name.clone() },
        None => ReferrerInfo { dir: None, is_stdlib: false, name: "<unknown>".into() },
    })
}

/// Resolves `specifier` from `referrer` and returns the module's index, creating its entry
/// (and reading its file) on first use.
pub fn resolve_module<'gc>(
    mc: &Mutation<'gc>,
    vm: &mut Vm<'gc>,
    specifier: &str,
    referrer: &ReferrerInfo,
    esm: bool,
) -> Result<usize, Value<'gc>> {
    let (filesystem, test262) = with_host(|h| (h.policy.filesystem, h.policy.test262));
    let r = Referrer { dir: referrer.dir.as_deref(), is_stdlib: referrer.is_stdlib, esm, name: &referrer.name };
    let target = resolve::resolve(specifier, &r, filesystem).map_err(|e| coded_error(mc, vm, &e.message, e.code))?;
    module_for_target(mc, vm, target, esm && test262)
}

/// The module index of a resolved target.
pub fn module_for_target<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, target: Target, force_esm: bool) -> Result<usize, Value<'gc>> {
    let key = match &target {
        Target::Stdlib(name) => format!("stdlib:{name}"),
        Target::Host(name) => format!("host:{name}"),
        Target::File(path) => path.display().to_string(),
    };
    if let Some(index) = with_host(|h| h.modules.index_of(&key)) {
        return Ok(index);
    }
    let meta = match target {
        Target::Stdlib(name) => {
            let source = builtin::stdlib_source(name);
            let compiled = source.as_deref().and_then(|text| precompiled::precompiled_stdlib(name, text));
            ModuleMeta {
                key,
                kind: ModuleKind::Stdlib,
                source_name: builtin::stdlib_source_name(name),
                dir: None,
                source,
                esm: None,
                compiled,
            }
        }
        Target::Host(name) => ModuleMeta {
            key,
            kind: ModuleKind::Host,
            source_name: format!("node:{name}"),
            dir: None,
            source: None,
            esm: None,
            compiled: None,
        },
        Target::File(path) => {
            let text = std::fs::read_to_string(&path).map_err(|e| {
                let message = format!("Cannot read module '{}': {e}", path.display());
                coded_error(mc, vm, &message, "MODULE_NOT_FOUND")
            })?;
            let kind = if force_esm { ModuleKind::Esm } else { file_kind(&path) };
            file_meta(key, &path, kind, Rc::from(text))
        }
    };
    Ok(with_host(|h| h.modules.push(meta)))
}

/// A module entry for a file whose text the caller already has (the main entry).
pub fn add_file_module(path: &Path, kind: ModuleKind, text: Rc<str>) -> usize {
    let key = path.display().to_string();
    with_host(|h| match h.modules.index_of(&key) {
        Some(index) => index,
        None => h.modules.push(file_meta(key, path, kind, text)),
    })
}

fn file_meta(key: String, path: &Path, kind: ModuleKind, text: Rc<str>) -> ModuleMeta {
    ModuleMeta {
        source_name: key.clone(),
        key,
        kind,
        dir: path.parent().map(Path::to_path_buf),
        source: Some(text),
        esm: None,
        compiled: None,
    }
}

/// The kind of a file by Node's rules: extension, then the package `type`, else detection.
pub fn file_kind(path: &Path) -> ModuleKind {
    match path.extension().and_then(|e| e.to_str()) {
        Some("mjs") => ModuleKind::Esm,
        Some("cjs") => ModuleKind::CommonJs,
        Some("json") => ModuleKind::Json,
        _ => match resolve::package_type(path).as_deref() {
            Some("module") => ModuleKind::Esm,
            Some("commonjs") => ModuleKind::CommonJs,
            _ => ModuleKind::Detect,
        },
    }
}

/// Settles a `Detect` module's kind from its source: CommonJS if it parses as a function
/// body, else an ES module if it parses as one (Node's syntax detection).
pub fn settle_kind(index: usize) -> ModuleKind {
    let (kind, source) = with_host(|h| {
        let m = h.modules.metas.get(index);
        (m.map(|m| m.kind), m.and_then(|m| m.source.clone()))
    });
    let Some(kind) = kind else {
        return ModuleKind::CommonJs;
    };
    if kind != ModuleKind::Detect {
        return kind;
    }
    let source = source.unwrap_or_else(|| Rc::from(""));
    let settled = if commonjs::parses_as_commonjs(&source) || minijs_parser::parse_module(&source).is_err() {
        ModuleKind::CommonJs
    } else {
        ModuleKind::Esm
    };
    with_host(|h| {
        if let Some(m) = h.modules.metas.get_mut(index) {
            m.kind = settled;
        }
    });
    settled
}

/// Loads module `index` the way `require` does and returns (or continues to) its exports.
pub fn require_index<'gc>(ctx: &mut Ctx<'gc, '_>, index: usize) -> NativeResult<'gc> {
    match settle_kind(index) {
        ModuleKind::Esm => esm::require_esm(ctx, index),
        ModuleKind::Host => node_module::exports(ctx, index),
        _ => commonjs::require_commonjs(ctx, index),
    }
}
