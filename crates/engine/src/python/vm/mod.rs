//! The virtual machine: runs a compiled [`Program`](super::compiler::bytecode::Program)
//! in budgeted slices.
//!
//! - `heap`: every object, with a byte budget and a collector that never recurses.
//! - `value`, `object`, `dict`, `set`, `types`: what programs compute with.
//! - `frame`, `call`, `machine`, `interpreter`: frames on the VM's own stack,
//!   never on Rust's, and the instruction loop that `run(fuel)` drives.
//! - `operations`: Python's operators, comparisons, hashing, repr, indexing and
//!   iteration of the builtin types.
//! - `builtins`: the builtin functions, the types' methods and the modules.
//! - `classes`: the program's own classes: building them, their instances'
//!   attributes, and special methods (`__add__`, `__str__`...) called from
//!   the VM's operations.
//! - `error`: errors as kinds with CPython's message and the pupil's explanation.

pub mod builtins;
pub mod call;
mod calling;
pub mod canvas_frames;
mod characters;
pub mod checking;
mod classes;
pub mod dict;
pub mod error;
pub mod frame;
pub mod heap;
pub mod inspect;
mod interpreter;
pub mod machine;
mod matching;
pub mod methods;
pub mod object;
pub mod operations;
mod quick;
mod quick_keys;
mod quick_methods;
pub mod run;
pub mod set;
mod superinstructions;
mod support;
pub mod tuple_items;
pub mod types;
mod unwinding;
pub mod value;

pub use canvas_frames::ProbeResult;
pub use inspect::{ValueView, VariableView};
pub use machine::{Limits, Vm};
pub use run::{run_source, CompletedRun, RunFailure, RunOutcome, RuntimeFailure};
