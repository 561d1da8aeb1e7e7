//! What a frame draws: shapes with their style and transform already
//! applied, so painting one is a fixed recipe (the app's canvas code) and
//! comparing two is a plain comparison (the lesson checks, the tests).

use super::super::turtle::Color;
use crate::python::builtins::numbers::libm::{cos, sin};

/// A colour with its opacity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CanvasColor {
    /// The colour.
    pub color: Color,
    /// Opacity, 0 (invisible) to 255 (opaque).
    pub alpha: u8,
}

impl CanvasColor {
    /// An opaque colour.
    pub const fn opaque(color: Color) -> CanvasColor {
        CanvasColor { color, alpha: 255 }
    }

    /// CSS text for it: `#rrggbb`, or `rgba(r,g,b,a)` when not opaque.
    pub fn css(self) -> String {
        if self.alpha == 255 {
            return self.color.hex();
        }
        format!(
            "rgba({},{},{},{:.3})",
            self.color.red,
            self.color.green,
            self.color.blue,
            f64::from(self.alpha) / 255.0
        )
    }
}

/// How a shape is painted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShapeStyle {
    /// The inside's colour (`None`: not filled).
    pub fill: Option<CanvasColor>,
    /// The outline's colour (`None`: no outline).
    pub stroke: Option<CanvasColor>,
    /// The outline's width, in pixels.
    pub stroke_weight: f64,
    /// The height of text, in pixels.
    pub text_size: f64,
}

impl Default for ShapeStyle {
    /// White inside, a black outline one pixel wide, 16-pixel text.
    fn default() -> ShapeStyle {
        ShapeStyle {
            fill: Some(CanvasColor::opaque(Color::WHITE)),
            stroke: Some(CanvasColor::opaque(Color::BLACK)),
            stroke_weight: 1.0,
            text_size: 16.0,
        }
    }
}

/// An affine transform: a point (x, y) is drawn at
/// (a·x + c·y + e, b·x + d·y + f), as the canvas's `setTransform` takes it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Transform {
    /// The six numbers, in `setTransform`'s order (a, b, c, d, e, f).
    pub matrix: [f64; 6],
}

impl Transform {
    /// No change.
    pub const IDENTITY: Transform = Transform {
        matrix: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
    };

    /// This transform followed, inside it, by `inner` (as `ctx.transform`
    /// composes).
    pub fn then(self, inner: Transform) -> Transform {
        let [a, b, c, d, e, f] = self.matrix;
        let [a2, b2, c2, d2, e2, f2] = inner.matrix;
        Transform {
            matrix: [
                a * a2 + c * b2,
                b * a2 + d * b2,
                a * c2 + c * d2,
                b * c2 + d * d2,
                a * e2 + c * f2 + e,
                b * e2 + d * f2 + f,
            ],
        }
    }

    /// Moving by (x, y).
    pub fn translation(x: f64, y: f64) -> Transform {
        Transform {
            matrix: [1.0, 0.0, 0.0, 1.0, x, y],
        }
    }

    /// Turning by `degrees`, clockwise on the screen (y points down).
    pub fn rotation(degrees: f64) -> Transform {
        // The engine's own sine and cosine: the same numbers natively and in the browser.
        let radians = degrees.to_radians();
        let (sine, cosine) = (sin(radians), cos(radians));
        Transform {
            matrix: [cosine, sine, -sine, cosine, 0.0, 0.0],
        }
    }

    /// Stretching by `x` across and `y` down.
    pub fn scaling(x: f64, y: f64) -> Transform {
        Transform {
            matrix: [x, 0.0, 0.0, y, 0.0, 0.0],
        }
    }

    /// Where the point (x, y) lands.
    pub fn apply(self, x: f64, y: f64) -> (f64, f64) {
        let [a, b, c, d, e, f] = self.matrix;
        (a * x + c * y + e, b * x + d * y + f)
    }
}

/// What is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum ShapeKind {
    /// The whole canvas painted with a colour (the transform ignored).
    Background(CanvasColor),
    /// A line (stroke only).
    Line {
        /// One end.
        from: (f64, f64),
        /// The other end.
        to: (f64, f64),
    },
    /// A rectangle from its top-left corner.
    Rect {
        /// The left edge.
        x: f64,
        /// The top edge.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
    },
    /// An ellipse around its centre (a circle has equal width and height).
    Ellipse {
        /// The centre's x.
        x: f64,
        /// The centre's y.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
    },
    /// A piece of an ellipse, from `start` to `stop` degrees clockwise from
    /// the right (the fill a pie slice, the stroke the curve only).
    Arc {
        /// The centre's x.
        x: f64,
        /// The centre's y.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
        /// The first angle, in degrees.
        start: f64,
        /// The last angle, in degrees.
        stop: f64,
    },
    /// A closed polygon (triangles too).
    Polygon {
        /// The corners, in order.
        points: Vec<(f64, f64)>,
    },
    /// A point, as big as the stroke is wide, in the stroke's colour.
    Point {
        /// x.
        x: f64,
        /// y.
        y: f64,
    },
    /// Text from its left end on the baseline, in the fill's colour.
    Text {
        /// What is written.
        text: String,
        /// The left end.
        x: f64,
        /// The baseline.
        y: f64,
    },
}

impl ShapeKind {
    /// The kind's name as `describe` and the lesson checks say it.
    pub fn name(&self) -> &'static str {
        match self {
            ShapeKind::Background(_) => "background",
            ShapeKind::Line { .. } => "line",
            ShapeKind::Rect { .. } => "rect",
            ShapeKind::Ellipse { width, height, .. } if width == height => "circle",
            ShapeKind::Ellipse { .. } => "ellipse",
            ShapeKind::Arc { .. } => "arc",
            ShapeKind::Polygon { .. } => "polygon",
            ShapeKind::Point { .. } => "point",
            ShapeKind::Text { .. } => "text",
        }
    }

    /// The numbers that place and size it, in a fixed order (for comparing
    /// two shapes of the same kind).
    pub fn numbers(&self) -> Vec<f64> {
        match self {
            ShapeKind::Background(_) => Vec::new(),
            ShapeKind::Line { from, to } => vec![from.0, from.1, to.0, to.1],
            ShapeKind::Rect {
                x,
                y,
                width,
                height,
            }
            | ShapeKind::Ellipse {
                x,
                y,
                width,
                height,
            } => vec![*x, *y, *width, *height],
            ShapeKind::Arc {
                x,
                y,
                width,
                height,
                start,
                stop,
            } => vec![*x, *y, *width, *height, *start, *stop],
            ShapeKind::Polygon { points } => points.iter().flat_map(|(x, y)| [*x, *y]).collect(),
            ShapeKind::Point { x, y } | ShapeKind::Text { x, y, .. } => vec![*x, *y],
        }
    }
}

/// One shape of a frame, ready to paint.
#[derive(Clone, Debug, PartialEq)]
pub struct CanvasShape {
    /// What it is.
    pub kind: ShapeKind,
    /// Its colours and widths.
    pub style: ShapeStyle,
    /// Where `translate`, `rotate` and `scale` put it.
    pub transform: Transform,
    /// The program's line that drew it.
    pub line: u32,
}

impl CanvasShape {
    /// One line of text: the kind, its numbers, then its colours and, when
    /// not plain, its transform (`circle 200 150 40 40 fill #ff0000 stroke
    /// none`). The snapshot tests compare these.
    pub fn describe(&self) -> String {
        let mut text = String::from(self.kind.name());
        if let ShapeKind::Background(color) = &self.kind {
            text.push(' ');
            text.push_str(&color.css());
            return text;
        }
        if let ShapeKind::Text { text: written, .. } = &self.kind {
            text.push_str(&format!(" {written:?}"));
        }
        for number in self.kind.numbers() {
            text.push(' ');
            text.push_str(&short_number(number));
        }
        let color =
            |color: Option<CanvasColor>| color.map_or(String::from("none"), CanvasColor::css);
        match &self.kind {
            ShapeKind::Line { .. } | ShapeKind::Point { .. } => {}
            ShapeKind::Text { .. } => {
                text.push_str(&format!(" size {}", short_number(self.style.text_size)));
                text.push_str(&format!(" fill {}", color(self.style.fill)));
            }
            _ => text.push_str(&format!(" fill {}", color(self.style.fill))),
        }
        if !matches!(self.kind, ShapeKind::Text { .. }) {
            text.push_str(&format!(" stroke {}", color(self.style.stroke)));
            if self.style.stroke.is_some() && self.style.stroke_weight != 1.0 {
                text.push_str(&format!(
                    " weight {}",
                    short_number(self.style.stroke_weight)
                ));
            }
        }
        if self.transform != Transform::IDENTITY {
            let numbers: Vec<String> = self
                .transform
                .matrix
                .iter()
                .map(|number| short_number(*number))
                .collect();
            text.push_str(&format!(" transform [{}]", numbers.join(" ")));
        }
        text
    }
}

/// A number with at most two decimals and no trailing zeros (`-0` as `0`).
fn short_number(number: f64) -> String {
    let rounded = (number * 100.0).round() / 100.0;
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    let text = format!("{rounded:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}
