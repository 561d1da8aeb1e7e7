//! From the syntax tree to bytecode.
//!
//! The first stage is `scopes`: CPython's symbol table, which decides for every
//! name in every function whether it is a local, a cell shared with an inner
//! function, a free variable taken from an outer one, or a global. The code
//! generator (coming with the VM) reads its answers.

pub mod scopes;
