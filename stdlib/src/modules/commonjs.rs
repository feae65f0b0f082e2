//! CommonJS: the module wrapper, `require` (a native per module whose `data` is the
//! requiring module's index), the module cache (the record's `module` object, present while
//! loading so cycles see partial exports) and JSON modules.

use std::rc::Rc;

use minijs_vm::builtins::{arg, native_data};
use minijs_vm::exec::native::{Continuation, Ctx, NativeResult};
use minijs_vm::exec::property::Get;
use minijs_vm::heap::object::{Attrs, PropertyKey};
use minijs_vm::heap::value::Value;

use super::{ModuleKind, coded_error, record_get, record_set, referrer_info, syntax_error_at};
use crate::internal::{INTERNAL, js_string};
use crate::state::with_host;

pub use super::wrapper::{STDLIB_PARAMS, USER_PARAMS, compile_wrapper, wrapper_shift};

/// Whether `src` is valid as a CommonJS module body (Node's first attempt before detecting
/// ES module syntax).
pub fn parses_as_commonjs(src: &str) -> bool {
    minijs_parser::parse_script(&super::wrapper::wrap(src, USER_PARAMS)).is_ok()
}

/// A `require` function for module `index` (or the host, with `HOST_REFERRER`).
pub fn make_require<'gc>(ctx_mc: &minijs_vm::Mutation<'gc>, vm: &mut minijs_vm::vm::Vm<'gc>, index: i64) -> Value<'gc> {
    let data = Value::Number(index as f64);
    let require = vm.native_function(ctx_mc, "require", 1, require_native, data, false);
    let resolve = vm.native_function(ctx_mc, "resolve", 1, resolve_native, data, false);
    vm.define_value(ctx_mc, require, "resolve", Value::Object(resolve), Attrs::ALL);
    let cache = vm.new_object(ctx_mc);
    vm.define_value(ctx_mc, require, "cache", Value::Object(cache), Attrs::ALL);
    let main = vm.host_hooks.get(super::MAIN_MODULE).copied().unwrap_or(Value::Undefined);
    vm.define_value(ctx_mc, require, "main", main, Attrs::ALL);
    Value::Object(require)
}

fn referrer_of(ctx: &Ctx<'_, '_>) -> i64 {
    match native_data(ctx) {
        Value::Number(n) => n as i64,
        _ => super::HOST_REFERRER,
    }
}

fn specifier_arg<'gc>(ctx: &mut Ctx<'gc, '_>, v: Value<'gc>) -> Result<String, Value<'gc>> {
    match v {
        Value::String(s) if !s.is_empty() => Ok(s.to_rust_string()),
        Value::String(_) => {
            let message = "The argument 'id' must be a non-empty string. Received ''";
            Err(coded_error(ctx.mc, ctx.vm, message, "ERR_INVALID_ARG_VALUE"))
        }
        other => {
            let message = format!("The \"id\" argument must be of type string. Received {}", ctx.vm.display_value(other));
            Err(coded_error(ctx.mc, ctx.vm, &message, "ERR_INVALID_ARG_TYPE"))
        }
    }
}

/// `require(specifier)`
fn require_native<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let specifier = match specifier_arg(ctx, arg(args, 0)) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    let referrer = referrer_info(referrer_of(ctx));
    match super::resolve_module(ctx.mc, ctx.vm, &specifier, &referrer, false) {
        Ok(index) => super::require_index(ctx, index),
        Err(e) => NativeResult::Throw(e),
    }
}

/// `require.resolve(specifier)`: the resolved file name (or the built-in's name).
fn resolve_native<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let specifier = match specifier_arg(ctx, arg(args, 0)) {
        Ok(s) => s,
        Err(e) => return NativeResult::Throw(e),
    };
    let referrer = referrer_info(referrer_of(ctx));
    match super::resolve_module(ctx.mc, ctx.vm, &specifier, &referrer, false) {
        Ok(index) => {
            let (kind, name) = with_host(|h| {
                let m = h.modules.metas.get(index);
                (m.map(|m| m.kind), m.map(|m| m.source_name.clone()).unwrap_or_default())
            });
            let shown = match kind {
                Some(ModuleKind::Stdlib | ModuleKind::Host) => specifier.trim_start_matches("node:").to_string(),
                _ => name,
            };
            NativeResult::Return(js_string(ctx.mc, &shown))
        }
        Err(e) => NativeResult::Throw(e),
    }
}

/// `module.exports` (running a getter if someone defined one).
fn exports_of<'gc>(ctx: &mut Ctx<'gc, '_>, module: Value<'gc>) -> NativeResult<'gc> {
    let key = PropertyKey::String(ctx.vm.intern(ctx.mc, "exports"));
    match ctx.vm.get(ctx.mc, module, key) {
        Get::Value(v) => NativeResult::Return(v),
        Get::Call(getter, receiver) => NativeResult::Call { f: getter, this: receiver, args: Vec::new(), then: None },
        Get::Throw(e) => NativeResult::Throw(e),
    }
}

/// Creates the `module` object of module `index`.
fn new_module_object<'gc>(ctx: &mut Ctx<'gc, '_>, index: usize, name: &str, dir: &str) -> Value<'gc> {
    let (mc, vm) = (ctx.mc, &mut *ctx.vm);
    let module = vm.new_object(mc);
    let exports = vm.new_object(mc);
    let is_main = index_is_main(index);
    let id = if is_main { "." } else { name };
    let fields = [("id", id), ("path", dir), ("filename", name)];
    for (field, text) in fields {
        let v = js_string(mc, text);
        vm.define_value(mc, module, field, v, Attrs::ALL);
    }
    vm.define_value(mc, module, "exports", Value::Object(exports), Attrs::ALL);
    vm.define_value(mc, module, "loaded", Value::Bool(false), Attrs::ALL);
    let children = vm.new_array(mc, Vec::new());
    vm.define_value(mc, module, "children", Value::Object(children), Attrs::ALL);
    let paths = vm.new_array(mc, Vec::new());
    vm.define_value(mc, module, "paths", Value::Object(paths), Attrs::ALL);
    if is_main {
        vm.host_hooks.insert(super::MAIN_MODULE, Value::Object(module));
    }
    Value::Object(module)
}

fn index_is_main(index: usize) -> bool {
    with_host(|h| h.modules.main == Some(index))
}

/// `require` of a CommonJS, JSON or stdlib module: the cached exports, or load it now.
pub fn require_commonjs<'gc>(ctx: &mut Ctx<'gc, '_>, index: usize) -> NativeResult<'gc> {
    let cached = record_get(ctx.mc, ctx.vm, index, "module");
    if cached.is_object() {
        return exports_of(ctx, cached);
    }
    let Some((kind, name, dir, source, compiled)) = with_host(|h| {
        h.modules.metas.get(index).map(|m| {
            let dir = m.dir.as_ref().map(|d| d.display().to_string()).unwrap_or_else(|| ".".into());
            (m.kind, m.source_name.clone(), dir, m.source.clone().unwrap_or_else(|| Rc::from("")), m.compiled.clone())
        })
    }) else {
        return NativeResult::Throw(ctx.vm.type_error(ctx.mc, "unknown module"));
    };
    if kind == ModuleKind::Json {
        return require_json(ctx, index, &name, &dir, &source);
    }
    let params = if kind == ModuleKind::Stdlib { STDLIB_PARAMS } else { USER_PARAMS };
    with_host(|h| h.remember_source(&name, source.clone()));
    let compiled = match compiled {
        Some(code) => Ok(code),
        None => compile_wrapper(&source, &name, params),
    };
    let code = match compiled {
        Ok(code) => code,
        Err(e) => {
            return NativeResult::Throw(syntax_error_at(ctx.mc, ctx.vm, &e.message, (&name, &source, wrapper_shift(params)), e.span.0));
        }
    };
    let module = new_module_object(ctx, index, &name, &dir);
    record_set(ctx.mc, ctx.vm, index, "module", module);
    let exports = match module {
        Value::Object(m) => ctx.vm.get_own_value(m, "exports"),
        _ => Value::Undefined,
    };
    let wrapper = ctx.vm.function_from_code(ctx.mc, &code);
    let require = make_require(ctx.mc, ctx.vm, index as i64);
    let args = if kind == ModuleKind::Stdlib {
        let internal = ctx.vm.host_hooks.get(INTERNAL).copied().unwrap_or(Value::Undefined);
        vec![exports, require, module, internal]
    } else {
        vec![exports, require, module, js_string(ctx.mc, &name), js_string(ctx.mc, &dir)]
    };
    let then = Continuation { f: require_done, values: vec![Value::Number(index as f64)], mapping: None, callee: ctx.callee };
    NativeResult::Call { f: wrapper, this: exports, args, then: Some(then) }
}

fn index_from(cont: &Continuation<'_>) -> usize {
    match cont.values.first() {
        Some(Value::Number(n)) => *n as usize,
        _ => usize::MAX,
    }
}

/// The wrapper returned: the module is loaded. If it threw, it leaves the cache (Node's rule)
/// so a later `require` tries again.
fn require_done<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let index = index_from(cont);
    let module = record_get(ctx.mc, ctx.vm, index, "module");
    match result {
        Ok(_) => {
            if let Value::Object(m) = module {
                ctx.vm.define_value(ctx.mc, m, "loaded", Value::Bool(true), Attrs::ALL);
            }
            exports_of(ctx, module)
        }
        Err(e) => {
            record_set(ctx.mc, ctx.vm, index, "module", Value::Undefined);
            NativeResult::Throw(e)
        }
    }
}

/// A JSON module: `module.exports = JSON.parse(text)`.
fn require_json<'gc>(ctx: &mut Ctx<'gc, '_>, index: usize, name: &str, dir: &str, source: &str) -> NativeResult<'gc> {
    let global = ctx.vm.realm.global;
    let parse = match ctx.vm.get_own_value(global, "JSON") {
        Value::Object(json) => ctx.vm.get_own_value(json, "parse"),
        _ => Value::Undefined,
    };
    let module = new_module_object(ctx, index, name, dir);
    record_set(ctx.mc, ctx.vm, index, "module", module);
    let text = js_string(ctx.mc, source.strip_prefix('\u{feff}').unwrap_or(source));
    let then = Continuation { f: json_parsed, values: vec![Value::Number(index as f64)], mapping: None, callee: ctx.callee };
    NativeResult::Call { f: parse, this: Value::Undefined, args: vec![text], then: Some(then) }
}

fn json_parsed<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let index = index_from(cont);
    let module = record_get(ctx.mc, ctx.vm, index, "module");
    match (result, module) {
        (Ok(v), Value::Object(m)) => {
            ctx.vm.define_value(ctx.mc, m, "exports", v, Attrs::ALL);
            ctx.vm.define_value(ctx.mc, m, "loaded", Value::Bool(true), Attrs::ALL);
            NativeResult::Return(v)
        }
        (Ok(v), _) => NativeResult::Return(v),
        (Err(e), _) => {
            record_set(ctx.mc, ctx.vm, index, "module", Value::Undefined);
            if let Value::Object(o) = e {
                let name = with_host(|h| h.modules.metas.get(index).map(|m| m.source_name.clone())).unwrap_or_default();
                let message = match ctx.vm.get_own_value(o, "message") {
                    Value::String(s) => format!("{name}: {}", s.to_rust_string()),
                    _ => name,
                };
                let v = js_string(ctx.mc, &message);
                ctx.vm.define_value(ctx.mc, o, "message", v, Attrs::HIDDEN);
            }
            NativeResult::Throw(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapper_rejects_escapes_and_locates_errors() {
        assert!(compile_wrapper("return 1;", "/a.js", USER_PARAMS).is_ok());
        assert!(compile_wrapper("}); (function () {", "/a.js", USER_PARAMS).is_err());
        let e = compile_wrapper("let x = ;", "/a.js", USER_PARAMS).err().map(|e| e.span.0);
        assert_eq!(e, Some(8));
        assert!(parses_as_commonjs("module.exports = 1"));
        assert!(!parses_as_commonjs("import x from 'y'"));
    }
}
