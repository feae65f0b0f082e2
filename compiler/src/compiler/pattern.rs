//! Binding and assignment patterns: `[v -> ]` stores the value on top of the stack into a
//! pattern, destructuring objects and iterables.

use minijs_parser::ast::*;

use super::{CResult, Compiler};
use crate::bytecode::ops::Op;

impl Compiler {
    /// `[v -> ]`. `init` is true for declarations (no const/TDZ checks on the target).
    pub(super) fn bind_pattern(&mut self, p: &Pattern, init: bool) -> CResult {
        match p {
            Pattern::Ident(n, _) => {
                if init {
                    self.emit_init_binding(n);
                } else {
                    self.emit_set_binding(n);
                }
                self.emit(Op::Pop);
            }
            Pattern::Member(e) => {
                self.store_to_member(e)?;
                self.emit(Op::Pop);
            }
            Pattern::Object { props, rest, .. } => {
                self.emit(Op::CheckObjectCoercible);
                let mut excluded = Vec::new();
                for prop in props {
                    self.emit(Op::Dup);
                    match &prop.key {
                        PropKey::Ident(name) => {
                            let n = self.name_const(name);
                            self.emit(Op::GetProp { name: n });
                            excluded.push(Excluded::Const(n));
                        }
                        PropKey::String(s) => {
                            let n = self.string_const(s);
                            self.emit(Op::GetProp { name: n });
                            excluded.push(Excluded::Const(n));
                        }
                        key => {
                            self.prop_key_value(key)?;
                            if rest.is_some() {
                                let slot = self.new_local();
                                self.emit(Op::SetLocal { slot });
                                excluded.push(Excluded::Local(slot));
                            }
                            self.emit(Op::GetElem);
                        }
                    }
                    self.emit_default(prop.default.as_ref(), &prop.target)?;
                    self.bind_pattern(&prop.target, init)?;
                }
                match rest {
                    Some(r) => {
                        self.emit(Op::NewObject);
                        self.emit(Op::Swap);
                        let count = excluded.len() as u32;
                        for e in excluded {
                            match e {
                                Excluded::Const(index) => self.emit(Op::Const { index }),
                                Excluded::Local(slot) => self.emit(Op::GetLocal { slot }),
                            };
                        }
                        self.emit(Op::CopyDataPropertiesExcluding { count });
                        self.bind_pattern(r, init)?;
                    }
                    None => {
                        self.emit(Op::Pop);
                    }
                }
            }
            Pattern::Array { elems, rest, .. } => {
                self.emit(Op::GetIterator);
                for e in elems {
                    self.emit(Op::IteratorValueOrUndefined);
                    match e {
                        Some(e) => {
                            self.emit_default(e.default.as_ref(), &e.target)?;
                            self.bind_pattern(&e.target, init)?;
                        }
                        None => {
                            self.emit(Op::Pop);
                        }
                    }
                }
                if let Some(r) = rest {
                    self.emit(Op::IteratorRest);
                    self.bind_pattern(r, init)?;
                }
                self.emit(Op::IteratorClose);
            }
        }
        Ok(())
    }

    /// `[v -> v']` replaces `undefined` with the default value.
    pub(super) fn emit_default(&mut self, default: Option<&Expr>, target: &Pattern) -> CResult {
        if let Some(d) = default {
            let skip = self.emit(Op::JumpIfNotUndefined { target: 0 });
            self.emit(Op::Pop);
            self.expr_named(d, target)?;
            self.patch(skip);
        }
        Ok(())
    }

    /// `[v -> v]` stores into a member expression target.
    pub(super) fn store_to_member(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::Paren(inner) => self.store_to_member(inner),
            ExprKind::Member { object, prop, .. } => {
                self.expr(object)?;
                match prop {
                    MemberProp::Name(n) => {
                        let n = self.name_const(n);
                        self.emit(Op::Swap);
                        self.emit(Op::SetProp { name: n });
                    }
                    MemberProp::Computed(k) => {
                        self.expr(k)?;
                        self.emit(Op::ToPropertyKey);
                        self.emit(Op::RotLeft3);
                        self.emit(Op::SetElem);
                    }
                    MemberProp::Private(n) => {
                        self.emit_private_name(n)?;
                        self.emit(Op::RotLeft3);
                        self.emit(Op::SetPrivate);
                    }
                }
                Ok(())
            }
            ExprKind::SuperMember(prop) => {
                self.emit(Op::SuperBase);
                self.emit_this()?;
                match prop {
                    MemberProp::Name(n) => {
                        let n = self.name_const(n);
                        // [v base this] → [base this v]
                        self.emit(Op::RotLeft3);
                        self.emit(Op::SetSuperProp { name: n });
                    }
                    MemberProp::Computed(k) => {
                        self.expr(k)?;
                        self.emit(Op::ToPropertyKey);
                        // [v base this key] → [base this key v]
                        self.emit(Op::RotRight4);
                        self.emit(Op::RotRight4);
                        self.emit(Op::RotRight4);
                        self.emit(Op::SetSuperElem);
                    }
                    MemberProp::Private(_) => return self.error("Unexpected private name after super"),
                }
                Ok(())
            }
            _ => self.error("Invalid left-hand side in assignment"),
        }
    }
}

enum Excluded {
    Const(u32),
    Local(u32),
}
