//! The instruction set and compiled function format.
pub mod disasm;
pub mod ops;
pub mod proto;
