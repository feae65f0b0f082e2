//! Early errors: the static rules that depend on context the grammar does not track — where
//! `await`/`yield`/`return`/`super`/`new.target` may appear, labels, duplicate declarations,
//! strict-mode restrictions, private names, module-only syntax.
//!
//! The pass also finishes two things the grammar leaves open: it sets `Function::strict` from
//! the enclosing code, and turns a bare `yield` in sloppy non-generator code into the identifier.

mod expressions;
mod functions;
mod names;
mod scope;
mod statements;

use crate::ast::*;
use crate::context::SideTables;
use crate::error::SyntaxError;

use scope::{ScopeKind, Scopes};

type Result<T = ()> = std::result::Result<T, SyntaxError>;

fn fail<T>(message: impl Into<String>, span: Span) -> Result<T> {
    Err(SyntaxError::new(message, span))
}

/// What the innermost function-like context allows.
#[derive(Clone, Debug, Default)]
struct FnCtx {
    strict: bool,
    /// `await` is an operator (async function, module top level).
    await_op: bool,
    /// `await` may not be an identifier (modules, async functions, static blocks).
    await_reserved: bool,
    /// `await` may not be an identifier in the parameters (arrows inside async code).
    await_reserved_in_params: bool,
    /// `yield` is an operator (generator).
    yield_op: bool,
    /// `yield` may not be an identifier.
    yield_reserved: bool,
    can_return: bool,
    super_prop: bool,
    super_call: bool,
    new_target: bool,
    /// Inside a class field initializer or static block.
    no_arguments: bool,
    /// Walking the parameters of this function.
    in_params: bool,
    /// Labels in scope: (name, labels an iteration statement).
    labels: Vec<(Name, bool)>,
    breakable: u32,
    loops: u32,
    /// The script or module body itself (not a function).
    is_program: bool,
}

struct Checker<'a> {
    src: &'a str,
    side: &'a SideTables,
    is_module: bool,
    /// The innermost function-like context.
    cur: FnCtx,
    /// Private names declared by each enclosing class body.
    classes: Vec<Vec<Name>>,
    scopes: Scopes,
}

pub fn check(program: &mut Program, src: &str, side: &SideTables) -> Result {
    let top = FnCtx {
        strict: program.strict,
        await_op: program.is_module,
        await_reserved: program.is_module,
        is_program: true,
        ..FnCtx::default()
    };
    let mut checker = Checker { src, side, is_module: program.is_module, cur: top, classes: vec![], scopes: Scopes::default() };
    checker.scopes.push(ScopeKind::Function);
    checker.statement_list(&mut program.body, true)?;
    if program.is_module {
        checker.module_exports(&program.body)?;
    }
    Ok(())
}

impl Checker<'_> {
    fn cx(&self) -> &FnCtx {
        &self.cur
    }

    fn strict(&self) -> bool {
        self.cx().strict
    }

    fn text(&self, span: Span) -> &str {
        self.src.get(span.0..span.1).unwrap_or("")
    }

    /// Rules for any identifier used as a name (reference, binding, label).
    fn check_name(&self, name: &str, span: Span) -> Result {
        let cx = self.cx();
        if names::is_always_reserved(name) {
            return fail("Keyword must not contain escaped characters", span);
        }
        if cx.strict && names::is_strict_reserved(name) {
            return fail("Unexpected strict mode reserved word", span);
        }
        if name == "await" && (cx.await_reserved || cx.in_params && (cx.await_op || cx.await_reserved_in_params)) {
            return fail("Unexpected reserved word", span);
        }
        if name == "yield" && (cx.yield_op || cx.yield_reserved) {
            return fail("Unexpected identifier 'yield'", span);
        }
        Ok(())
    }

    fn check_reference(&self, name: &str, span: Span) -> Result {
        self.check_name(name, span)?;
        if name == "arguments" && self.cx().no_arguments {
            return fail("'arguments' is not allowed in class field initializer or static initialization block", span);
        }
        Ok(())
    }

    /// A name being bound (declaration, parameter) or assigned.
    fn check_binding_name(&self, name: &str, span: Span) -> Result {
        self.check_name(name, span)?;
        if self.strict() && names::is_eval_or_arguments(name) {
            return fail("Unexpected eval or arguments in strict mode", span);
        }
        Ok(())
    }

    /// Runs `f` in a fresh function-like context.
    fn with_ctx<T>(&mut self, cx: FnCtx, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        let outer = std::mem::replace(&mut self.cur, cx);
        let out = f(self);
        self.cur = outer;
        out
    }

    fn with_scope<T>(&mut self, kind: ScopeKind, f: impl FnOnce(&mut Self) -> Result<T>) -> Result<T> {
        self.scopes.push(kind);
        let out = f(self);
        self.scopes.pop();
        out
    }
}
