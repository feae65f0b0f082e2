//! What the dispatch loop (`interp.rs`) hands back to the executor (`executor.rs`) when it stops
//! running a frame: the contract between the two.

use crate::exec::frame::ReturnTo;
use crate::heap::kind::ResumeKind;
use crate::heap::object::Obj;
use crate::heap::value::Value;

/// Why `execute` stopped running a frame.
pub enum Exec<'gc> {
    /// Call `f`; the frame (pushed back by the executor) receives the result per `dest`.
    Call {
        f: Value<'gc>,
        this: Value<'gc>,
        args: Vec<Value<'gc>>,
        new_target: Option<Value<'gc>>,
        dest: ReturnTo<'gc>,
    },
    /// Resume a generator on behalf of this frame.
    Resume {
        generator: Obj<'gc>,
        kind: ResumeKind,
        value: Value<'gc>,
    },
    Return(Value<'gc>),
    /// An exception this frame does not handle.
    Throw(Value<'gc>),
    /// `await v`: the executor parks the frame until the promise settles.
    Await(Value<'gc>),
    /// `yield`: the executor hands the value to the generator's caller.
    Yield(Value<'gc>),
    /// The generator's first suspension (after parameter initialization).
    GeneratorStart,
    /// Out of fuel: push the frame back and stop.
    OutOfFuel,
}
