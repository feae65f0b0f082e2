//! Values, strings, objects and function objects in the gc-arena heap.
pub mod buffer;
pub mod kind;
pub mod object;
pub mod string;
pub mod value;
