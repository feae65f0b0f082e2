//! ES modules: loading a module graph, instantiating each body (a closure whose upvalues are
//! the module's top-level bindings), linking imports by sharing the exporter's cells, namespace
//! objects, and the records the evaluation driver in `glue.js` runs in post-order.
//!
//! CommonJS, JSON and built-in modules imported from ES modules are *synthetic*: they evaluate
//! (are required) at their place in the order, then fill the importers' cells with
//! `module.exports` (`default`) and its properties (named imports).

use std::collections::HashSet;
use std::rc::Rc;

use minijs_vm::compiler::ExportEntry;
use minijs_vm::exec::native::{Continuation, Ctx, NativeResult};
use minijs_vm::heap::kind::{Cell, ObjectKind};
use minijs_vm::heap::object::{Attrs, Lookup, Obj, PropertyKey};
use minijs_vm::heap::value::Value;
use minijs_vm::vm::Vm;
use minijs_vm::{Gc, Mutation};

use super::{EsmMeta, ModuleKind, coded_error, record, record_get, record_set, referrer_info, syntax_error_at};
use crate::internal::js_string;
use crate::state::with_host;

/// `vm.host_hooks` keys of the glue functions.
pub const EVALUATE_SYNC: &str = "minijs:evaluateSync";

/// Where an export's value lives.
#[derive(Clone, Debug, PartialEq)]
enum Binding {
    /// Upvalue `cell` of ES module `module`'s closure.
    Cell(usize, u32),
    /// Property `name` of a synthetic module's exports (`default`: the exports themselves).
    Synthetic(usize, Rc<str>),
    /// The namespace object of a module.
    Namespace(usize),
    /// No such export (or a circular re-export).
    Missing,
    /// Two `export *` provide different bindings for the name.
    Ambiguous,
}

fn spec_string(units: &[u16]) -> String {
    String::from_utf16_lossy(units)
}

fn is_esm(index: usize) -> bool {
    with_host(|h| h.modules.metas.get(index).is_some_and(|m| m.kind == ModuleKind::Esm))
}

// ---------------------------------------------------------------------------------------------
// Loading

/// Compiles every not-yet-compiled ES module reachable from `entry` and resolves their
/// requests.
fn compile_graph<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, entry: usize) -> Result<(), Value<'gc>> {
    let mut stack = vec![entry];
    let mut seen = HashSet::new();
    while let Some(index) = stack.pop() {
        if !seen.insert(index) || super::settle_kind(index) != ModuleKind::Esm {
            continue;
        }
        let deps = match with_host(|h| h.modules.metas.get(index).and_then(|m| m.esm.as_ref().map(|e| e.deps.clone()))) {
            Some(deps) => deps,
            None => compile_one(mc, vm, index)?,
        };
        stack.extend(deps.into_iter().rev());
    }
    Ok(())
}

fn compile_one<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) -> Result<Vec<usize>, Value<'gc>> {
    let (name, source) = with_host(|h| {
        let m = h.modules.metas.get(index);
        (m.map(|m| m.source_name.clone()).unwrap_or_default(), m.and_then(|m| m.source.clone()).unwrap_or_else(|| Rc::from("")))
    });
    with_host(|h| h.remember_source(&name, source.clone()));
    let (code, info) =
        minijs_vm::compile_module(&source, &name).map_err(|e| syntax_error_at(mc, vm, &e.message, (&name, &source, 0), e.span.0))?;
    let referrer = referrer_info(index as i64);
    let mut deps = Vec::with_capacity(info.requests.len());
    for request in &info.requests {
        deps.push(super::resolve_module(mc, vm, &spec_string(request), &referrer, true)?);
    }
    with_host(|h| {
        if let Some(m) = h.modules.metas.get_mut(index) {
            m.esm = Some(EsmMeta { code, info, deps: deps.clone(), linked: false });
        }
    });
    Ok(deps)
}

/// The graph below `entry` in evaluation order (dependencies first).
fn post_order(entry: usize) -> Vec<usize> {
    let mut order = Vec::new();
    let mut visited = HashSet::new();
    // (module, next dependency to visit)
    let mut stack = vec![(entry, 0usize)];
    visited.insert(entry);
    while let Some((index, next)) = stack.pop() {
        let dep = with_host(|h| h.modules.metas.get(index).and_then(|m| m.esm.as_ref()).and_then(|e| e.deps.get(next).copied()));
        match dep {
            Some(dep) => {
                stack.push((index, next + 1));
                if visited.insert(dep) {
                    stack.push((dep, 0));
                }
            }
            None => order.push(index),
        }
    }
    order
}

/// Loads, instantiates and links the graph of ES module `entry`; returns the records to
/// evaluate, in order, as a JS array.
pub fn load_graph<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, entry: usize) -> Result<Value<'gc>, Value<'gc>> {
    compile_graph(mc, vm, entry)?;
    let order = post_order(entry);
    let mut to_link = Vec::new();
    for &index in &order {
        if is_esm(index) {
            let linked = with_host(|h| h.modules.metas.get(index).and_then(|m| m.esm.as_ref()).is_some_and(|e| e.linked));
            if !linked {
                instantiate(mc, vm, index);
                to_link.push(index);
            }
        } else {
            prepare_synthetic(mc, vm, index);
        }
    }
    for &index in &to_link {
        check_indirect_exports(mc, vm, index)?;
        link(mc, vm, index)?;
    }
    // Namespaces list their names (and the values initialized so far) from the start.
    for &index in &to_link {
        if record_get(mc, vm, index, "ns").is_object() {
            refresh_namespace(mc, vm, index);
        }
    }
    for &index in &to_link {
        with_host(|h| {
            if let Some(e) = h.modules.metas.get_mut(index).and_then(|m| m.esm.as_mut()) {
                e.linked = true;
            }
        });
    }
    let records = order.iter().map(|&i| Value::Object(record(mc, vm, i))).collect();
    Ok(Value::Object(vm.new_array(mc, records)))
}

/// Creates the module's closure with fresh cells (TDZ) for its top-level bindings.
fn instantiate<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) {
    let Some((code, is_async)) = with_host(|h| {
        let e = h.modules.metas.get(index)?.esm.as_ref()?;
        Some((e.code.clone(), e.info.has_top_level_await))
    }) else {
        return;
    };
    let loaded = vm.load_code(mc, &code);
    let cells: Vec<Cell<'gc>> = code.captures.iter().map(|_| Gc::new(mc, gc_arena_lock(Value::Empty))).collect();
    let closure = vm.make_function(mc, loaded, cells, None, None);
    record_set(mc, vm, index, "fn", Value::Object(closure));
    let after = vm.native_function(mc, "refreshNamespace", 0, refresh_native, Value::Number(index as f64), false);
    record_set(mc, vm, index, "after", Value::Object(after));
    record_set(mc, vm, index, "isAsync", Value::Bool(is_async));
    record_set(mc, vm, index, "state", Value::Number(0.0));
}

fn gc_arena_lock(v: Value<'_>) -> gc_arena::Lock<Value<'_>> {
    gc_arena::Lock::new(v)
}

/// A synthetic module's record: evaluating it requires the module, then fills importers.
fn prepare_synthetic<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) {
    if record_get(mc, vm, index, "fn").is_object() {
        return;
    }
    let data = Value::Number(index as f64);
    let evaluate = vm.native_function(mc, "evaluateSynthetic", 0, evaluate_synthetic, data, false);
    let after = vm.native_function(mc, "fillImports", 0, fill_native, data, false);
    record_set(mc, vm, index, "fn", Value::Object(evaluate));
    record_set(mc, vm, index, "after", Value::Object(after));
    record_set(mc, vm, index, "isAsync", Value::Bool(false));
    record_set(mc, vm, index, "state", Value::Number(0.0));
    let fills = vm.new_array(mc, Vec::new());
    record_set(mc, vm, index, "fills", Value::Object(fills));
}

// ---------------------------------------------------------------------------------------------
// Linking

fn closure_of<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) -> Option<Obj<'gc>> {
    match record_get(mc, vm, index, "fn") {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Closure(_)) => Some(o),
        _ => None,
    }
}

fn cell_of<'gc>(closure: Obj<'gc>, i: u32) -> Option<Cell<'gc>> {
    match &closure.borrow().kind {
        ObjectKind::Closure(c) => c.upvals.get(i as usize).copied(),
        _ => None,
    }
}

fn set_cell<'gc>(mc: &Mutation<'gc>, closure: Obj<'gc>, i: u32, cell: Cell<'gc>) {
    if let ObjectKind::Closure(c) = &mut closure.borrow_mut(mc).kind
        && let Some(slot) = c.upvals.get_mut(i as usize)
    {
        *slot = cell;
    }
}

/// The module a request of `index` resolved to.
fn dependency(index: usize, specifier: &[u16]) -> Option<usize> {
    with_host(|h| {
        let e = h.modules.metas.get(index)?.esm.as_ref()?;
        let position = e.info.requests.iter().position(|r| &r[..] == specifier)?;
        e.deps.get(position).copied()
    })
}

/// ResolveExport: where `name` exported by `index` lives.
fn resolve_export(index: usize, name: &str, visited: &mut HashSet<(usize, String)>) -> Binding {
    if !visited.insert((index, name.to_string())) {
        return Binding::Missing;
    }
    if !is_esm(index) {
        return Binding::Synthetic(index, Rc::from(name));
    }
    let Some((exports, imports)) = with_host(|h| {
        let e = h.modules.metas.get(index)?.esm.as_ref()?;
        Some((e.info.exports.clone(), e.info.imports.clone()))
    }) else {
        return Binding::Missing;
    };
    for entry in &exports {
        match entry {
            ExportEntry::Local { exported, cell } if &**exported == name => {
                // A re-exported import is the imported binding itself.
                if let Some(import) = imports.iter().find(|i| i.cell == *cell) {
                    let Some(dep) = dependency(index, &import.specifier) else {
                        return Binding::Missing;
                    };
                    return match &import.imported {
                        Some(imported) => resolve_export(dep, imported, visited),
                        None => Binding::Namespace(dep),
                    };
                }
                return Binding::Cell(index, *cell);
            }
            ExportEntry::Indirect { exported, imported, specifier } if &**exported == name => {
                let Some(dep) = dependency(index, specifier) else {
                    return Binding::Missing;
                };
                return resolve_export(dep, imported, visited);
            }
            ExportEntry::Namespace { exported, specifier } if &**exported == name => {
                return dependency(index, specifier).map_or(Binding::Missing, Binding::Namespace);
            }
            _ => {}
        }
    }
    if name == "default" {
        return Binding::Missing;
    }
    // `export *`: the name must come from exactly one binding.
    let mut star_resolution = Binding::Missing;
    for entry in &exports {
        if let ExportEntry::Star { specifier } = entry
            && let Some(dep) = dependency(index, specifier)
        {
            match resolve_export(dep, name, visited) {
                Binding::Missing => {}
                Binding::Ambiguous => return Binding::Ambiguous,
                found if star_resolution == Binding::Missing => star_resolution = found,
                found if found != star_resolution => return Binding::Ambiguous,
                _ => {}
            }
        }
    }
    star_resolution
}

/// A SyntaxError for a failed link of module `index`, located at `specifier` in its source.
fn link_error<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize, specifier: &str, message: &str) -> Value<'gc> {
    let (file, source) = with_host(|h| {
        let m = h.modules.metas.get(index);
        (m.map(|m| m.source_name.clone()).unwrap_or_default(), m.and_then(|m| m.source.clone()).unwrap_or_else(|| Rc::from("")))
    });
    let offset = source.find(specifier).unwrap_or(0);
    syntax_error_at(mc, vm, message, (&file, &source, 0), offset)
}

/// The message for an import or re-export that does not resolve.
fn unresolved_message(specifier: &str, name: &str, binding: &Binding) -> String {
    if *binding == Binding::Ambiguous {
        format!("The requested module '{specifier}' contains conflicting star exports for name '{name}'")
    } else {
        format!("The requested module '{specifier}' does not provide an export named '{name}'")
    }
}

/// Every indirect export of module `index` must resolve (InitializeEnvironment step 1).
fn check_indirect_exports<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) -> Result<(), Value<'gc>> {
    let exports =
        with_host(|h| h.modules.metas.get(index).and_then(|m| m.esm.as_ref()).map(|e| e.info.exports.clone()).unwrap_or_default());
    for entry in &exports {
        if let ExportEntry::Indirect { exported, imported, specifier } = entry {
            let binding = resolve_export(index, exported, &mut HashSet::new());
            if matches!(binding, Binding::Missing | Binding::Ambiguous) {
                let message = unresolved_message(&spec_string(specifier), imported, &binding);
                return Err(link_error(mc, vm, index, &spec_string(specifier), &message));
            }
        }
    }
    Ok(())
}

/// GetModuleNamespace's check: every exported name must resolve (ambiguous ones are left out).
fn check_namespace<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, importer: usize, module: usize, specifier: &str) -> Result<(), Value<'gc>> {
    if !is_esm(module) {
        return Ok(());
    }
    for name in export_names(mc, vm, module, &mut HashSet::new()) {
        if resolve_export(module, &name, &mut HashSet::new()) == Binding::Missing {
            let message = unresolved_message(specifier, &name, &Binding::Missing);
            return Err(link_error(mc, vm, importer, specifier, &message));
        }
    }
    Ok(())
}

/// Links the imports of ES module `index` to their exporters' cells.
fn link<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) -> Result<(), Value<'gc>> {
    let Some(closure) = closure_of(mc, vm, index) else {
        return Ok(());
    };
    let imports =
        with_host(|h| h.modules.metas.get(index).and_then(|m| m.esm.as_ref()).map(|e| e.info.imports.clone()).unwrap_or_default());
    for import in imports {
        let Some(dep) = dependency(index, &import.specifier) else {
            continue;
        };
        let binding = match &import.imported {
            None => {
                check_namespace(mc, vm, index, dep, &spec_string(&import.specifier))?;
                Binding::Namespace(dep)
            }
            Some(name) => resolve_export(dep, name, &mut HashSet::new()),
        };
        match binding {
            Binding::Cell(module, cell) => {
                if let Some(shared) = closure_of(mc, vm, module).and_then(|c| cell_of(c, cell)) {
                    set_cell(mc, closure, import.cell, shared);
                }
            }
            Binding::Namespace(module) => {
                let ns = namespace_of(mc, vm, module);
                set_cell(mc, closure, import.cell, Gc::new(mc, gc_arena_lock(Value::Object(ns))));
            }
            Binding::Synthetic(module, name) => {
                let cell = Gc::new(mc, gc_arena_lock(Value::Undefined));
                set_cell(mc, closure, import.cell, cell);
                add_fill(mc, vm, module, closure, import.cell, &name);
            }
            Binding::Missing | Binding::Ambiguous => {
                let specifier = spec_string(&import.specifier);
                let name = import.imported.as_deref().unwrap_or("*");
                let message = unresolved_message(&specifier, name, &binding);
                return Err(link_error(mc, vm, index, &specifier, &message));
            }
        }
    }
    Ok(())
}

/// Registers an importer cell a synthetic module fills after it evaluates (at once if it
/// already has).
fn add_fill<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, module: usize, closure: Obj<'gc>, cell: u32, name: &str) {
    prepare_synthetic(mc, vm, module);
    let name_value = js_string(mc, name);
    if let Value::Object(fills) = record_get(mc, vm, module, "fills") {
        fills.borrow_mut(mc).elements.extend([Value::Object(closure), Value::Number(f64::from(cell)), name_value]);
    }
    if record_get(mc, vm, module, "state") == Value::Number(2.0) {
        fill(mc, vm, module);
    }
}

// ---------------------------------------------------------------------------------------------
// Values and namespaces

/// A synthetic module's `module.exports`.
fn synthetic_exports<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, module: usize) -> Value<'gc> {
    match record_get(mc, vm, module, "module") {
        Value::Object(m) => vm.get_own_value(m, "exports"),
        _ => Value::Undefined,
    }
}

/// A data property of `v` (getters are not run: they read as undefined).
fn data_property<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, v: Value<'gc>, name: &str) -> Value<'gc> {
    let Value::Object(o) = v else {
        return Value::Undefined;
    };
    let Some(key) = vm.to_key_fast(mc, js_string(mc, name)) else {
        return Value::Undefined;
    };
    match o.lookup(key) {
        Lookup::Value(v) => v,
        _ => Value::Undefined,
    }
}

fn synthetic_value<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, module: usize, name: &str) -> Value<'gc> {
    let exports = synthetic_exports(mc, vm, module);
    if name == "default" || name == "module.exports" { exports } else { data_property(mc, vm, exports, name) }
}

fn binding_value<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, binding: &Binding) -> Option<Value<'gc>> {
    match binding {
        Binding::Cell(module, cell) => {
            let v = closure_of(mc, vm, *module).and_then(|c| cell_of(c, *cell)).map(|c| c.get())?;
            Some(if matches!(v, Value::Empty) { Value::Undefined } else { v })
        }
        Binding::Synthetic(module, name) => Some(synthetic_value(mc, vm, *module, name)),
        Binding::Namespace(module) => Some(Value::Object(namespace_of(mc, vm, *module))),
        Binding::Missing | Binding::Ambiguous => None,
    }
}

/// The export names of a module (sorted later).
fn export_names<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize, visited: &mut HashSet<usize>) -> Vec<String> {
    if !visited.insert(index) {
        return Vec::new();
    }
    if !is_esm(index) {
        let exports = synthetic_exports(mc, vm, index);
        let mut names = vec!["default".to_string()];
        if with_host(|h| h.modules.metas.get(index).is_some_and(|m| matches!(m.kind, ModuleKind::CommonJs | ModuleKind::Json))) {
            names.push("module.exports".into());
        }
        if let Value::Object(o) = exports {
            for key in o.own_keys() {
                let enumerable = o.get_own(key).is_some_and(|p| p.attrs.enumerable());
                if let (PropertyKey::String(a), true) = (key, enumerable) {
                    names.push(a.string().to_rust_string());
                } else if let (PropertyKey::Index(i), true) = (key, enumerable) {
                    names.push(i.to_string());
                }
            }
        }
        return names;
    }
    let exports =
        with_host(|h| h.modules.metas.get(index).and_then(|m| m.esm.as_ref()).map(|e| e.info.exports.clone()).unwrap_or_default());
    let mut names = Vec::new();
    for entry in &exports {
        match entry {
            ExportEntry::Local { exported, .. } | ExportEntry::Indirect { exported, .. } | ExportEntry::Namespace { exported, .. } => {
                names.push(exported.to_string());
            }
            ExportEntry::Star { specifier } => {
                if let Some(dep) = dependency(index, specifier) {
                    names.extend(export_names(mc, vm, dep, visited).into_iter().filter(|n| n != "default"));
                }
            }
        }
    }
    names
}

/// The namespace object of a module (created empty; filled after the module evaluates).
pub fn namespace_of<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) -> Obj<'gc> {
    if let Value::Object(ns) = record_get(mc, vm, index, "ns") {
        return ns;
    }
    let ns = Obj::new(mc, None, ObjectKind::Namespace(Vec::new()));
    let tag = js_string(mc, "Module");
    ns.set_raw(mc, PropertyKey::Symbol(vm.realm.symbols.to_string_tag), tag, Attrs::NONE);
    ns.borrow_mut(mc).extensible = false;
    record_set(mc, vm, index, "ns", Value::Object(ns));
    ns
}

/// Rebuilds a namespace's properties (sorted names, current values) and its export cells:
/// property reads go through the cells (live bindings); the data properties give the keys,
/// order and enumerability, and are read-only so that assignments fail as they must.
fn refresh_namespace<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, index: usize) {
    let ns = namespace_of(mc, vm, index);
    let mut names = export_names(mc, vm, index, &mut HashSet::new());
    names.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
    names.dedup();
    let mut entries = Vec::with_capacity(names.len());
    let mut live = Vec::new();
    for name in names {
        let binding = if is_esm(index) {
            resolve_export(index, &name, &mut HashSet::new())
        } else {
            Binding::Synthetic(index, Rc::from(name.as_str()))
        };
        if let Some(value) = binding_value(mc, vm, &binding)
            && let Some(key) = vm.to_key_fast(mc, js_string(mc, &name))
        {
            if let Binding::Cell(module, cell) = &binding
                && let Some(cell) = closure_of(mc, vm, *module).and_then(|c| cell_of(c, *cell))
            {
                live.push((key, cell));
            }
            entries.push((key, value));
        }
    }
    // Reads go through the export cells, so the namespace follows later assignments.
    ns.borrow_mut(mc).kind = ObjectKind::Namespace(live);
    let tag_key = PropertyKey::Symbol(vm.realm.symbols.to_string_tag);
    let tag = ns.get_own(tag_key);
    ns.borrow_mut(mc).props.clear();
    for (key, value) in entries {
        ns.set_raw(mc, key, value, Attrs(Attrs::ENUMERABLE));
    }
    if let Some(tag) = tag {
        ns.borrow_mut(mc).props.insert(tag_key, tag);
    }
}

fn index_of_native(ctx: &Ctx<'_, '_>) -> usize {
    match minijs_vm::builtins::native_data(ctx) {
        Value::Number(n) => n as usize,
        _ => usize::MAX,
    }
}

/// `after` of an ES module: its namespace now has the evaluated values.
fn refresh_native<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let index = index_of_native(ctx);
    refresh_namespace(ctx.mc, ctx.vm, index);
    NativeResult::Return(Value::Undefined)
}

/// `fn` of a synthetic module: require it.
fn evaluate_synthetic<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let index = index_of_native(ctx);
    super::require_index(ctx, index)
}

/// Fills every registered importer cell and the namespace of synthetic module `module`.
fn fill<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, module: usize) {
    let fills = match record_get(mc, vm, module, "fills") {
        Value::Object(f) => f.borrow().elements.clone(),
        _ => Vec::new(),
    };
    for triple in fills.chunks(3) {
        if let [Value::Object(closure), Value::Number(cell), Value::String(name)] = triple {
            let value = synthetic_value(mc, vm, module, &name.to_rust_string());
            if let Some(c) = cell_of(*closure, *cell as u32) {
                c.set(mc, value);
            }
        }
    }
    refresh_namespace(mc, vm, module);
}

/// `after` of a synthetic module.
fn fill_native<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let index = index_of_native(ctx);
    fill(ctx.mc, ctx.vm, index);
    NativeResult::Return(Value::Undefined)
}

// ---------------------------------------------------------------------------------------------
// Entry points

/// `require()` of an ES module (Node 22+): evaluate its graph synchronously, return the
/// namespace.
pub fn require_esm<'gc>(ctx: &mut Ctx<'gc, '_>, index: usize) -> NativeResult<'gc> {
    let records = match load_graph(ctx.mc, ctx.vm, index) {
        Ok(r) => r,
        Err(e) => return NativeResult::Throw(e),
    };
    let evaluate = ctx.vm.host_hooks.get(EVALUATE_SYNC).copied().unwrap_or(Value::Undefined);
    let then = Continuation { f: return_namespace, values: vec![Value::Number(index as f64)], mapping: None, callee: ctx.callee };
    NativeResult::Call { f: evaluate, this: Value::Undefined, args: vec![records], then: Some(then) }
}

fn return_namespace<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    match result {
        Ok(_) => {
            let index = match cont.values.first() {
                Some(Value::Number(n)) => *n as usize,
                _ => usize::MAX,
            };
            NativeResult::Return(Value::Object(namespace_of(ctx.mc, ctx.vm, index)))
        }
        Err(e) => NativeResult::Throw(e),
    }
}

/// The records and namespace for `import(specifier)` from `referrer` (a source name).
pub fn load_for_import<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, specifier: &str, referrer: &str) -> Result<Value<'gc>, Value<'gc>> {
    let referrer_index = with_host(|h| h.modules.index_by_source_name(referrer));
    let info = match referrer_index {
        Some(i) => referrer_info(i as i64),
        None => {
            let path = std::path::Path::new(referrer);
            let mut info = referrer_info(super::HOST_REFERRER);
            info.is_stdlib = false;
            if path.is_absolute() {
                info.dir = path.parent().map(std::path::Path::to_path_buf);
                info.name = referrer.to_string();
            }
            info
        }
    };
    let index = super::resolve_module(mc, vm, specifier, &info, true)?;
    let records = if super::settle_kind(index) == ModuleKind::Esm {
        load_graph(mc, vm, index)?
    } else {
        prepare_synthetic(mc, vm, index);
        let r = record(mc, vm, index);
        Value::Object(vm.new_array(mc, vec![Value::Object(r)]))
    };
    let ns = namespace_of(mc, vm, index);
    Ok(Value::Object(vm.new_array(mc, vec![records, Value::Object(ns)])))
}

/// `natives.load(specifier, referrer)` for the glue's `import()`.
pub fn import_load_native<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let specifier = match minijs_vm::builtins::arg(args, 0) {
        Value::String(s) => s.to_rust_string(),
        other => {
            let shown = ctx.vm.display_value(other);
            let message = format!("The \"specifier\" argument must be a string. Received {shown}");
            return NativeResult::Throw(coded_error(ctx.mc, ctx.vm, &message, "ERR_INVALID_ARG_TYPE"));
        }
    };
    let referrer = match minijs_vm::builtins::arg(args, 1) {
        Value::String(s) => s.to_rust_string(),
        _ => String::new(),
    };
    match load_for_import(ctx.mc, ctx.vm, &specifier, &referrer) {
        Ok(v) => NativeResult::Return(v),
        Err(e) => NativeResult::Throw(e),
    }
}
