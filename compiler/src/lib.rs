//! minijs-compiler: AST → bytecode. The instruction set (`bytecode`), the compiler (`compiler`)
//! and the bytecode image format the self-hosted built-ins and stdlib modules are precompiled
//! into at build time (`bytecode::image`). Plain data, no gc heap: the vm loads what this produces.
#![forbid(unsafe_code)]

pub mod bytecode;
pub mod compiler;
mod entry;
pub mod number;
pub mod regexp;

pub use entry::{CompileFailure, compile_module, compile_script, compile_wrapped_script};
