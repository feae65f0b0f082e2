//! A minimal host for the VM's own tests: runs a script with a `print` global that appends
//! to a buffer, then returns the printed lines (and any uncaught error).

use std::cell::RefCell;

use minijs_vm::exec::native::{Ctx, NativeResult};
use minijs_vm::heap::object::Attrs;
use minijs_vm::heap::value::Value;
use minijs_vm::{Runtime, StepOutcome, compile_script};

thread_local! {
    static OUT: RefCell<String> = const { RefCell::new(String::new()) };
}

fn print<'gc>(ctx: &mut Ctx<'gc, '_>, _this: Value<'gc>, args: &[Value<'gc>]) -> NativeResult<'gc> {
    let parts: Vec<String> = args.iter().map(|v| ctx.vm.display_value(*v)).collect();
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.push_str(&parts.join(" "));
        o.push('\n');
    });
    NativeResult::Return(Value::Undefined)
}

/// Runs `src` as a script; returns stdout-like text, with "Uncaught X" lines appended.
pub fn run(src: &str) -> String {
    OUT.with(|o| o.borrow_mut().clear());
    let mut rt = Runtime::new();
    rt.with(|mc, vm| {
        let f = vm.native_function(mc, "print", 1, print, Value::Undefined, false);
        let g = vm.realm.global;
        vm.define_value(mc, g, "print", Value::Object(f), Attrs::HIDDEN);
        vm.install_test262_host(mc);
    });
    let code = match compile_script(src, "test.js", false) {
        Ok(c) => c,
        Err(e) => return format!("SyntaxError: {}", e.message),
    };
    rt.start(&code);
    let mut budget = 2_000_000_000i64;
    loop {
        match rt.step(100_000) {
            StepOutcome::Idle => break,
            StepOutcome::OutOfFuel => {
                budget -= 100_000;
                if budget <= 0 {
                    OUT.with(|o| o.borrow_mut().push_str("<out of fuel>\n"));
                    break;
                }
            }
        }
    }
    let uncaught = rt.with(|mc, vm| {
        let errs: Vec<_> = std::mem::take(&mut vm.uncaught);
        errs.into_iter()
            .map(|e| match e {
                Value::Object(o) => {
                    let s = vm.get(mc, Value::Object(o), minijs_vm::heap::object::PropertyKey::String(vm.names.stack));
                    match s {
                        minijs_vm::exec::property::Get::Value(v) if !v.is_undefined() => vm.display_value(v),
                        _ => format!("{} {}", vm.display_value(e), vm.display_value(vm.get_own_value(o, "message"))),
                    }
                }
                other => vm.display_value(other),
            })
            .collect::<Vec<_>>()
    });
    let mut out = OUT.with(|o| o.borrow().clone());
    for u in uncaught {
        out.push_str(&format!("Uncaught {u}\n"));
    }
    out
}
