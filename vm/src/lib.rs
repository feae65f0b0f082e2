//! minijs-vm: gc-arena heap and stackless executor running the bytecode of minijs-compiler,
//! built-ins (with the self-hosted ones precompiled at build time), promises, jobs and native
//! AsyncContext.
#![forbid(unsafe_code)]

pub mod builtins;
pub mod exec;
pub mod heap;
pub mod runtime;
mod runtime_api;
pub mod vm;

pub use gc_arena::{Gc, Mutation};
/// The compiler is its own crate (so build scripts can precompile the self-hosted code); the rest
/// of the vm keeps using `crate::bytecode::…` and `crate::compiler::…`.
pub use minijs_compiler::{CompileFailure, bytecode, compile_module, compile_script, compile_wrapped_script, compiler};
pub use runtime_api::{Runtime, StepOutcome};
