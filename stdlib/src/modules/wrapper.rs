//! The CommonJS wrapper: a module body compiled as `(function (<params>) { … })`. Also read by
//! `stdlib/build.rs` (through `#[path]`), which precompiles the stdlib files with exactly the text
//! and `Source` the loader would build, so it may use only the parser and the compiler crates.

use std::rc::Rc;

use minijs_compiler::CompileFailure;
use minijs_compiler::bytecode::proto::{FunctionCode, Source};
use minijs_parser::ast::{ExprKind, StmtKind};

/// The parameters of a user module's wrapper and of a stdlib file's wrapper.
pub const USER_PARAMS: &str = "exports, require, module, __filename, __dirname";
pub const STDLIB_PARAMS: &str = "exports, require, module, internal";

fn prefix(params: &str) -> String {
    format!("(function ({params}) {{")
}

/// The wrapper's source text around the module body `src`.
pub fn wrap(src: &str, params: &str) -> String {
    format!("{}{src}\n}})", prefix(params))
}

/// The `Source` of a wrapper's functions: the wrapper text, named `name`.
pub fn wrapper_source(name: &str, wrapped: &str, params: &str) -> Rc<Source> {
    Rc::new(Source { name: Rc::from(name), text: Rc::from(wrapped), first_line_shift: wrapper_shift(params) })
}

/// Compiles `src` as the body of `(function (<params>) { … })`. Line numbers match the file;
/// stack traces take the prefix out of line 1's columns, as Node does. Errors are located in `src`.
pub fn compile_wrapper(src: &str, name: &str, params: &str) -> Result<Rc<FunctionCode>, CompileFailure> {
    let head_len = prefix(params).len();
    let text = wrap(src, params);
    let to_src = |offset: usize| offset.saturating_sub(head_len).min(src.len());
    let program = minijs_parser::parse_script(&text)
        .map_err(|e| CompileFailure { message: e.message, span: (to_src(e.span.0), to_src(e.span.1)) })?;
    // Exactly one parenthesized function spanning the whole wrapper: the body cannot have
    // closed the wrapper early and continued outside it.
    let escaped = || CompileFailure { message: "Unexpected token '}'".into(), span: (src.len(), src.len()) };
    let [statement] = program.body.as_slice() else {
        return Err(escaped());
    };
    let StmtKind::Expr(expr) = &statement.kind else {
        return Err(escaped());
    };
    let ExprKind::Paren(inner) = &expr.kind else {
        return Err(escaped());
    };
    let ExprKind::Function(function) = &inner.kind else {
        return Err(escaped());
    };
    if function.span != (1, text.len() - 1) {
        return Err(escaped());
    }
    let source = wrapper_source(name, &text, params);
    minijs_compiler::compiler::compile_function(function, source)
        .map_err(|e| CompileFailure { message: e.message, span: (to_src(e.offset), to_src(e.offset)) })
}

/// The first-line column shift of a wrapper with `params`.
pub fn wrapper_shift(params: &str) -> usize {
    prefix(params).encode_utf16().count()
}
