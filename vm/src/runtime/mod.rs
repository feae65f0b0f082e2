//! Runtime machinery shared by the executor and the built-ins.
pub mod context;
pub mod errors;
pub mod iter;
pub mod names;
pub mod objects;
pub mod promise;
pub mod realm;
