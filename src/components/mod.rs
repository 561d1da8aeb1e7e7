//! Pieces of interface shared by several pages.

pub mod header;
pub mod language_picker;
pub mod load_problem;
