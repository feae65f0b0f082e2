//! Heap frames: every JS activation lives here, never on the Rust stack.

use gc_arena::{Collect, Gc, Mutation, RefLock};

use crate::exec::native::Continuation;
use crate::heap::kind::{Capability, Cell, LoadedCode};
use crate::heap::object::Obj;
use crate::heap::value::Value;
use crate::runtime::context::Mapping;

/// An exception handler pushed by `EnterTry`.
#[derive(Collect, Clone, Copy, Debug)]
#[collect(require_static)]
pub struct Handler {
    pub catch_pc: u32,
    pub stack_depth: u32,
}

/// A destination stored inside another (a gc box breaks the type recursion).
#[derive(Collect, Clone, Copy)]
#[collect(no_drop)]
pub struct Dest<'gc>(Gc<'gc, RefLock<Option<ReturnTo<'gc>>>>);

impl<'gc> Dest<'gc> {
    pub fn new(mc: &Mutation<'gc>, to: ReturnTo<'gc>) -> Self {
        Dest(Gc::new(mc, RefLock::new(Some(to))))
    }
    /// Takes the destination out (each is used once).
    pub fn take(self, mc: &Mutation<'gc>) -> ReturnTo<'gc> {
        self.0.borrow_mut(mc).take().unwrap_or(ReturnTo::Discard)
    }
}

/// Where a completion (a frame's or a native's) goes.
#[derive(Collect)]
#[collect(no_drop)]
pub enum ReturnTo<'gc> {
    /// Push the result on the top frame's operand stack (throw into it on error).
    Push,
    /// Push nothing on success; throw into the top frame on error.
    PushNothing,
    /// Push this value instead of the result (setters: the assignment's value).
    PushValue(Value<'gc>),
    /// Drop the result (jobs and host callbacks at the bottom of the stack); an error is
    /// uncaught.
    Discard,
    /// `new` of a base constructor: an object result replaces `this`.
    Construct(Value<'gc>),
    /// Hand the completion to a native continuation, whose own result goes to `dest`.
    Native { cont: Continuation<'gc>, dest: Dest<'gc> },
    /// A generator body: completion finishes the generator; the iterator result goes to
    /// `dest` (the caller of next/throw/return).
    Generator { generator: Obj<'gc>, dest: Dest<'gc> },
    /// An async function body: completion settles `promise`. `dest` is `Some` while the first
    /// segment runs synchronously inside the call (it receives the promise).
    Async { promise: Obj<'gc>, dest: Option<Dest<'gc>> },
    /// A promise reaction job: settle the derived capability, then restore the mapping.
    Reaction { capability: Option<Capability<'gc>>, previous: Mapping<'gc> },
    /// A job or host callback run in a captured mapping: restore `previous` afterwards.
    RestoreContext(Mapping<'gc>),
}

#[derive(Collect)]
#[collect(no_drop)]
pub struct Frame<'gc> {
    pub function: Obj<'gc>,
    pub code: Gc<'gc, LoadedCode<'gc>>,
    pub pc: u32,
    /// Local slots (`num_locals`) followed by the operand stack.
    pub regs: Vec<Value<'gc>>,
    pub cells: Vec<Cell<'gc>>,
    pub this: Value<'gc>,
    pub new_target: Value<'gc>,
    /// The call's arguments, kept only when the function needs `arguments` or a rest param.
    pub args: Vec<Value<'gc>>,
    pub handlers: Vec<Handler>,
    pub return_to: ReturnTo<'gc>,
    /// The mapping to restore when this frame suspends or completes (generators: the
    /// caller's; async functions resumed by a job: the job's previous mapping).
    pub saved_mapping: Option<Mapping<'gc>>,
    /// Set when suspended at `YieldRaw` (resumption pushes the mode instead of a flag).
    pub raw_yield: bool,
    /// The realm of the running function.
    pub realm: u32,
    /// The heap object an awaiting frame is parked in, reused by every `await` of the call.
    pub async_state: Option<Obj<'gc>>,
}

impl<'gc> Frame<'gc> {
    pub fn num_locals(&self) -> usize {
        self.code.code.num_locals as usize
    }
    pub fn push(&mut self, v: Value<'gc>) {
        self.regs.push(v);
    }
    /// The compiler keeps the operand stack balanced, so popping never reaches the locals;
    /// an empty stack yields undefined rather than a panic.
    #[inline]
    pub fn pop(&mut self) -> Value<'gc> {
        self.regs.pop().unwrap_or(Value::Undefined)
    }
    #[inline]
    pub fn peek(&self, depth: usize) -> Value<'gc> {
        let len = self.regs.len();
        if depth < len { self.regs[len - 1 - depth] } else { Value::Undefined }
    }
    /// Rotates the top `n` operand-stack values by one place (right: the top goes under the
    /// others; left: the deepest comes to the top).
    pub fn rotate_top(&mut self, n: usize, right: bool) {
        let len = self.regs.len();
        if n <= len {
            let top = &mut self.regs[len - n..];
            if right { top.rotate_right(1) } else { top.rotate_left(1) }
        }
    }

    pub fn stack_depth(&self) -> usize {
        self.regs.len().saturating_sub(self.num_locals())
    }
    /// Pops `n` values in push order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value<'gc>> {
        let floor = self.num_locals();
        let at = self.regs.len().saturating_sub(n).max(floor);
        self.regs.split_off(at)
    }
    /// Unwinds to the innermost handler, if any: the stack is cut to the handler's depth and
    /// the exception pushed. Returns false when the frame has no handler.
    pub fn catch(&mut self, exception: Value<'gc>) -> bool {
        let Some(h) = self.handlers.pop() else { return false };
        let depth = self.num_locals() + h.stack_depth as usize;
        self.regs.truncate(depth);
        self.regs.push(exception);
        self.pc = h.catch_pc;
        true
    }
}
