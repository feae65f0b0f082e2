//! Constructors that grammar actions call, so the grammar file stays a grammar. Checks that need
//! only the node being built (missing initializers, duplicate `default:`, class constructors)
//! live here; checks that need context live in `early_errors`.

use std::rc::Rc;

use lalrpop_util::ParseError;

use crate::ast::*;
use crate::context::{PError, ParseCtx};
use crate::cover;
use crate::directives;
use crate::error::SyntaxError;

pub type PResult<T> = Result<T, PError>;

pub fn fail<T>(message: impl Into<String>, span: Span) -> PResult<T> {
    Err(ParseError::User { error: SyntaxError::new(message, span) })
}

pub fn stmt(kind: StmtKind, lo: usize, hi: usize) -> Stmt {
    Stmt { kind, span: (lo, hi) }
}

pub fn expr(kind: ExprKind, lo: usize, hi: usize) -> Expr {
    Expr { kind, span: (lo, hi) }
}

pub fn if_stmt(test: Expr, then: Stmt, otherwise: Option<Stmt>, lo: usize, hi: usize) -> Stmt {
    stmt(StmtKind::If { test, then: Box::new(then), otherwise: otherwise.map(Box::new) }, lo, hi)
}

// ---------------------------------------------------------------------------------------------
// Declarations and loops

fn check_initializers(kind: VarKind, decls: &[Declarator], lo: usize, hi: usize) -> PResult<()> {
    for d in decls {
        if d.init.is_some() {
            continue;
        }
        if !matches!(d.target, Pattern::Ident(..)) {
            return fail("Missing initializer in destructuring declaration", (lo, hi));
        }
        if kind == VarKind::Const {
            return fail("Missing initializer in const declaration", (lo, hi));
        }
    }
    Ok(())
}

pub fn var_stmt(kind: VarKind, decls: Vec<Declarator>, lo: usize, hi: usize) -> PResult<Stmt> {
    check_initializers(kind, &decls, lo, hi)?;
    Ok(stmt(StmtKind::Var(VarDecl { kind, decls }), lo, hi))
}

pub enum ForHeadParts {
    Classic(Option<ForInit>, Option<Expr>, Option<Expr>),
    In(ForInit, Expr),
    Of(ForInit, Expr, bool),
}

pub fn for_stmt(cx: &ParseCtx, head: ForHeadParts, body: Stmt, lo: usize, hi: usize) -> PResult<Stmt> {
    let body = Box::new(body);
    let kind = match head {
        ForHeadParts::Classic(init, test, update) => {
            if let Some(ForInit::Var(decl)) = &init {
                check_initializers(decl.kind, &decl.decls, lo, hi)?;
            }
            StmtKind::For { init, test, update, body }
        }
        ForHeadParts::In(left, right) => StmtKind::ForIn { left: for_in_of_head(cx, left, "for-in", lo, hi)?, right, body },
        ForHeadParts::Of(left, right, is_await) => {
            StmtKind::ForOf { left: for_in_of_head(cx, left, "for-of", lo, hi)?, right, body, is_await }
        }
    };
    Ok(stmt(kind, lo, hi))
}

fn for_in_of_head(cx: &ParseCtx, left: ForInit, what: &str, lo: usize, hi: usize) -> PResult<ForHead> {
    match left {
        ForInit::Expr(e) => {
            let span = e.span;
            match cover::to_assign_target(cx, e) {
                Ok(p) => Ok(ForHead::Target(p)),
                Err(_) => fail(format!("Invalid left-hand side in {what} loop"), span),
            }
        }
        ForInit::Var(mut decl) => {
            if decl.decls.len() != 1 {
                return fail(format!("Invalid left-hand side in {what} loop: Must have a single binding."), (lo, hi));
            }
            let Some(d) = decl.decls.pop() else {
                return fail("Unexpected token", (lo, hi));
            };
            if d.init.is_some() {
                return fail(format!("{what} loop variable declaration may not have an initializer."), (lo, hi));
            }
            Ok(ForHead::Decl(decl.kind, d.target))
        }
    }
}

pub fn switch_stmt(discriminant: Expr, cases: Vec<SwitchCase>, lo: usize, hi: usize) -> PResult<Stmt> {
    if cases.iter().filter(|c| c.test.is_none()).count() > 1 {
        return fail("More than one default clause in switch statement", (lo, hi));
    }
    Ok(stmt(StmtKind::Switch { discriminant, cases }, lo, hi))
}

// ---------------------------------------------------------------------------------------------
// Functions and classes

#[allow(clippy::too_many_arguments)]
pub fn function(
    cx: &ParseCtx,
    name: Option<Name>,
    kind: FunctionKind,
    is_async: bool,
    is_generator: bool,
    params: (Vec<PatternElem>, Option<Pattern>),
    body: Vec<Stmt>,
    lo: usize,
    hi: usize,
) -> Rc<Function> {
    let strict = directives::has_use_strict(cx.src, &body);
    Rc::new(Function {
        name,
        kind,
        is_async,
        is_generator,
        params: params.0,
        rest: params.1,
        body: FunctionBody::Block(body),
        strict,
        span: (lo, hi),
    })
}

/// A method of an object literal or class, before we know which.
pub struct Method {
    pub key: PropKey,
    pub kind: MethodKind,
    pub func: Rc<Function>,
}

#[allow(clippy::too_many_arguments)]
pub fn method(
    cx: &ParseCtx,
    key: PropKey,
    kind: MethodKind,
    is_async: bool,
    is_generator: bool,
    params: (Vec<PatternElem>, Option<Pattern>),
    body: Vec<Stmt>,
    lo: usize,
    hi: usize,
) -> Method {
    let fkind = match kind {
        MethodKind::Method => FunctionKind::Method,
        MethodKind::Get => FunctionKind::Getter,
        MethodKind::Set => FunctionKind::Setter,
    };
    let name = static_key_name(&key);
    let func = function(cx, name, fkind, is_async, is_generator, params, body, lo, hi);
    Method { key, kind, func }
}

/// The name a non-computed key gives to a method (`get`/`set` prefixes are the compiler's).
fn static_key_name(key: &PropKey) -> Option<Name> {
    match key {
        PropKey::Ident(n) => Some(n.clone()),
        PropKey::String(s) => Some(String::from_utf16_lossy(s).into()),
        PropKey::Private(n) => Some(format!("#{n}").into()),
        PropKey::Number(_) | PropKey::BigInt(_) | PropKey::Computed(_) => None,
    }
}

pub fn class_method(m: Method, is_static: bool) -> ClassMember {
    ClassMember::Method { key: m.key, is_static, kind: m.kind, func: m.func }
}

pub fn class_field(f: (PropKey, Option<Expr>, Span), is_static: bool) -> ClassMember {
    ClassMember::Field { key: f.0, is_static, value: f.1, span: f.2 }
}

/// Whether a non-computed key spells `name`.
pub fn key_is(key: &PropKey, name: &str) -> bool {
    match key {
        PropKey::Ident(n) => &**n == name,
        PropKey::String(s) => s.iter().copied().eq(name.encode_utf16()),
        _ => false,
    }
}

pub fn class(name: Option<Name>, extends: Option<Expr>, members: Vec<Option<ClassMember>>, lo: usize, hi: usize) -> PResult<Rc<Class>> {
    let span = (lo, hi);
    let mut constructor: Option<Rc<Function>> = None;
    let mut kept = Vec::new();
    for member in members.into_iter().flatten() {
        match member {
            ClassMember::Method { key, is_static: false, kind, mut func } if key_is(&key, "constructor") => {
                if kind != MethodKind::Method {
                    return fail("Class constructor may not be an accessor", func.span);
                }
                if func.is_generator {
                    return fail("Class constructor may not be a generator", func.span);
                }
                if func.is_async {
                    return fail("Class constructor may not be an async method", func.span);
                }
                if constructor.is_some() {
                    return fail("A class may only have one constructor", func.span);
                }
                let f = Rc::make_mut(&mut func);
                f.kind = if extends.is_some() { FunctionKind::DerivedConstructor } else { FunctionKind::ClassConstructor };
                f.name = name.clone();
                constructor = Some(func);
            }
            ClassMember::Field { key, span, .. } if key_is(&key, "constructor") => {
                return fail("Classes may not have a field named 'constructor'", span);
            }
            ClassMember::Method { key, is_static: true, func, .. } if key_is(&key, "prototype") => {
                return fail("Classes may not have a static property named 'prototype'", func.span);
            }
            ClassMember::Field { key, is_static: true, span, .. } if key_is(&key, "prototype") => {
                return fail("Classes may not have a static property named 'prototype'", span);
            }
            other => kept.push(other),
        }
    }
    check_private_names(&kept, span)?;
    Ok(Rc::new(Class { name, extends, constructor, members: kept, span }))
}

/// Each `#name` is declared once per class, except a getter/setter pair of the same placement.
fn check_private_names(members: &[ClassMember], span: Span) -> PResult<()> {
    // (name, is_static, kind) where kind is None for fields and plain methods.
    let mut seen: Vec<(Name, bool, Option<MethodKind>)> = Vec::new();
    for m in members {
        let (name, is_static, kind, at) = match m {
            ClassMember::Method { key: PropKey::Private(n), is_static, kind, func } => {
                let accessor = (*kind != MethodKind::Method).then_some(*kind);
                (n, *is_static, accessor, func.span)
            }
            ClassMember::Field { key: PropKey::Private(n), is_static, span, .. } => (n, *is_static, None, *span),
            _ => continue,
        };
        if &**name == "constructor" {
            return fail("Classes may not have a private field named '#constructor'", at);
        }
        let clash = seen.iter().any(|(n, s, k)| n == name && !(matches!((k, kind), (Some(a), Some(b)) if *a != b) && *s == is_static));
        if clash {
            return fail(format!("Identifier '#{name}' has already been declared"), at);
        }
        seen.push((name.clone(), is_static, kind));
    }
    let _ = span;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Operators

fn join(a: &Expr, b: &Expr) -> Span {
    (a.span.0, b.span.1)
}

pub fn sequence(l: Expr, r: Expr) -> Expr {
    let span = join(&l, &r);
    match l.kind {
        ExprKind::Sequence(mut items) => {
            items.push(r);
            Expr { kind: ExprKind::Sequence(items), span }
        }
        kind => Expr { kind: ExprKind::Sequence(vec![Expr { kind, span: l.span }, r]), span },
    }
}

pub fn flatten_sequence(e: Expr) -> Vec<Expr> {
    match e.kind {
        ExprKind::Sequence(items) => items,
        _ => vec![e],
    }
}

pub fn binary(op: BinaryOp, l: Expr, r: Expr) -> Expr {
    let span = join(&l, &r);
    Expr { kind: ExprKind::Binary(op, Box::new(l), Box::new(r)), span }
}

pub fn logical(op: LogicalOp, l: Expr, r: Expr) -> Expr {
    let span = join(&l, &r);
    Expr { kind: ExprKind::Logical(op, Box::new(l), Box::new(r)), span }
}

pub fn unary(op: UnaryOp, e: Expr, lo: usize, hi: usize) -> Expr {
    expr(ExprKind::Unary(op, Box::new(e)), lo, hi)
}

pub fn assign(cx: &ParseCtx, op: AssignOp, l: Expr, r: Expr, lo: usize, hi: usize) -> PResult<Expr> {
    let target = if op == AssignOp::Assign {
        cover::to_assign_target(cx, l)?
    } else {
        let span = l.span;
        cover::to_simple_target(l).ok_or_else(|| user(SyntaxError::new("Invalid left-hand side in assignment", span)))?
    };
    Ok(expr(ExprKind::Assign { op, target: Box::new(target), value: Box::new(r) }, lo, hi))
}

pub fn user(error: SyntaxError) -> PError {
    ParseError::User { error }
}

pub fn update(_cx: &ParseCtx, op: UpdateOp, prefix: bool, e: Expr, lo: usize, hi: usize) -> PResult<Expr> {
    let span = e.span;
    match cover::to_simple_target(e) {
        Some(target) => Ok(expr(ExprKind::Update { op, prefix, target: Box::new(target) }, lo, hi)),
        None if prefix => fail("Invalid left-hand side expression in prefix operation", span),
        None => fail("Invalid left-hand side expression in postfix operation", span),
    }
}

pub fn member(object: Expr, prop: MemberProp, optional: bool, lo: usize, hi: usize) -> Expr {
    expr(ExprKind::Member { object: Box::new(object), prop, optional }, lo, hi)
}

pub fn call(callee: Expr, args: Vec<Arg>, optional: bool, lo: usize, hi: usize) -> Expr {
    expr(ExprKind::Call { callee: Box::new(callee), args, optional }, lo, hi)
}

/// One link after `?.`.
pub enum Link {
    Call(Vec<Arg>),
    Member(MemberProp),
}

pub fn link(base: Expr, l: Link, optional: bool, lo: usize, hi: usize) -> Expr {
    match l {
        Link::Call(args) => call(base, args, optional, lo, hi),
        Link::Member(prop) => member(base, prop, optional, lo, hi),
    }
}

// ---------------------------------------------------------------------------------------------
// Templates

pub struct Tpl {
    pub quasis: Vec<TemplateQuasi>,
    pub exprs: Vec<Expr>,
    pub span: Span,
}

type RawQuasi = (Option<Utf16>, Utf16);

impl Tpl {
    pub fn new(cooked: Option<Utf16>, raw: Utf16, lo: usize, hi: usize) -> Tpl {
        Tpl { quasis: vec![TemplateQuasi { cooked, raw }], exprs: vec![], span: (lo, hi) }
    }

    pub fn with_substitutions(head: RawQuasi, first: Expr, middles: Vec<(RawQuasi, Expr)>, tail: RawQuasi, lo: usize, hi: usize) -> Tpl {
        let mut quasis = vec![TemplateQuasi { cooked: head.0, raw: head.1 }];
        let mut exprs = vec![first];
        for (q, e) in middles {
            quasis.push(TemplateQuasi { cooked: q.0, raw: q.1 });
            exprs.push(e);
        }
        quasis.push(TemplateQuasi { cooked: tail.0, raw: tail.1 });
        Tpl { quasis, exprs, span: (lo, hi) }
    }
}

pub fn tagged(tag: Expr, t: Tpl, lo: usize, hi: usize) -> Expr {
    expr(ExprKind::TaggedTemplate { tag: Box::new(tag), quasis: t.quasis, exprs: t.exprs }, lo, hi)
}

/// An untagged template: every piece must have a cooked value.
pub fn template(t: Tpl, lo: usize, hi: usize) -> PResult<Expr> {
    let mut quasis = Vec::with_capacity(t.quasis.len());
    for q in t.quasis {
        match q.cooked {
            Some(c) => quasis.push(c),
            None => return fail(invalid_escape_message(&q.raw), t.span),
        }
    }
    Ok(expr(ExprKind::Template { quasis, exprs: t.exprs }, lo, hi))
}

fn invalid_escape_message(raw: &[u16]) -> &'static str {
    let text = String::from_utf16_lossy(raw);
    if text.contains("\\u") {
        "Invalid Unicode escape sequence"
    } else if text.contains("\\x") {
        "Invalid hexadecimal escape sequence"
    } else {
        "Octal escape sequences are not allowed in template strings"
    }
}

// ---------------------------------------------------------------------------------------------
// Literals and covers

pub fn drop_trailing_hole<T>(mut slots: Vec<Option<T>>) -> Vec<Option<T>> {
    if matches!(slots.last(), Some(None)) {
        slots.pop();
    }
    slots
}

pub fn array(cx: &ParseCtx, slots: Vec<Option<Arg>>, lo: usize, hi: usize) -> Expr {
    let n = slots.len();
    if n >= 2 && slots[n - 1].is_none() && matches!(slots[n - 2], Some(Arg::Spread(_))) {
        cx.note_spread_then_comma(lo);
    }
    expr(ExprKind::Array(drop_trailing_hole(slots)), lo, hi)
}

pub fn object(cx: &ParseCtx, props: Vec<PropDef>, trailing_comma: bool, lo: usize, hi: usize) -> PResult<Expr> {
    for p in &props {
        let key = match p {
            PropDef::KeyValue(k, _) | PropDef::Method { key: k, .. } => k,
            _ => continue,
        };
        if let PropKey::Private(n) = key {
            return fail(format!("Unexpected identifier '#{n}'"), (lo, hi));
        }
    }
    if trailing_comma && matches!(props.last(), Some(PropDef::Spread(_))) {
        cx.note_spread_then_comma(lo);
    }
    Ok(expr(ExprKind::Object(props), lo, hi))
}

/// `{ a = 1 }`: valid only if the literal becomes a pattern; recorded until then.
pub fn cover_initialized(cx: &ParseCtx, name: Name, value: Expr, lo: usize, name_hi: usize, hi: usize) -> PropDef {
    cx.note_cover_init((lo, hi));
    let target = Pattern::Ident(name.clone(), (lo, name_hi));
    let assign = expr(ExprKind::Assign { op: AssignOp::Assign, target: Box::new(target), value: Box::new(value) }, lo, hi);
    PropDef::KeyValue(PropKey::Ident(name), assign)
}

pub use cover::Cover;

#[allow(clippy::too_many_arguments)]
pub fn arrow(cx: &ParseCtx, is_async: bool, params: Cover, arrow_at: usize, body: FunctionBody, lo: usize, hi: usize) -> PResult<Expr> {
    if cx.newline_before(arrow_at) {
        return fail("Unexpected token '=>'", (arrow_at, arrow_at + 2));
    }
    let (params, rest) = params.into_params(cx)?;
    let strict = match &body {
        FunctionBody::Block(stmts) => directives::has_use_strict(cx.src, stmts),
        FunctionBody::Expr(_) => false,
    };
    let func =
        Function { name: None, kind: FunctionKind::Arrow, is_async, is_generator: false, params, rest, body, strict, span: (lo, hi) };
    Ok(expr(ExprKind::Arrow(Rc::new(func)), lo, hi))
}

// ---------------------------------------------------------------------------------------------
// Modules

pub fn module_export_string(s: Utf16, lo: usize, hi: usize) -> PResult<(Name, bool)> {
    match String::from_utf16(&s) {
        Ok(text) => Ok((text.into(), true)),
        Err(_) => fail("Invalid module export name: contains unpaired surrogate", (lo, hi)),
    }
}

type ExportItem = ((Name, bool), (Name, bool), Span);

pub fn export_named(items: Vec<ExportItem>, from: Option<Utf16>, lo: usize, hi: usize) -> Stmt {
    let specifiers = items.into_iter().map(|(l, e, _)| ExportSpec { local: l.0, exported: e.0 }).collect();
    stmt(StmtKind::Export(ExportDecl::Named { specifiers, from }), lo, hi)
}

/// `export { a as b }` without `from`: the local names must be identifiers.
pub fn export_local(items: Vec<ExportItem>, lo: usize, hi: usize) -> PResult<Stmt> {
    if let Some((_, _, span)) = items.iter().find(|(l, _, _)| l.1) {
        return fail("Unexpected string", *span);
    }
    Ok(export_named(items, None, lo, hi))
}

pub fn export_decl(d: Stmt, lo: usize, hi: usize) -> Stmt {
    stmt(StmtKind::Export(ExportDecl::Decl(Box::new(d))), lo, hi)
}

/// The leftmost operand of an expression, if it starts the expression (`f` in `f().x + 1`).
fn leftmost(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Call { callee: inner, .. }
        | ExprKind::Member { object: inner, .. }
        | ExprKind::TaggedTemplate { tag: inner, .. }
        | ExprKind::Binary(_, inner, _)
        | ExprKind::Logical(_, inner, _)
        | ExprKind::Conditional { test: inner, .. }
        | ExprKind::OptionalChain(inner) => leftmost(inner),
        ExprKind::Sequence(items) => items.first().map_or(e, leftmost),
        ExprKind::Update { prefix: false, target, .. } => match &**target {
            Pattern::Member(inner) => leftmost(inner),
            _ => e,
        },
        _ => e,
    }
}

pub fn export_default(cx: &ParseCtx, e: Expr, semicolon_ok: bool, lo: usize, hi: usize) -> PResult<Stmt> {
    // `export default function () {}` is a declaration: it cannot go on as an expression.
    let first = leftmost(&e);
    if !std::ptr::eq(first, &e) && matches!(first.kind, ExprKind::Function(_) | ExprKind::Class(_)) {
        let at = first.span.1;
        return fail("Unexpected token", (at, at + 1));
    }
    let decl = match e.kind {
        ExprKind::Function(f) => ExportDecl::DefaultFunction(f),
        ExprKind::Class(c) => ExportDecl::DefaultClass(c),
        kind => {
            if !semicolon_ok {
                let at = cx.src.get(hi..).map_or(hi, |rest| hi + (rest.len() - rest.trim_start().len()));
                let tok = cx.src.get(at..).and_then(|r| r.split_whitespace().next()).unwrap_or("");
                return fail(format!("Unexpected token '{tok}'"), (at, at + tok.len()));
            }
            ExportDecl::DefaultExpr(Expr { kind, span: e.span })
        }
    };
    Ok(stmt(StmtKind::Export(decl), lo, hi))
}
