//! From the syntax tree to bytecode.
//!
//! The first stage is `scopes`: CPython's symbol table, which decides for every
//! name in every function whether it is a local, a cell shared with an inner
//! function, a free variable taken from an outer one, or a global. The code
//! generator (`codegen`) reads its answers and writes the [`bytecode`] the VM runs.

pub mod bytecode;
pub mod codegen;
pub mod scopes;

pub use codegen::{compile, compile_module, disassemble, CompileError, CompileErrorKind};
