//! CPython's turtle geometry (`turtle.TNavigator` and `Vec2D`), operation
//! for operation, so positions and headings agree with CPython's to the last
//! bits: the orientation is a unit vector that each turn rotates (errors
//! accumulate as in CPython), a heading is read back from it with `atan2`
//! rounded to 10 decimals, and a circle is the regular polygon CPython
//! inscribes. Angles are in degrees (CPython's default, "standard" mode:
//! heading 0 is east, angles count counterclockwise, y goes up).
//!
//! The trigonometric functions are the engine's own (`numbers::libm`), so
//! the results are the same natively and in the browser.

use crate::python::builtins::numbers::libm::{atan2, cos, sin};
use crate::python::text::round_float;

/// A point (or vector) of the turtle's plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// To the east.
    pub x: f64,
    /// To the north.
    pub y: f64,
}

impl Point {
    /// The point `(x, y)`.
    pub fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    fn plus(self, other: Point) -> Point {
        Point::new(self.x + other.x, self.y + other.y)
    }

    fn minus(self, other: Point) -> Point {
        Point::new(self.x - other.x, self.y - other.y)
    }

    fn times(self, factor: f64) -> Point {
        Point::new(self.x * factor, self.y * factor)
    }

    /// `Vec2D.rotate`: turned counterclockwise by `degrees`.
    fn rotated(self, degrees: f64) -> Point {
        let perpendicular = Point::new(-self.y, self.x);
        let radians = degrees * std::f64::consts::PI / 180.0;
        let (c, s) = (cos(radians), sin(radians));
        Point::new(
            self.x * c + perpendicular.x * s,
            self.y * c + perpendicular.y * s,
        )
    }

    /// The length (`abs(Vec2D)`, CPython's `math.hypot`).
    fn length(self) -> f64 {
        self.x.hypot(self.y)
    }
}

/// The unit vector of a heading (degrees from east, counterclockwise), with
/// the engine's own `sin` and `cos`.
pub fn direction_of(degrees: f64) -> Point {
    let radians = degrees * std::f64::consts::PI / 180.0;
    Point::new(cos(radians), sin(radians))
}

/// Where a turtle is and where it looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Navigator {
    /// Its position.
    pub position: Point,
    /// Its heading as a unit vector.
    pub orientation: Point,
}

impl Default for Navigator {
    fn default() -> Navigator {
        Navigator::new()
    }
}

impl Navigator {
    /// At the centre, looking east.
    pub fn new() -> Navigator {
        Navigator {
            position: Point::new(0.0, 0.0),
            orientation: Point::new(1.0, 0.0),
        }
    }

    /// `forward(distance)` (negative: backwards); the segment walked.
    pub fn forward(&mut self, distance: f64) -> (Point, Point) {
        let start = self.position;
        self.position = start.plus(self.orientation.times(distance));
        (start, self.position)
    }

    /// `left(degrees)` (negative: to the right).
    pub fn left(&mut self, degrees: f64) {
        self.orientation = self.orientation.rotated(degrees);
    }

    /// `goto(point)`; the segment walked.
    pub fn go_to(&mut self, point: Point) -> (Point, Point) {
        let start = self.position;
        self.position = point;
        (start, point)
    }

    /// `heading()`: degrees from east, counterclockwise, in `0..360`.
    pub fn heading(&self) -> f64 {
        degrees_of(self.orientation)
    }

    /// `setheading(degrees)`: turns the shorter way to it.
    pub fn set_heading(&mut self, degrees: f64) {
        let angle = degrees - self.heading();
        let angle = python_modulo(angle + 180.0, 360.0) - 180.0;
        self.left(angle);
    }

    /// `towards(point)`: the heading that looks at `point`.
    pub fn towards(&self, point: Point) -> f64 {
        degrees_of(point.minus(self.position))
    }

    /// `distance(point)`.
    pub fn distance(&self, point: Point) -> f64 {
        point.minus(self.position).length()
    }

    /// `circle(radius, extent, steps)`: the centre is `radius` to the left
    /// (to the right when negative); the segments of CPython's polygon.
    pub fn circle(
        &mut self,
        radius: f64,
        extent: Option<f64>,
        steps: Option<u64>,
    ) -> Vec<(Point, Point)> {
        let extent = extent.unwrap_or(360.0);
        let steps = match steps {
            Some(steps) => steps.max(1),
            None => {
                let fraction = extent.abs() / 360.0;
                1 + (f64::min(11.0 + radius.abs() / 6.0, 59.0) * fraction) as u64
            }
        };
        let mut turn = extent / steps as f64;
        let mut half = 0.5 * turn;
        let mut length = 2.0 * radius * sin(half * (std::f64::consts::PI / 180.0));
        if radius < 0.0 {
            length = -length;
            turn = -turn;
            half = -half;
        }
        let mut segments = Vec::with_capacity(steps as usize);
        self.left(half);
        for _ in 0..steps {
            segments.push(self.forward(length));
            self.left(turn);
        }
        self.left(-half);
        segments
    }
}

/// The heading of a direction, as CPython computes it: `atan2` in degrees,
/// rounded to 10 decimals, in `0..360`.
fn degrees_of(direction: Point) -> f64 {
    let degrees = atan2(direction.y, direction.x) * 180.0 / std::f64::consts::PI;
    let rounded = round_float(degrees, 10).unwrap_or(degrees);
    python_modulo(rounded, 360.0)
}

/// Python's `%` for floats (the result has the divisor's sign).
fn python_modulo(value: f64, divisor: f64) -> f64 {
    let remainder = value % divisor;
    if remainder != 0.0 && (remainder < 0.0) != (divisor < 0.0) {
        remainder + divisor
    } else if remainder == 0.0 {
        0.0_f64.copysign(divisor)
    } else {
        remainder
    }
}
