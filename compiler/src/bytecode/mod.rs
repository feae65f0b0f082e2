//! The instruction set, the compiled function format and its byte image.
pub mod disasm;
pub mod image;
pub mod ops;
pub mod proto;
