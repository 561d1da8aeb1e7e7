//! Pieces of interface shared by several pages, and the lesson page's parts.

pub mod canvas_stage;
pub mod check_results;
pub mod code_editor;
pub mod display_choices;
pub mod hand_in_box;
pub mod header;
pub mod keyboard_help;
pub mod language_picker;
pub mod lesson_code;
pub mod lesson_hints;
pub mod lesson_versions;
pub mod load_problem;
pub mod markdown_view;
pub mod offline_notices;
pub mod pack_import;
pub mod pack_problems;
pub mod progress_files;
pub mod robot_moves;
pub mod robot_stage;
pub mod rover_stage;
pub mod run_console;
pub mod storage_notices;
pub mod symbol_panel;
pub mod turtle_stage;
