//! minijs-parser: tokens → AST, with early errors and SyntaxError reports.
//!
//! Pipeline: `minijs_lexer::tokenize` → `contextual::rewrite` (contextual keywords the grammar
//! cannot decide) → the lalrpop grammar (`grammar.lalrpop`, with `cover.rs` and `nodes.rs` for
//! its actions and ASI in `context.rs`) → `early_errors` (context-dependent rules).
//!
//! Conventions of the AST it produces (beyond the comments in `ast.rs`):
//! - Every parenthesized expression is kept as `ExprKind::Paren` (treat it as its inner
//!   expression; it matters for `(a) = 1`, `(a?.b).c`, name inference and `delete`).
//! - `Function::strict` is final: inherited from the enclosing code, a class body, or its own
//!   directive. `Function::name` of a method is its key (`"#x"` for private names; `None` for
//!   computed keys); a class constructor carries the class name; arrows have none.
//! - A sloppy-mode `yield` outside generators is `ExprKind::Ident("yield")`; `await(x)` in
//!   non-async script code is a call of the identifier `await`.
//! - `export default function () {}` / `class {}` become `ExportDecl::DefaultFunction`/
//!   `DefaultClass` (with `name: None` when anonymous).
//! - Source nesting is bounded (see `nesting.rs`): extremely deep input is a SyntaxError
//!   "Maximum call stack size exceeded" instead of a Rust stack overflow.
#![forbid(unsafe_code)]

pub mod ast;
mod context;
mod contextual;
mod cover;
mod directives;
mod early_errors;
mod error;
mod nesting;
mod nodes;
mod tokens;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code, unreachable_patterns)]
    grammar
);

use std::rc::Rc;

pub use error::{SyntaxError, line_col, render_syntax_error};

use context::ParseCtx;

/// Parses a classic script (sloppy unless it starts with `"use strict"`).
pub fn parse_script(src: &str) -> Result<ast::Program, SyntaxError> {
    parse(src, false)
}

/// Parses an ES module (always strict; `import`/`export` and top-level `await` allowed).
pub fn parse_module(src: &str) -> Result<ast::Program, SyntaxError> {
    parse(src, true)
}

/// Node's rule for an ambiguous `.js` file: ESM when the source only makes sense as a module
/// (top-level `import`/`export` or top-level `await`).
pub fn has_module_syntax(src: &str) -> bool {
    parse_script(src).is_err() && parse_module(src).is_ok()
}

/// The source text the `Function` constructor compiles: `function anonymous(<params>\n) {\n<body>\n}`
/// (with `async`/`*` as asked). Spans in `parse_function`'s result index into this text.
pub fn function_constructor_source(params_src: &str, body_src: &str, is_async: bool, is_generator: bool) -> String {
    let prefix = if is_async { "async " } else { "" };
    let star = if is_generator { "*" } else { "" };
    format!("{prefix}function{star} anonymous({params_src}\n) {{\n{body_src}\n}}")
}

/// Parses the function the `Function`/`AsyncFunction`/`GeneratorFunction` constructors build.
/// The parameter and body texts must each be well-formed on their own (no comment or brace
/// escaping from one into the other).
pub fn parse_function(params_src: &str, body_src: &str, is_async: bool, is_generator: bool) -> Result<Rc<ast::Function>, SyntaxError> {
    let src = function_constructor_source(params_src, body_src, is_async, is_generator);
    let misplaced = || SyntaxError::new("Unexpected token ')'", (0, 0));
    // Each piece must lex by itself, so `/*` in the parameters cannot swallow the glue.
    minijs_lexer::tokenize(params_src).map_err(|e| error::from_lex(params_src, e))?;
    minijs_lexer::tokenize(body_src).map_err(|e| error::from_lex(body_src, e))?;
    let program = parse_script(&src)?;
    let [stmt] = program.body.as_slice() else {
        return Err(misplaced());
    };
    match &stmt.kind {
        ast::StmtKind::Function(f) if f.span == (0, src.len()) => Ok(f.clone()),
        _ => Err(misplaced()),
    }
}

/// V8 points "Invalid left-hand side in assignment" at the target (`a + b` in `a + b = 3`),
/// not at the `=` where the grammar failed: widen the span back to the start of the
/// expression (after the last `;`, bracket, comma or line start before it).
fn widen_assignment_error(src: &str, tokens: &[(usize, usize, bool)], mut e: SyntaxError) -> SyntaxError {
    if e.message != "Invalid left-hand side in assignment" {
        return e;
    }
    let Some(at) = tokens.iter().position(|t| t.0 == e.span.0) else { return e };
    if at == 0 {
        return e;
    }
    let mut start = at;
    let stoppers = [";", "{", "}", "(", "[", ",", "=>", "?", ":"];
    while start > 0 {
        let prev = tokens[start - 1];
        let text = src.get(prev.0..prev.1).unwrap_or("");
        if stoppers.contains(&text) || matches!(text, "return" | "throw" | "=" | "+=" | "-=") {
            break;
        }
        start -= 1;
        if tokens[start].2 {
            break;
        }
    }
    if start < at {
        e.span = (tokens[start].0, tokens[at - 1].1);
    }
    e
}

fn parse(src: &str, is_module: bool) -> Result<ast::Program, SyntaxError> {
    let lexed = minijs_lexer::tokenize(src).map_err(|e| error::from_lex(src, e))?;
    let tokens = contextual::rewrite(&lexed);
    nesting::check(&tokens, &lexed.newline_before)?;
    let cx = ParseCtx::new(src, &tokens, &lexed.newline_before);
    let starts: Vec<(usize, usize, bool)> =
        lexed.tokens.iter().zip(&lexed.newline_before).map(|((lo, _, hi), nl)| (*lo, *hi, *nl)).collect();
    let body = grammar::ProgramParser::new()
        .parse(&cx, tokens.into_iter().map(Ok::<_, SyntaxError>))
        .map_err(|e| widen_assignment_error(src, &starts, error::from_parse(src, e)))?;
    let side = cx.side.into_inner();
    if let Some(span) = side.pending_cover_inits.first() {
        return Err(SyntaxError::new("Invalid shorthand property initializer", *span));
    }
    let strict = is_module || directives::has_use_strict(src, &body);
    let mut program = ast::Program { body, is_module, strict };
    early_errors::check(&mut program, src, &side)?;
    Ok(program)
}
