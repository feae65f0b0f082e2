//! Installing the host into a fresh runtime: the invocation natives, `internal`, the timer
//! globals, test262's host globals, and the JavaScript glue (`glue.js`) that evaluates ES
//! module graphs and implements `import()`.

use minijs_vm::builtins::arg;
use minijs_vm::exec::frame::{Dest, ReturnTo};
use minijs_vm::exec::native::{Continuation, Ctx, NativeFn, NativeResult};
use minijs_vm::heap::kind::{ObjectKind, ReactionHandler};
use minijs_vm::heap::object::Attrs;
use minijs_vm::heap::value::Value;
use minijs_vm::vm::Vm;
use minijs_vm::{Mutation, compile_script};

use crate::invoke;
use crate::modules::esm;
use crate::modules::precompiled::{GLUE, precompiled_glue};
use crate::process_info::ProcessInfo;

pub const RUN_MAIN: &str = "minijs:runMain";

/// Installs everything the host provides before any user or stdlib code runs. The glue's
/// frame is pushed; the caller steps the runtime until idle.
pub fn install<'gc>(mc: &'gc Mutation<'gc>, vm: &mut Vm<'gc>, info: &ProcessInfo, test262: bool) {
    vm.host_data.test262 = test262;
    vm.host_data.argv = info.argv.clone();
    invoke::install(mc, vm);
    crate::internal::install(mc, vm, info);
    crate::timers::install(mc, vm);
    if test262 {
        crate::test262_host::install(mc, vm);
    }
    start_glue(mc, vm);
}

fn start_glue<'gc>(mc: &'gc Mutation<'gc>, vm: &mut Vm<'gc>) {
    let (name, text) = GLUE;
    let compiled = precompiled_glue().map_or_else(|| compile_script(text, name, true), Ok);
    let code = match compiled {
        Ok(code) => code,
        Err(e) => {
            // Our own source: only an engine regression gets here; modules will not work.
            crate::output::write(2, &format!("minijs: internal glue failed to compile: {}\n", e.message));
            return;
        }
    };
    let callee = vm.realm.global;
    let cont = Continuation { f: glue_factory_ready, values: Vec::new(), mapping: None, callee };
    let dest = ReturnTo::Native { cont, dest: Dest::new(mc, ReturnTo::Discard) };
    vm.start_function_code(mc, &code, Value::Undefined, Vec::new(), dest);
}

/// The glue script evaluated to its factory: call it with the natives it needs.
fn glue_factory_ready<'gc>(ctx: &mut Ctx<'gc, '_>, _cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let factory = match result {
        Ok(f) => f,
        Err(e) => return NativeResult::Throw(e),
    };
    let (mc, vm) = (ctx.mc, &mut *ctx.vm);
    let natives = vm.new_object(mc);
    for key in [invoke::RUN_EMPTY, invoke::REPORT_UNCAUGHT] {
        let f = vm.host_hooks.get(key).copied().unwrap_or(Value::Undefined);
        let name = key.trim_start_matches("minijs:");
        vm.define_value(mc, natives, name, f, Attrs::ALL);
    }
    let extra: [(&str, u32, NativeFn); 2] = [("load", 2, esm::import_load_native), ("onRejected", 2, on_rejected)];
    for (name, length, f) in extra {
        let function = vm.native_function(mc, name, length, f, Value::Undefined, false);
        vm.define_value(mc, natives, name, Value::Object(function), Attrs::ALL);
    }
    let then = Continuation { f: glue_ready, values: Vec::new(), mapping: None, callee: ctx.callee };
    NativeResult::Call { f: factory, this: Value::Undefined, args: vec![Value::Object(natives)], then: Some(then) }
}

/// The glue's functions, kept as host hooks (`import` is the VM's dynamic-import hook).
fn glue_ready<'gc>(ctx: &mut Ctx<'gc, '_>, _cont: &Continuation<'gc>, result: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let Value::Object(exports) = result.unwrap_or(Value::Undefined) else {
        return NativeResult::Return(Value::Undefined);
    };
    let vm = &mut *ctx.vm;
    let run_main = vm.get_own_value(exports, "runMain");
    let import = vm.get_own_value(exports, "importModule");
    let evaluate_sync = vm.get_own_value(exports, "evaluateSync");
    vm.host_hooks.insert(RUN_MAIN, run_main);
    vm.host_hooks.insert("import", import);
    vm.host_hooks.insert(esm::EVALUATE_SYNC, evaluate_sync);
    NativeResult::Return(Value::Undefined)
}

/// `onRejected(promise, handler)`: PerformPromiseThen without a derived promise (the glue
/// must not call a `then` user code may have replaced).
fn on_rejected<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Value::Object(p) = arg(args, 0)
        && matches!(p.borrow().kind, ObjectKind::Promise(_))
    {
        ctx.vm.perform_then(ctx.mc, p, ReactionHandler::Callback(Value::Undefined), ReactionHandler::Callback(arg(args, 1)), None);
    }
    NativeResult::Return(Value::Undefined)
}
