//! Statements, declarations and hoisting.

use std::rc::Rc;

use minijs_parser::ast::*;

use super::control::{COMPLETION_NORMAL, COMPLETION_THROW, Control, FinallyInfo, TryRegion};
use super::{BindKind, CResult, CodeKind, Compiler, Loc};
use crate::bytecode::ops::Op;

/// Every name a binding pattern declares, in source order.
pub fn pattern_names(p: &Pattern, out: &mut Vec<Name>) {
    match p {
        Pattern::Ident(n, _) => out.push(n.clone()),
        Pattern::Member(_) => {}
        Pattern::Object { props, rest, .. } => {
            for prop in props {
                pattern_names(&prop.target, out);
            }
            if let Some(r) = rest {
                pattern_names(r, out);
            }
        }
        Pattern::Array { elems, rest, .. } => {
            for e in elems.iter().flatten() {
                pattern_names(&e.target, out);
            }
            if let Some(r) = rest {
                pattern_names(r, out);
            }
        }
    }
}

/// `var` names declared anywhere in these statements, not entering nested functions.
pub(super) fn var_names(stmts: &[Stmt], out: &mut Vec<Name>) {
    for s in stmts {
        var_names_stmt(s, out);
    }
}

/// `var` names declared by one statement (see `var_names`).
pub fn var_names_of(s: &Stmt, out: &mut Vec<Name>) {
    var_names_stmt(s, out)
}

fn var_names_stmt(s: &Stmt, out: &mut Vec<Name>) {
    match &s.kind {
        StmtKind::Var(d) if d.kind == VarKind::Var => {
            for decl in &d.decls {
                pattern_names(&decl.target, out);
            }
        }
        StmtKind::Block(b) => var_names(b, out),
        StmtKind::If { then, otherwise, .. } => {
            var_names_stmt(then, out);
            if let Some(o) = otherwise {
                var_names_stmt(o, out);
            }
        }
        StmtKind::For { init, body, .. } => {
            if let Some(ForInit::Var(d)) = init
                && d.kind == VarKind::Var
            {
                for decl in &d.decls {
                    pattern_names(&decl.target, out);
                }
            }
            var_names_stmt(body, out);
        }
        StmtKind::ForIn { left, body, .. } | StmtKind::ForOf { left, body, .. } => {
            if let ForHead::Decl(VarKind::Var, p) = left {
                pattern_names(p, out);
            }
            var_names_stmt(body, out);
        }
        StmtKind::While { body, .. } | StmtKind::DoWhile { body, .. } => var_names_stmt(body, out),
        StmtKind::Try { block, handler, finalizer } => {
            var_names(block, out);
            if let Some(h) = handler {
                var_names(&h.body, out);
            }
            if let Some(f) = finalizer {
                var_names(f, out);
            }
        }
        StmtKind::Switch { cases, .. } => {
            for c in cases {
                var_names(&c.body, out);
            }
        }
        StmtKind::Labeled { body, .. } => var_names_stmt(body, out),
        StmtKind::With { body, .. } => var_names_stmt(body, out),
        StmtKind::Export(ExportDecl::Decl(d)) => var_names_stmt(d, out),
        _ => {}
    }
}

/// The statement a declaration-like statement declares, looking through `export`.
fn declaration(s: &Stmt) -> &Stmt {
    match &s.kind {
        StmtKind::Export(ExportDecl::Decl(d)) => d,
        _ => s,
    }
}

impl Compiler {
    /// Declares a function body's (or script's) hoisted bindings: vars, function declarations
    /// (instantiated now), and lexical declarations in their TDZ.
    /// `params`: the parameter names of a function body.
    pub(super) fn function_prologue_bindings(&mut self, body: &[Stmt], params: &[Name]) -> CResult {
        let mut vars = Vec::new();
        var_names(body, &mut vars);
        if !self.fr().strict {
            let mut clashes = super::annex_b::top_lexical_names(body);
            clashes.extend_from_slice(params);
            if self.fr().code_kind == CodeKind::Function {
                clashes.push(Rc::from(super::captures::ARGUMENTS));
            }
            for (name, span) in super::annex_b::block_functions(body, clashes) {
                self.f().annex_b.push(span);
                vars.push(name);
            }
        }
        let global = self.fr().code_kind == CodeKind::Script && self.funcs.len() == 1;
        for name in &vars {
            self.declare(name, BindKind::Var);
            if global {
                let n = self.name_const(name);
                self.emit(Op::DeclareGlobalVar { name: n });
            }
        }
        self.lexical_prologue(body, global)
    }

    /// Evaluating a block-level function declaration that Annex B gives a `var` too: the
    /// block's binding is copied into it.
    fn annex_b_assign(&mut self, s: &Stmt, name: &Name) {
        if !self.fr().annex_b.contains(&s.span) {
            return;
        }
        let var_scope = self.fr().var_scope;
        let Some(var) = self.fr().scopes.get(var_scope).and_then(|scope| scope.bindings.get(name)).copied() else { return };
        let block = self.resolve(name);
        self.emit_get(block, name);
        self.emit_store(var, name);
        self.emit(Op::Pop);
    }

    /// An `if` clause or loop body: `if (x) function f() {}` is a block of its own (B.3.3).
    fn clause(&mut self, s: &Stmt) -> CResult {
        if matches!(s.kind, StmtKind::Function(_)) { self.block(std::slice::from_ref(s)) } else { self.stmt(s) }
    }

    /// Declares the lexical bindings of a statement list (block, switch, function top) and
    /// instantiates its function declarations.
    pub(super) fn lexical_prologue(&mut self, body: &[Stmt], global: bool) -> CResult {
        let mut functions = Vec::new();
        for s in body {
            // `export default class C {}` / `export default function f() {}` declare C / f.
            match &s.kind {
                StmtKind::Export(ExportDecl::DefaultClass(c)) => {
                    if let Some(n) = &c.name {
                        self.declare_lexical(n, BindKind::Class, global);
                    }
                    continue;
                }
                StmtKind::Export(ExportDecl::DefaultFunction(f)) => {
                    if let Some(n) = &f.name {
                        self.declare(n, BindKind::Function);
                        functions.push(f.clone());
                    }
                    continue;
                }
                _ => {}
            }
            let s = declaration(s);
            match &s.kind {
                StmtKind::Var(d) if d.kind != VarKind::Var => {
                    let kind = if d.kind == VarKind::Const { BindKind::Const } else { BindKind::Let };
                    let mut names = Vec::new();
                    for decl in &d.decls {
                        pattern_names(&decl.target, &mut names);
                    }
                    for n in names {
                        self.declare_lexical(&n, kind, global);
                    }
                }
                StmtKind::Class(c) => {
                    if let Some(n) = &c.name {
                        self.declare_lexical(n, BindKind::Class, global);
                    }
                }
                StmtKind::Function(f) => {
                    if let Some(n) = &f.name {
                        let kind = if self.fr().scopes.len() == self.fr().var_scope + 1 { BindKind::Function } else { BindKind::Let };
                        let b = self.declare(n, kind);
                        if global && b.loc == Loc::Global {
                            let idx = self.name_const(n);
                            self.emit(Op::DeclareGlobalVar { name: idx });
                        }
                        functions.push(f.clone());
                    }
                }
                _ => {}
            }
        }
        for f in functions {
            self.emit_closure(&f)?;
            if let Some(n) = &f.name {
                self.emit_init_binding(n);
            }
            self.emit(Op::Pop);
        }
        Ok(())
    }

    fn declare_lexical(&mut self, name: &Rc<str>, kind: BindKind, global: bool) {
        let b = self.declare(name, kind);
        if global && b.loc == Loc::Global {
            let n = self.name_const(name);
            self.emit(Op::DeclareGlobalLexical { name: n, constant: kind == BindKind::Const });
        } else {
            self.emit_tdz(b);
        }
    }

    pub(super) fn block(&mut self, body: &[Stmt]) -> CResult {
        self.push_scope();
        self.lexical_prologue(body, false)?;
        for s in body {
            self.stmt(s)?;
        }
        self.pop_scope();
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> CResult {
        self.at(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Var(d) => self.var_decl(d)?,
            StmtKind::Function(f) => {
                // Instantiated when its scope was entered.
                if let Some(name) = &f.name {
                    self.annex_b_assign(s, name);
                }
            }
            StmtKind::Class(c) => {
                self.class(c, None)?;
                if let Some(n) = &c.name {
                    self.emit_init_binding(n);
                }
                self.emit(Op::Pop);
            }
            StmtKind::Block(b) => self.block(b)?,
            StmtKind::Empty | StmtKind::Debugger => {}
            StmtKind::If { test, then, otherwise } => {
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse { target: 0 });
                self.clause(then)?;
                if let Some(o) = otherwise {
                    let j = self.emit(Op::Jump { target: 0 });
                    self.patch(jf);
                    self.clause(o)?;
                    self.patch(j);
                } else {
                    self.patch(jf);
                }
            }
            StmtKind::For { .. } | StmtKind::While { .. } | StmtKind::DoWhile { .. } => self.loop_stmt(s, Vec::new())?,
            StmtKind::ForIn { .. } | StmtKind::ForOf { .. } => self.loop_stmt(s, Vec::new())?,
            StmtKind::Return(e) => {
                match e {
                    Some(e) => self.expr(e)?,
                    None => {
                        self.emit(Op::Undefined);
                    }
                }
                if self.fr().is_async && self.fr().is_generator && e.is_some() {
                    self.emit(Op::Await);
                }
                self.emit_return();
            }
            StmtKind::Break(l) => self.emit_break(l.as_deref(), false)?,
            StmtKind::Continue(l) => self.emit_break(l.as_deref(), true)?,
            StmtKind::Throw(e) => {
                self.expr(e)?;
                self.emit(Op::Throw);
            }
            StmtKind::Try { block, handler, finalizer } => self.try_stmt(block, handler.as_ref(), finalizer.as_deref())?,
            StmtKind::Switch { discriminant, cases } => self.switch_stmt(discriminant, cases, Vec::new())?,
            StmtKind::Labeled { .. } => {
                let mut labels = Vec::new();
                let mut body = s;
                while let StmtKind::Labeled { label, body: inner } = &body.kind {
                    labels.push(label.clone());
                    body = inner;
                }
                match &body.kind {
                    StmtKind::For { .. }
                    | StmtKind::While { .. }
                    | StmtKind::DoWhile { .. }
                    | StmtKind::ForIn { .. }
                    | StmtKind::ForOf { .. } => self.loop_stmt(body, labels)?,
                    StmtKind::Switch { discriminant, cases } => self.switch_stmt(discriminant, cases, labels)?,
                    _ => {
                        self.push_breakable(labels, false, 0, false, false);
                        self.stmt(body)?;
                        self.pop_breakable(None);
                    }
                }
            }
            StmtKind::With { .. } => return self.error("'with' statements are not supported by minijs"),
            StmtKind::Import(_) => {} // linked by the host before the body runs
            StmtKind::Export(e) => self.export_stmt(e)?,
        }
        Ok(())
    }

    pub(super) fn var_decl(&mut self, d: &VarDecl) -> CResult {
        for decl in &d.decls {
            match &decl.init {
                Some(init) => {
                    self.expr_named(init, &decl.target)?;
                    self.bind_pattern(&decl.target, true)?;
                }
                None if d.kind != VarKind::Var => {
                    self.emit(Op::Undefined);
                    self.bind_pattern(&decl.target, true)?;
                }
                None => {}
            }
        }
        Ok(())
    }

    fn loop_stmt(&mut self, s: &Stmt, labels: Vec<Name>) -> CResult {
        match &s.kind {
            StmtKind::While { test, body } => {
                let start = self.here();
                self.expr(test)?;
                let exit = self.emit(Op::JumpIfFalse { target: 0 });
                self.push_breakable(labels, true, 0, false, true);
                self.stmt(body)?;
                self.emit(Op::Jump { target: start });
                self.patch(exit);
                self.pop_breakable(Some(start));
            }
            StmtKind::DoWhile { body, test } => {
                let start = self.here();
                self.push_breakable(labels, true, 0, false, true);
                self.stmt(body)?;
                let cont = self.here();
                // continue jumps land on the test
                if let Some(Control::Breakable { continues, .. }) = self.f().control.last_mut() {
                    let cs = std::mem::take(continues);
                    for j in cs {
                        self.patch_to(j, cont);
                    }
                }
                self.expr(test)?;
                self.emit(Op::JumpIfTrue { target: start });
                self.pop_breakable(None);
            }
            StmtKind::For { init, test, update, body } => {
                self.push_scope();
                let mut per_iteration = Vec::new();
                match init {
                    Some(ForInit::Var(d)) => {
                        if d.kind != VarKind::Var {
                            let kind = if d.kind == VarKind::Const { BindKind::Const } else { BindKind::Let };
                            let mut names = Vec::new();
                            for decl in &d.decls {
                                super::stmt::pattern_names(&decl.target, &mut names);
                            }
                            for n in names {
                                let b = self.declare(&n, kind);
                                self.emit_tdz(b);
                                if let Loc::Cell(c) = b.loc {
                                    per_iteration.push(c);
                                }
                            }
                        }
                        self.var_decl(d)?;
                    }
                    Some(ForInit::Expr(e)) => {
                        self.expr(e)?;
                        self.emit(Op::Pop);
                    }
                    None => {}
                }
                for &c in &per_iteration {
                    self.emit(Op::CopyCell { cell: c });
                }
                let start = self.here();
                let exit = match test {
                    Some(t) => {
                        self.expr(t)?;
                        Some(self.emit(Op::JumpIfFalse { target: 0 }))
                    }
                    None => None,
                };
                self.push_breakable(labels, true, 0, false, true);
                self.stmt(body)?;
                let cont = self.here();
                for &c in &per_iteration {
                    self.emit(Op::CopyCell { cell: c });
                }
                if let Some(u) = update {
                    self.expr(u)?;
                    self.emit(Op::Pop);
                }
                self.emit(Op::Jump { target: start });
                if let Some(e) = exit {
                    self.patch(e);
                }
                self.pop_breakable(Some(cont));
                self.pop_scope();
            }
            StmtKind::ForIn { left, right, body } => {
                self.for_head_tdz_scope(left, right)?;
                self.emit(Op::ForInStart);
                let start = self.here();
                let step = self.emit(Op::ForInStep { done: 0 });
                self.for_head_bind(left)?;
                self.push_breakable(labels, true, 1, false, true);
                self.stmt(body)?;
                self.emit(Op::Jump { target: start });
                self.patch(step);
                self.emit(Op::Pop);
                self.pop_breakable(Some(start));
                self.pop_scope();
            }
            StmtKind::ForOf { left, right, body, is_await } => {
                self.for_head_tdz_scope(left, right)?;
                if *is_await {
                    self.emit(Op::GetAsyncIterator);
                } else {
                    self.emit(Op::GetIterator);
                }
                self.push_breakable(labels, true, 1, true, true);
                let start = self.here();
                let step = if *is_await {
                    self.emit(Op::IteratorNextRaw);
                    self.emit(Op::Await);
                    self.emit(Op::IteratorUnpack);
                    self.emit(Op::JumpIfEmpty { target: 0 })
                } else {
                    self.emit(Op::IteratorStep);
                    self.emit(Op::JumpIfEmpty { target: 0 })
                };
                self.for_head_bind(left)?;
                // An exception in the body closes the iterator: [iter exc] at the handler.
                let enter = self.emit(Op::EnterTry { catch: 0 });
                self.f().control.push(Control::Try { region: TryRegion::Try, finally: None });
                self.stmt(body)?;
                self.f().control.pop();
                self.emit(Op::LeaveTry);
                self.emit(Op::Jump { target: start });
                self.patch(enter);
                self.emit(Op::Swap);
                self.emit(Op::IteratorCloseOnThrow);
                self.emit(Op::Throw);
                self.patch(step);
                self.emit(Op::Pop);
                self.pop_breakable(Some(start));
                self.pop_scope();
            }
            _ => {}
        }
        Ok(())
    }

    /// Evaluates the right side of a for-in/of with the head's lexical names in their TDZ.
    fn for_head_tdz_scope(&mut self, left: &ForHead, right: &Expr) -> CResult {
        self.push_scope();
        if let ForHead::Decl(kind, p) = left
            && *kind != VarKind::Var
        {
            let mut names = Vec::new();
            pattern_names(p, &mut names);
            let bk = if *kind == VarKind::Const { BindKind::Const } else { BindKind::Let };
            for n in names {
                let b = self.declare(&n, bk);
                self.emit_tdz(b);
            }
        }
        self.expr(right)
    }

    /// `[value -> ]` binds one iteration's value to the loop head (fresh bindings each time).
    fn for_head_bind(&mut self, left: &ForHead) -> CResult {
        match left {
            ForHead::Decl(kind, p) => {
                if *kind != VarKind::Var {
                    let mut names = Vec::new();
                    pattern_names(p, &mut names);
                    for n in names {
                        let b = self.resolve(&n);
                        if let Loc::Cell(cell) = b.loc {
                            self.emit(Op::NewCell { cell });
                        }
                    }
                }
                self.bind_pattern(p, true)?;
            }
            ForHead::Target(p) => self.bind_pattern(p, false)?,
        }
        Ok(())
    }

    fn try_stmt(&mut self, block: &[Stmt], handler: Option<&CatchClause>, finalizer: Option<&[Stmt]>) -> CResult {
        let finally = finalizer.map(|_| FinallyInfo {
            kind_slot: self.new_local(),
            value_slot: self.new_local(),
            entry_jumps: Vec::new(),
            routes: Vec::new(),
        });
        let kind_slot = finally.as_ref().map(|f| f.kind_slot);
        let value_slot = finally.as_ref().map(|f| f.value_slot);
        let enter = self.emit(Op::EnterTry { catch: 0 });
        self.f().control.push(Control::Try { region: TryRegion::Try, finally });
        self.block(block)?;
        self.emit(Op::LeaveTry);
        let mut to_finally = Vec::new();
        let mut to_end = Vec::new();
        if let Some(k) = kind_slot {
            self.emit(Op::Int { value: COMPLETION_NORMAL });
            self.emit(Op::SetLocal { slot: k });
            self.emit(Op::Pop);
            to_finally.push(self.emit(Op::Jump { target: 0 }));
        } else {
            to_end.push(self.emit(Op::Jump { target: 0 }));
        }
        self.patch(enter);
        let mut throw_entry = None;
        if let Some(h) = handler {
            if let Some(Control::Try { region, .. }) = self.f().control.last_mut() {
                *region = TryRegion::Catch;
            }
            if kind_slot.is_some() {
                throw_entry = Some(self.emit(Op::EnterTry { catch: 0 }));
            }
            self.push_scope();
            match &h.param {
                Some(p) => {
                    let mut names = Vec::new();
                    pattern_names(p, &mut names);
                    for n in &names {
                        self.declare(n, BindKind::Let);
                    }
                    self.bind_pattern(p, true)?;
                }
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.block(&h.body)?;
            self.pop_scope();
            if let Some(k) = kind_slot {
                self.emit(Op::LeaveTry);
                self.emit(Op::Int { value: COMPLETION_NORMAL });
                self.emit(Op::SetLocal { slot: k });
                self.emit(Op::Pop);
                to_finally.push(self.emit(Op::Jump { target: 0 }));
            } else {
                to_end.push(self.emit(Op::Jump { target: 0 }));
            }
        }
        let entry = self.f().control.pop();
        if let (Some(k), Some(v), Some(body)) = (kind_slot, value_slot, finalizer) {
            // exception path into finally: [exc]
            if let Some(t) = throw_entry {
                self.patch(t);
            }
            self.emit(Op::SetLocal { slot: v });
            self.emit(Op::Pop);
            self.emit(Op::Int { value: COMPLETION_THROW });
            self.emit(Op::SetLocal { slot: k });
            self.emit(Op::Pop);
            for j in to_finally {
                self.patch(j);
            }
            let Some(Control::Try { finally: Some(fi), .. }) = entry else {
                return Ok(());
            };
            for &j in &fi.entry_jumps {
                self.patch(j);
            }
            self.f().control.push(Control::Try { region: TryRegion::Finally, finally: None });
            self.block(body)?;
            self.f().control.pop();
            self.emit_finally_dispatch(fi);
        }
        for j in to_end {
            self.patch(j);
        }
        Ok(())
    }

    fn switch_stmt(&mut self, discriminant: &Expr, cases: &[SwitchCase], labels: Vec<Name>) -> CResult {
        self.expr(discriminant)?;
        self.push_scope();
        let all: Vec<Stmt> = cases.iter().flat_map(|c| c.body.iter().cloned()).collect();
        self.lexical_prologue(&all, false)?;
        // Tests in order; each match jumps to its body.
        let mut body_jumps = Vec::new();
        for c in cases {
            if let Some(t) = &c.test {
                self.emit(Op::Dup);
                self.expr(t)?;
                self.emit(Op::StrictEq);
                body_jumps.push(Some(self.emit(Op::JumpIfTrue { target: 0 })));
            } else {
                body_jumps.push(None);
            }
        }
        let to_default = self.emit(Op::Jump { target: 0 });
        self.push_breakable(labels, false, 1, false, true);
        let mut default_at = None;
        for (c, j) in cases.iter().zip(body_jumps) {
            match j {
                Some(j) => self.patch(j),
                None => default_at = Some(self.here()),
            }
            for s in &c.body {
                self.stmt(s)?;
            }
        }
        match default_at {
            Some(d) => self.patch_to(to_default, d),
            None => self.patch(to_default),
        }
        // Leaving normally: pop the discriminant. Breaks already popped it and land after.
        self.emit(Op::Pop);
        self.pop_breakable(None);
        self.pop_scope();
        Ok(())
    }
}
