//! Cover grammars: expressions reinterpreted once `=>` or `=` shows what they were.
//!
//! - assignment targets: `a`, `a.b`, `(a)`, and object/array literals as destructuring patterns
//!   (`[a, b] = [b, a]`, `({a, b: {c} = {}} = o)`);
//! - arrow parameters: a parenthesized list, or `async(...)` arguments, as binding patterns.
//!
//! A shorthand with an initializer (`{a = 1}`) is consumed here; if none consumes it, it was used
//! as a value, which is an error reported after parsing.

use crate::ast::*;
use crate::context::{PError, ParseCtx};
use crate::error::SyntaxError;
use crate::nodes::user;

type Result<T> = std::result::Result<T, PError>;

fn err<T>(message: &str, span: Span) -> Result<T> {
    Err(user(SyntaxError::new(message, span)))
}

/// `a` or `a.b` (also parenthesized): the only targets of `+=`, `++`, … .
pub fn to_simple_target(e: Expr) -> Option<Pattern> {
    match e.kind {
        ExprKind::Ident(name) => Some(Pattern::Ident(name, e.span)),
        ExprKind::Member { .. } | ExprKind::SuperMember(_) => Some(Pattern::Member(Box::new(e))),
        ExprKind::Paren(inner) => to_simple_target(*inner),
        // A bare `yield` in sloppy code is the identifier `yield`; early errors judge it.
        ExprKind::Yield { arg: None, delegate: false } => Some(Pattern::Ident("yield".into(), e.span)),
        _ => None,
    }
}

/// The left side of `=` or of `for (… in/of …)`.
pub fn to_assign_target(cx: &ParseCtx, e: Expr) -> Result<Pattern> {
    let span = e.span;
    match e.kind {
        ExprKind::Object(_) | ExprKind::Array(_) => to_pattern(cx, e, Mode::Assign),
        _ => to_simple_target(e).ok_or_else(|| user(SyntaxError::new("Invalid left-hand side in assignment", span))),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// Destructuring assignment: any simple target may appear.
    Assign,
    /// Parameters: identifiers and nested patterns only.
    Bind,
}

fn to_pattern(cx: &ParseCtx, e: Expr, mode: Mode) -> Result<Pattern> {
    let span = e.span;
    match e.kind {
        ExprKind::Object(props) => object_pattern(cx, props, span, mode),
        ExprKind::Array(elems) => array_pattern(cx, elems, span, mode),
        ExprKind::Ident(name) => Ok(Pattern::Ident(name, span)),
        ExprKind::Yield { arg: None, delegate: false } => Ok(Pattern::Ident("yield".into(), span)),
        kind if mode == Mode::Assign => {
            to_simple_target(Expr { kind, span }).ok_or_else(|| user(SyntaxError::new("Invalid destructuring assignment target", span)))
        }
        _ => err("Invalid destructuring assignment target", span),
    }
}

/// An element with an optional default: `x`, `x = 1`, `{a} = {}`.
fn element(cx: &ParseCtx, e: Expr, mode: Mode) -> Result<(Pattern, Option<Expr>)> {
    match e.kind {
        ExprKind::Assign { op: AssignOp::Assign, target, value } => {
            cx.consume_cover_init(e.span);
            let target = if mode == Mode::Bind { check_binding(*target)? } else { *target };
            Ok((target, Some(*value)))
        }
        kind => Ok((to_pattern(cx, Expr { kind, span: e.span }, mode)?, None)),
    }
}

fn object_pattern(cx: &ParseCtx, props: Vec<PropDef>, span: Span, mode: Mode) -> Result<Pattern> {
    let count = props.len();
    let mut out = Vec::with_capacity(count);
    let mut rest = None;
    for (i, p) in props.into_iter().enumerate() {
        match p {
            PropDef::KeyValue(key, value) => {
                let (target, default) = element(cx, value, mode)?;
                out.push(PatternProp { key, target, default });
            }
            PropDef::Shorthand(name, at) => {
                out.push(PatternProp { key: PropKey::Ident(name.clone()), target: Pattern::Ident(name, at), default: None })
            }
            PropDef::Spread(e) => {
                if i + 1 != count || cx.has_spread_then_comma(span.0) {
                    return err("Rest element must be last element", e.span);
                }
                let at = e.span;
                let target = match mode {
                    Mode::Assign => to_simple_target(e),
                    Mode::Bind => match e.kind {
                        ExprKind::Ident(name) => Some(Pattern::Ident(name, at)),
                        _ => None,
                    },
                };
                match target {
                    Some(t) => rest = Some(Box::new(t)),
                    None => {
                        return err("`...` must be followed by an assignable reference in assignment contexts", at);
                    }
                }
            }
            PropDef::Method { func, .. } => {
                return err("Invalid destructuring assignment target", func.span);
            }
        }
    }
    Ok(Pattern::Object { props: out, rest, span })
}

fn array_pattern(cx: &ParseCtx, elems: Vec<Option<Arg>>, span: Span, mode: Mode) -> Result<Pattern> {
    let count = elems.len();
    let mut out = Vec::with_capacity(count);
    let mut rest = None;
    for (i, slot) in elems.into_iter().enumerate() {
        match slot {
            None => out.push(None),
            Some(Arg::Expr(e)) => {
                let (target, default) = element(cx, e, mode)?;
                out.push(Some(PatternElem { target, default }));
            }
            Some(Arg::Spread(e)) => {
                if i + 1 != count || cx.has_spread_then_comma(span.0) {
                    return err("Rest element must be last element", e.span);
                }
                if matches!(e.kind, ExprKind::Assign { .. }) {
                    return err("Invalid destructuring assignment target", e.span);
                }
                rest = Some(Box::new(to_pattern(cx, e, mode)?));
            }
        }
    }
    Ok(Pattern::Array { elems: out, rest, span })
}

/// A pattern built for assignment, re-checked as a binding (no member targets).
fn check_binding(p: Pattern) -> Result<Pattern> {
    match p {
        Pattern::Member(e) => err("Invalid destructuring assignment target", e.span),
        Pattern::Ident(..) => Ok(p),
        Pattern::Object { props, rest, span } => {
            let mut checked = Vec::with_capacity(props.len());
            for prop in props {
                checked.push(PatternProp { key: prop.key, target: check_binding(prop.target)?, default: prop.default });
            }
            let rest = match rest {
                Some(r) => Some(Box::new(check_binding(*r)?)),
                None => None,
            };
            Ok(Pattern::Object { props: checked, rest, span })
        }
        Pattern::Array { elems, rest, span } => {
            let mut checked = Vec::with_capacity(elems.len());
            for elem in elems {
                checked.push(match elem {
                    Some(el) => Some(PatternElem { target: check_binding(el.target)?, default: el.default }),
                    None => None,
                });
            }
            let rest = match rest {
                Some(r) => Some(Box::new(check_binding(*r)?)),
                None => None,
            };
            Ok(Pattern::Array { elems: checked, rest, span })
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Parenthesized lists: `( … )` before we know whether `=>` follows

pub struct Cover {
    kind: CoverKind,
    span: Span,
}

enum CoverKind {
    /// `(expr)`: a valid parenthesized expression.
    Paren(Expr),
    /// Only valid as parameters: `()`, `(a,)`, `(a, ...b)`, or `async(...)` arguments.
    List { items: Vec<Arg>, rest: Option<Pattern>, trailing_comma: bool },
}

impl Cover {
    pub fn new(items: Vec<Expr>, rest: Option<Pattern>, trailing_comma: bool, lo: usize, hi: usize) -> Cover {
        let items = items.into_iter().map(Arg::Expr).collect();
        Cover { kind: CoverKind::List { items, rest, trailing_comma }, span: (lo, hi) }
    }

    pub fn paren(e: Expr, lo: usize, hi: usize) -> Cover {
        Cover { kind: CoverKind::Paren(e), span: (lo, hi) }
    }

    /// `x => …`
    pub fn single(e: Expr) -> Cover {
        let span = e.span;
        Cover { kind: CoverKind::List { items: vec![Arg::Expr(e)], rest: None, trailing_comma: false }, span }
    }

    /// `async(a, ...b) => …`
    pub fn from_args(args: Vec<Arg>, trailing_comma: bool) -> Cover {
        let span = match (args.first(), args.last()) {
            (Some(Arg::Expr(f) | Arg::Spread(f)), Some(Arg::Expr(l) | Arg::Spread(l))) => (f.span.0, l.span.1),
            _ => (0, 0),
        };
        Cover { kind: CoverKind::List { items: args, rest: None, trailing_comma }, span }
    }

    /// No `=>` followed: this must be a plain parenthesized expression.
    pub fn into_paren_expr(self) -> Result<Expr> {
        let (lo, hi) = self.span;
        match self.kind {
            CoverKind::Paren(e) => Ok(Expr { kind: ExprKind::Paren(Box::new(e)), span: (lo, hi) }),
            CoverKind::List { rest: Some(_), .. } => err("Unexpected token '...'", (lo, hi)),
            CoverKind::List { .. } => err("Unexpected token ')'", (hi.saturating_sub(1), hi)),
        }
    }

    /// `=>` followed: the list is a parameter list.
    pub fn into_params(self, cx: &ParseCtx) -> Result<(Vec<PatternElem>, Option<Pattern>)> {
        let (items, mut rest) = match self.kind {
            CoverKind::Paren(e) => (crate::nodes::flatten_sequence(e).into_iter().map(Arg::Expr).collect(), None),
            CoverKind::List { items, rest, trailing_comma } => {
                if trailing_comma && matches!(items.last(), Some(Arg::Spread(_))) {
                    return err("A rest parameter or binding pattern may not have a trailing comma", self.span);
                }
                (items, rest)
            }
        };
        let count = items.len();
        let mut params = Vec::with_capacity(count);
        for (i, item) in items.into_iter().enumerate() {
            match item {
                Arg::Expr(e) => {
                    if matches!(e.kind, ExprKind::Paren(_)) {
                        return err("Invalid destructuring assignment target", e.span);
                    }
                    let (target, default) = element(cx, e, Mode::Bind)?;
                    params.push(PatternElem { target, default });
                }
                Arg::Spread(e) => {
                    if i + 1 != count {
                        return err("Rest parameter must be last formal parameter", e.span);
                    }
                    if matches!(e.kind, ExprKind::Assign { .. }) {
                        return err("Rest parameter may not have a default initializer", e.span);
                    }
                    rest = Some(to_pattern(cx, e, Mode::Bind)?);
                }
            }
        }
        Ok((params, rest))
    }
}
