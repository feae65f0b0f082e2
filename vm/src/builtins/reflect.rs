//! Reflect and the object-model natives it shares with Object's statics. The public methods
//! are self-hosted in `js/object.js`; this file installs the natives they use and the Proxy
//! constructor.

use gc_arena::Mutation;

use crate::vm::Vm;

#[path = "object_statics.rs"]
pub mod object_statics;

#[path = "proxy.rs"]
pub mod proxy;

pub fn install<'gc>(mc: &Mutation<'gc>, vm: &mut Vm<'gc>) {
    object_statics::install(mc, vm);
    proxy::install(mc, vm);
}
