//! Comparing two turtle pictures, for lesson checks: the drawn segments as a
//! set (order, direction and splitting a line into parts do not matter),
//! and the pictures as pixels (lines, fills, dots and stamps painted on a
//! coarse grid, as Blockly Games' turtle compares a drawing with its target).

use super::color::Color;
use super::geometry::Point;
use super::picture::{shape_at, Picture, Shape};
use crate::python::builtins::numbers::libm::{atan2, cos, sin};

/// A drawn segment, as the comparison sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// One end.
    pub from: Point,
    /// The other end.
    pub to: Point,
    /// Its colour.
    pub color: Color,
}

/// What differs between two sets of segments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SegmentDifference {
    /// Lines of the reference the pupil did not draw.
    pub missing: Vec<Segment>,
    /// Lines the pupil drew that the reference does not have.
    pub extra: Vec<Segment>,
}

impl SegmentDifference {
    /// Whether the two drawings have the same lines.
    pub fn is_empty(&self) -> bool {
        self.missing.is_empty() && self.extra.is_empty()
    }
}

/// Two lines within this angle (radians, about half a degree) are the same
/// direction when segments are joined.
const SAME_DIRECTION: f64 = 0.009;

/// The segments `picture` shows, joined: segments on one line that touch or
/// overlap become one, so a side drawn in two steps, or twice, counts once.
/// With `by_color`, only segments of one colour are joined.
fn joined_segments(picture: &Picture, tolerance: f64, by_color: bool) -> Vec<Segment> {
    // (direction angle in [-SAME_DIRECTION, PI - SAME_DIRECTION), segment)
    let mut lines: Vec<(f64, Segment)> = Vec::new();
    for shape in &picture.shapes {
        let Shape::Line {
            from, to, color, ..
        } = shape
        else {
            continue;
        };
        let (dx, dy) = (to.x - from.x, to.y - from.y);
        if dx.hypot(dy) < 1e-9 {
            continue;
        }
        let mut angle = atan2(dy, dx);
        if angle < 0.0 {
            angle += std::f64::consts::PI;
        }
        if angle >= std::f64::consts::PI - SAME_DIRECTION {
            angle -= std::f64::consts::PI;
        }
        let color = if by_color { *color } else { Color::BLACK };
        lines.push((
            angle,
            Segment {
                from: *from,
                to: *to,
                color,
            },
        ));
    }
    let order = order_of(&lines.iter().map(|(angle, _)| *angle).collect::<Vec<f64>>());
    let lines: Vec<(f64, Segment)> = order.into_iter().map(|index| lines[index]).collect();
    let mut joined = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let mut end = start + 1;
        while end < lines.len() && lines[end].0 - lines[end - 1].0 <= SAME_DIRECTION {
            end += 1;
        }
        join_one_direction(&lines[start..end], tolerance, &mut joined);
        start = end;
    }
    joined
}

/// Joins segments of (about) one direction: grouped by colour and by their
/// distance from the origin across the direction, then as intervals along it.
fn join_one_direction(lines: &[(f64, Segment)], tolerance: f64, joined: &mut Vec<Segment>) {
    let angle = lines[0].0;
    let direction = Point::new(cos(angle), sin(angle));
    let normal = Point::new(-direction.y, direction.x);
    let along = |point: Point| point.x * direction.x + point.y * direction.y;
    let across = |point: Point| point.x * normal.x + point.y * normal.y;
    // (colour, offset across, start along, end along)
    let placed: Vec<(Color, f64, f64, f64)> = lines
        .iter()
        .map(|(_, segment)| {
            let (a, b) = (along(segment.from), along(segment.to));
            let offset = (across(segment.from) + across(segment.to)) / 2.0;
            (segment.color, offset, a.min(b), a.max(b))
        })
        .collect();
    let mut colors: Vec<Color> = Vec::new();
    for item in &placed {
        if !colors.contains(&item.0) {
            colors.push(item.0);
        }
    }
    for color in colors {
        let of_color: Vec<(Color, f64, f64, f64)> = placed
            .iter()
            .filter(|item| item.0 == color)
            .copied()
            .collect();
        let by_offset: Vec<(Color, f64, f64, f64)> =
            order_of(&of_color.iter().map(|item| item.1).collect::<Vec<f64>>())
                .into_iter()
                .map(|index| of_color[index])
                .collect();
        let mut group_start = 0;
        while group_start < by_offset.len() {
            let mut group_end = group_start + 1;
            while group_end < by_offset.len()
                && by_offset[group_end].1 - by_offset[group_end - 1].1 <= tolerance
            {
                group_end += 1;
            }
            let group = &by_offset[group_start..group_end];
            let offset = group.iter().map(|item| item.1).sum::<f64>() / group.len() as f64;
            let at = |distance: f64| {
                Point::new(
                    direction.x * distance + normal.x * offset,
                    direction.y * distance + normal.y * offset,
                )
            };
            let mut emit = |(low, high): (f64, f64)| {
                joined.push(Segment {
                    from: at(low),
                    to: at(high),
                    color,
                });
            };
            let by_start = order_of(&group.iter().map(|item| item.2).collect::<Vec<f64>>());
            let mut current: Option<(f64, f64)> = None;
            for index in by_start {
                let (_, _, low, high) = group[index];
                current = match current {
                    Some((start, end)) if low <= end + tolerance => Some((start, end.max(high))),
                    Some(finished) => {
                        emit(finished);
                        Some((low, high))
                    }
                    None => Some((low, high)),
                };
            }
            if let Some(finished) = current {
                emit(finished);
            }
            group_start = group_end;
        }
    }
}

/// The indices of `numbers` from the smallest number to the largest. Every
/// sort of this module goes through here, so the wasm has one sort routine
/// for them (sorting pairs of whole numbers), not one per kind of item.
fn order_of(numbers: &[f64]) -> Vec<usize> {
    let mut keyed: Vec<(u64, usize)> = numbers
        .iter()
        .enumerate()
        .map(|(index, number)| {
            // The bits of an f64 ordered as the numbers are: negative
            // numbers' bits all flipped, the sign bit set on the others.
            let bits = number.to_bits();
            let key = if bits >> 63 == 1 {
                !bits
            } else {
                bits | (1 << 63)
            };
            (key, index)
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, index)| index).collect()
}

/// The lines of `reference` and `drawn` that the other lacks, each picture's
/// segments joined first; two segments are the same when their ends are
/// within `tolerance` of each other (either way round) and, with
/// `by_color`, their colours are the same.
pub fn compare_segments(
    reference: &Picture,
    drawn: &Picture,
    tolerance: f64,
    by_color: bool,
) -> SegmentDifference {
    let expected = joined_segments(reference, tolerance, by_color);
    let mut extra = joined_segments(drawn, tolerance, by_color);
    let close = |a: Point, b: Point| (a.x - b.x).hypot(a.y - b.y) <= tolerance;
    let mut missing = Vec::new();
    for wanted in expected {
        let found = extra.iter().position(|segment| {
            segment.color == wanted.color
                && ((close(segment.from, wanted.from) && close(segment.to, wanted.to))
                    || (close(segment.from, wanted.to) && close(segment.to, wanted.from)))
        });
        match found {
            Some(index) => {
                extra.swap_remove(index);
            }
            None => missing.push(wanted),
        }
    }
    SegmentDifference { missing, extra }
}

/// The grid the overlap comparison paints on: at most this many cells a side.
const GRID_CELLS: usize = 300;
/// The smallest cell, in turtle steps.
const SMALLEST_CELL: f64 = 2.0;
/// How far around the target (at least) the grid reaches, in turtle steps;
/// what is drawn farther out is not compared.
const NEAR_TARGET: f64 = 300.0;

/// How much of two pictures agree, from 0 to 1: both are painted on a grid
/// of cells over both drawings, up to [`NEAR_TARGET`] steps (or the
/// target's size) around the reference (a cell takes the colour of the last shape
/// covering its centre; lines are at least a cell wide), and the share is
/// the cells painted alike among the cells either picture painted. Without
/// `by_color` any two painted cells agree. Two empty pictures agree fully.
pub fn overlap(reference: &Picture, drawn: &Picture, by_color: bool) -> f64 {
    let target = bounds(reference);
    let Some((low, high)) =
        target
            .into_iter()
            .chain(bounds(drawn))
            .reduce(|(low_a, high_a), (low_b, high_b)| {
                (
                    Point::new(low_a.x.min(low_b.x), low_a.y.min(low_b.y)),
                    Point::new(high_a.x.max(high_b.x), high_a.y.max(high_b.y)),
                )
            })
    else {
        return 1.0;
    };
    // The grid stays near the target: a line to the far end of the plane
    // must not make the cells so big that the whole target fits in one.
    let (near_low, near_high) = match target {
        Some((target_low, target_high)) => {
            let grow = (target_high.x - target_low.x)
                .max(target_high.y - target_low.y)
                .max(NEAR_TARGET);
            (
                Point::new(target_low.x - grow, target_low.y - grow),
                Point::new(target_high.x + grow, target_high.y + grow),
            )
        }
        None => (
            Point::new(-2.0 * NEAR_TARGET, -2.0 * NEAR_TARGET),
            Point::new(2.0 * NEAR_TARGET, 2.0 * NEAR_TARGET),
        ),
    };
    let low = Point::new(low.x.max(near_low.x), low.y.max(near_low.y));
    let high = Point::new(high.x.min(near_high.x), high.y.min(near_high.y));
    let span = (high.x - low.x).max(high.y - low.y);
    let cell = (span / GRID_CELLS as f64).max(SMALLEST_CELL);
    let grid = Grid {
        origin: Point::new(low.x - 2.0 * cell, low.y - 2.0 * cell),
        cell,
        width: ((high.x - low.x) / cell) as usize + 5,
        height: ((high.y - low.y) / cell) as usize + 5,
    };
    let first = grid.paint(reference);
    let second = grid.paint(drawn);
    let mut painted = 0usize;
    let mut alike = 0usize;
    for (a, b) in first.iter().zip(&second) {
        match (a, b) {
            (None, None) => {}
            (Some(a), Some(b)) => {
                painted += 1;
                if !by_color || a == b {
                    alike += 1;
                }
            }
            _ => painted += 1,
        }
    }
    if painted == 0 {
        1.0
    } else {
        alike as f64 / painted as f64
    }
}

/// The smallest box holding a picture's lines, fills, dots and stamps.
fn bounds(picture: &Picture) -> Option<(Point, Point)> {
    let mut points: Vec<Point> = Vec::new();
    for shape in &picture.shapes {
        match shape {
            Shape::Line { from, to, .. } => points.extend([*from, *to]),
            Shape::Polygon {
                points: corners, ..
            } => points.extend(corners),
            Shape::Dot { at, diameter, .. } => {
                let radius = diameter / 2.0;
                points.push(Point::new(at.x - radius, at.y - radius));
                points.push(Point::new(at.x + radius, at.y + radius));
            }
            Shape::Stamp {
                shape, at, heading, ..
            } => points.extend(shape_at(shape, *at, *heading)),
            Shape::Text { .. } => {}
        }
    }
    let finite = points
        .iter()
        .all(|point| point.x.is_finite() && point.y.is_finite());
    let first = *points.first()?;
    if !finite {
        return None;
    }
    Some(points.iter().fold((first, first), |(low, high), point| {
        (
            Point::new(low.x.min(point.x), low.y.min(point.y)),
            Point::new(high.x.max(point.x), high.y.max(point.y)),
        )
    }))
}

/// A grid of cells over the turtle's plane.
struct Grid {
    /// The lower left corner of cell (0, 0).
    origin: Point,
    /// A cell's side, in turtle steps.
    cell: f64,
    width: usize,
    height: usize,
}

impl Grid {
    /// The centre of cell (`column`, `row`).
    fn centre(&self, column: usize, row: usize) -> Point {
        Point::new(
            self.origin.x + (column as f64 + 0.5) * self.cell,
            self.origin.y + (row as f64 + 0.5) * self.cell,
        )
    }

    /// The cells from `low` to `high` (clamped to the grid), as column and row ranges.
    fn cells_over(
        &self,
        low: Point,
        high: Point,
    ) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
        let index = |value: f64, origin: f64, count: usize| {
            (((value - origin) / self.cell).floor().max(0.0) as usize).min(count)
        };
        (
            index(low.x, self.origin.x, self.width)..index(high.x, self.origin.x, self.width) + 1,
            index(low.y, self.origin.y, self.height)..index(high.y, self.origin.y, self.height) + 1,
        )
    }

    /// Each cell's colour after painting `picture` (`None`: nothing there).
    fn paint(&self, picture: &Picture) -> Vec<Option<Color>> {
        let mut cells = vec![None; self.width * self.height];
        for shape in &picture.shapes {
            match shape {
                Shape::Line {
                    from,
                    to,
                    color,
                    width,
                } => self.paint_line(*from, *to, *width, *color, &mut cells),
                Shape::Polygon { points, color } => {
                    self.fill(points, *color, &mut cells);
                }
                Shape::Stamp {
                    shape,
                    at,
                    heading,
                    fill,
                    ..
                } => {
                    self.fill(&shape_at(shape, *at, *heading), *fill, &mut cells);
                }
                Shape::Dot {
                    at,
                    diameter,
                    color,
                } => {
                    // A dot is a segment of no length, as wide as the dot.
                    let radius = (diameter / 2.0).max(self.cell / 2.0);
                    self.paint_near(*at, radius, (*at, *at), *color, &mut cells);
                }
                Shape::Text { .. } => {}
            }
        }
        cells
    }

    /// Paints a line: the cells within its reach (half its width, at least
    /// a cell, at most ten) of points taken every half cell along the part
    /// of it over the grid, so the work follows the line's length.
    fn paint_line(
        &self,
        from: Point,
        to: Point,
        width: f64,
        color: Color,
        cells: &mut [Option<Color>],
    ) {
        let reach = (width / 2.0).clamp(self.cell, 10.0 * self.cell);
        let Some((start, end)) = self.clip(from, to, reach) else {
            return;
        };
        let length = (end.x - start.x).hypot(end.y - start.y);
        if !length.is_finite() {
            return;
        }
        let samples = (length / (self.cell / 2.0)).ceil() as usize + 1;
        for sample in 0..=samples {
            let t = sample as f64 / samples as f64;
            let at = Point::new(
                start.x + (end.x - start.x) * t,
                start.y + (end.y - start.y) * t,
            );
            self.paint_near(at, reach, (from, to), color, cells);
        }
    }

    /// Paints the cells around `at` (at most `reach` away each way) whose
    /// centres are within `reach` of the segment `from`-`to`.
    fn paint_near(
        &self,
        at: Point,
        reach: f64,
        (from, to): (Point, Point),
        color: Color,
        cells: &mut [Option<Color>],
    ) {
        let (columns, rows) = self.cells_over(
            Point::new(at.x - reach, at.y - reach),
            Point::new(at.x + reach, at.y + reach),
        );
        for row in rows.filter(|row| *row < self.height) {
            for column in columns.clone().filter(|column| *column < self.width) {
                if distance_to_segment(self.centre(column, row), from, to) <= reach {
                    cells[row * self.width + column] = Some(color);
                }
            }
        }
    }

    /// The part of the segment inside the grid grown by `margin`
    /// (Liang and Barsky's clipping), if any.
    fn clip(&self, from: Point, to: Point, margin: f64) -> Option<(Point, Point)> {
        let low = Point::new(self.origin.x - margin, self.origin.y - margin);
        let high = Point::new(
            self.origin.x + self.width as f64 * self.cell + margin,
            self.origin.y + self.height as f64 * self.cell + margin,
        );
        let (dx, dy) = (to.x - from.x, to.y - from.y);
        let (mut enter, mut leave) = (0.0f64, 1.0f64);
        for (direction, distance) in [
            (-dx, from.x - low.x),
            (dx, high.x - from.x),
            (-dy, from.y - low.y),
            (dy, high.y - from.y),
        ] {
            if direction == 0.0 {
                if distance < 0.0 {
                    return None;
                }
            } else {
                let t = distance / direction;
                if direction < 0.0 {
                    enter = enter.max(t);
                } else {
                    leave = leave.min(t);
                }
            }
        }
        // Also for NaN: a segment with no finite part paints nothing.
        if !matches!(
            enter.partial_cmp(&leave),
            Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
        ) {
            return None;
        }
        Some((
            Point::new(from.x + dx * enter, from.y + dy * enter),
            Point::new(from.x + dx * leave, from.y + dy * leave),
        ))
    }

    /// Paints the cells whose centres are inside `points` (even-odd, as Tk fills).
    fn fill(&self, points: &[Point], color: Color, cells: &mut [Option<Color>]) {
        if points.len() < 3 {
            return;
        }
        let mut crossings: Vec<f64> = Vec::new();
        for row in 0..self.height {
            let y = self.centre(0, row).y;
            crossings.clear();
            for (index, a) in points.iter().enumerate() {
                let b = points[(index + 1) % points.len()];
                if (a.y <= y) != (b.y <= y) {
                    crossings.push(a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x));
                }
            }
            let sorted: Vec<f64> = order_of(&crossings)
                .into_iter()
                .map(|index| crossings[index])
                .collect();
            for pair in sorted.chunks_exact(2) {
                let (columns, _) = self.cells_over(Point::new(pair[0], y), Point::new(pair[1], y));
                for column in columns {
                    let x = self.centre(column, row).x;
                    if column < self.width && x >= pair[0] && x <= pair[1] {
                        cells[row * self.width + column] = Some(color);
                    }
                }
            }
        }
    }
}

/// The distance from `point` to the segment from `a` to `b`.
fn distance_to_segment(point: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length_squared = dx * dx + dy * dy;
    let t = if length_squared == 0.0 {
        0.0
    } else {
        (((point.x - a.x) * dx + (point.y - a.y) * dy) / length_squared).clamp(0.0, 1.0)
    };
    (point.x - a.x - t * dx).hypot(point.y - a.y - t * dy)
}
