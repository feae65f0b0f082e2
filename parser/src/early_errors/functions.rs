//! Functions and classes: the context each one opens, strictness, parameters, private names.

use std::rc::Rc;

use super::scope::ScopeKind;
use super::statements::bound_names;
use super::{Checker, FnCtx, Result, fail};
use crate::ast::*;

#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum FnUse {
    Declaration,
    Expression,
    Arrow,
    /// Object-literal or class method (getters/setters and constructors included).
    /// `constructor_of_derived` is `Some(derived)` for a class's `constructor`.
    Method {
        constructor_of_derived: Option<bool>,
    },
}

fn is_simple(f: &Function) -> bool {
    f.rest.is_none() && f.params.iter().all(|p| p.default.is_none() && matches!(p.target, Pattern::Ident(..)))
}

impl Checker<'_> {
    /// The context a function body runs in.
    fn function_ctx(&self, f: &Function, usage: FnUse, strict: bool) -> FnCtx {
        let outer = self.cx();
        match usage {
            FnUse::Arrow => FnCtx {
                strict,
                await_op: f.is_async,
                await_reserved: f.is_async || self.is_module,
                await_reserved_in_params: outer.await_op || outer.await_reserved,
                yield_op: false,
                yield_reserved: outer.yield_op || outer.yield_reserved,
                can_return: true,
                super_prop: outer.super_prop,
                super_call: outer.super_call,
                new_target: outer.new_target,
                no_arguments: outer.no_arguments,
                ..FnCtx::default()
            },
            FnUse::Declaration | FnUse::Expression | FnUse::Method { .. } => FnCtx {
                strict,
                await_op: f.is_async,
                await_reserved: f.is_async || self.is_module,
                yield_op: f.is_generator,
                yield_reserved: f.is_generator,
                can_return: true,
                super_prop: matches!(usage, FnUse::Method { .. }),
                super_call: matches!(usage, FnUse::Method { constructor_of_derived: Some(true) }),
                new_target: true,
                ..FnCtx::default()
            },
        }
    }

    pub(super) fn function(&mut self, f: &mut Rc<Function>, usage: FnUse) -> Result {
        let f = Rc::make_mut(f);
        let own_directive = f.strict;
        let strict = self.strict() || own_directive;
        f.strict = strict;
        let simple = is_simple(f);
        if own_directive && !simple {
            return fail("Illegal 'use strict' directive in function with non-simple parameter list", f.span);
        }
        if let Some(name) = &f.name {
            let binds_name = matches!(usage, FnUse::Declaration | FnUse::Expression);
            if binds_name && own_directive && super::names::is_eval_or_arguments(name) {
                return fail("Unexpected eval or arguments in strict mode", f.span);
            }
        }
        let cx = self.function_ctx(f, usage, strict);
        self.with_ctx(cx, |me| {
            if usage == FnUse::Expression
                && let Some(name) = &f.name
            {
                me.check_binding_name(name, f.span)?;
            }
            me.with_scope(ScopeKind::Function, |me| {
                me.params(f, usage, simple)?;
                match &mut f.body {
                    FunctionBody::Block(stmts) => me.statement_list(stmts, true),
                    FunctionBody::Expr(e) => me.expr(e),
                }
            })
        })
    }

    fn params(&mut self, f: &mut Function, usage: FnUse, simple: bool) -> Result {
        self.cur.in_params = true;
        let mut names = Vec::new();
        for p in &mut f.params {
            bound_names(&p.target, &mut names);
            self.binding_pattern(&mut p.target)?;
            if let Some(d) = &mut p.default {
                self.expr(d)?;
            }
        }
        if let Some(r) = &mut f.rest {
            bound_names(r, &mut names);
            self.binding_pattern(r)?;
        }
        self.cur.in_params = false;
        let unique_required = self.strict() || !simple || matches!(usage, FnUse::Arrow | FnUse::Method { .. });
        if unique_required {
            for (i, (name, span)) in names.iter().enumerate() {
                if names[..i].iter().any(|(n, _)| n == name) {
                    return fail("Duplicate parameter name not allowed in this context", *span);
                }
            }
        }
        self.scopes.set_params(names.into_iter().map(|(n, _)| n));
        Ok(())
    }

    pub(super) fn class(&mut self, c: &mut Rc<Class>) -> Result {
        let c = Rc::make_mut(c);
        let mut private: Vec<Name> = Vec::new();
        for m in &c.members {
            match m {
                ClassMember::Method { key: PropKey::Private(n), .. } | ClassMember::Field { key: PropKey::Private(n), .. } => {
                    private.push(n.clone())
                }
                _ => {}
            }
        }
        // Class code is strict: the heritage, keys and bodies.
        let saved_strict = self.cur.strict;
        self.cur.strict = true;
        let out = self.class_parts(c, private);
        self.cur.strict = saved_strict;
        out
    }

    fn class_parts(&mut self, c: &mut Class, private: Vec<Name>) -> Result {
        if let Some(name) = &c.name {
            self.check_binding_name(name, c.span)?;
        }
        // The heritage is outside the class's private environment.
        if let Some(h) = &mut c.extends {
            self.expr(h)?;
        }
        self.classes.push(private);
        let out = self.class_members(c);
        self.classes.pop();
        out
    }

    fn class_members(&mut self, c: &mut Class) -> Result {
        let derived = c.extends.is_some();
        if let Some(ctor) = &mut c.constructor {
            self.function(ctor, FnUse::Method { constructor_of_derived: Some(derived) })?;
        }
        for m in &mut c.members {
            match m {
                ClassMember::Method { key, func, .. } => {
                    self.prop_key(key)?;
                    self.function(func, FnUse::Method { constructor_of_derived: None })?;
                }
                ClassMember::Field { key, value, .. } => {
                    self.prop_key(key)?;
                    if let Some(v) = value {
                        let cx = self.initializer_ctx(false);
                        self.with_ctx(cx, |me| me.expr(v))?;
                    }
                }
                ClassMember::StaticBlock(stmts) => {
                    let cx = self.initializer_ctx(true);
                    self.with_ctx(cx, |me| me.with_scope(ScopeKind::Function, |me| me.statement_list(stmts, true)))?;
                }
            }
        }
        Ok(())
    }

    /// A field initializer or `static {}` block: like a method body without parameters, where
    /// `arguments`, `await` and `yield` are not available.
    fn initializer_ctx(&self, static_block: bool) -> FnCtx {
        let outer = self.cx();
        FnCtx {
            strict: true,
            await_op: false,
            await_reserved: static_block || outer.await_reserved || outer.await_op,
            yield_op: false,
            yield_reserved: outer.yield_op || outer.yield_reserved,
            can_return: false,
            super_prop: true,
            super_call: false,
            new_target: true,
            no_arguments: true,
            ..FnCtx::default()
        }
    }
}
