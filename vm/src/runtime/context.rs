//! The agent's AsyncContext mapping (TC39 AsyncContext, `[[AsyncContextMapping]]`).
//!
//! A mapping is an immutable list of (Variable, value) pairs shared by pointer: taking a
//! snapshot or switching context is a pointer copy; only `Variable.prototype.run` builds a new
//! list (copying at most one entry per live variable).

use gc_arena::{Gc, Mutation};

use crate::heap::object::Obj;
use crate::heap::value::Value;

/// `None` is the empty mapping.
pub type Mapping<'gc> = Option<Gc<'gc, Box<[(Obj<'gc>, Value<'gc>)]>>>;

/// The value of `variable` in `mapping`, if present (present-but-undefined counts).
pub fn lookup<'gc>(mapping: Mapping<'gc>, variable: Obj<'gc>) -> Option<Value<'gc>> {
    mapping?.iter().find(|(k, _)| *k == variable).map(|(_, v)| *v)
}

/// A new mapping: `mapping` with `variable` set to `value` (added last, as the spec does).
pub fn with<'gc>(mc: &Mutation<'gc>, mapping: Mapping<'gc>, variable: Obj<'gc>, value: Value<'gc>) -> Mapping<'gc> {
    let mut entries: Vec<(Obj<'gc>, Value<'gc>)> = match mapping {
        Some(m) => m.iter().filter(|(k, _)| *k != variable).copied().collect(),
        None => Vec::new(),
    };
    entries.push((variable, value));
    Some(Gc::new(mc, entries.into_boxed_slice()))
}

/// Whether two mappings are the same list (pointer identity).
pub fn same<'gc>(a: Mapping<'gc>, b: Mapping<'gc>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => Gc::ptr_eq(x, y),
        _ => false,
    }
}
