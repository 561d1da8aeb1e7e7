//! The pupil's language: Python, as CPython 3.11 runs it, for a school course.
//!
//! Source goes through `syntax` (tokens with INDENT/DEDENT, then a syntax
//! tree with spans) and, as the language issue proceeds, a compiler to
//! bytecode and a VM that runs in budgeted slices. `text` holds CPython's
//! conversions between numbers and text (float repr, format specs, int parsing).
//!
//! The language knows nothing of turtles and robots, of the browser or of the
//! pupil's language: errors are kinds with data, worded by the Fluent files.

pub mod builtins;
pub mod commands;
pub mod compiler;
pub mod hashing;
pub mod highlight;
pub mod set_table;
pub mod suggestions;
pub mod syntax;
pub mod text;
pub mod vm;
