//! The executor: frames, the native ABI, the dispatch loop and property/operator semantics.
pub mod bigint;
mod exec_outcome;
pub mod executor;
pub mod frame;
mod frame_access;
pub mod interp;
pub mod native;
pub mod operators;
pub mod property;
