//! `node:module`, implemented by the host because it is the loader's own API:
//! `createRequire(filename | URL)`, `builtinModules`, `isBuiltin(name)`.

use std::path::{Path, PathBuf};

use minijs_vm::builtins::arg;
use minijs_vm::exec::native::{Ctx, NativeFn, NativeResult};
use minijs_vm::heap::object::Attrs;
use minijs_vm::heap::value::Value;

use super::{coded_error, record_get, record_set};
use crate::internal::js_string;

/// The exports of `node:module` (module `index`), created once.
pub fn exports<'gc>(ctx: &mut Ctx<'gc, '_>, index: usize) -> NativeResult<'gc> {
    if let Value::Object(m) = record_get(ctx.mc, ctx.vm, index, "module") {
        return NativeResult::Return(ctx.vm.get_own_value(m, "exports"));
    }
    let (mc, vm) = (ctx.mc, &mut *ctx.vm);
    let exports = vm.new_object(mc);
    let natives: [(&str, u32, NativeFn); 2] = [("createRequire", 1, create_require), ("isBuiltin", 1, is_builtin)];
    for (name, length, f) in natives {
        let function = vm.native_function(mc, name, length, f, Value::Undefined, false);
        vm.define_value(mc, exports, name, Value::Object(function), Attrs::ALL);
    }
    let names = super::builtin::builtin_names().iter().map(|n| js_string(mc, n)).collect();
    let list = vm.new_array(mc, names);
    vm.define_value(mc, exports, "builtinModules", Value::Object(list), Attrs::ALL);
    let module = vm.new_object(mc);
    vm.define_value(mc, module, "exports", Value::Object(exports), Attrs::ALL);
    record_set(mc, vm, index, "module", Value::Object(module));
    NativeResult::Return(Value::Object(exports))
}

/// `createRequire(filename)`: a `require` resolving relative to `filename`.
fn create_require<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let text = match arg(args, 0) {
        Value::String(s) => s.to_rust_string(),
        Value::Object(o) => match ctx.vm.get_own_value(o, "href") {
            Value::String(s) => s.to_rust_string(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    let path = super::resolve::file_url_path(&text).unwrap_or_else(|| PathBuf::from(&text));
    if !path.is_absolute() {
        let message =
            format!("The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received '{text}'");
        return NativeResult::Throw(coded_error(ctx.mc, ctx.vm, &message, "ERR_INVALID_ARG_VALUE"));
    }
    let index = referrer_module(&path);
    NativeResult::Return(super::commonjs::make_require(ctx.mc, ctx.vm, index as i64))
}

/// A module entry standing for `path` as a referrer only (its file need not exist).
fn referrer_module(path: &Path) -> usize {
    let key = format!("referrer:{}", path.display());
    crate::state::with_host(|h| match h.modules.index_of(&key) {
        Some(index) => index,
        None => h.modules.push(super::ModuleMeta {
            key,
            kind: super::ModuleKind::CommonJs,
            source_name: path.display().to_string(),
            dir: path.parent().map(Path::to_path_buf),
            source: None,
            esm: None,
            compiled: None,
        }),
    })
}

fn is_builtin<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let answer = match arg(args, 0) {
        Value::String(s) => {
            let name = s.to_rust_string();
            super::builtin::is_builtin_specifier(&name)
        }
        _ => false,
    };
    NativeResult::Return(Value::Bool(answer))
}
