//! The engine's one integration-test binary (one binary links fast on 2 cores).
//!
//! Each module covers one area with a `check` helper and data from `tests/data/`.

// A failed unwrap in a test helper is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod canvas_frames;
mod classroom;
mod commands;
mod dependencies;
mod display_settings;
mod highlight;
mod i18n;
mod markdown;
mod pack;
mod pack_checks;
mod pack_index;
mod pack_schema;
mod progress;
mod progress_migration;
mod python_compiler;
mod python_error_wording;
mod python_fuzz;
mod python_heap;
mod python_hostile;
mod python_inspect;
mod python_lexer;
mod python_numbers;
mod python_parser;
mod python_programs;
mod python_random;
mod python_scopes;
mod python_sets;
mod python_strings;
mod python_suggestions;
mod python_text;
mod robot_worlds;
mod rover_runs;
mod seeded;
mod settings;
mod turtle_drawings;
mod turtle_geometry;
