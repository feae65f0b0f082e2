//! The `$262` host object of test262 (INTERPRETING.md): realms, evalScript, gc. Installed by
//! hosts that run test262 (`minijs run --test262`); it is not part of the language.

use gc_arena::Mutation;

use super::{arg, native_data};
use crate::exec::native::{Continuation, Ctx, NativeResult};
use crate::heap::object::{Attrs, Obj};
use crate::heap::value::Value;
use crate::runtime::realm::Realm;
use crate::vm::Vm;

impl<'gc> Vm<'gc> {
    /// Creates a realm with all Rust built-ins; returns its id and the self-hosted script
    /// functions (already bound to the new realm) with the `$` object to pass them.
    fn new_realm(&mut self, mc: &Mutation<'gc>) -> (u32, Vec<Value<'gc>>, Obj<'gc>) {
        let id = 1 + self.realms.iter().map(|r| r.id).chain(std::iter::once(self.realm.id)).max().unwrap_or(0);
        let mut fresh = Realm::new(mc, &mut self.atoms, id);
        // Well-known symbols are shared by every realm of the agent.
        fresh.symbols = self.realm.symbols;
        let previous = std::mem::replace(&mut self.realm, fresh);
        super::install(mc, self);
        let codes = self.self_hosted.clone();
        let scripts: Vec<Value<'gc>> = codes.iter().map(|c| self.function_from_code(mc, c)).collect();
        let dollar = self.intrinsics_object(mc);
        let created = std::mem::replace(&mut self.realm, previous);
        self.realms.push(created);
        (id, scripts, dollar)
    }

    /// Installs `$262` for the current realm.
    pub fn install_test262_host(&mut self, mc: &Mutation<'gc>) {
        let id = self.realm.id;
        let o = self.test262_object(mc, id);
        let global = self.realm.global;
        self.define_value(mc, global, "$262", Value::Object(o), Attrs::HIDDEN);
    }

    fn test262_object(&mut self, mc: &Mutation<'gc>, realm: u32) -> Obj<'gc> {
        let o = self.new_object(mc);
        let data = Value::Number(realm as f64);
        let global = if realm == self.realm.id {
            self.realm.global
        } else {
            self.realms.iter().find(|r| r.id == realm).map(|r| r.global).unwrap_or(self.realm.global)
        };
        self.define_value(mc, o, "global", Value::Object(global), Attrs::ALL);
        for (name, len, f) in [
            ("createRealm", 0, create_realm as crate::exec::native::NativeFn),
            ("evalScript", 1, eval_script),
            ("gc", 0, gc),
            ("detachArrayBuffer", 1, detach_array_buffer),
        ] {
            let func = self.native_function(mc, name, len, f, data, false);
            self.define_value(mc, o, name, Value::Object(func), Attrs::ALL);
        }
        let agent = self.new_object(mc);
        self.define_value(mc, o, "agent", Value::Object(agent), Attrs::ALL);
        o
    }
}

/// `$262.createRealm()`: build the realm, run its self-hosted scripts one after another (each
/// evaluates to a function taking `$`), then return the new realm's `$262`.
pub fn create_realm<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    let (id, scripts, dollar) = ctx.vm.new_realm(ctx.mc);
    let mut values = vec![Value::Number(id as f64), Value::Number(0.0), Value::Object(dollar)];
    values.extend(scripts);
    step_script(ctx, values)
}

fn step_script<'gc>(ctx: &mut Ctx<'gc, '_>, values: Vec<Value<'gc>>) -> NativeResult<'gc> {
    let index = values.get(1).and_then(|v| v.primitive_to_number()).unwrap_or(0.0) as usize;
    let Some(&script) = values.get(3 + index) else {
        let id = values.first().and_then(|v| v.primitive_to_number()).unwrap_or(0.0) as u32;
        let o = ctx.vm.test262_object(ctx.mc, id);
        return NativeResult::Return(Value::Object(o));
    };
    NativeResult::Call {
        f: script,
        this: Value::Undefined,
        args: Vec::new(),
        then: Some(Continuation { f: after_script, values, mapping: None, callee: ctx.callee }),
    }
}

/// The script evaluated to its installer function: call it with `$`.
fn after_script<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    let installer = match r {
        Ok(f) => f,
        Err(e) => return NativeResult::Throw(e),
    };
    let dollar = cont.values.get(2).copied().unwrap_or(Value::Undefined);
    NativeResult::Call {
        f: installer,
        this: Value::Undefined,
        args: vec![dollar],
        then: Some(Continuation { f: after_install, values: cont.values.clone(), mapping: None, callee: ctx.callee }),
    }
}

fn after_install<'gc>(ctx: &mut Ctx<'gc, '_>, cont: &Continuation<'gc>, r: Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc> {
    if let Err(e) = r {
        return NativeResult::Throw(e);
    }
    let mut values = cont.values.clone();
    if let Some(slot) = values.get_mut(1) {
        let i = slot.primitive_to_number().unwrap_or(0.0);
        *slot = Value::Number(i + 1.0);
    }
    step_script(ctx, values)
}

/// `$262.evalScript(source)` in the object's realm.
fn eval_script<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let realm = native_data(ctx).primitive_to_number().unwrap_or(0.0) as u32;
    let Value::String(src) = arg(args, 0) else { return NativeResult::Return(Value::Undefined) };
    let code = match crate::compile_script(&src.to_rust_string(), "evalScript", false) {
        Ok(c) => c,
        Err(e) => return NativeResult::Throw(ctx.vm.syntax_error(ctx.mc, &e.message)),
    };
    let home = ctx.vm.realm.id;
    ctx.vm.enter_realm(realm);
    let f = ctx.vm.function_from_code(ctx.mc, &code);
    let global = Value::Object(ctx.vm.realm.global);
    ctx.vm.enter_realm(home);
    NativeResult::Call { f, this: global, args: Vec::new(), then: None }
}

/// `$262.gc()`: asks the host loop for a full collection after this step.
fn gc<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, _args: &[Value<'gc>]) -> NativeResult<'gc> {
    ctx.vm.gc_requested = true;
    NativeResult::Return(Value::Undefined)
}

/// `$262.detachArrayBuffer(buffer)`: the host hook DetachArrayBuffer.
fn detach_array_buffer<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    match ctx.vm.detach_array_buffer(ctx.mc, arg(args, 0)) {
        Ok(()) => NativeResult::Return(Value::Null),
        Err(e) => NativeResult::Throw(e),
    }
}
