//! Annex B.3.2, the web's reading of sloppy code: a plain function declared in a block also
//! assigns a `var` of its name in the enclosing function or script when the declaration is
//! evaluated, unless a `var` there would clash with a lexical declaration in between.

use minijs_parser::ast::*;

use super::stmt::pattern_names;

/// The function declarations in blocks of `body` (not inside nested functions) that get the
/// `var` binding, by name and statement span. `enclosing`: names a `var` would clash with at
/// the top (parameters and the body's own let/const/class names).
pub(super) fn block_functions(body: &[Stmt], enclosing: Vec<Name>) -> Vec<(Name, Span)> {
    let mut walker = Walker { enclosing, out: Vec::new() };
    for s in body {
        walker.stmt(s);
    }
    walker.out
}

/// let/const/class names declared directly in a statement list (not functions: at the top of a
/// function body they are var-like).
pub(super) fn top_lexical_names(body: &[Stmt]) -> Vec<Name> {
    let mut out = Vec::new();
    for s in body {
        match &s.kind {
            StmtKind::Var(d) if d.kind != VarKind::Var => d.decls.iter().for_each(|d| pattern_names(&d.target, &mut out)),
            StmtKind::Class(c) => out.extend(c.name.clone()),
            _ => {}
        }
    }
    out
}

struct Walker {
    /// Lexically declared names of the blocks around the statement being walked.
    enclosing: Vec<Name>,
    out: Vec<(Name, Span)>,
}

impl Walker {
    fn block<'a>(&mut self, body: impl Iterator<Item = &'a Stmt> + Clone) {
        for s in body.clone() {
            if let StmtKind::Function(f) = &s.kind
                && let Some(name) = &f.name
                && !f.is_async
                && !f.is_generator
                && !self.enclosing.contains(name)
            {
                self.out.push((name.clone(), s.span));
            }
        }
        let depth = self.enclosing.len();
        for s in body.clone() {
            match &s.kind {
                StmtKind::Var(d) if d.kind != VarKind::Var => d.decls.iter().for_each(|d| pattern_names(&d.target, &mut self.enclosing)),
                StmtKind::Class(c) => self.enclosing.extend(c.name.clone()),
                StmtKind::Function(f) => self.enclosing.extend(f.name.clone()),
                _ => {}
            }
        }
        for s in body {
            self.stmt(s);
        }
        self.enclosing.truncate(depth);
    }

    /// A statement in a position where a declaration makes its own scope (loop bodies, `if`
    /// clauses: `if (x) function f() {}` is B.3.3's shorthand for a block).
    fn clause(&mut self, s: &Stmt) {
        if matches!(s.kind, StmtKind::Function(_)) { self.block(std::iter::once(s)) } else { self.stmt(s) }
    }

    fn with_names(&mut self, names: Vec<Name>, body: &Stmt) {
        let depth = self.enclosing.len();
        self.enclosing.extend(names);
        self.clause(body);
        self.enclosing.truncate(depth);
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Block(b) => self.block(b.iter()),
            StmtKind::If { then, otherwise, .. } => {
                self.clause(then);
                if let Some(o) = otherwise {
                    self.clause(o);
                }
            }
            StmtKind::For { init, body, .. } => {
                let mut names = Vec::new();
                if let Some(ForInit::Var(d)) = init
                    && d.kind != VarKind::Var
                {
                    d.decls.iter().for_each(|d| pattern_names(&d.target, &mut names));
                }
                self.with_names(names, body);
            }
            StmtKind::ForIn { left, body, .. } | StmtKind::ForOf { left, body, .. } => {
                let mut names = Vec::new();
                if let ForHead::Decl(kind, p) = left
                    && *kind != VarKind::Var
                {
                    pattern_names(p, &mut names);
                }
                self.with_names(names, body);
            }
            StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } | StmtKind::Labeled { body, .. } => self.stmt(body),
            StmtKind::Try { block, handler, finalizer } => {
                self.block(block.iter());
                if let Some(h) = handler {
                    // B.3.4: a `var` may redeclare a simple catch parameter, not a destructured one.
                    let mut names = Vec::new();
                    if let Some(p @ (Pattern::Object { .. } | Pattern::Array { .. })) = &h.param {
                        pattern_names(p, &mut names);
                    }
                    let depth = self.enclosing.len();
                    self.enclosing.extend(names);
                    self.block(h.body.iter());
                    self.enclosing.truncate(depth);
                }
                if let Some(f) = finalizer {
                    self.block(f.iter());
                }
            }
            StmtKind::Switch { cases, .. } => self.block(cases.iter().flat_map(|c| c.body.iter())),
            _ => {}
        }
    }
}
