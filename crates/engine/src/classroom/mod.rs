//! The teacher's loop without a server: pupils hand in their work as files,
//! and the teacher's page reads them into a class table whose every solved
//! claim is checked again.
//!
//! `assignment.rs`: what the teacher hands out (a pack, a class, its list,
//! the teacher's own pack carried along), as a file or a link.
//! `hand_in.rs`: the hand-in file (one pupil, one pack). `class_table.rs`:
//! the table of a pack's hand-ins, the re-checking of every claimed solution
//! against the pack's own checks, and the CSV for Excel.

pub mod assignment;
pub mod class_table;
pub mod hand_in;
