//! A turtle drawing as SVG, in turtle coordinates (y up, flipped by one
//! transform), segment for segment as the turtles drew it: what
//! `sandbox run --svg` writes, what teachers print and what tests compare.

use super::color::Color;
use super::geometry::Point;
use super::world::{Align, DrawEvent, TurtleWorld};
use crate::python::builtins::numbers::libm::{cos, sin};

/// CPython's "classic" turtle shape, pointing up (north).
const CLASSIC_SHAPE: [(f64, f64); 4] = [(0.0, 0.0), (-5.0, -9.0), (0.0, -7.0), (5.0, -9.0)];

/// A number as the SVG writes it: two decimals, no `-0.00`.
fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    if text == "-0.00" {
        String::from("0.00")
    } else {
        text
    }
}

/// The points of the drawing, for its bounding box.
fn extend_bounds(bounds: &mut Option<(f64, f64, f64, f64)>, point: Point, margin: f64) {
    let (x0, y0, x1, y1) = bounds.get_or_insert((point.x, point.y, point.x, point.y));
    *x0 = x0.min(point.x - margin);
    *y0 = y0.min(point.y - margin);
    *x1 = x1.max(point.x + margin);
    *y1 = y1.max(point.y + margin);
}

/// The drawing's SVG document.
pub fn to_svg(world: &TurtleWorld) -> String {
    // (sort key, turtle, element): a fill sorts to where it began, before
    // what was drawn from there on (key 2 * event, fills one less).
    let mut elements: Vec<(usize, usize, String)> = Vec::new();
    let mut texts: Vec<(usize, String)> = Vec::new();
    let mut bounds = None;
    let mut background = None;
    for (index, event) in world.events.iter().enumerate() {
        match event {
            DrawEvent::Move {
                turtle,
                from,
                to,
                pen: Some(pen),
                ..
            } => {
                extend_bounds(&mut bounds, *from, pen.width);
                extend_bounds(&mut bounds, *to, pen.width);
                elements.push((
                    2 * index + 1,
                    *turtle,
                    format!(
                        "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>",
                        number(from.x),
                        number(from.y),
                        number(to.x),
                        number(to.y),
                        pen.color.hex(),
                        number(pen.width)
                    ),
                ));
            }
            DrawEvent::Fill {
                turtle,
                polygon,
                color,
                begins_at,
                ..
            } => {
                let points: Vec<String> = polygon
                    .iter()
                    .map(|point| format!("{},{}", number(point.x), number(point.y)))
                    .collect();
                elements.push((
                    2 * begins_at,
                    *turtle,
                    format!(
                        "<polygon points=\"{}\" fill=\"{}\"/>",
                        points.join(" "),
                        color.hex()
                    ),
                ));
            }
            DrawEvent::Dot {
                turtle,
                at,
                diameter,
                color,
                ..
            } => {
                extend_bounds(&mut bounds, *at, diameter / 2.0);
                elements.push((
                    2 * index + 1,
                    *turtle,
                    format!(
                        "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>",
                        number(at.x),
                        number(at.y),
                        number(diameter / 2.0),
                        color.hex()
                    ),
                ));
            }
            DrawEvent::Stamp {
                turtle,
                at,
                heading,
                color,
                fill,
                ..
            } => {
                extend_bounds(&mut bounds, *at, 10.0);
                elements.push((2 * index + 1, *turtle, stamp(*at, *heading, *color, *fill)));
            }
            DrawEvent::Text {
                turtle,
                at,
                text,
                align,
                size,
                color,
                ..
            } => {
                extend_bounds(&mut bounds, *at, *size);
                let anchor = match align {
                    Align::Left => "start",
                    Align::Center => "middle",
                    Align::Right => "end",
                };
                texts.push((
                    *turtle,
                    format!(
                        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"{anchor}\" fill=\"{}\">{}</text>",
                        number(at.x),
                        number(-at.y),
                        number(*size),
                        color.hex(),
                        escape(text)
                    ),
                ));
            }
            DrawEvent::Clear { turtle } => {
                elements.retain(|(_, owner, _)| owner != turtle);
                texts.retain(|(owner, _)| owner != turtle);
            }
            DrawEvent::Background { color } => background = Some(*color),
            DrawEvent::Move { .. } | DrawEvent::Turn { .. } | DrawEvent::Visibility { .. } => {}
        }
    }
    elements.sort_by_key(|(key, _, _)| *key);
    let (x0, y0, x1, y1) = bounds.unwrap_or((-200.0, -150.0, 200.0, 150.0));
    let margin = 10.0;
    let (width, height) = (x1 - x0 + 2.0 * margin, y1 - y0 + 2.0 * margin);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{} {} {} {}\" width=\"{}\" height=\"{}\">\n",
        number(x0 - margin),
        number(-(y1 + margin)),
        number(width),
        number(height),
        number(width),
        number(height)
    );
    if let Some(color) = background {
        svg.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"/>\n",
            number(x0 - margin),
            number(-(y1 + margin)),
            number(width),
            number(height),
            color.hex()
        ));
    }
    svg.push_str(
        "<g transform=\"scale(1,-1)\" stroke-linecap=\"round\" stroke-linejoin=\"round\">\n",
    );
    for (_, _, element) in elements {
        svg.push_str(&element);
        svg.push('\n');
    }
    svg.push_str("</g>\n");
    for (_, text) in texts {
        svg.push_str(&text);
        svg.push('\n');
    }
    svg.push_str("</svg>\n");
    svg
}

/// A stamp of the classic shape at `at`, turned to `heading`.
fn stamp(at: Point, heading: f64, color: Color, fill: Color) -> String {
    let turn = (heading - 90.0) * std::f64::consts::PI / 180.0;
    let (c, s) = (cos(turn), sin(turn));
    let points: Vec<String> = CLASSIC_SHAPE
        .iter()
        .map(|(x, y)| {
            let (rx, ry) = (x * c - y * s, x * s + y * c);
            format!("{},{}", number(at.x + rx), number(at.y + ry))
        })
        .collect();
    format!(
        "<polygon points=\"{}\" fill=\"{}\" stroke=\"{}\"/>",
        points.join(" "),
        fill.hex(),
        color.hex()
    )
}

/// Text with `<`, `>` and `&` escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
