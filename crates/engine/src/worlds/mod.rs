//! The worlds programs act on: the turtle now; the canvas, the grid robot
//! and the wheeled robot as later issues add them. A world is pure data and
//! arithmetic: it records what happens (segments, poses), and the app only
//! replays the record.

pub mod turtle;
