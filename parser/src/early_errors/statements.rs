//! Statements: declarations and their scopes, labels, `break`/`continue`/`return`, positions
//! where a declaration cannot stand alone, module items.

use super::scope::{LexKind, ScopeKind};
use super::{Checker, Result, fail};
use crate::ast::*;

/// Where a statement stands, for the rules on declarations in single-statement positions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Pos {
    /// Directly in a statement list; `fn_level` at the top of a function, script or module body.
    List { fn_level: bool },
    /// The body of a label that stands in a statement list (a sloppy plain function may follow).
    LabelBody { fn_level: bool },
    /// A branch of `if` (a sloppy plain function may stand there, Annex B).
    IfBranch,
    /// The body of a loop or `with`, or of a label inside one.
    Body,
}

/// Collects the names a pattern binds, with their spans.
pub(super) fn bound_names(p: &Pattern, out: &mut Vec<(Name, Span)>) {
    match p {
        Pattern::Ident(n, s) => out.push((n.clone(), *s)),
        Pattern::Member(_) => {}
        Pattern::Object { props, rest, .. } => {
            for prop in props {
                bound_names(&prop.target, out);
            }
            if let Some(r) = rest {
                bound_names(r, out);
            }
        }
        Pattern::Array { elems, rest, .. } => {
            for el in elems.iter().flatten() {
                bound_names(&el.target, out);
            }
            if let Some(r) = rest {
                bound_names(r, out);
            }
        }
    }
}

fn is_iteration(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::For { .. } | StmtKind::ForIn { .. } | StmtKind::ForOf { .. } | StmtKind::While { .. } | StmtKind::DoWhile { .. } => true,
        StmtKind::Labeled { body, .. } => is_iteration(body),
        _ => false,
    }
}

impl Checker<'_> {
    pub(super) fn statement_list(&mut self, stmts: &mut [Stmt], fn_level: bool) -> Result {
        for s in stmts {
            self.statement(s, Pos::List { fn_level })?;
        }
        Ok(())
    }

    /// Walks a statement; the frequent shapes here with a small stack frame, the rest in
    /// `statement_other`.
    fn statement(&mut self, s: &mut Stmt, pos: Pos) -> Result {
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Block(body) => self.with_scope(ScopeKind::Block, |me| me.statement_list(body, false)),
            StmtKind::Return(Some(e)) if self.cur.can_return => self.expr(e),
            StmtKind::If { test, then, otherwise } => {
                self.expr(test)?;
                self.substatement(then, Pos::IfBranch)?;
                match otherwise {
                    Some(o) => self.substatement(o, Pos::IfBranch),
                    None => Ok(()),
                }
            }
            _ => self.statement_other(s, pos),
        }
    }

    #[inline(never)]
    fn statement_other(&mut self, s: &mut Stmt, pos: Pos) -> Result {
        let span = s.span;
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Var(decl) => {
                if decl.kind != VarKind::Var && !matches!(pos, Pos::List { .. }) {
                    return fail("Lexical declaration cannot appear in a single-statement context", span);
                }
                self.var_decl(decl)
            }
            StmtKind::Function(f) => {
                self.check_function_position(f, pos, span)?;
                self.function_declaration(f, pos)
            }
            StmtKind::Class(c) => {
                if !matches!(pos, Pos::List { .. }) {
                    return fail("Unexpected token 'class'", span);
                }
                if let Some(name) = &c.name {
                    let strict = self.strict();
                    self.check_binding_name(name, span)?;
                    self.scopes.declare_lexical(name, span, LexKind::Binding, strict)?;
                }
                self.class(c)
            }
            StmtKind::Block(body) => self.with_scope(ScopeKind::Block, |me| me.statement_list(body, false)),
            StmtKind::Empty | StmtKind::Debugger => Ok(()),
            StmtKind::If { test, then, otherwise } => {
                self.expr(test)?;
                self.substatement(then, Pos::IfBranch)?;
                if let Some(o) = otherwise {
                    self.substatement(o, Pos::IfBranch)?;
                }
                Ok(())
            }
            StmtKind::For { init, test, update, body } => self.with_scope(ScopeKind::Block, |me| {
                match init {
                    Some(ForInit::Var(decl)) => me.var_decl(decl)?,
                    Some(ForInit::Expr(e)) => me.expr(e)?,
                    None => {}
                }
                if let Some(t) = test {
                    me.expr(t)?;
                }
                if let Some(u) = update {
                    me.expr(u)?;
                }
                me.loop_body(body)
            }),
            StmtKind::ForIn { left, right, body } => self.with_scope(ScopeKind::Block, |me| {
                me.for_head(left, span)?;
                me.expr(right)?;
                me.loop_body(body)
            }),
            StmtKind::ForOf { left, right, body, is_await } => {
                if *is_await && !self.cx().await_op {
                    return fail("Unexpected reserved word", span);
                }
                self.with_scope(ScopeKind::Block, |me| {
                    me.for_head(left, span)?;
                    me.expr(right)?;
                    me.loop_body(body)
                })
            }
            StmtKind::While { test, body } => {
                self.expr(test)?;
                self.loop_body(body)
            }
            StmtKind::DoWhile { body, test } => {
                self.loop_body(body)?;
                self.expr(test)
            }
            StmtKind::Return(e) => {
                if !self.cx().can_return {
                    return fail("Illegal return statement", span);
                }
                match e {
                    Some(e) => self.expr(e),
                    None => Ok(()),
                }
            }
            StmtKind::Break(label) => self.jump(label.as_ref(), false, span),
            StmtKind::Continue(label) => self.jump(label.as_ref(), true, span),
            StmtKind::Throw(e) => self.expr(e),
            StmtKind::Try { block, handler, finalizer } => {
                self.with_scope(ScopeKind::Block, |me| me.statement_list(block, false))?;
                if let Some(h) = handler {
                    self.catch_clause(h)?;
                }
                if let Some(f) = finalizer {
                    self.with_scope(ScopeKind::Block, |me| me.statement_list(f, false))?;
                }
                Ok(())
            }
            StmtKind::Switch { discriminant, cases } => {
                self.expr(discriminant)?;
                self.cur.breakable += 1;
                let out = self.with_scope(ScopeKind::Block, |me| {
                    for case in cases.iter_mut() {
                        if let Some(t) = &mut case.test {
                            me.expr(t)?;
                        }
                        me.statement_list(&mut case.body, false)?;
                    }
                    Ok(())
                });
                self.cur.breakable -= 1;
                out
            }
            StmtKind::Labeled { label, body } => {
                self.check_name(label, span)?;
                if self.cur.labels.iter().any(|(l, _)| l == label) {
                    return fail(format!("Label '{label}' has already been declared"), span);
                }
                let body_pos = match pos {
                    Pos::List { fn_level } | Pos::LabelBody { fn_level } => Pos::LabelBody { fn_level },
                    Pos::IfBranch | Pos::Body => Pos::Body,
                };
                self.cur.labels.push((label.clone(), is_iteration(body)));
                let out = self.substatement(body, body_pos);
                self.cur.labels.pop();
                out
            }
            StmtKind::With { object, body } => {
                if self.strict() {
                    return fail("Strict mode code may not include a with statement", span);
                }
                self.expr(object)?;
                self.substatement(body, Pos::Body)
            }
            StmtKind::Import(decl) => {
                if !self.is_module {
                    return fail("Cannot use import statement outside a module", span);
                }
                for spec in &decl.specifiers {
                    let local = match spec {
                        ImportSpec::Default(n) | ImportSpec::Namespace(n) => n,
                        ImportSpec::Named { local, .. } => local,
                    };
                    self.check_binding_name(local, span)?;
                    self.scopes.declare_lexical(local, span, LexKind::Binding, true)?;
                }
                Ok(())
            }
            StmtKind::Export(decl) => {
                if !self.is_module {
                    return fail("Unexpected token 'export'", span);
                }
                match decl {
                    ExportDecl::Decl(d) => self.statement(d, Pos::List { fn_level: true }),
                    ExportDecl::DefaultFunction(f) => {
                        if let Some(name) = &f.name {
                            self.scopes.declare_lexical(name, span, LexKind::Binding, true)?;
                        }
                        self.function(f, super::functions::FnUse::Declaration)
                    }
                    ExportDecl::DefaultClass(c) => {
                        if let Some(name) = &c.name {
                            self.check_binding_name(name, span)?;
                            self.scopes.declare_lexical(name, span, LexKind::Binding, true)?;
                        }
                        self.class(c)
                    }
                    ExportDecl::DefaultExpr(e) => self.expr(e),
                    ExportDecl::Named { .. } | ExportDecl::All { .. } => Ok(()),
                }
            }
        }
    }

    /// A statement in a single-statement position (`if` branch, loop body, label body).
    fn substatement(&mut self, s: &mut Stmt, pos: Pos) -> Result {
        // A function as an `if` branch behaves as if wrapped in a block.
        if pos == Pos::IfBranch && matches!(s.kind, StmtKind::Function(_)) {
            return self.with_scope(ScopeKind::Block, |me| me.statement(s, pos));
        }
        self.statement(s, pos)
    }

    fn loop_body(&mut self, body: &mut Stmt) -> Result {
        self.cur.loops += 1;
        self.cur.breakable += 1;
        let out = self.substatement(body, Pos::Body);
        self.cur.loops -= 1;
        self.cur.breakable -= 1;
        out
    }

    fn check_function_position(&self, f: &Function, pos: Pos, span: Span) -> Result {
        if matches!(pos, Pos::List { .. }) {
            return Ok(());
        }
        if self.strict() {
            return fail("In strict mode code, functions can only be declared at top level or inside a block.", span);
        }
        if f.is_async {
            return fail("Async functions can only be declared at the top level or inside a block.", span);
        }
        if f.is_generator {
            return fail("Generators can only be declared at the top level or inside a block.", span);
        }
        if pos == Pos::Body {
            return fail(
                "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.",
                span,
            );
        }
        Ok(())
    }

    fn function_declaration(&mut self, f: &mut std::rc::Rc<Function>, pos: Pos) -> Result {
        let span = f.span;
        if let Some(name) = f.name.clone() {
            self.check_binding_name(&name, span)?;
            let fn_level = matches!(pos, Pos::List { fn_level: true } | Pos::LabelBody { fn_level: true });
            let strict = self.strict();
            if fn_level && !(self.is_module && self.cur.is_program) {
                self.scopes.declare_var(&name, span)?;
            } else {
                let plain = !f.is_async && !f.is_generator;
                let kind = if plain { LexKind::PlainFunction } else { LexKind::Binding };
                self.scopes.declare_lexical(&name, span, kind, strict)?;
            }
        }
        self.function(f, super::functions::FnUse::Declaration)
    }

    pub(super) fn var_decl(&mut self, decl: &mut VarDecl) -> Result {
        for d in &mut decl.decls {
            self.declare_pattern(decl.kind, &d.target)?;
            self.binding_pattern(&mut d.target)?;
            if let Some(init) = &mut d.init {
                self.expr(init)?;
            }
        }
        Ok(())
    }

    fn declare_pattern(&mut self, kind: VarKind, target: &Pattern) -> Result {
        let mut names = Vec::new();
        bound_names(target, &mut names);
        let strict = self.strict();
        for (name, span) in names {
            match kind {
                VarKind::Var => self.scopes.declare_var(&name, span)?,
                VarKind::Let | VarKind::Const => {
                    if &*name == "let" {
                        return fail("let is disallowed as a lexically bound name", span);
                    }
                    self.scopes.declare_lexical(&name, span, LexKind::Binding, strict)?;
                }
            }
        }
        Ok(())
    }

    fn for_head(&mut self, head: &mut ForHead, span: Span) -> Result {
        let _ = span;
        match head {
            ForHead::Decl(kind, target) => {
                self.declare_pattern(*kind, target)?;
                self.binding_pattern(target)
            }
            ForHead::Target(target) => self.assign_target(target),
        }
    }

    fn catch_clause(&mut self, h: &mut CatchClause) -> Result {
        let simple = matches!(h.param, Some(Pattern::Ident(..)) | None);
        self.with_scope(ScopeKind::Catch { simple }, |me| {
            if let Some(p) = &mut h.param {
                let mut names = Vec::new();
                bound_names(p, &mut names);
                let strict = me.strict();
                for (name, span) in names {
                    me.scopes.declare_lexical(&name, span, LexKind::CatchParam, strict)?;
                }
                me.binding_pattern(p)?;
            }
            me.statement_list(&mut h.body, false)
        })
    }

    fn jump(&self, label: Option<&Name>, is_continue: bool, span: Span) -> Result {
        let cx = self.cx();
        match label {
            Some(l) => match cx.labels.iter().rev().find(|(name, _)| name == l) {
                None => fail(format!("Undefined label '{l}'"), span),
                Some((_, false)) if is_continue => {
                    fail(format!("Illegal continue statement: '{l}' does not denote an iteration statement"), span)
                }
                Some(_) => Ok(()),
            },
            None if is_continue && cx.loops == 0 => fail("Illegal continue statement: no surrounding iteration statement", span),
            None if !is_continue && cx.breakable == 0 => fail("Illegal break statement", span),
            None => Ok(()),
        }
    }

    /// Module-level rules on `export`: every exported name once, every local one declared.
    pub(super) fn module_exports(&self, body: &[Stmt]) -> Result {
        let mut exported: Vec<Name> = Vec::new();
        let mut add = |name: Name, span: Span| -> Result {
            if exported.contains(&name) {
                return fail(format!("Duplicate export of '{name}'"), span);
            }
            exported.push(name);
            Ok(())
        };
        for s in body {
            let StmtKind::Export(decl) = &s.kind else {
                continue;
            };
            match decl {
                ExportDecl::Decl(d) => match &d.kind {
                    StmtKind::Var(v) => {
                        let mut names = Vec::new();
                        for d in &v.decls {
                            bound_names(&d.target, &mut names);
                        }
                        for (n, sp) in names {
                            add(n, sp)?;
                        }
                    }
                    StmtKind::Function(f) => add(f.name.clone().unwrap_or_default(), s.span)?,
                    StmtKind::Class(c) => add(c.name.clone().unwrap_or_default(), s.span)?,
                    _ => {}
                },
                ExportDecl::DefaultFunction(_) | ExportDecl::DefaultClass(_) | ExportDecl::DefaultExpr(_) => add("default".into(), s.span)?,
                ExportDecl::Named { specifiers, from } => {
                    for spec in specifiers {
                        if from.is_none() && !self.scopes.declared_at_top(&spec.local) {
                            return fail(format!("Export '{}' is not defined in module", spec.local), s.span);
                        }
                        add(spec.exported.clone(), s.span)?;
                    }
                }
                ExportDecl::All { exported: Some(n), .. } => add(n.clone(), s.span)?,
                ExportDecl::All { exported: None, .. } => {}
            }
        }
        Ok(())
    }
}
