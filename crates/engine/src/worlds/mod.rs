//! The worlds programs act on: the turtle and the grid robot now; the
//! canvas and the wheeled robot as later issues add them. A world is pure
//! data and arithmetic: it records what happens (segments, poses, steps),
//! and the app only replays the record.

pub mod robot;
pub mod turtle;
