//! Test runners for minijs.
#![forbid(unsafe_code)]
