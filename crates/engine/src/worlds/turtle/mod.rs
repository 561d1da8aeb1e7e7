//! The turtle of `import turtle`, with CPython's geometry.
//!
//! - `geometry.rs`: [`Navigator`], CPython's `TNavigator` step for step:
//!   the heading kept as a unit vector rotated by each turn, positions as
//!   CPython computes them, circles as the polygons CPython draws.
//! - `color.rs`: colours by Tk's names, `#rrggbb`, and Kazakh and Russian names.
//! - `world.rs`: [`TurtleWorld`], the turtles and the record of what they
//!   drew ([`DrawEvent`]s, each with its program line), which the app replays.
//! - `svg.rs`: the record as SVG, in turtle coordinates.

mod color;
mod geometry;
mod svg;
mod world;

pub use color::{color_from_text, Color};
pub use geometry::{Navigator, Point};
pub use svg::to_svg;
pub use world::{Align, DrawEvent, Pen, TurtleState, TurtleWorld, MAXIMUM_EVENTS};
