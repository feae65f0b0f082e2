//! Declaration scopes, for "Identifier 'x' has already been declared".
//!
//! `var` names are recorded in every scope from the declaring one up to the enclosing function,
//! so a later lexical declaration in any of them sees the clash, and a `var` that passes a scope
//! with a lexical binding of the same name is rejected at once.

use std::collections::{HashMap, HashSet};

use crate::ast::{Name, Span};
use crate::error::SyntaxError;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScopeKind {
    /// A function body, the program, or a class static block: where `var` stops.
    Function,
    Block,
    /// A `catch` clause: parameter names plus the block's declarations. `simple` when the
    /// parameter is a plain identifier (then `var e` may redeclare it, Annex B).
    Catch {
        simple: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LexKind {
    /// `let`, `const`, `class`, import bindings, async/generator functions in blocks.
    Binding,
    /// A plain `function` declaration in a block: sloppy code may repeat it (Annex B).
    PlainFunction,
    CatchParam,
}

struct Scope {
    kind: ScopeKind,
    lexical: HashMap<Name, LexKind>,
    vars: HashSet<Name>,
    params: HashSet<Name>,
}

#[derive(Default)]
pub struct Scopes {
    stack: Vec<Scope>,
}

fn redeclared(name: &str, span: Span) -> SyntaxError {
    SyntaxError::new(format!("Identifier '{name}' has already been declared"), span)
}

impl Scopes {
    pub fn push(&mut self, kind: ScopeKind) {
        self.stack.push(Scope { kind, lexical: HashMap::new(), vars: HashSet::new(), params: HashSet::new() });
    }

    pub fn pop(&mut self) {
        self.stack.pop();
    }

    /// Parameter names of the function whose body scope is on top.
    pub fn set_params(&mut self, names: impl IntoIterator<Item = Name>) {
        if let Some(top) = self.stack.last_mut() {
            top.params.extend(names);
        }
    }

    pub fn declare_var(&mut self, name: &Name, span: Span) -> Result<(), SyntaxError> {
        for scope in self.stack.iter_mut().rev() {
            match scope.lexical.get(name) {
                Some(LexKind::CatchParam) if scope.kind == (ScopeKind::Catch { simple: true }) => {}
                Some(_) => return Err(redeclared(name, span)),
                None => {}
            }
            scope.vars.insert(name.clone());
            if scope.kind == ScopeKind::Function {
                break;
            }
        }
        Ok(())
    }

    pub fn declare_lexical(&mut self, name: &Name, span: Span, kind: LexKind, strict: bool) -> Result<(), SyntaxError> {
        let Some(scope) = self.stack.last_mut() else {
            return Ok(());
        };
        if let Some(previous) = scope.lexical.get(name) {
            let annex_b =
                !strict && *previous == LexKind::PlainFunction && kind == LexKind::PlainFunction && scope.kind == ScopeKind::Block;
            if !annex_b {
                return Err(redeclared(name, span));
            }
        }
        if scope.vars.contains(name) || scope.params.contains(name) {
            return Err(redeclared(name, span));
        }
        scope.lexical.insert(name.clone(), kind);
        Ok(())
    }
}

impl Scopes {
    /// Whether the outermost scope (the module) declares `name` in any way.
    pub fn declared_at_top(&self, name: &Name) -> bool {
        self.stack.first().is_some_and(|s| s.lexical.contains_key(name) || s.vars.contains(name))
    }
}
