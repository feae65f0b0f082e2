//! Structured control flow: the stack of enclosing loops, switches, labels and try statements,
//! and how `break`, `continue` and `return` leave them — popping what they keep on the operand
//! stack, closing iterators, and detouring through `finally` blocks.
//!
//! A `finally` block is entered with a completion record in two local slots: `kind` (0 normal,
//! 1 throw, 2 return, 3+ a routed jump) and `value`. Its end dispatches on `kind`.

use std::rc::Rc;

use crate::bytecode::ops::Op;

use super::{CResult, Compiler};

pub const COMPLETION_NORMAL: i32 = 0;
pub const COMPLETION_THROW: i32 = 1;
pub const COMPLETION_RETURN: i32 = 2;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TryRegion {
    Try,
    Catch,
    Finally,
}

#[derive(Clone, Debug)]
pub enum Route {
    Break { target: usize, is_continue: bool },
    Return,
}

#[derive(Debug)]
pub struct FinallyInfo {
    pub kind_slot: u32,
    pub value_slot: u32,
    /// Jumps to the finally block's entry, patched when it is emitted.
    pub entry_jumps: Vec<usize>,
    /// Completion kinds 3.. in order.
    pub routes: Vec<Route>,
}

#[derive(Debug)]
pub enum Control {
    /// A loop (or a labelled statement when `is_loop` is false, or a switch when `stack` is 1
    /// and `is_loop` is false). `stack` values stay on the operand stack while inside it;
    /// `iterator` means the top one is an iterator to close when leaving early.
    Breakable {
        labels: Vec<Rc<str>>,
        is_loop: bool,
        breaks: Vec<usize>,
        continues: Vec<usize>,
        stack: u32,
        iterator: bool,
        /// Switches accept unlabelled `break` but not `continue`; plain labelled blocks accept
        /// only labelled `break`.
        unlabelled_break: bool,
    },
    Try {
        region: TryRegion,
        finally: Option<FinallyInfo>,
    },
}

impl Compiler {
    pub(super) fn push_breakable(&mut self, labels: Vec<Rc<str>>, is_loop: bool, stack: u32, iterator: bool, unlabelled_break: bool) {
        self.f().control.push(Control::Breakable {
            labels,
            is_loop,
            breaks: Vec::new(),
            continues: Vec::new(),
            stack,
            iterator,
            unlabelled_break,
        });
    }

    /// Pops a breakable entry, patching its `continue` jumps to `continue_target` and its
    /// `break` jumps to the current position.
    pub(super) fn pop_breakable(&mut self, continue_target: Option<u32>) {
        if let Some(Control::Breakable { breaks, continues, .. }) = self.f().control.pop() {
            if let Some(t) = continue_target {
                for j in continues {
                    self.patch_to(j, t);
                }
            }
            for j in breaks {
                self.patch(j);
            }
        }
    }

    /// Finds the entry a `break`/`continue` (with optional label) refers to.
    fn find_target(&self, label: Option<&str>, is_continue: bool) -> Option<usize> {
        let control = &self.fr().control;
        for (i, c) in control.iter().enumerate().rev() {
            if let Control::Breakable { labels, is_loop, unlabelled_break, .. } = c {
                let matches = match label {
                    Some(l) => labels.iter().any(|x| &**x == l) && (!is_continue || *is_loop),
                    None => {
                        if is_continue {
                            *is_loop
                        } else {
                            *unlabelled_break
                        }
                    }
                };
                if matches {
                    return Some(i);
                }
            }
        }
        None
    }

    pub(super) fn emit_break(&mut self, label: Option<&str>, is_continue: bool) -> CResult {
        let Some(target) = self.find_target(label, is_continue) else {
            return match label {
                Some(l) => self.error(format!("Undefined label '{l}'")),
                None if is_continue => self.error("Illegal continue statement: no surrounding iteration statement"),
                None => self.error("Illegal break statement"),
            };
        };
        self.emit_jump_out(target, is_continue);
        Ok(())
    }

    /// Leaves every control entry above `target`, then jumps to its break/continue point.
    pub(super) fn emit_jump_out(&mut self, target: usize, is_continue: bool) {
        let top = self.fr().control.len();
        for i in (target + 1..top).rev() {
            if self.leave_entry(i, Route::Break { target, is_continue }) {
                return;
            }
        }
        // At the target itself: a `break` leaves it (popping its stack values), a `continue`
        // stays inside the loop.
        let (stack, iterator) = match &self.fr().control[target] {
            Control::Breakable { stack, iterator, .. } => (*stack, *iterator),
            Control::Try { .. } => (0, false),
        };
        if !is_continue {
            self.pop_kept(stack, iterator);
        }
        let j = self.emit(Op::Jump { target: 0 });
        if let Some(Control::Breakable { breaks, continues, .. }) = self.f().control.get_mut(target) {
            if is_continue {
                continues.push(j);
            } else {
                breaks.push(j);
            }
        }
    }

    fn pop_kept(&mut self, stack: u32, iterator: bool) {
        for k in 0..stack {
            if iterator && k == 0 {
                self.emit(Op::IteratorClose);
            } else {
                self.emit(Op::Pop);
            }
        }
    }

    /// Emits what leaving control entry `i` requires. Returns true when the exit was routed
    /// through a `finally` block (which continues the exit itself when it ends).
    fn leave_entry(&mut self, i: usize, route: Route) -> bool {
        let (region, has_finally, stack, iterator) = match &self.fr().control[i] {
            Control::Breakable { stack, iterator, .. } => (None, false, *stack, *iterator),
            Control::Try { region, finally } => (Some(*region), finally.is_some(), 0, false),
        };
        match region {
            None => {
                self.pop_kept(stack, iterator);
                false
            }
            Some(TryRegion::Finally) => false,
            Some(TryRegion::Catch) if !has_finally => false,
            Some(region) => {
                if region == TryRegion::Try || has_finally {
                    self.emit(Op::LeaveTry);
                }
                if !has_finally {
                    return false;
                }
                let kind_slot;
                let value_slot;
                let id;
                {
                    let Some(Control::Try { finally: Some(fi), .. }) = self.f().control.get_mut(i) else {
                        return false;
                    };
                    kind_slot = fi.kind_slot;
                    value_slot = fi.value_slot;
                    id = match route {
                        Route::Return => COMPLETION_RETURN,
                        route => {
                            fi.routes.push(route);
                            COMPLETION_RETURN + fi.routes.len() as i32
                        }
                    };
                }
                if id == COMPLETION_RETURN {
                    // The finally keeps its own copy of the pending return value: a `return`
                    // inside it that is then overridden (by a throw caught there) must not
                    // replace it in the function's shared return slot.
                    let slot = self.return_slot();
                    self.emit(Op::GetLocal { slot });
                    self.emit(Op::SetLocal { slot: value_slot });
                    self.emit(Op::Pop);
                }
                self.emit(Op::Int { value: id });
                self.emit(Op::SetLocal { slot: kind_slot });
                self.emit(Op::Pop);
                let j = self.emit(Op::Jump { target: 0 });
                if let Some(Control::Try { finally: Some(fi), .. }) = self.f().control.get_mut(i) {
                    fi.entry_jumps.push(j);
                }
                true
            }
        }
    }

    /// `[v ->]` return v from the function, running enclosing finally blocks and closing
    /// iterators of enclosing for-of loops.
    pub(super) fn emit_return(&mut self) {
        let slot = self.return_slot();
        self.emit(Op::SetLocal { slot });
        self.emit(Op::Pop);
        self.emit_return_from(self.fr().control.len());
    }

    /// Continues a return (value already in the return slot) outward from control depth `top`.
    pub(super) fn emit_return_from(&mut self, top: usize) {
        for i in (0..top).rev() {
            if self.leave_entry(i, Route::Return) {
                return;
            }
        }
        let slot = self.return_slot();
        self.emit(Op::GetLocal { slot });
        self.emit_final_return();
    }

    /// The function's shared slot for a pending return value.
    fn return_slot(&mut self) -> u32 {
        // Allocated once per function: stored as a hidden binding.
        let key: Rc<str> = Rc::from("%return");
        if let Some(b) = self.fr().scopes.first().and_then(|s| s.bindings.get(&key)) {
            if let super::Loc::Local(s) = b.loc {
                return s;
            }
        }
        let slot = self.new_local();
        if let Some(scope) = self.f().scopes.first_mut() {
            scope.bindings.insert(key, super::Binding { loc: super::Loc::Local(slot), kind: super::BindKind::Internal, tdz: false });
        }
        slot
    }

    /// Ends a `finally` block: dispatch on the completion kind. The try entry must already be
    /// popped from the control stack.
    pub(super) fn emit_finally_dispatch(&mut self, fi: FinallyInfo) {
        let kind = fi.kind_slot;
        // throw
        self.emit(Op::GetLocal { slot: kind });
        self.emit(Op::Int { value: COMPLETION_THROW });
        self.emit(Op::StrictEq);
        let skip = self.emit(Op::JumpIfFalse { target: 0 });
        self.emit(Op::GetLocal { slot: fi.value_slot });
        self.emit(Op::Throw);
        self.patch(skip);
        // return
        self.emit(Op::GetLocal { slot: kind });
        self.emit(Op::Int { value: COMPLETION_RETURN });
        self.emit(Op::StrictEq);
        let skip = self.emit(Op::JumpIfFalse { target: 0 });
        let slot = self.return_slot();
        self.emit(Op::GetLocal { slot: fi.value_slot });
        self.emit(Op::SetLocal { slot });
        self.emit(Op::Pop);
        let top = self.fr().control.len();
        self.emit_return_from(top);
        self.patch(skip);
        // routed breaks and continues
        for (n, route) in fi.routes.into_iter().enumerate() {
            let id = COMPLETION_RETURN + 1 + n as i32;
            self.emit(Op::GetLocal { slot: kind });
            self.emit(Op::Int { value: id });
            self.emit(Op::StrictEq);
            let skip = self.emit(Op::JumpIfFalse { target: 0 });
            if let Route::Break { target, is_continue } = route {
                self.emit_jump_out(target, is_continue);
            }
            self.patch(skip);
        }
    }
}
