//! Expressions, patterns and assignment targets.

use super::{Checker, Result, fail};
use crate::ast::*;
use crate::nodes::key_is;

const AWAIT_OUTSIDE_ASYNC: &str = "await is only valid in async functions and the top level bodies of modules";

fn valid_regex_flags(flags: &str) -> bool {
    let mut seen = String::new();
    for c in flags.chars() {
        if !"dgimsuyv".contains(c) || seen.contains(c) {
            return false;
        }
        seen.push(c);
    }
    !(seen.contains('u') && seen.contains('v'))
}

/// `x` or `(x)`.
fn is_plain_identifier(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Ident(_) => true,
        ExprKind::Paren(inner) => is_plain_identifier(inner),
        _ => false,
    }
}

/// `a.#x`, `a?.#x`, `(a.#x)`.
fn is_private_member(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Member { prop: MemberProp::Private(_), .. } => true,
        ExprKind::OptionalChain(inner) | ExprKind::Paren(inner) => is_private_member(inner),
        _ => false,
    }
}

/// `await (a, b).c` read as a call of `await`: the leftmost parenthesized operand becomes the
/// argument list. `None` when the operand does not start with parentheses.
fn await_as_call(arg: &mut Expr, await_span: Span) -> Option<ExprKind> {
    let placeholder = ExprKind::Null;
    match &mut arg.kind {
        ExprKind::Paren(inner) => {
            let inner = std::mem::replace(&mut **inner, Expr { kind: placeholder, span: (0, 0) });
            let args = crate::nodes::flatten_sequence(inner).into_iter().map(Arg::Expr).collect();
            let callee = Expr { kind: ExprKind::Ident("await".into()), span: (await_span.0, await_span.0 + 5) };
            Some(ExprKind::Call { callee: Box::new(callee), args, optional: false })
        }
        ExprKind::Call { callee: inner, .. } | ExprKind::Member { object: inner, .. } | ExprKind::TaggedTemplate { tag: inner, .. } => {
            let kind = await_as_call(inner, await_span)?;
            inner.kind = kind;
            inner.span.0 = await_span.0;
            Some(std::mem::replace(&mut arg.kind, ExprKind::Null))
        }
        _ => None,
    }
}

impl Checker<'_> {
    /// Walks an expression. The common recursive shapes are handled here with a small stack
    /// frame (deeply nested input recurses through this function); the rest in `expr_other`.
    pub(super) fn expr(&mut self, e: &mut Expr) -> Result {
        match &mut e.kind {
            ExprKind::Binary(_, l, r) | ExprKind::Logical(_, l, r) => {
                self.expr(l)?;
                self.expr(r)
            }
            ExprKind::OptionalChain(inner) | ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.expr(callee)?;
                self.args(args)
            }
            ExprKind::Member { object, prop: MemberProp::Name(_), .. } => self.expr(object),
            ExprKind::Assign { target, value, .. } => {
                self.assign_target(target)?;
                self.expr(value)
            }
            ExprKind::Sequence(items) => self.exprs(items),
            ExprKind::Array(items) => {
                for item in items.iter_mut().flatten() {
                    self.arg(item)?;
                }
                Ok(())
            }
            _ => self.expr_other(e),
        }
    }

    #[inline(never)]
    fn expr_other(&mut self, e: &mut Expr) -> Result {
        let span = e.span;
        match &mut e.kind {
            ExprKind::Number(_) => {
                if self.strict() && minijs_lexer::is_legacy_number_literal(self.text(span)) {
                    let text = self.text(span);
                    let message = if text.bytes().any(|b| b == b'8' || b == b'9') {
                        "Decimals with leading zeros are not allowed in strict mode."
                    } else {
                        "Octal literals are not allowed in strict mode."
                    };
                    return fail(message, span);
                }
                Ok(())
            }
            ExprKind::String(_) => {
                if self.strict() && self.side.legacy_octal_strings.contains(&span.0) {
                    return fail("Octal escape sequences are not allowed in strict mode.", span);
                }
                Ok(())
            }
            ExprKind::BigInt(_) | ExprKind::Bool(_) | ExprKind::Null | ExprKind::This => Ok(()),
            ExprKind::Regex { flags, .. } => {
                if !valid_regex_flags(flags) {
                    return fail("Invalid regular expression flags", span);
                }
                Ok(())
            }
            ExprKind::Template { exprs, .. } => self.exprs(exprs),
            ExprKind::TaggedTemplate { tag, exprs, .. } => {
                self.expr(tag)?;
                self.exprs(exprs)
            }
            ExprKind::Ident(name) => self.check_reference(name, span),
            ExprKind::Array(items) => {
                for item in items.iter_mut().flatten() {
                    self.arg(item)?;
                }
                Ok(())
            }
            ExprKind::Object(props) => self.object(props, span),
            ExprKind::Function(f) => self.function(f, super::functions::FnUse::Expression),
            ExprKind::Arrow(f) => self.function(f, super::functions::FnUse::Arrow),
            ExprKind::Class(c) => self.class(c),
            ExprKind::Unary(op, arg) => {
                if *op == UnaryOp::Delete {
                    if self.strict() && is_plain_identifier(arg) {
                        return fail("Delete of an unqualified identifier in strict mode.", span);
                    }
                    if is_private_member(arg) {
                        return fail("Private fields can not be deleted", span);
                    }
                }
                self.expr(arg)
            }
            ExprKind::Update { target, .. } => self.assign_target(target),
            ExprKind::Binary(_, l, r) | ExprKind::Logical(_, l, r) => {
                self.expr(l)?;
                self.expr(r)
            }
            ExprKind::PrivateIn(name, r) => {
                self.private_ref(name, span)?;
                self.expr(r)
            }
            ExprKind::Assign { target, value, .. } => {
                self.assign_target(target)?;
                self.expr(value)
            }
            ExprKind::Conditional { test, then, otherwise } => {
                self.expr(test)?;
                self.expr(then)?;
                self.expr(otherwise)
            }
            ExprKind::Call { callee, args, .. } | ExprKind::New { callee, args } => {
                self.expr(callee)?;
                self.args(args)
            }
            ExprKind::SuperCall(args) => {
                if !self.cx().super_call {
                    return fail("'super' keyword unexpected here", (span.0, span.0 + 5));
                }
                self.args(args)
            }
            ExprKind::Member { object, prop, .. } => {
                self.expr(object)?;
                self.member_prop(prop, span)
            }
            ExprKind::SuperMember(prop) => {
                if !self.cx().super_prop {
                    return fail("'super' keyword unexpected here", (span.0, span.0 + 5));
                }
                self.member_prop(prop, span)
            }
            ExprKind::OptionalChain(inner) | ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::Sequence(items) => self.exprs(items),
            ExprKind::Yield { arg, delegate } => {
                let cx = self.cx();
                if cx.yield_op {
                    if cx.in_params {
                        return fail("Yield expression not allowed in formal parameter", span);
                    }
                    return match arg {
                        Some(a) => self.expr(a),
                        None => Ok(()),
                    };
                }
                if cx.strict {
                    return fail("Unexpected strict mode reserved word", (span.0, span.0 + 5));
                }
                if arg.is_some() || *delegate || cx.yield_reserved {
                    return fail("Unexpected identifier 'yield'", (span.0, span.0 + 5));
                }
                // Sloppy code outside generators: `yield` is an ordinary identifier.
                e.kind = ExprKind::Ident("yield".into());
                self.check_reference("yield", span)
            }
            ExprKind::Await(arg) => {
                let cx = self.cx();
                if !cx.await_op && !cx.await_reserved {
                    // In a script, `await(x)` outside async code calls a function named `await`.
                    if let Some(call) = await_as_call(arg, span) {
                        e.kind = call;
                        return self.expr(e);
                    }
                }
                if !cx.await_op {
                    return fail(AWAIT_OUTSIDE_ASYNC, (span.0, span.0 + 5));
                }
                if cx.in_params {
                    return fail("Illegal await-expression in formal parameters of async function", span);
                }
                self.expr(arg)
            }
            ExprKind::NewTarget => {
                if !self.cx().new_target {
                    return fail("new.target expression is not allowed here", span);
                }
                Ok(())
            }
            ExprKind::ImportMeta => {
                if !self.is_module {
                    return fail("Cannot use 'import.meta' outside a module", span);
                }
                Ok(())
            }
            ExprKind::DynamicImport(spec, options) => {
                self.expr(spec)?;
                match options {
                    Some(o) => self.expr(o),
                    None => Ok(()),
                }
            }
        }
    }

    fn exprs(&mut self, items: &mut [Expr]) -> Result {
        for e in items {
            self.expr(e)?;
        }
        Ok(())
    }

    fn arg(&mut self, a: &mut Arg) -> Result {
        match a {
            Arg::Expr(e) | Arg::Spread(e) => self.expr(e),
        }
    }

    fn args(&mut self, args: &mut [Arg]) -> Result {
        for a in args {
            self.arg(a)?;
        }
        Ok(())
    }

    fn member_prop(&mut self, prop: &mut MemberProp, span: Span) -> Result {
        match prop {
            MemberProp::Name(_) => Ok(()),
            MemberProp::Computed(e) => self.expr(e),
            MemberProp::Private(n) => self.private_ref(n, span),
        }
    }

    pub(super) fn private_ref(&self, name: &Name, span: Span) -> Result {
        if self.classes.iter().any(|names| names.contains(name)) {
            return Ok(());
        }
        fail(format!("Private field '#{name}' must be declared in an enclosing class"), span)
    }

    pub(super) fn prop_key(&mut self, key: &mut PropKey) -> Result {
        match key {
            PropKey::Computed(e) => self.expr(e),
            _ => Ok(()),
        }
    }

    fn object(&mut self, props: &mut [PropDef], span: Span) -> Result {
        let protos = props.iter().filter(|p| matches!(p, PropDef::KeyValue(k, _) if key_is(k, "__proto__"))).count();
        if protos > 1 {
            return fail("Duplicate __proto__ fields are not allowed in object literals", span);
        }
        for p in props {
            match p {
                PropDef::KeyValue(key, value) => {
                    self.prop_key(key)?;
                    self.expr(value)?;
                }
                PropDef::Shorthand(name, at) => self.check_reference(name, *at)?,
                PropDef::Method { key, func, .. } => {
                    self.prop_key(key)?;
                    self.function(func, super::functions::FnUse::Method { constructor_of_derived: None })?;
                }
                PropDef::Spread(e) => self.expr(e)?,
            }
        }
        Ok(())
    }

    /// A binding pattern of a declaration, parameter or catch clause.
    pub(super) fn binding_pattern(&mut self, p: &mut Pattern) -> Result {
        match p {
            Pattern::Ident(name, span) => self.check_binding_name(name, *span),
            Pattern::Member(e) => self.expr(e),
            Pattern::Object { props, rest, span } => {
                for prop in props {
                    if let PropKey::Private(n) = &prop.key {
                        return fail(format!("Unexpected identifier '#{n}'"), *span);
                    }
                    self.prop_key(&mut prop.key)?;
                    self.binding_pattern(&mut prop.target)?;
                    if let Some(d) = &mut prop.default {
                        self.expr(d)?;
                    }
                }
                match rest {
                    Some(r) => self.binding_pattern(r),
                    None => Ok(()),
                }
            }
            Pattern::Array { elems, rest, .. } => {
                for el in elems.iter_mut().flatten() {
                    self.binding_pattern(&mut el.target)?;
                    if let Some(d) = &mut el.default {
                        self.expr(d)?;
                    }
                }
                match rest {
                    Some(r) => self.binding_pattern(r),
                    None => Ok(()),
                }
            }
        }
    }

    /// The target of an assignment, update or `for-in/of` head.
    pub(super) fn assign_target(&mut self, p: &mut Pattern) -> Result {
        match p {
            Pattern::Ident(name, span) => {
                self.check_binding_name(name, *span)?;
                self.check_reference(name, *span)
            }
            _ => self.binding_pattern_as_target(p),
        }
    }

    fn binding_pattern_as_target(&mut self, p: &mut Pattern) -> Result {
        match p {
            Pattern::Ident(..) => self.assign_target(p),
            Pattern::Member(e) => self.expr(e),
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    self.prop_key(&mut prop.key)?;
                    self.assign_target(&mut prop.target)?;
                    if let Some(d) = &mut prop.default {
                        self.expr(d)?;
                    }
                }
                match rest {
                    Some(r) => self.assign_target(r),
                    None => Ok(()),
                }
            }
            Pattern::Array { elems, rest, .. } => {
                for el in elems.iter_mut().flatten() {
                    self.assign_target(&mut el.target)?;
                    if let Some(d) = &mut el.default {
                        self.expr(d)?;
                    }
                }
                match rest {
                    Some(r) => self.assign_target(r),
                    None => Ok(()),
                }
            }
        }
    }
}
