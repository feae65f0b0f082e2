//! Built-in: json (being written).

use gc_arena::Mutation;

use crate::vm::Vm;

pub fn install<'gc>(_mc: &Mutation<'gc>, _vm: &mut Vm<'gc>) {}
