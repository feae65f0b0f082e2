//! The `internal` object handed to every stdlib module (INTERNAL.md §3): the few natives the
//! JavaScript half of the host cannot write itself.

use minijs_vm::Mutation;
use minijs_vm::builtins::arg;
use minijs_vm::exec::native::{Ctx, NativeFn, NativeResult};
use minijs_vm::heap::kind::{ObjectKind, PromiseState};
use minijs_vm::heap::object::{Attrs, Obj, PropertyKey};
use minijs_vm::heap::string::JsString;
use minijs_vm::heap::value::Value;
use minijs_vm::runtime::context;
use minijs_vm::vm::Vm;

use crate::invoke;
use crate::process_info::ProcessInfo;
use crate::state::with_host;

/// Where the `internal` object is kept (`vm.host_hooks`).
pub const INTERNAL: &str = "minijs:internal";

/// The host hooks `setHostHooks` accepts.
const HOOK_NAMES: [&str; 5] = ["uncaughtException", "unhandledRejection", "rejectionHandled", "beforeExit", "exit"];

/// Builds the `internal` object.
pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>, info: &ProcessInfo) {
    let internal = vm.new_object(mc);
    let natives: [(&str, u32, NativeFn); 12] = [
        ("write", 2, write),
        ("enterWith", 2, enter_with),
        ("nextTick", 1, crate::timers::next_tick),
        ("exit", 1, exit),
        ("promiseState", 1, promise_state),
        ("proxyDetails", 1, proxy_details),
        ("hrtime", 0, hrtime),
        ("setHostHooks", 1, set_host_hooks),
        ("memoryUsage", 0, memory_usage),
        ("timerRef", 2, crate::timers::timer_ref),
        ("randomBytes", 1, random_bytes),
        ("createRealm", 0, create_realm),
    ];
    for (name, length, f) in natives {
        vm.define_method(mc, internal, name, length, f);
    }
    let info_object = info.to_object(mc, vm);
    vm.define_value(mc, internal, "processInfo", Value::Object(info_object), Attrs::HIDDEN);
    vm.host_hooks.insert(INTERNAL, Value::Object(internal));
}

/// `write(fd, text)`
fn write<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let fd = match arg(args, 0) {
        Value::Number(n) if n == 1.0 || n == 2.0 => n as u32,
        _ => return NativeResult::Return(Value::Undefined),
    };
    let text = match arg(args, 1) {
        Value::String(s) => s.to_rust_string(),
        other => ctx.vm.display_value(other),
    };
    crate::output::write(fd, &text);
    NativeResult::Return(Value::Undefined)
}

/// `enterWith(variable, value)`: the current mapping, with `variable` set to `value`.
fn enter_with<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let variable = match arg(args, 0) {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::AsyncVariable { .. }) => o,
        _ => {
            return NativeResult::Throw(ctx.vm.type_error(ctx.mc, "enterWith expects an AsyncContext.Variable"));
        }
    };
    ctx.vm.context = context::with(ctx.mc, ctx.vm.context, variable, arg(args, 1));
    NativeResult::Return(Value::Undefined)
}

/// `exit(code)`: ends the process with `code & 0xff` once this native returns.
fn exit<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let code = match arg(args, 0).primitive_to_number() {
        Some(n) if n.is_finite() => (n as i64 & 0xff) as i32,
        _ => 0,
    };
    invoke::request_exit(ctx.vm, code);
    NativeResult::Return(Value::Undefined)
}

/// `promiseState(value)`: `[state, result]` for a promise, without marking it handled.
fn promise_state<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else {
        return NativeResult::Return(Value::Undefined);
    };
    let state = match &o.borrow().kind {
        ObjectKind::Promise(p) => match &p.state {
            PromiseState::Pending { .. } => (0.0, Value::Undefined),
            PromiseState::Fulfilled(v) => (1.0, *v),
            PromiseState::Rejected(e) => (2.0, *e),
        },
        _ => return NativeResult::Return(Value::Undefined),
    };
    let array = ctx.vm.new_array(ctx.mc, vec![Value::Number(state.0), state.1]);
    NativeResult::Return(Value::Object(array))
}

/// `proxyDetails(value)`: `[target, handler]` of a proxy (`[null, null]` once revoked).
fn proxy_details<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(o) = arg(args, 0) else {
        return NativeResult::Return(Value::Undefined);
    };
    let parts = match &o.borrow().kind {
        ObjectKind::Proxy { target, handler } => {
            let or_null = |x: &Option<Obj<'gc>>| x.map(Value::Object).unwrap_or(Value::Null);
            [or_null(target), or_null(handler)]
        }
        _ => return NativeResult::Return(Value::Undefined),
    };
    let array = ctx.vm.new_array(ctx.mc, parts.to_vec());
    NativeResult::Return(Value::Object(array))
}

/// `hrtime()`: monotonic nanoseconds since the host started.
fn hrtime<'gc>(_ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let nanos = with_host(|h| h.start.elapsed().as_nanos() + u128::from(h.skipped_us) * 1000);
    NativeResult::Return(Value::Number(nanos as f64))
}

/// `setHostHooks(hooks)`: keeps the hook functions (rooted in `vm.host_hooks`).
fn set_host_hooks<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let Value::Object(hooks) = arg(args, 0) else {
        return NativeResult::Throw(ctx.vm.type_error(ctx.mc, "setHostHooks expects an object"));
    };
    for name in HOOK_NAMES {
        let f = ctx.vm.get_own_value(hooks, name);
        if matches!(f, Value::Object(o) if o.is_callable()) {
            ctx.vm.host_hooks.insert(name, f);
        } else {
            ctx.vm.host_hooks.remove(name);
        }
    }
    NativeResult::Return(Value::Undefined)
}

/// The resident set size of the process in bytes (0 where unknown).
pub fn resident_bytes() -> u64 {
    let Ok(statm) = std::fs::read_to_string("/proc/self/statm") else {
        return 0;
    };
    statm.split_whitespace().nth(1).and_then(|pages| pages.parse::<u64>().ok()).map_or(0, |p| p * 4096)
}

/// Bytes a live heap object is assumed to take, for heap figures derived from object counts.
pub const BYTES_PER_OBJECT: u64 = 96;

/// `memoryUsage()`
fn memory_usage<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let rss = resident_bytes();
    let heap_used = with_host(|h| h.live_objects as u64) * BYTES_PER_OBJECT;
    let o = ctx.vm.new_object(ctx.mc);
    let fields = [("rss", rss.max(heap_used)), ("heapTotal", heap_used), ("heapUsed", heap_used), ("external", 0), ("arrayBuffers", 0)];
    for (name, bytes) in fields {
        ctx.vm.define_value(ctx.mc, o, name, Value::Number(bytes as f64), Attrs::ALL);
    }
    NativeResult::Return(Value::Object(o))
}

/// Most bytes one `randomBytes` call returns (Web Crypto's getRandomValues quota).
const MAX_RANDOM_BYTES: usize = 65_536;

/// `randomBytes(length)`: an array of `length` random byte values (0..=255) from the operating system.
fn random_bytes<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let length = match arg(args, 0) {
        Value::Number(n) if n >= 0.0 && n <= MAX_RANDOM_BYTES as f64 && n.fract() == 0.0 => n as usize,
        _ => return NativeResult::Throw(ctx.vm.range_error(ctx.mc, "randomBytes expects a length from 0 to 65536")),
    };
    let values = os_random_bytes(length).into_iter().map(|b| Value::Number(f64::from(b))).collect();
    NativeResult::Return(Value::Object(ctx.vm.new_array(ctx.mc, values)))
}

/// `length` bytes from /dev/urandom; where that cannot be read, from SipHash with the standard
/// library's per-process random keys (still unpredictable, just not from the kernel pool).
fn os_random_bytes(length: usize) -> Vec<u8> {
    use std::io::Read;
    let mut bytes = vec![0u8; length];
    let from_kernel = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    if from_kernel.is_err() {
        use std::hash::{BuildHasher, Hasher};
        let keys = std::collections::hash_map::RandomState::new();
        for (index, chunk) in bytes.chunks_mut(8).enumerate() {
            let mut hasher = keys.build_hasher();
            hasher.write_usize(index);
            chunk.copy_from_slice(&hasher.finish().to_le_bytes()[..chunk.len()]);
        }
    }
    bytes
}

/// Where `createRealm` keeps the engine's realm factory (a test262-style host object).
const REALM_FACTORY: &str = "minijs:realm-factory";

/// `createRealm()`: a new realm holding only the ECMAScript built-ins and `AsyncContext` (what a `node:vm`
/// context has), as `{ global, evalScript(source) }`. The engine makes realms for test262's `$262`; that
/// host object is created once, taken off the global object again, and kept in `vm.host_hooks`.
fn create_realm<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let factory = match ctx.vm.host_hooks.get(REALM_FACTORY).copied() {
        Some(factory) => factory,
        None => {
            let global = ctx.vm.realm.global;
            let key = PropertyKey::String(ctx.vm.intern(ctx.mc, "$262"));
            // A global `$262` the program already has (its own, or test262's) is put back afterwards.
            let existing = global.get_own(key);
            ctx.vm.install_test262_host(ctx.mc);
            let factory = ctx.vm.get_own_value(global, "$262");
            match existing {
                Some(property) => {
                    global.borrow_mut(ctx.mc).props.insert(key, property);
                }
                None => {
                    global.delete_own(ctx.mc, key);
                }
            }
            ctx.vm.host_hooks.insert(REALM_FACTORY, factory);
            factory
        }
    };
    let create = match factory {
        Value::Object(host) => ctx.vm.get_own_value(host, "createRealm"),
        _ => Value::Undefined,
    };
    if !matches!(create, Value::Object(f) if f.is_callable()) {
        return NativeResult::Throw(ctx.vm.type_error(ctx.mc, "this engine cannot create realms"));
    }
    NativeResult::Call { f: create, this: factory, args: Vec::new(), then: None }
}

/// A JS string value.
pub fn js_string<'gc>(mc: &Mutation<'gc>, s: &str) -> Value<'gc> {
    Value::String(JsString::from_str(mc, s))
}
