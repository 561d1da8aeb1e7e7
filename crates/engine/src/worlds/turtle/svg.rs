//! A turtle drawing as SVG, in turtle coordinates (y up, flipped by one
//! transform), segment for segment as the turtles drew it: what
//! `sandbox run --svg` writes, what teachers print and what tests compare.

use super::geometry::Point;
use super::picture::{picture_of, shape_at, Shape};
use super::world::{Align, TurtleWorld};

/// A number as the SVG writes it: two decimals, no `-0.00`.
fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    if text == "-0.00" {
        String::from("0.00")
    } else {
        text
    }
}

/// Grows the bounding box to hold `point` with `margin` around it.
fn extend_bounds(bounds: &mut Option<(f64, f64, f64, f64)>, point: Point, margin: f64) {
    let (x0, y0, x1, y1) = bounds.get_or_insert((point.x, point.y, point.x, point.y));
    *x0 = x0.min(point.x - margin);
    *y0 = y0.min(point.y - margin);
    *x1 = x1.max(point.x + margin);
    *y1 = y1.max(point.y + margin);
}

/// Points as SVG writes them: `x,y x,y ...`.
fn points_text(points: &[Point]) -> String {
    let pairs: Vec<String> = points
        .iter()
        .map(|point| format!("{},{}", number(point.x), number(point.y)))
        .collect();
    pairs.join(" ")
}

/// The drawing's SVG document.
pub fn to_svg(world: &TurtleWorld) -> String {
    let picture = picture_of(&world.events);
    let mut elements = Vec::new();
    let mut texts = Vec::new();
    let mut bounds = None;
    for shape in &picture.shapes {
        match shape {
            Shape::Line {
                from,
                to,
                color,
                width,
            } => {
                extend_bounds(&mut bounds, *from, *width);
                extend_bounds(&mut bounds, *to, *width);
                elements.push(format!(
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"{}\"/>",
                    number(from.x),
                    number(from.y),
                    number(to.x),
                    number(to.y),
                    color.hex(),
                    number(*width)
                ));
            }
            Shape::Polygon { points, color } => elements.push(format!(
                "<polygon points=\"{}\" fill=\"{}\" fill-rule=\"evenodd\"/>",
                points_text(points),
                color.hex()
            )),
            Shape::Dot {
                at,
                diameter,
                color,
            } => {
                extend_bounds(&mut bounds, *at, diameter / 2.0);
                elements.push(format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"/>",
                    number(at.x),
                    number(at.y),
                    number(diameter / 2.0),
                    color.hex()
                ));
            }
            Shape::Stamp {
                shape,
                at,
                heading,
                color,
                fill,
            } => {
                extend_bounds(&mut bounds, *at, 16.0);
                elements.push(format!(
                    "<polygon points=\"{}\" fill=\"{}\" stroke=\"{}\"/>",
                    points_text(&shape_at(shape, *at, *heading)),
                    fill.hex(),
                    color.hex()
                ));
            }
            Shape::Text {
                at,
                text,
                align,
                size,
                color,
            } => {
                extend_bounds(&mut bounds, *at, *size);
                let anchor = match align {
                    Align::Left => "start",
                    Align::Center => "middle",
                    Align::Right => "end",
                };
                texts.push(format!(
                    "<text x=\"{}\" y=\"{}\" font-size=\"{}\" text-anchor=\"{anchor}\" fill=\"{}\">{}</text>",
                    number(at.x),
                    number(-at.y),
                    number(*size),
                    color.hex(),
                    escape(text)
                ));
            }
        }
    }
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
    if let Some(color) = picture.background {
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
    for element in elements {
        svg.push_str(&element);
        svg.push('\n');
    }
    svg.push_str("</g>\n");
    for text in texts {
        svg.push_str(&text);
        svg.push('\n');
    }
    svg.push_str("</svg>\n");
    svg
}

/// Text with `<`, `>` and `&` escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
