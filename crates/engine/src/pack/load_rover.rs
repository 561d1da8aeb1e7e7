//! Reading a wheeled-robot lesson's `[field]`: its size in centimetres,
//! walls and obstacles (rectangles `{ x, y, width, height }` or polygons
//! `{ points = [[x, y], ...] }`), coloured zones, lines to follow, the
//! robot's start and the goal. Every mistake is reported at its place: a
//! size out of range, a shape with too few points, an unknown colour, a
//! start inside a wall, a goal naming a zone the field lacks.

use super::read::{Reader, SourceFile, Table, Value};
use crate::worlds::rover::{
    Field, FieldLine, FieldShape, Pose, RoverGoal, RoverTask, Zone, BODY_RADIUS, LARGEST_FIELD_SIDE,
};
use crate::worlds::turtle::{color_from_text, Color};

/// The fields of `[field]`.
const FIELD_FIELDS: [&str; 9] = [
    "width", "height", "floor", "noise", "start", "walls", "zones", "lines", "goal",
];
/// The fields of `[field.goal]`.
const GOAL_FIELDS: [&str; 6] = [
    "reach_zone",
    "follow_line",
    "stop_near_wall",
    "touch_nothing",
    "end_at",
    "time_limit",
];
/// The longest time limit a task may give, in simulated seconds.
pub const LARGEST_TIME_LIMIT: f64 = 600.0;
/// The most shapes, zones or lines a field may have, and points a shape or line.
const LARGEST_COUNT: usize = 500;

/// A lesson's `[field]` as a task (`None` after reporting its mistakes).
pub(crate) fn read_rover_task(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
) -> Option<RoverTask> {
    let errors_before = reader.errors.len();
    let table = reader.table(file, value, &FIELD_FIELDS)?;
    let width = required_decimal(reader, file, table, "width", 10.0, LARGEST_FIELD_SIDE);
    let height = required_decimal(reader, file, table, "height", 10.0, LARGEST_FIELD_SIDE);
    let mut field = Field::new(
        width.unwrap_or(LARGEST_FIELD_SIDE),
        height.unwrap_or(LARGEST_FIELD_SIDE),
    );
    if let Some(floor) = table.get("floor") {
        field.floor = read_color(reader, file, floor).unwrap_or(Color::WHITE);
    }
    if let Some(noise) = table.get("noise") {
        field.noise = reader.boolean(file, noise).unwrap_or(false);
    }
    for entry in entries(reader, file, table.get("walls")) {
        if let Some(shape) = read_shape(
            reader,
            file,
            &entry,
            &["x", "y", "width", "height", "points"],
        ) {
            field.walls.push(shape.0);
        }
    }
    for entry in entries(reader, file, table.get("zones")) {
        let allowed = ["x", "y", "width", "height", "points", "color"];
        if let Some((shape, zone_table)) = read_shape(reader, file, &entry, &allowed) {
            let Some(color_value) = zone_table.get("color") else {
                reader.missing(file, zone_table.start, "color");
                continue;
            };
            let Some(color) = read_color(reader, file, color_value) else {
                continue;
            };
            // The zone's name is what the colour sensor reads on it.
            field.zones.push(Zone {
                shape,
                color,
                name: crate::worlds::rover::color_name(color).to_owned(),
            });
        }
    }
    for entry in entries(reader, file, table.get("lines")) {
        if let Some(line) = read_line(reader, file, &entry) {
            field.lines.push(line);
        }
    }
    if let Some(start) = table.get("start") {
        if let Some(pose) = read_start(reader, file, start) {
            field.start = pose;
        }
    }
    if field.touches_wall(field.start.x, field.start.y, BODY_RADIUS) {
        let span = table.get("start").map(|start| start.span());
        reader.report(
            file,
            span,
            "pack-error-rover-start-blocked",
            &[("radius", &BODY_RADIUS.to_string())],
        );
    }
    let goal = match table.get("goal") {
        Some(goal) => read_goal(reader, file, goal, &field)?,
        None => RoverGoal::default(),
    };
    (reader.errors.len() == errors_before).then_some(RoverTask { field, goal })
}

/// The entries of a list field (none when it is missing).
fn entries<'i>(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: Option<&Value<'i>>,
) -> Vec<Value<'i>> {
    let Some(value) = value else {
        return Vec::new();
    };
    let list = reader
        .list(file, value)
        .map(|list| list.to_vec())
        .unwrap_or_default();
    if list.len() > LARGEST_COUNT {
        reader.report(
            file,
            Some(value.span()),
            "pack-error-rover-too-many",
            &[("limit", &LARGEST_COUNT.to_string())],
        );
        return Vec::new();
    }
    list
}

/// A decimal field that must be given, from `least` to `most`.
fn required_decimal(
    reader: &mut Reader,
    file: SourceFile<'_>,
    table: Table<'_, '_>,
    field: &str,
    least: f64,
    most: f64,
) -> Option<f64> {
    let Some(value) = table.get(field) else {
        reader.missing(file, table.start, field);
        return None;
    };
    decimal_in(reader, file, value, least, most)
}

/// A decimal from `least` to `most` (reported otherwise).
fn decimal_in(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
    least: f64,
    most: f64,
) -> Option<f64> {
    let number = reader.decimal(file, value)?;
    if !(least..=most).contains(&number) {
        reader.report(
            file,
            Some(value.span()),
            "pack-error-rover-number-range",
            &[("least", &least.to_string()), ("most", &most.to_string())],
        );
        return None;
    }
    Some(number)
}

/// A colour by name or `#rrggbb`.
fn read_color(reader: &mut Reader, file: SourceFile<'_>, value: &Value<'_>) -> Option<Color> {
    let text = reader.text(file, value)?;
    let color = color_from_text(&text);
    if color.is_none() {
        reader.report(
            file,
            Some(value.span()),
            "pack-error-rover-unknown-color",
            &[("color", &text)],
        );
    }
    color
}

/// `[[x, y], ...]` with at least `least` points.
fn read_points(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
    least: usize,
) -> Option<Vec<(f64, f64)>> {
    let list = reader.list(file, value)?.to_vec();
    if list.len() < least || list.len() > LARGEST_COUNT {
        reader.report(
            file,
            Some(value.span()),
            "pack-error-rover-points",
            &[
                ("least", &least.to_string()),
                ("most", &LARGEST_COUNT.to_string()),
            ],
        );
        return None;
    }
    let mut points = Vec::with_capacity(list.len());
    for entry in &list {
        let pair = reader.list(file, entry)?.to_vec();
        if pair.len() != 2 {
            reader.report(file, Some(entry.span()), "pack-error-rover-point", &[]);
            return None;
        }
        let x = decimal_in(
            reader,
            file,
            &pair[0],
            -LARGEST_FIELD_SIDE,
            2.0 * LARGEST_FIELD_SIDE,
        )?;
        let y = decimal_in(
            reader,
            file,
            &pair[1],
            -LARGEST_FIELD_SIDE,
            2.0 * LARGEST_FIELD_SIDE,
        )?;
        points.push((x, y));
    }
    Some(points)
}

/// A rectangle `{ x, y, width, height }` or a polygon `{ points = ... }`,
/// and its table (for a zone's colour).
fn read_shape<'t, 'i>(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &'t Value<'i>,
    allowed: &[&str],
) -> Option<(FieldShape, Table<'t, 'i>)> {
    let table = reader.table(file, value, allowed)?;
    if let Some(points) = table.get("points") {
        let points = read_points(reader, file, points, 3)?;
        return Some((FieldShape::Polygon(points), table));
    }
    let mut number = |field: &str, least: f64| {
        required_decimal(reader, file, table, field, least, LARGEST_FIELD_SIDE)
    };
    let x = number("x", -LARGEST_FIELD_SIDE);
    let y = number("y", -LARGEST_FIELD_SIDE);
    let width = number("width", 0.1);
    let height = number("height", 0.1);
    Some((
        FieldShape::Rectangle {
            x: x?,
            y: y?,
            width: width?,
            height: height?,
        },
        table,
    ))
}

/// A line `{ points = [[x, y], ...], width = 2, color = "black" }`.
fn read_line(reader: &mut Reader, file: SourceFile<'_>, value: &Value<'_>) -> Option<FieldLine> {
    let table = reader.table(file, value, &["points", "width", "color"])?;
    let Some(points) = table.get("points") else {
        reader.missing(file, table.start, "points");
        return None;
    };
    let points = read_points(reader, file, points, 2)?;
    let width = match table.get("width") {
        Some(width) => decimal_in(reader, file, width, 0.5, 20.0)?,
        None => 2.0,
    };
    let color = match table.get("color") {
        Some(color) => read_color(reader, file, color)?,
        None => Color::BLACK,
    };
    Some(FieldLine {
        points,
        width,
        color,
    })
}

/// `{ x, y, heading }` (heading in degrees, 0 east, 90 north; default 0).
fn read_start(reader: &mut Reader, file: SourceFile<'_>, value: &Value<'_>) -> Option<Pose> {
    let table = reader.table(file, value, &["x", "y", "heading"])?;
    let x = required_decimal(reader, file, table, "x", 0.0, LARGEST_FIELD_SIDE);
    let y = required_decimal(reader, file, table, "y", 0.0, LARGEST_FIELD_SIDE);
    let heading = match table.get("heading") {
        Some(heading) => decimal_in(reader, file, heading, -360.0, 360.0)?,
        None => 0.0,
    };
    Some(Pose {
        x: x?,
        y: y?,
        heading,
    })
}

/// `[field.goal]`.
fn read_goal(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
    field: &Field,
) -> Option<RoverGoal> {
    let table = reader.table(file, value, &GOAL_FIELDS)?;
    let mut goal = RoverGoal::default();
    if let Some(zone) = table.get("reach_zone") {
        let name = reader.text(file, zone)?;
        let name = color_from_text(&name).map_or(name, |color| {
            crate::worlds::rover::color_name(color).to_owned()
        });
        if !field.zones.iter().any(|known| known.name == name) {
            reader.report(
                file,
                Some(zone.span()),
                "pack-error-rover-unknown-zone",
                &[("zone", &name)],
            );
            return None;
        }
        goal.reach_zone = Some(name);
    }
    if let Some(follow) = table.get("follow_line") {
        goal.follow_line = reader.boolean(file, follow)?;
        if goal.follow_line && field.lines.is_empty() {
            reader.report(file, Some(follow.span()), "pack-error-rover-no-line", &[]);
            return None;
        }
    }
    if let Some(near) = table.get("stop_near_wall") {
        goal.stop_near_wall = Some(decimal_in(reader, file, near, 0.0, LARGEST_FIELD_SIDE)?);
    }
    if let Some(touch) = table.get("touch_nothing") {
        goal.touch_nothing = reader.boolean(file, touch)?;
    }
    if let Some(end) = table.get("end_at") {
        let end_table = reader.table(file, end, &["x", "y", "tolerance"])?;
        let x = required_decimal(reader, file, end_table, "x", 0.0, LARGEST_FIELD_SIDE)?;
        let y = required_decimal(reader, file, end_table, "y", 0.0, LARGEST_FIELD_SIDE)?;
        let tolerance = match end_table.get("tolerance") {
            Some(tolerance) => decimal_in(reader, file, tolerance, 0.1, LARGEST_FIELD_SIDE)?,
            None => 5.0,
        };
        goal.end_at = Some((x, y, tolerance));
    }
    if let Some(limit) = table.get("time_limit") {
        goal.time_limit = decimal_in(reader, file, limit, 1.0, LARGEST_TIME_LIMIT)?;
    }
    Some(goal)
}
