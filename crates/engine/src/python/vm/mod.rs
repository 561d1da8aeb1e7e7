//! The virtual machine's parts (the interpreter loop itself comes with the
//! language issue): so far the heap every Python object will live in.

pub mod heap;
