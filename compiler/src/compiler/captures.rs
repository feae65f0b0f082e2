//! Which bindings of a function are captured by the functions nested in it.
//!
//! A binding that an inner function may reference lives in a heap cell instead of a frame slot.
//! The analysis is by name and deliberately conservative: every identifier mentioned anywhere in
//! a nested function counts, even when the nested function shadows it. A false positive only
//! costs a cell; a false negative would be a bug, so simple beats precise here.
//! `this`, `arguments` and `new.target` are captured when a nested *arrow* mentions them.

use std::collections::HashSet;
use std::rc::Rc;

use minijs_parser::ast::*;

pub const THIS: &str = "this";
pub const ARGUMENTS: &str = "arguments";
pub const NEW_TARGET: &str = "new.target";

#[derive(Default)]
pub struct Captured {
    pub names: HashSet<Rc<str>>,
    /// The function's own code mentions `arguments` (outside nested non-arrow functions).
    pub uses_arguments: bool,
}

impl Captured {
    /// Analyses the body of `func` (its parameters and statements).
    pub fn of_function(params: &[PatternElem], rest: Option<&Pattern>, body: &[Stmt]) -> Self {
        let mut w = Walker { out: Captured::default(), depth: 0, lexical_this: true };
        for p in params {
            w.pattern_elem(p);
        }
        if let Some(r) = rest {
            w.pattern(r);
        }
        w.stmts(body);
        w.out
    }

    pub fn of_expr(e: &Expr) -> Self {
        let mut w = Walker { out: Captured::default(), depth: 0, lexical_this: true };
        w.expr(e);
        w.out
    }

    pub fn contains(&self, name: &str) -> bool {
        self.names.contains(name)
    }
}

struct Walker {
    out: Captured,
    /// 0 = the function being analysed; > 0 = inside a nested function.
    depth: u32,
    /// Whether `this` here is the analysed function's `this` (only arrows keep it).
    lexical_this: bool,
}

impl Walker {
    fn name(&mut self, n: &Name) {
        if self.depth > 0 {
            self.out.names.insert(n.clone());
        }
    }
    fn pseudo(&mut self, n: &'static str) {
        if self.depth > 0 && self.lexical_this {
            self.out.names.insert(Rc::from(n));
        }
    }

    fn function(&mut self, f: &Function) {
        let saved = (self.depth, self.lexical_this);
        self.depth += 1;
        self.lexical_this = self.lexical_this && f.kind == FunctionKind::Arrow;
        for p in &f.params {
            self.pattern_elem(p);
        }
        if let Some(r) = &f.rest {
            self.pattern(r);
        }
        match &f.body {
            FunctionBody::Block(b) => self.stmts(b),
            FunctionBody::Expr(e) => self.expr(e),
        }
        (self.depth, self.lexical_this) = saved;
    }

    /// Class bodies: methods are functions; field initializers and static blocks behave like
    /// methods too (own `this`).
    fn class(&mut self, c: &Class) {
        if let Some(n) = &c.name {
            self.name(n);
        }
        if let Some(e) = &c.extends {
            self.expr(e);
        }
        if let Some(ctor) = &c.constructor {
            self.function(ctor);
        }
        for m in &c.members {
            match m {
                ClassMember::Method { key, func, .. } => {
                    self.prop_key(key);
                    self.function(func);
                }
                ClassMember::Field { key, value, .. } => {
                    self.prop_key(key);
                    if let Some(v) = value {
                        self.nested_non_arrow(|w| w.expr(v));
                    }
                }
                ClassMember::StaticBlock(body) => self.nested_non_arrow(|w| w.stmts(body)),
            }
        }
    }

    fn nested_non_arrow(&mut self, f: impl FnOnce(&mut Self)) {
        let saved = (self.depth, self.lexical_this);
        self.depth += 1;
        self.lexical_this = false;
        f(self);
        (self.depth, self.lexical_this) = saved;
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::Var(d) => self.var_decl(d),
            StmtKind::Function(f) => {
                if let Some(n) = &f.name {
                    self.name(n);
                }
                self.function(f)
            }
            StmtKind::Class(c) => self.class(c),
            StmtKind::Block(b) => self.stmts(b),
            StmtKind::Empty | StmtKind::Debugger | StmtKind::Break(_) | StmtKind::Continue(_) => {}
            StmtKind::If { test, then, otherwise } => {
                self.expr(test);
                self.stmt(then);
                if let Some(o) = otherwise {
                    self.stmt(o);
                }
            }
            StmtKind::For { init, test, update, body } => {
                match init {
                    Some(ForInit::Var(d)) => self.var_decl(d),
                    Some(ForInit::Expr(e)) => self.expr(e),
                    None => {}
                }
                if let Some(t) = test {
                    self.expr(t);
                }
                if let Some(u) = update {
                    self.expr(u);
                }
                self.stmt(body);
            }
            StmtKind::ForIn { left, right, body } | StmtKind::ForOf { left, right, body, .. } => {
                match left {
                    ForHead::Decl(_, p) | ForHead::Target(p) => self.pattern(p),
                }
                self.expr(right);
                self.stmt(body);
            }
            StmtKind::While { test, body } | StmtKind::DoWhile { body, test } => {
                self.expr(test);
                self.stmt(body);
            }
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::Try { block, handler, finalizer } => {
                self.stmts(block);
                if let Some(h) = handler {
                    if let Some(p) = &h.param {
                        self.pattern(p);
                    }
                    self.stmts(&h.body);
                }
                if let Some(f) = finalizer {
                    self.stmts(f);
                }
            }
            StmtKind::Switch { discriminant, cases } => {
                self.expr(discriminant);
                for c in cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Labeled { body, .. } => self.stmt(body),
            StmtKind::With { object, body } => {
                self.expr(object);
                self.stmt(body);
            }
            StmtKind::Import(_) => {}
            StmtKind::Export(e) => match e {
                ExportDecl::Decl(s) => self.stmt(s),
                ExportDecl::DefaultFunction(f) => self.function(f),
                ExportDecl::DefaultClass(c) => self.class(c),
                ExportDecl::DefaultExpr(e) => self.expr(e),
                ExportDecl::Named { specifiers, from } => {
                    if from.is_none() {
                        for s in specifiers {
                            self.name(&s.local);
                        }
                    }
                }
                ExportDecl::All { .. } => {}
            },
        }
    }

    fn var_decl(&mut self, d: &VarDecl) {
        for decl in &d.decls {
            self.pattern(&decl.target);
            if let Some(i) = &decl.init {
                self.expr(i);
            }
        }
    }

    fn pattern_elem(&mut self, p: &PatternElem) {
        self.pattern(&p.target);
        if let Some(d) = &p.default {
            self.expr(d);
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::Ident(n, _) => self.name(n),
            Pattern::Member(e) => self.expr(e),
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    self.prop_key(&prop.key);
                    self.pattern(&prop.target);
                    if let Some(d) = &prop.default {
                        self.expr(d);
                    }
                }
                if let Some(r) = rest {
                    self.pattern(r);
                }
            }
            Pattern::Array { elems, rest, .. } => {
                for e in elems.iter().flatten() {
                    self.pattern_elem(e);
                }
                if let Some(r) = rest {
                    self.pattern(r);
                }
            }
        }
    }

    fn prop_key(&mut self, k: &PropKey) {
        if let PropKey::Computed(e) = k {
            self.expr(e);
        }
    }

    fn args(&mut self, args: &[Arg]) {
        for a in args {
            match a {
                Arg::Expr(e) | Arg::Spread(e) => self.expr(e),
            }
        }
    }

    fn member_prop(&mut self, p: &MemberProp) {
        if let MemberProp::Computed(e) = p {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::String(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::Regex { .. }
            | ExprKind::ImportMeta => {}
            ExprKind::Template { exprs, .. } => exprs.iter().for_each(|e| self.expr(e)),
            ExprKind::TaggedTemplate { tag, exprs, .. } => {
                self.expr(tag);
                exprs.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Ident(n) => {
                self.name(n);
                if &**n == ARGUMENTS {
                    if self.depth == 0 {
                        self.out.uses_arguments = true;
                    }
                    self.pseudo(ARGUMENTS);
                }
            }
            ExprKind::This => self.pseudo(THIS),
            ExprKind::NewTarget => self.pseudo(NEW_TARGET),
            ExprKind::SuperMember(p) => {
                self.pseudo(THIS);
                self.member_prop(p);
            }
            ExprKind::SuperCall(args) => {
                self.pseudo(THIS);
                self.pseudo(NEW_TARGET);
                self.args(args);
            }
            ExprKind::Array(items) => {
                for a in items.iter().flatten() {
                    match a {
                        Arg::Expr(e) | Arg::Spread(e) => self.expr(e),
                    }
                }
            }
            ExprKind::Object(props) => {
                for p in props {
                    match p {
                        PropDef::KeyValue(k, v) => {
                            self.prop_key(k);
                            self.expr(v);
                        }
                        PropDef::Shorthand(n, _) => self.name(n),
                        PropDef::Method { key, func, .. } => {
                            self.prop_key(key);
                            self.function(func);
                        }
                        PropDef::Spread(e) => self.expr(e),
                    }
                }
            }
            ExprKind::Function(f) | ExprKind::Arrow(f) => self.function(f),
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary(_, e) | ExprKind::Await(e) | ExprKind::Paren(e) | ExprKind::OptionalChain(e) => self.expr(e),
            ExprKind::Update { target, .. } => self.pattern(target),
            ExprKind::Binary(_, a, b) | ExprKind::Logical(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::PrivateIn(_, e) => self.expr(e),
            ExprKind::Assign { target, value, .. } => {
                self.pattern(target);
                self.expr(value);
            }
            ExprKind::Conditional { test, then, otherwise } => {
                self.expr(test);
                self.expr(then);
                self.expr(otherwise);
            }
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.expr(callee);
                self.args(args);
            }
            ExprKind::Member { object, prop, .. } => {
                self.expr(object);
                self.member_prop(prop);
            }
            ExprKind::Sequence(es) => es.iter().for_each(|e| self.expr(e)),
            ExprKind::Yield { arg, .. } => {
                if let Some(a) = arg {
                    self.expr(a);
                }
            }
            ExprKind::DynamicImport(a, b) => {
                self.expr(a);
                if let Some(b) = b {
                    self.expr(b);
                }
            }
        }
    }
}
