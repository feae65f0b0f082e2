//! The native timer globals (`setTimeout`, `setInterval`, `setImmediate`, `clear*`) and
//! `queueMicrotask`, installed before bootstrap (INTERNAL.md §4). `node:timers` wraps the
//! timer natives into Node's `Timeout`/`Immediate` objects; without bootstrap (test262 mode)
//! they are the globals themselves, so they also accept extra arguments and any delay.
//!
//! Callbacks live in `vm.tasks` (rooted in the arena) with the AsyncContext mapping current
//! when they were scheduled; the due times and order are host-side (`state.rs`).

use minijs_vm::Mutation;
use minijs_vm::builtins::arg;
use minijs_vm::exec::native::{Ctx, NativeFn, NativeResult};
use minijs_vm::heap::object::Attrs;
use minijs_vm::heap::value::Value;
use minijs_vm::vm::{HostTask, Vm};

use crate::invoke::{self, Kind};
use crate::state::{TASK_IMMEDIATE, TASK_INTERVAL, TASK_TICK, TASK_TIMEOUT, with_host};

/// Node's largest timer delay; larger (and invalid) delays become 1 ms.
const TIMEOUT_MAX: f64 = 2_147_483_647.0;

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    let global = vm.realm.global;
    let natives: [(&str, u32, NativeFn); 7] = [
        ("setTimeout", 2, set_timeout),
        ("setInterval", 2, set_interval),
        ("setImmediate", 1, set_immediate),
        ("clearTimeout", 1, clear_timer),
        ("clearInterval", 1, clear_timer),
        ("clearImmediate", 1, clear_immediate),
        ("queueMicrotask", 1, queue_microtask),
    ];
    for (name, length, f) in natives {
        let function = vm.native_function(mc, name, length, f, Value::Undefined, false);
        vm.define_value(mc, global, name, Value::Object(function), Attrs::HIDDEN);
    }
}

/// Node's `ERR_INVALID_ARG_TYPE` for a callback that is not a function.
pub fn invalid_callback<'gc>(ctx: &mut Ctx<'gc, '_>, value: Value<'gc>) -> NativeResult<'gc> {
    let received = match value {
        Value::Undefined => "undefined".to_string(),
        Value::Null => "null".to_string(),
        Value::String(s) => format!("type string ('{}')", s.to_rust_string()),
        Value::Number(_) | Value::Bool(_) => {
            format!("type {} ({})", value.type_of(), ctx.vm.display_value(value))
        }
        _ => format!("an instance of {}", ctx.vm.display_value(value)),
    };
    let message = format!("The \"callback\" argument must be of type function. Received {received}");
    let error = ctx.vm.type_error(ctx.mc, &message);
    if let Value::Object(o) = error {
        let code = ctx.vm.str(ctx.mc, "ERR_INVALID_ARG_TYPE");
        ctx.vm.define_value(ctx.mc, o, "code", code, Attrs::ALL);
    }
    NativeResult::Throw(error)
}

fn is_callable(v: Value<'_>) -> bool {
    matches!(v, Value::Object(o) if o.is_callable())
}

/// A delay as Node normalizes it: 1 ≤ ms ≤ 2³¹−1, anything else (NaN, objects) is 1.
fn normalize_delay(v: Value<'_>) -> f64 {
    let ms = v.primitive_to_number().unwrap_or(1.0);
    if (1.0..=TIMEOUT_MAX).contains(&ms) { ms.trunc() } else { 1.0 }
}

/// Stores a task and returns its id.
fn add_task<'gc>(vm: &mut Vm<'gc>, f: Value<'gc>, args: Vec<Value<'gc>>, kind: u8, repeat: Option<f64>) -> u64 {
    let id = vm.next_task_id;
    vm.next_task_id += 1;
    let mapping = vm.context;
    vm.tasks.insert(id, HostTask { f, args, mapping, repeat, kind, handle: Value::Undefined });
    id
}

fn schedule_timer<'gc>(ctx: &mut Ctx<'gc, '_>, args: &[Value<'gc>], repeat: bool) -> NativeResult<'gc> {
    let f = arg(args, 0);
    if !is_callable(f) {
        return invalid_callback(ctx, f);
    }
    let ms = normalize_delay(arg(args, 1));
    let extra = args.get(2..).map(<[Value<'gc>]>::to_vec).unwrap_or_default();
    let (kind, every) = if repeat { (TASK_INTERVAL, Some(ms)) } else { (TASK_TIMEOUT, None) };
    let id = add_task(ctx.vm, f, extra, kind, every);
    with_host(|h| h.add_timer(id, ms));
    NativeResult::Return(Value::Number(id as f64))
}

fn set_timeout<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    schedule_timer(ctx, args, false)
}

fn set_interval<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    schedule_timer(ctx, args, true)
}

fn set_immediate<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    if !is_callable(f) {
        return invalid_callback(ctx, f);
    }
    let extra = args.get(1..).map(<[Value<'gc>]>::to_vec).unwrap_or_default();
    let id = add_task(ctx.vm, f, extra, TASK_IMMEDIATE, None);
    with_host(|h| h.immediates.push_back(id));
    NativeResult::Return(Value::Number(id as f64))
}

/// The task id a clear* call names (a number, or a numeric string as Node accepts).
fn task_id(v: Value<'_>) -> Option<u64> {
    let n = v.primitive_to_number()?;
    (n.is_finite() && n >= 1.0 && n.fract() == 0.0).then_some(n as u64)
}

fn cancel<'gc>(vm: &mut Vm<'gc>, v: Value<'gc>, kinds: &[u8]) {
    let Some(id) = task_id(v) else { return };
    if vm.tasks.get(&id).is_some_and(|t| kinds.contains(&t.kind)) {
        vm.tasks.remove(&id);
        with_host(|h| h.unref.remove(&id));
    }
}

fn clear_timer<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    cancel(ctx.vm, arg(args, 0), &[TASK_TIMEOUT, TASK_INTERVAL]);
    NativeResult::Return(Value::Undefined)
}

fn clear_immediate<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    cancel(ctx.vm, arg(args, 0), &[TASK_IMMEDIATE]);
    NativeResult::Return(Value::Undefined)
}

/// `queueMicrotask(callback)`: a job in the current mapping; an exception is uncaught.
fn queue_microtask<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    if !is_callable(f) {
        return invalid_callback(ctx, f);
    }
    let mapping = ctx.vm.context;
    invoke::queue_invoke(ctx.vm, Kind::Microtask, f, Value::Undefined, Vec::new(), mapping, false);
    NativeResult::Return(Value::Undefined)
}

/// `internal.nextTick(callback)`: appends to the tick queue in the current mapping.
pub fn next_tick<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let f = arg(args, 0);
    if !is_callable(f) {
        return invalid_callback(ctx, f);
    }
    let id = add_task(ctx.vm, f, Vec::new(), TASK_TICK, None);
    with_host(|h| h.ticks.push_back(id));
    NativeResult::Return(Value::Undefined)
}

/// `internal.timerRef(id, ref)`
pub fn timer_ref<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    if let Some(id) = task_id(arg(args, 0)) {
        let keep_alive = arg(args, 1).to_boolean();
        with_host(|h| {
            if keep_alive {
                h.unref.remove(&id);
            } else {
                h.unref.insert(id);
            }
        });
    }
    NativeResult::Return(Value::Undefined)
}
