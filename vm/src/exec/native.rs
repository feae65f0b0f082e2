//! The native-function ABI. Natives never call JS re-entrantly: they return what the executor
//! should do next — return, throw, or call a function and feed its completion to a
//! continuation (piccolo's `CallbackReturn`).

use gc_arena::{Collect, Mutation};

use crate::heap::kind::ResumeKind;
use crate::heap::object::Obj;
use crate::heap::value::Value;
use crate::runtime::context::Mapping;
use crate::vm::Vm;

/// Everything a native may touch while it runs.
pub struct Ctx<'gc, 'a> {
    pub mc: &'gc Mutation<'gc>,
    pub vm: &'a mut Vm<'gc>,
    /// The function object being called (its `data` holds per-function state).
    pub callee: Obj<'gc>,
    /// `Some` when called with `new`.
    pub new_target: Option<Obj<'gc>>,
}

pub type NativeFn = for<'gc, 'a> fn(&mut Ctx<'gc, 'a>, Value<'gc>, &[Value<'gc>]) -> NativeResult<'gc>;

/// Continues a native after a call it requested: receives the call's completion.
pub type ContinueFn = for<'gc, 'a> fn(&mut Ctx<'gc, 'a>, &Continuation<'gc>, Result<Value<'gc>, Value<'gc>>) -> NativeResult<'gc>;

#[derive(Collect)]
#[collect(no_drop)]
pub struct Continuation<'gc> {
    #[collect(require_static)]
    pub f: ContinueFn,
    pub values: Vec<Value<'gc>>,
    pub mapping: Mapping<'gc>,
    /// The native's function object, passed back as `Ctx::callee`.
    pub callee: Obj<'gc>,
}

pub enum NativeResult<'gc> {
    Return(Value<'gc>),
    Throw(Value<'gc>),
    /// Call `f` and, with `then`, continue with its completion; without, its completion is
    /// this native's (a tail call).
    Call {
        f: Value<'gc>,
        this: Value<'gc>,
        args: Vec<Value<'gc>>,
        then: Option<Continuation<'gc>>,
    },
    /// `new f(...args)` with the given new.target.
    Construct {
        f: Value<'gc>,
        args: Vec<Value<'gc>>,
        new_target: Value<'gc>,
        then: Option<Continuation<'gc>>,
    },
    /// Resume a suspended generator; its next yield or completion is this native's result.
    Resume {
        generator: Obj<'gc>,
        kind: ResumeKind,
        value: Value<'gc>,
    },
}
