//! Natives that reach a Proxy hand the operation to the self-hosted helper running its trap
//! (`js/proxy.js`) as a tail call, so the helper's completion is the native's: natives never
//! call JavaScript re-entrantly.

use crate::exec::native::{Ctx, NativeResult};
use crate::heap::kind::ObjectKind;
use crate::heap::object::Obj;
use crate::heap::value::Value;

/// The Proxy object `v` is, if any.
pub fn as_proxy<'gc>(v: Value<'gc>) -> Option<Obj<'gc>> {
    match v {
        Value::Object(o) if matches!(o.borrow().kind, ObjectKind::Proxy { .. }) => Some(o),
        _ => None,
    }
}

/// Tail-calls the helper `name` (registered by `js/proxy.js`) with `args`.
pub fn to_helper<'gc>(ctx: &mut Ctx<'gc, '_>, name: &str, args: Vec<Value<'gc>>) -> NativeResult<'gc> {
    NativeResult::Call { f: ctx.vm.helper(name), this: Value::Undefined, args, then: None }
}
