//! The host-defined globals test262's harness expects (`--test262`): `print` and `$262`
//! (INTERPRETING.md of test262).

use minijs_vm::builtins::arg;
use minijs_vm::exec::native::{Ctx, NativeFn, NativeResult};
use minijs_vm::heap::object::Attrs;
use minijs_vm::heap::value::Value;
use minijs_vm::vm::Vm;
use minijs_vm::{Mutation, compile_script};

use crate::state::with_host;

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let global = vm.realm.global;
    let print_fn = vm.native_function(mc, "print", 1, print, Value::Undefined, false);
    vm.define_value(mc, global, "print", Value::Object(print_fn), Attrs::HIDDEN);

    let host = vm.new_object(mc);
    let methods: [(&str, u32, NativeFn); 4] = [
        ("createRealm", 0, minijs_vm::builtins::test262::create_realm),
        ("evalScript", 1, eval_script),
        ("gc", 0, gc),
        ("detachArrayBuffer", 1, detach_array_buffer),
    ];
    for (name, length, f) in methods {
        vm.define_method(mc, host, name, length, f);
    }
    vm.define_value(mc, host, "global", Value::Object(global), Attrs::HIDDEN);

    let agent = vm.new_object(mc);
    let agent_methods: [(&str, u32, NativeFn); 6] = [
        ("start", 1, agent_unsupported),
        ("broadcast", 1, agent_unsupported),
        ("getReport", 0, agent_no_report),
        ("sleep", 1, agent_sleep),
        ("monotonicNow", 0, agent_monotonic_now),
        ("receiveBroadcast", 1, agent_unsupported),
    ];
    for (name, length, f) in agent_methods {
        vm.define_method(mc, agent, name, length, f);
    }
    vm.define_value(mc, host, "agent", Value::Object(agent), Attrs::HIDDEN);
    vm.define_value(mc, global, "$262", Value::Object(host), Attrs::HIDDEN);
}

/// `print(...values)`: one line on stdout.
fn print<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let parts: Vec<String> = args.iter().map(|v| ctx.vm.display_value(*v)).collect();
    crate::output::write(1, &format!("{}\n", parts.join(" ")));
    NativeResult::Return(Value::Undefined)
}

/// `evalScript(source)`: runs a classic script in the global scope; its completion value is
/// the result.
fn eval_script<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let source = match arg(args, 0) {
        Value::String(s) => s.to_rust_string(),
        other => ctx.vm.display_value(other),
    };
    match compile_script(&source, "evalScript", false) {
        Ok(code) => {
            let f = ctx.vm.function_from_code(ctx.mc, &code);
            let global = Value::Object(ctx.vm.realm.global);
            NativeResult::Call { f, this: global, args: Vec::new(), then: None }
        }
        Err(e) => NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &e.message)),
    }
}

/// `gc()`: a full collection after the current step (none can run inside a native).
fn gc<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    with_host(|h| h.gc_requested = true);
    NativeResult::Return(Value::Undefined)
}

/// `detachArrayBuffer(buffer)`: the host hook DetachArrayBuffer.
fn detach_array_buffer<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match ctx.vm.detach_array_buffer(ctx.mc, arg(args, 0)) {
        Ok(()) => NativeResult::Return(Value::Null),
        Err(e) => NativeResult::Throw(e),
    }
}

fn agent_unsupported<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Throw(ctx.vm.type_error(ctx.mc, "$262.agent is not supported"))
}

fn agent_no_report<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    NativeResult::Return(Value::Null)
}

fn agent_sleep<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let ms = arg(args, 0).primitive_to_number().unwrap_or(0.0).clamp(0.0, 10_000.0);
    with_host(|h| h.wait((ms * 1000.0) as u64));
    NativeResult::Return(Value::Undefined)
}

fn agent_monotonic_now<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let ms = with_host(|h| h.elapsed_us() as f64 / 1000.0);
    NativeResult::Return(Value::Number(ms.floor()))
}
