//! The pure parts of Python's built-in types: operations on Rust data that the
//! VM will wrap. Each module is checked against CPython 3.11.

pub mod numbers;
pub mod random;
pub mod strings;
