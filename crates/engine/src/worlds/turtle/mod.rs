//! The turtle of `import turtle`, with CPython's geometry.
//!
//! - `geometry.rs`: [`Navigator`], CPython's `TNavigator` step for step:
//!   the heading kept as a unit vector rotated by each turn, positions as
//!   CPython computes them, circles as the polygons CPython draws.

mod geometry;

pub use geometry::{Navigator, Point};
