//! What a turtle record shows, in painting order: the shapes still on the
//! canvas after every `clear`, each fill placed under what was drawn after
//! its `begin_fill` (as Tk stacks it), and the background. The SVG writer
//! and the app's canvas both paint this list, so they always agree.

use super::color::Color;
use super::geometry::Point;
use super::world::{Align, DrawEvent};

/// One shape to paint.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A segment.
    Line {
        /// Where it starts.
        from: Point,
        /// Where it ends.
        to: Point,
        /// Its colour.
        color: Color,
        /// Its width.
        width: f64,
    },
    /// A filled polygon (filled even-odd, as Tk fills: the middle of a
    /// five-pointed star stays empty).
    Polygon {
        /// The corners.
        points: Vec<Point>,
        /// The fill colour.
        color: Color,
    },
    /// A filled circle.
    Dot {
        /// The centre.
        at: Point,
        /// The diameter.
        diameter: f64,
        /// The colour.
        color: Color,
    },
    /// A stamp of the turtle's shape.
    Stamp {
        /// The shape's name.
        shape: String,
        /// Where.
        at: Point,
        /// The heading, in degrees.
        heading: f64,
        /// The outline.
        color: Color,
        /// The fill.
        fill: Color,
    },
    /// Text.
    Text {
        /// Where.
        at: Point,
        /// What.
        text: String,
        /// How it is placed.
        align: Align,
        /// The font size.
        size: f64,
        /// The colour.
        color: Color,
    },
}

/// The picture a record shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Picture {
    /// The background, when the program set one.
    pub background: Option<Color>,
    /// The shapes, bottom first.
    pub shapes: Vec<Shape>,
}

/// CPython's turtle shapes, pointing up (north), for stamps and the
/// turtles themselves (`turtle.py`'s own polygons).
const SHAPES: &[(&str, &[(f64, f64)])] = &[
    (
        "classic",
        &[(0.0, 0.0), (-5.0, -9.0), (0.0, -7.0), (5.0, -9.0)],
    ),
    ("arrow", &[(-10.0, 0.0), (10.0, 0.0), (0.0, 10.0)]),
    (
        "turtle",
        &[
            (0.0, 16.0),
            (-2.0, 14.0),
            (-1.0, 10.0),
            (-4.0, 7.0),
            (-7.0, 9.0),
            (-9.0, 8.0),
            (-6.0, 5.0),
            (-7.0, 1.0),
            (-5.0, -3.0),
            (-8.0, -6.0),
            (-6.0, -8.0),
            (-4.0, -5.0),
            (0.0, -7.0),
            (4.0, -5.0),
            (6.0, -8.0),
            (8.0, -6.0),
            (5.0, -3.0),
            (7.0, 1.0),
            (6.0, 5.0),
            (9.0, 8.0),
            (7.0, 9.0),
            (4.0, 7.0),
            (1.0, 10.0),
            (2.0, 14.0),
        ],
    ),
    (
        "circle",
        &[
            (10.0, 0.0),
            (9.51, 3.09),
            (8.09, 5.88),
            (5.88, 8.09),
            (3.09, 9.51),
            (0.0, 10.0),
            (-3.09, 9.51),
            (-5.88, 8.09),
            (-8.09, 5.88),
            (-9.51, 3.09),
            (-10.0, 0.0),
            (-9.51, -3.09),
            (-8.09, -5.88),
            (-5.88, -8.09),
            (-3.09, -9.51),
            (0.0, -10.0),
            (3.09, -9.51),
            (5.88, -8.09),
            (8.09, -5.88),
            (9.51, -3.09),
        ],
    ),
    (
        "square",
        &[(10.0, -10.0), (10.0, 10.0), (-10.0, 10.0), (-10.0, -10.0)],
    ),
    ("triangle", &[(10.0, -5.77), (0.0, 11.55), (-10.0, -5.77)]),
];

/// The names of the turtle's shapes.
pub fn shape_names() -> impl Iterator<Item = &'static str> {
    SHAPES.iter().map(|(name, _)| *name)
}

/// The picture of `events`.
pub fn picture_of(events: &[DrawEvent]) -> Picture {
    // (sort key, turtle, shape): a fill sorts to where it began, before what
    // was drawn from there on (key 2 * event; fills one less).
    let mut keyed: Vec<(usize, usize, Shape)> = Vec::new();
    let mut background = None;
    for (index, event) in events.iter().enumerate() {
        let key = 2 * index + 1;
        match event {
            DrawEvent::Move {
                turtle,
                from,
                to,
                pen: Some(pen),
                ..
            } => keyed.push((
                key,
                *turtle,
                Shape::Line {
                    from: *from,
                    to: *to,
                    color: pen.color,
                    width: pen.width,
                },
            )),
            DrawEvent::Fill {
                turtle,
                polygon,
                color,
                begins_at,
                ..
            } => keyed.push((
                2 * begins_at,
                *turtle,
                Shape::Polygon {
                    points: polygon.clone(),
                    color: *color,
                },
            )),
            DrawEvent::Dot {
                turtle,
                at,
                diameter,
                color,
                ..
            } => keyed.push((
                key,
                *turtle,
                Shape::Dot {
                    at: *at,
                    diameter: *diameter,
                    color: *color,
                },
            )),
            DrawEvent::Stamp {
                turtle,
                shape,
                at,
                heading,
                color,
                fill,
                ..
            } => keyed.push((
                key,
                *turtle,
                Shape::Stamp {
                    shape: shape.clone(),
                    at: *at,
                    heading: *heading,
                    color: *color,
                    fill: *fill,
                },
            )),
            DrawEvent::Text {
                turtle,
                at,
                text,
                align,
                size,
                color,
                ..
            } => keyed.push((
                key,
                *turtle,
                Shape::Text {
                    at: *at,
                    text: text.clone(),
                    align: *align,
                    size: *size,
                    color: *color,
                },
            )),
            DrawEvent::Clear { turtle } => keyed.retain(|(_, owner, _)| owner != turtle),
            DrawEvent::Background { color } => background = Some(*color),
            DrawEvent::Move { .. } | DrawEvent::Turn { .. } | DrawEvent::Visibility { .. } => {}
        }
    }
    keyed.sort_by_key(|(key, _, _)| *key);
    Picture {
        background,
        shapes: keyed.into_iter().map(|(_, _, shape)| shape).collect(),
    }
}

/// The corners of the shape called `name` (the classic one if there is
/// none of that name) at `at`, turned to `heading`, as CPython places it.
pub fn shape_at(name: &str, at: Point, heading: f64) -> Vec<Point> {
    use crate::python::builtins::numbers::libm::{cos, sin};
    let turn = (heading - 90.0) * std::f64::consts::PI / 180.0;
    let (c, s) = (cos(turn), sin(turn));
    let corners = SHAPES
        .iter()
        .find(|(known, _)| *known == name)
        .map_or(SHAPES[0].1, |(_, corners)| *corners);
    corners
        .iter()
        .map(|(x, y)| Point::new(at.x + x * c - y * s, at.y + x * s + y * c))
        .collect()
}
