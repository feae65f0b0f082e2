//! Source text in, bytecode out: parse then compile, with errors as one `CompileFailure` shape.

use std::rc::Rc;

use crate::bytecode::proto::{FunctionCode, Source};
use crate::compiler;

/// A SyntaxError (from the parser or the compiler) with the byte span of the offending token.
#[derive(Debug, Clone)]
pub struct CompileFailure {
    pub message: String,
    pub span: (usize, usize),
}

/// Parses and compiles a classic script.
pub fn compile_script(text: &str, name: &str, force_strict: bool) -> Result<Rc<FunctionCode>, CompileFailure> {
    compile_wrapped_script(text, name, force_strict, 0)
}

/// Compiles a script whose first `first_line_shift` UTF-16 units were put there by the host (a
/// prepended directive), so that stack traces give the file's own columns.
pub fn compile_wrapped_script(
    text: &str,
    name: &str,
    force_strict: bool,
    first_line_shift: usize,
) -> Result<Rc<FunctionCode>, CompileFailure> {
    let mut program = minijs_parser::parse_script(text).map_err(|e| CompileFailure { message: e.message, span: e.span })?;
    program.strict |= force_strict;
    let source = Rc::new(Source { name: Rc::from(name), text: Rc::from(text), first_line_shift });
    compiler::compile_script(&program, source).map_err(|e| CompileFailure { message: e.message, span: (e.offset, e.offset) })
}

/// Parses and compiles an ES module.
pub fn compile_module(text: &str, name: &str) -> Result<(Rc<FunctionCode>, compiler::ModuleInfo), CompileFailure> {
    let program = minijs_parser::parse_module(text).map_err(|e| CompileFailure { message: e.message, span: e.span })?;
    let source = Rc::new(Source { name: Rc::from(name), text: Rc::from(text), first_line_shift: 0 });
    compiler::compile_module(&program, source).map_err(|e| CompileFailure { message: e.message, span: (e.offset, e.offset) })
}
