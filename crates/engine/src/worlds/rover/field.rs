//! The field: its size in centimetres, walls and obstacles (rectangles and
//! polygons the robot cannot enter), coloured zones, lines to follow
//! (polylines with a width), and the robot's start. What the sensors ask of
//! it is answered here: the colour under a point (lines over zones over
//! the floor), the distance along a ray to the first wall or edge, and
//! whether a circle (the robot's body) touches a wall or leaves the field.

use super::super::turtle::Color;
use super::Pose;

/// What a point of the field shows.
enum Surface<'f> {
    /// A line of this colour.
    Line(Color),
    /// A zone.
    Zone(&'f Zone),
    /// The floor (or a wall) of this colour.
    Floor(Color),
}

/// The colour of walls, as the stage paints them and a sensor reads them.
pub const WALL_COLOR: Color = Color::new(107, 111, 115);

/// The largest width or height of a field, in centimetres.
pub const LARGEST_FIELD_SIDE: f64 = 2000.0;

/// A region of the field.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldShape {
    /// A rectangle from its bottom-left corner.
    Rectangle {
        /// Its left edge.
        x: f64,
        /// Its bottom edge.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
    },
    /// A polygon through its corners.
    Polygon(Vec<(f64, f64)>),
}

impl FieldShape {
    /// The corners, in order.
    pub fn corners(&self) -> Vec<(f64, f64)> {
        match self {
            FieldShape::Rectangle {
                x,
                y,
                width,
                height,
            } => vec![
                (*x, *y),
                (x + width, *y),
                (x + width, y + height),
                (*x, y + height),
            ],
            FieldShape::Polygon(points) => points.clone(),
        }
    }

    /// Whether (x, y) is inside (even-odd rule).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        if let FieldShape::Rectangle {
            x: left,
            y: bottom,
            width,
            height,
        } = self
        {
            return x >= *left && x <= left + width && y >= *bottom && y <= bottom + height;
        }
        let corners = self.corners();
        let mut inside = false;
        for index in 0..corners.len() {
            let (x1, y1) = corners[index];
            let (x2, y2) = corners[(index + 1) % corners.len()];
            if (y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1) {
                inside = !inside;
            }
        }
        inside
    }

    /// The edges, as pairs of points.
    fn edges(&self) -> Vec<((f64, f64), (f64, f64))> {
        let corners = self.corners();
        (0..corners.len())
            .map(|index| (corners[index], corners[(index + 1) % corners.len()]))
            .collect()
    }
}

/// A coloured zone on the floor.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    /// Where it is.
    pub shape: FieldShape,
    /// Its colour.
    pub color: Color,
    /// The name a program reads from the colour sensor (`"red"`).
    pub name: String,
}

/// A line to follow: a polyline painted on the floor.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldLine {
    /// The points it passes through, in order.
    pub points: Vec<(f64, f64)>,
    /// Its width, in centimetres.
    pub width: f64,
    /// Its colour.
    pub color: Color,
}

/// The field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Width, in centimetres.
    pub width: f64,
    /// Height, in centimetres.
    pub height: f64,
    /// The floor's colour.
    pub floor: Color,
    /// Walls and obstacles.
    pub walls: Vec<FieldShape>,
    /// Coloured zones, later ones over earlier ones.
    pub zones: Vec<Zone>,
    /// Lines, over the zones.
    pub lines: Vec<FieldLine>,
    /// Where the robot starts.
    pub start: Pose,
    /// Whether the sensors read with a little noise (seeded).
    pub noise: bool,
}

/// The distance from (x, y) to the segment from `a` to `b`.
pub(super) fn distance_to_segment(x: f64, y: f64, a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length_squared = dx * dx + dy * dy;
    let t = if length_squared == 0.0 {
        0.0
    } else {
        (((x - a.0) * dx + (y - a.1) * dy) / length_squared).clamp(0.0, 1.0)
    };
    let (px, py) = (a.0 + t * dx, a.1 + t * dy);
    ((x - px) * (x - px) + (y - py) * (y - py)).sqrt()
}

/// Where the ray from `origin` along unit `direction` meets the segment
/// from `a` to `b`: its distance along the ray.
fn ray_hits_segment(
    origin: (f64, f64),
    direction: (f64, f64),
    a: (f64, f64),
    b: (f64, f64),
) -> Option<f64> {
    let (ex, ey) = (b.0 - a.0, b.1 - a.1);
    let denominator = direction.0 * ey - direction.1 * ex;
    if denominator.abs() < 1e-12 {
        return None;
    }
    let (wx, wy) = (a.0 - origin.0, a.1 - origin.1);
    let along_ray = (wx * ey - wy * ex) / denominator;
    let along_segment = (wx * direction.1 - wy * direction.0) / denominator;
    (along_ray >= 0.0 && (0.0..=1.0).contains(&along_segment)).then_some(along_ray)
}

impl Field {
    /// An empty field of `width` by `height` cm, a white floor, the robot
    /// in the middle facing east.
    pub fn new(width: f64, height: f64) -> Field {
        Field {
            width,
            height,
            floor: Color::WHITE,
            walls: Vec::new(),
            zones: Vec::new(),
            lines: Vec::new(),
            start: Pose {
                x: width / 2.0,
                y: height / 2.0,
                heading: 0.0,
            },
            noise: false,
        }
    }

    /// The edges of every wall and of the field itself.
    fn wall_edges(&self) -> impl Iterator<Item = ((f64, f64), (f64, f64))> + '_ {
        let border = FieldShape::Rectangle {
            x: 0.0,
            y: 0.0,
            width: self.width,
            height: self.height,
        };
        border
            .edges()
            .into_iter()
            .chain(self.walls.iter().flat_map(FieldShape::edges))
    }

    /// The colour of the floor at (x, y) and its name (a line's colour on
    /// a line, a zone's inside a zone, else the floor's): what a colour
    /// sensor there reads.
    pub fn color_at(&self, x: f64, y: f64) -> (Color, &str) {
        match self.surface_at(x, y) {
            Surface::Line(color) | Surface::Floor(color) => (color, color_name(color)),
            Surface::Zone(zone) => (zone.color, zone.name.as_str()),
        }
    }

    /// The colour at (x, y) without its name (what a light sensor reads).
    pub fn plain_color_at(&self, x: f64, y: f64) -> Color {
        match self.surface_at(x, y) {
            Surface::Line(color) | Surface::Floor(color) => color,
            Surface::Zone(zone) => zone.color,
        }
    }

    /// What is at (x, y): a line, a zone, a wall or the floor.
    fn surface_at(&self, x: f64, y: f64) -> Surface<'_> {
        for line in self.lines.iter().rev() {
            let half_width = line.width / 2.0;
            // A segment's box, widened by half the line, is tested first:
            // most segments are far away, and the box needs no square root.
            let on_line = line.points.windows(2).any(|pair| {
                let (a, b) = (pair[0], pair[1]);
                x >= a.0.min(b.0) - half_width
                    && x <= a.0.max(b.0) + half_width
                    && y >= a.1.min(b.1) - half_width
                    && y <= a.1.max(b.1) + half_width
                    && distance_to_segment(x, y, a, b) <= half_width
            });
            if on_line {
                return Surface::Line(line.color);
            }
        }
        for zone in self.zones.iter().rev() {
            if zone.shape.contains(x, y) {
                return Surface::Zone(zone);
            }
        }
        if self.walls.iter().any(|wall| wall.contains(x, y)) {
            return Surface::Floor(WALL_COLOR);
        }
        Surface::Floor(self.floor)
    }

    /// How far along the ray from `origin` at `heading` degrees the first
    /// wall or edge of the field is (`None`: nothing within `range`).
    pub fn ray_distance(&self, origin: (f64, f64), heading: f64, range: f64) -> Option<f64> {
        let radians = heading.to_radians();
        let direction = (
            crate::python::builtins::numbers::libm::cos(radians),
            crate::python::builtins::numbers::libm::sin(radians),
        );
        self.ray_distance_along(origin, direction, range)
    }

    /// [`Field::ray_distance`] along a unit `direction` (its cosine and sine).
    pub fn ray_distance_along(
        &self,
        origin: (f64, f64),
        direction: (f64, f64),
        range: f64,
    ) -> Option<f64> {
        self.wall_edges()
            .filter_map(|(a, b)| ray_hits_segment(origin, direction, a, b))
            .filter(|distance| *distance <= range)
            .min_by(f64::total_cmp)
    }

    /// Whether a circle of `radius` at (x, y) touches a wall or leaves the field.
    pub fn touches_wall(&self, x: f64, y: f64, radius: f64) -> bool {
        if x - radius < 0.0
            || y - radius < 0.0
            || x + radius > self.width
            || y + radius > self.height
        {
            return true;
        }
        self.walls.iter().any(|wall| {
            wall.contains(x, y)
                || wall
                    .edges()
                    .iter()
                    .any(|(a, b)| distance_to_segment(x, y, *a, *b) < radius)
        })
    }

    /// The distance from (x, y) to the nearest wall or edge of the field.
    pub fn distance_to_wall(&self, x: f64, y: f64) -> f64 {
        self.wall_edges()
            .map(|(a, b)| distance_to_segment(x, y, a, b))
            .fold(f64::INFINITY, f64::min)
    }
}

/// The name a colour sensor reads for a colour: the nearest of the basic
/// colours LEGO's sensor knows.
pub fn color_name(color: Color) -> &'static str {
    const NAMES: [(&str, (i32, i32, i32)); 8] = [
        ("black", (0, 0, 0)),
        ("white", (255, 255, 255)),
        ("red", (255, 0, 0)),
        ("green", (0, 160, 0)),
        ("blue", (0, 0, 255)),
        ("yellow", (255, 255, 0)),
        ("brown", (140, 80, 20)),
        ("gray", (128, 128, 128)),
    ];
    let (r, g, b) = (
        i32::from(color.red),
        i32::from(color.green),
        i32::from(color.blue),
    );
    NAMES
        .iter()
        .min_by_key(|(_, (nr, ng, nb))| (r - nr).pow(2) + (g - ng).pow(2) + (b - nb).pow(2))
        .map_or("white", |(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn boxed_field() -> Field {
        let mut field = Field::new(100.0, 50.0);
        field.walls.push(FieldShape::Rectangle {
            x: 60.0,
            y: 0.0,
            width: 10.0,
            height: 20.0,
        });
        field.lines.push(FieldLine {
            points: vec![(0.0, 40.0), (100.0, 40.0)],
            width: 2.0,
            color: Color::BLACK,
        });
        field
    }

    #[test]
    fn colours_under_points() {
        let field = boxed_field();
        assert_eq!(field.color_at(10.0, 40.5).1, "black");
        assert_eq!(field.color_at(10.0, 30.0).1, "white");
        assert_eq!(field.color_at(65.0, 10.0).1, "gray");
    }

    #[test]
    fn rays_stop_at_walls_and_edges() {
        let field = boxed_field();
        let to_wall = field.ray_distance((10.0, 10.0), 0.0, 500.0).unwrap();
        assert!((to_wall - 50.0).abs() < 1e-9);
        let to_edge = field.ray_distance((10.0, 30.0), 0.0, 500.0).unwrap();
        assert!((to_edge - 90.0).abs() < 1e-9);
        assert_eq!(field.ray_distance((10.0, 30.0), 0.0, 50.0), None);
        let up = field.ray_distance((10.0, 10.0), 90.0, 500.0).unwrap();
        assert!((up - 40.0).abs() < 1e-9);
    }

    #[test]
    fn the_body_touches_walls_and_edges() {
        let field = boxed_field();
        assert!(field.touches_wall(55.0, 10.0, 6.0));
        assert!(!field.touches_wall(50.0, 10.0, 6.0));
        assert!(field.touches_wall(3.0, 25.0, 5.0));
        assert!((field.distance_to_wall(50.0, 10.0) - 10.0).abs() < 1e-9);
    }
}
