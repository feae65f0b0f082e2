//! Functions: prologues (this, arguments, new.target, parameters), bodies, closures, and the
//! module prologue and export table.

use std::rc::Rc;

use minijs_parser::ast::*;

use super::captures::{ARGUMENTS, NEW_TARGET, THIS};
use super::stmt::pattern_names;
use super::{BindKind, Binding, CResult, CodeKind, Compiler, ExportEntry, ImportEntry, Loc};
use crate::bytecode::ops::Op;
use crate::bytecode::proto::FunctionCode;

/// Whether a module body uses `await` outside nested functions (top-level await).
pub fn contains_top_level_await(body: &[Stmt]) -> bool {
    fn expr(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Await(_) => true,
            ExprKind::Function(_) | ExprKind::Arrow(_) | ExprKind::Class(_) => false,
            ExprKind::Unary(_, a) | ExprKind::Paren(a) | ExprKind::OptionalChain(a) => expr(a),
            ExprKind::Binary(_, a, b) | ExprKind::Logical(_, a, b) => expr(a) || expr(b),
            ExprKind::Assign { value, .. } => expr(value),
            ExprKind::Conditional { test, then, otherwise } => expr(test) || expr(then) || expr(otherwise),
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                expr(callee) || args.iter().any(|a| matches!(a, Arg::Expr(e) | Arg::Spread(e) if expr(e)))
            }
            ExprKind::Member { object, prop, .. } => expr(object) || matches!(prop, MemberProp::Computed(k) if expr(k)),
            ExprKind::Sequence(es) => es.iter().any(expr),
            ExprKind::Array(items) => items.iter().flatten().any(|a| matches!(a, Arg::Expr(e) | Arg::Spread(e) if expr(e))),
            ExprKind::Object(props) => props.iter().any(|p| match p {
                PropDef::KeyValue(_, v) | PropDef::Spread(v) => expr(v),
                _ => false,
            }),
            ExprKind::Template { exprs, .. } | ExprKind::TaggedTemplate { exprs, .. } => exprs.iter().any(expr),
            _ => false,
        }
    }
    fn stmt(s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => expr(e),
            StmtKind::Return(Some(e)) => expr(e),
            StmtKind::Var(d) => d.decls.iter().any(|d| d.init.as_ref().is_some_and(expr)),
            StmtKind::Block(b) => b.iter().any(stmt),
            StmtKind::If { test, then, otherwise } => expr(test) || stmt(then) || otherwise.as_deref().is_some_and(stmt),
            StmtKind::For { init, test, update, body } => {
                matches!(init, Some(ForInit::Expr(e)) if expr(e))
                    || matches!(init, Some(ForInit::Var(d)) if d.decls.iter().any(|d| d.init.as_ref().is_some_and(expr)))
                    || test.as_ref().is_some_and(expr)
                    || update.as_ref().is_some_and(expr)
                    || stmt(body)
            }
            StmtKind::ForOf { is_await: true, .. } => true,
            StmtKind::ForIn { right, body, .. } | StmtKind::ForOf { right, body, .. } => expr(right) || stmt(body),
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => expr(test) || stmt(body),
            StmtKind::Try { block, handler, finalizer } => {
                block.iter().any(stmt)
                    || handler.as_ref().is_some_and(|h| h.body.iter().any(stmt))
                    || finalizer.as_ref().is_some_and(|f| f.iter().any(stmt))
            }
            StmtKind::Switch { discriminant, cases } => {
                expr(discriminant) || cases.iter().any(|c| c.test.as_ref().is_some_and(expr) || c.body.iter().any(stmt))
            }
            StmtKind::Labeled { body, .. } => stmt(body),
            StmtKind::Export(ExportDecl::Decl(d)) => stmt(d),
            StmtKind::Export(ExportDecl::DefaultExpr(e)) => expr(e),
            _ => false,
        }
    }
    body.iter().any(stmt)
}

impl Compiler {
    /// `[-> closure]`
    pub(super) fn emit_closure(&mut self, f: &Rc<Function>) -> CResult {
        self.emit_closure_named(f, None)
    }

    pub(super) fn emit_closure_named(&mut self, f: &Rc<Function>, name: Option<Rc<str>>) -> CResult {
        let code = self.compile_function_code(f, name)?;
        let index = self.add_child(code);
        self.emit(Op::Closure { index });
        Ok(())
    }

    pub(super) fn add_child(&mut self, code: Rc<FunctionCode>) -> u32 {
        let st = self.f();
        st.children.push(code);
        (st.children.len() - 1) as u32
    }

    pub(super) fn compile_function_code(&mut self, func: &Function, name: Option<Rc<str>>) -> CResult<Rc<FunctionCode>> {
        let empty: Vec<Stmt> = Vec::new();
        let body: &[Stmt] = match &func.body {
            FunctionBody::Block(b) => b,
            FunctionBody::Expr(_) => &empty,
        };
        let mut captured = super::Captured::of_function(&func.params, func.rest.as_ref(), body);
        if let FunctionBody::Expr(e) = &func.body {
            let more = super::Captured::of_expr(e);
            captured.names.extend(more.names);
            captured.uses_arguments |= more.uses_arguments;
        }
        let mapped = maps_arguments(func, &captured);
        if mapped {
            // The arguments object aliases the parameters, so they live in cells it can share.
            for p in &func.params {
                if let Pattern::Ident(name, _) = &p.target {
                    captured.names.insert(name.clone());
                }
            }
        }
        let self_name = self.self_name.take();
        let fname = name.or_else(|| func.name.clone()).unwrap_or_else(|| Rc::from(""));
        let mut st = Compiler::state(fname, func.kind, CodeKind::Function, func.strict, func.span, captured);
        st.is_async = func.is_async;
        st.is_generator = func.is_generator;
        st.is_class_constructor = matches!(func.kind, FunctionKind::ClassConstructor | FunctionKind::DerivedConstructor);
        let n = func.params.len() as u32;
        st.num_locals = n;
        st.param_slots = n;
        st.length = func.params.iter().take_while(|p| p.default.is_none()).count() as u32;
        self.funcs.push(st);
        self.at(func.span);

        self.function_context_bindings(func, mapped);
        if let Some(n) = &self_name {
            let shadowed = func.params.iter().any(|p| matches!(&p.target, Pattern::Ident(x, _) if x == n));
            if !shadowed {
                let b = self.declare(n, BindKind::Function);
                self.emit(Op::LoadCallee);
                self.emit_store(b, n);
                self.emit(Op::Pop);
            }
        }

        // Parameters: a plain, uncaptured name binds straight to its argument slot.
        let mut all_names = Vec::new();
        for p in &func.params {
            pattern_names(&p.target, &mut all_names);
        }
        if let Some(r) = &func.rest {
            pattern_names(r, &mut all_names);
        }
        for (i, p) in func.params.iter().enumerate() {
            if let (Pattern::Ident(name, _), None) = (&p.target, &p.default)
                && !self.fr().captured.contains(name)
                && !self.fr().scopes[0].bindings.contains_key(name)
            {
                let b = Binding { loc: Loc::Local(i as u32), kind: BindKind::Var, tdz: false };
                self.f().scopes[0].bindings.insert(name.clone(), b);
            }
        }
        for name in &all_names {
            self.declare(name, BindKind::Var);
        }
        for (i, p) in func.params.iter().enumerate() {
            let direct = matches!((&p.target, &p.default), (Pattern::Ident(name, _), None)
                if self.lookup_in(self.funcs.len() - 1, name).map(|b| b.loc) == Some(Loc::Local(i as u32)));
            if !direct {
                self.emit(Op::GetLocal { slot: i as u32 });
                self.emit_default(p.default.as_ref(), &p.target)?;
                self.bind_pattern(&p.target, true)?;
            }
        }
        if let Some(r) = &func.rest {
            self.f().keeps_args = true;
            self.emit(Op::RestArgs { start: n });
            self.bind_pattern(r, true)?;
        }
        if mapped {
            self.mapped_arguments(func);
        }

        self.separate_var_scope(func, body, &all_names);
        self.function_prologue_bindings(body, &all_names)?;
        if func.kind == FunctionKind::ClassConstructor {
            self.emit(Op::InitFields);
        }
        if func.is_generator {
            self.emit(Op::GeneratorStart);
        }
        match &func.body {
            FunctionBody::Block(b) => {
                for s in b {
                    self.stmt(s)?;
                }
                self.emit(Op::Undefined);
                self.emit_final_return();
            }
            FunctionBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        Ok(self.finish_state())
    }

    /// FunctionDeclarationInstantiation step 28: with parameter expressions (defaults or
    /// patterns), the body's `var`s live in their own scope, so closures created by the
    /// parameters never see them; a `var` named like a parameter starts with its value.
    fn separate_var_scope(&mut self, func: &Function, body: &[Stmt], param_names: &[Rc<str>]) {
        let has_expressions =
            func.rest.is_some() || func.params.iter().any(|p| p.default.is_some() || !matches!(p.target, Pattern::Ident(..)));
        if !has_expressions {
            return;
        }
        let mut vars = Vec::new();
        super::stmt::var_names(body, &mut vars);
        let from: Vec<(Rc<str>, Binding)> = vars.iter().filter(|v| param_names.contains(v)).map(|v| (v.clone(), self.resolve(v))).collect();
        self.push_scope();
        self.f().var_scope = 1;
        for (name, param) in from {
            self.emit_get(param, &name);
            let b = self.declare(&name, BindKind::Var);
            self.emit_store(b, &name);
            self.emit(Op::Pop);
        }
    }

    /// `this`, `new.target` and `arguments` become bindings when nested arrows capture them
    /// (or, for `this`, in derived constructors where `super()` initializes it).
    fn function_context_bindings(&mut self, func: &Function, mapped: bool) {
        if func.kind == FunctionKind::Arrow {
            return;
        }
        let this: Rc<str> = Rc::from(THIS);
        if func.kind == FunctionKind::DerivedConstructor {
            let b = self.declare(&this, BindKind::Internal);
            self.emit_tdz(b);
            if let Loc::Local(slot) = b.loc {
                // keep the slot in its TDZ; nothing else to do
                let _ = slot;
            }
        } else if self.fr().captured.contains(THIS) {
            let b = self.declare(&this, BindKind::Var);
            self.emit(Op::LoadThis);
            self.emit_store(b, THIS);
            self.emit(Op::Pop);
        }
        if self.fr().captured.contains(NEW_TARGET) || func.kind == FunctionKind::DerivedConstructor {
            let nt: Rc<str> = Rc::from(NEW_TARGET);
            let b = self.declare(&nt, BindKind::Var);
            self.emit(Op::LoadNewTarget);
            self.emit_store(b, NEW_TARGET);
            self.emit(Op::Pop);
        }
        if needs_arguments(func, &self.fr().captured) && !mapped {
            self.f().keeps_args = true;
            let args: Rc<str> = Rc::from(ARGUMENTS);
            let b = self.declare(&args, BindKind::Var);
            self.emit(Op::CreateArguments);
            self.emit_store(b, ARGUMENTS);
            self.emit(Op::Pop);
        }
    }

    /// CreateMappedArgumentsObject, once the parameters are in their cells: the last parameter
    /// of a duplicated name is the one its index aliases.
    fn mapped_arguments(&mut self, func: &Function) {
        let mut map = vec![u32::MAX; func.params.len()];
        let mut seen: Vec<&str> = Vec::new();
        for (i, p) in func.params.iter().enumerate().rev() {
            let Pattern::Ident(name, _) = &p.target else { continue };
            if seen.contains(&&**name) {
                continue;
            }
            seen.push(name);
            if let Loc::Cell(cell) = self.resolve(name).loc {
                map[i] = cell;
            }
        }
        let f = self.f();
        f.keeps_args = true;
        f.mapped_params = map;
        let args: Rc<str> = Rc::from(ARGUMENTS);
        let b = self.declare(&args, BindKind::Var);
        self.emit(Op::MappedArguments);
        self.emit_store(b, ARGUMENTS);
        self.emit(Op::Pop);
    }

    /// `[v ->]` the last step of a return.
    pub(super) fn emit_final_return(&mut self) {
        if self.fr().kind == FunctionKind::DerivedConstructor {
            let b = self.resolve(THIS);
            self.emit_get(Binding { tdz: false, ..b }, THIS);
            self.emit(Op::CheckDerivedReturn);
        }
        self.emit(Op::Return);
    }

    /// Declares import bindings (linked by the host) and records the module's requests.
    pub(super) fn module_prologue(&mut self, body: &[Stmt]) -> CResult {
        for s in body {
            if let StmtKind::Import(decl) = &s.kind {
                self.request(&decl.source);
                for spec in &decl.specifiers {
                    let (local, imported) = match spec {
                        ImportSpec::Default(l) => (l, Some(Rc::from("default"))),
                        ImportSpec::Namespace(l) => (l, None),
                        ImportSpec::Named { imported, local } => (local, Some(imported.clone())),
                    };
                    let b = self.declare(local, BindKind::Const);
                    let b = Binding { tdz: false, ..b };
                    if let Some(scope) = self.f().scopes.first_mut() {
                        scope.bindings.insert(local.clone(), b);
                    }
                    if let Loc::Upval(cell) = b.loc {
                        self.module.imports.push(ImportEntry { specifier: decl.source.clone(), imported, cell });
                    }
                }
            }
            if let StmtKind::Export(ExportDecl::Named { from: Some(src), .. } | ExportDecl::All { from: src, .. }) = &s.kind {
                self.request(src);
            }
        }
        // `var`s in the module environment start as undefined (the host creates TDZ cells).
        let mut vars = Vec::new();
        for s in body {
            let mut one = Vec::new();
            super::stmt::var_names_of(s, &mut one);
            vars.extend(one);
        }
        for name in vars {
            let b = self.declare(&name, BindKind::Var);
            self.emit(Op::Undefined);
            self.emit_store(b, &name);
            self.emit(Op::Pop);
        }
        // Export table: names are resolved after the hoisting prologue, so record them now
        // against the bindings declared so far plus the ones the prologue will declare.
        Ok(())
    }

    fn request(&mut self, specifier: &Utf16) {
        if !self.module.requests.contains(specifier) {
            self.module.requests.push(specifier.clone());
        }
    }

    fn export_local(&mut self, local: &str, exported: Rc<str>) {
        let b = self.resolve(local);
        if let Loc::Upval(cell) = b.loc {
            self.module.exports.push(ExportEntry::Local { exported, cell });
        }
    }

    pub(super) fn export_stmt(&mut self, e: &ExportDecl) -> CResult {
        match e {
            ExportDecl::Decl(s) => {
                self.stmt(s)?;
                let mut names = Vec::new();
                match &s.kind {
                    StmtKind::Var(d) => {
                        for decl in &d.decls {
                            pattern_names(&decl.target, &mut names);
                        }
                    }
                    StmtKind::Function(f) => names.extend(f.name.clone()),
                    StmtKind::Class(c) => names.extend(c.name.clone()),
                    _ => {}
                }
                for n in names {
                    self.export_local(&n, n.clone());
                }
            }
            ExportDecl::DefaultFunction(f) => match &f.name {
                // hoisted like a declaration by the lexical prologue
                Some(n) => self.export_local(n, Rc::from("default")),
                None => {
                    self.emit_closure_named(f, Some(Rc::from("default")))?;
                    self.export_default_value()?;
                }
            },
            ExportDecl::DefaultClass(c) => {
                self.class(c, Some(c.name.clone().unwrap_or_else(|| Rc::from("default"))))?;
                if let Some(n) = &c.name {
                    self.emit_init_binding(n);
                    self.emit(Op::Pop);
                    self.export_local(n, Rc::from("default"));
                } else {
                    self.export_default_value()?;
                }
            }
            ExportDecl::DefaultExpr(e) => {
                let is_anon = matches!(&e.kind, ExprKind::Function(f) | ExprKind::Arrow(f) if f.name.is_none())
                    || matches!(&e.kind, ExprKind::Class(c) if c.name.is_none());
                if is_anon {
                    self.expr_named(e, &Pattern::Ident(Rc::from("default"), e.span))?;
                } else {
                    self.expr(e)?;
                }
                self.export_default_value()?;
            }
            ExportDecl::Named { specifiers, from } => match from {
                None => {
                    for s in specifiers {
                        self.export_local(&s.local, s.exported.clone());
                    }
                }
                Some(src) => {
                    for s in specifiers {
                        self.module.exports.push(ExportEntry::Indirect {
                            exported: s.exported.clone(),
                            imported: s.local.clone(),
                            specifier: src.clone(),
                        });
                    }
                }
            },
            ExportDecl::All { exported, from } => match exported {
                Some(name) => self.module.exports.push(ExportEntry::Namespace { exported: name.clone(), specifier: from.clone() }),
                None => self.module.exports.push(ExportEntry::Star { specifier: from.clone() }),
            },
        }
        Ok(())
    }

    /// `[v ->]` stores the value of `export default <expr>` in a hidden binding.
    fn export_default_value(&mut self) -> CResult {
        let hidden: Rc<str> = Rc::from("*default*");
        let b = self.declare(&hidden, BindKind::Var);
        self.emit_store(b, &hidden);
        self.emit(Op::Pop);
        if let Loc::Upval(cell) = b.loc {
            self.module.exports.push(ExportEntry::Local { exported: Rc::from("default"), cell });
        }
        Ok(())
    }
}

/// The function's code refers to its own `arguments` object (not a parameter of that name).
fn needs_arguments(func: &Function, captured: &super::Captured) -> bool {
    let shadowed = func.params.iter().any(|p| matches!(&p.target, Pattern::Ident(n, _) if &**n == ARGUMENTS));
    func.kind != FunctionKind::Arrow && (captured.uses_arguments || captured.contains(ARGUMENTS)) && !shadowed
}

/// Sloppy functions with a simple parameter list get a mapped arguments object (10.2.11 step 22).
fn maps_arguments(func: &Function, captured: &super::Captured) -> bool {
    let simple = func.rest.is_none() && func.params.iter().all(|p| p.default.is_none() && matches!(p.target, Pattern::Ident(..)));
    !func.strict && simple && needs_arguments(func, captured)
}
