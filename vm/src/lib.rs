//! minijs-vm: compiler, bytecode, heap and stackless executor.
#![forbid(unsafe_code)]
