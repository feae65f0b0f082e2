//! minijs-vm: compiler, bytecode, gc-arena heap and stackless executor, promises, jobs and
//! native AsyncContext.
#![forbid(unsafe_code)]

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod exec;
pub mod heap;
pub mod runtime;
mod runtime_api;
pub mod vm;

pub use gc_arena::{Gc, Mutation};
pub use runtime_api::{CompileFailure, Runtime, StepOutcome, compile_module, compile_script, compile_wrapped_script};
