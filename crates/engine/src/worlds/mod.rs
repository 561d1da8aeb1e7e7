//! The worlds programs act on: the turtle, the canvas of frame animation
//! and the grid robot now; the wheeled robot as a later issue adds it. A
//! world is pure data and arithmetic: it records what happens (segments,
//! shapes, poses, steps), and the app only replays the record.

pub mod canvas;
pub mod robot;
pub mod rover;
pub mod turtle;
