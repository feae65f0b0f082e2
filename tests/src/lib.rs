//! Test runners for minijs.
//!
//! Every suite works the same way: find the programs, run each one through the `minijs` binary on a thread
//! pool with a per-program timeout, compare what it printed with what Node 26 (or the suite's own rules)
//! expects, and check the failures against the suite's expected-failures list so that a half-built engine
//! can still have a green CI while every regression is caught.
#![forbid(unsafe_code)]

pub mod batch_worker;
pub mod binary;
pub mod child;
pub mod diff;
pub mod expected_failures;
pub mod node_suite;
pub mod paths;
pub mod pattern;
pub mod pool;
pub mod program_suite;
pub mod proposal;
pub mod test262;
pub mod workerd_suite;
