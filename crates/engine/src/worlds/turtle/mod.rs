//! The turtle of `import turtle`, with CPython's geometry.
//!
//! - `geometry.rs`: [`Navigator`], CPython's `TNavigator` step for step:
//!   the heading kept as a unit vector rotated by each turn, positions as
//!   CPython computes them, circles as the polygons CPython draws.
//! - `color.rs`: colours by Tk's names, `#rrggbb`, and Kazakh and Russian names.
//! - `world.rs`: [`TurtleWorld`], the turtles and the record of what they
//!   drew ([`DrawEvent`]s, each with its program line), which the app replays.
//! - `picture.rs`: what a record shows, in painting order (after `clear`s,
//!   fills under what was drawn after them): the SVG and the app's canvas
//!   both paint it.
//! - `svg.rs`: the picture as SVG, in turtle coordinates.
//! - `compare.rs`: two pictures compared for lesson checks, as sets of
//!   segments and as pixels.

mod color;
mod compare;
mod geometry;
mod picture;
mod svg;
mod world;

pub use color::{color_from_text, Color};
pub use compare::{compare_segments, overlap, Segment, SegmentDifference};
pub use geometry::{direction_of, Navigator, Point};
pub use picture::{picture_of, shape_at, shape_names, Picture, Shape};
pub use svg::to_svg;
pub use world::{Align, DrawEvent, Pen, TurtleState, TurtleWorld, MAXIMUM_EVENTS};
