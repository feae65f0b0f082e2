//! What the dispatch loop reads from the running frame and its constants: upvalues, the
//! `this` and `new.target` of the call, property keys from the constant pool, TDZ errors.

use gc_arena::Mutation;

use crate::exec::frame::Frame;
use crate::heap::kind::ObjectKind;
use crate::heap::object::PropertyKey;
use crate::heap::value::Value;
use crate::vm::Vm;

impl<'gc> Vm<'gc> {
    pub(crate) fn upval(&self, frame: &Frame<'gc>, index: u32) -> Option<crate::heap::kind::Cell<'gc>> {
        match &frame.function.borrow().kind {
            ObjectKind::Closure(c) => c.upvals.get(index as usize).copied(),
            _ => None,
        }
    }

    pub(crate) fn tdz_error(&mut self, mc: &'gc Mutation<'gc>, name: Value<'gc>) -> Value<'gc> {
        let n = match name {
            Value::String(s) => s.to_rust_string(),
            _ => "variable".into(),
        };
        let n = if n == "this" {
            return self.reference_error(
                mc,
                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
            );
        } else {
            n
        };
        self.reference_error(mc, &format!("Cannot access '{n}' before initialization"))
    }

    /// The `this` of a frame, looking through a derived constructor's binding.
    pub(crate) fn current_this(&self, frame: &Frame<'gc>) -> Value<'gc> {
        if matches!(frame.this, Value::Empty | Value::Undefined) {
            // derived constructors keep `this` in their binding; InitFields runs right after
            // the compiler stored it, so it is on top of the stack
            let top = frame.peek(0);
            if top.is_object() {
                return top;
            }
        }
        frame.this
    }

    pub(crate) fn current_new_target(&self, frame: &Frame<'gc>) -> Value<'gc> {
        if frame.code.code.is_arrow() {
            // arrows read new.target through their binding; use the closure chain's value
            return frame.new_target;
        }
        frame.new_target
    }

    pub(crate) fn const_key(&mut self, mc: &Mutation<'gc>, v: Value<'gc>) -> PropertyKey<'gc> {
        match v {
            Value::String(s) => {
                if let Some(i) = crate::heap::string::parse_array_index(s.units()) {
                    PropertyKey::Index(i)
                } else {
                    PropertyKey::String(self.atom_of(mc, s))
                }
            }
            _ => self.to_key_fast(mc, v).unwrap_or(PropertyKey::String(self.intern(mc, "undefined"))),
        }
    }
}
