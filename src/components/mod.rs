//! Pieces of interface shared by several pages, and the lesson page's parts.

pub mod code_editor;
pub mod header;
pub mod language_picker;
pub mod lesson_code;
pub mod load_problem;
pub mod run_console;
pub mod symbol_panel;
