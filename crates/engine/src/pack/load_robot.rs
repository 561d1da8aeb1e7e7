//! Reading a grid-robot task: the `world` table of a robot lesson or of a
//! world file, and its variants. Each variant is the base world with the
//! fields it gives replaced; a count may be a range `[least, most]`, drawn
//! with the variant's seed (its `seed`, else its number), so every run of a
//! variant sees the same world. Every mistake is reported at its place.

use super::read::{Reader, SourceFile, Table, Value};
use super::PackError;
use crate::worlds::robot::{
    Bag, Direction, Goal, RobotTask, RobotWorld, WorldVariant, LARGEST_COUNT, LARGEST_SIDE,
};

/// The most variants a task may have.
pub const LARGEST_VARIANT_COUNT: usize = 12;

/// The fields of a world (and of a variant, but for `variants` and `turn_right`).
const WORLD_FIELDS: [&str; 9] = [
    "width",
    "height",
    "robot",
    "walls",
    "items",
    "goal",
    "seed",
    "variants",
    "turn_right",
];
/// The fields a variant may not have.
const BASE_ONLY_FIELDS: [&str; 2] = ["variants", "turn_right"];

/// Reads a world file (a `[world]` table, as in a robot lesson; other
/// top-level fields, such as a lesson's, are left alone).
pub fn load_robot_task(name: &str, source: &str) -> Result<RobotTask, Vec<PackError>> {
    let mut reader = Reader { errors: Vec::new() };
    let file = SourceFile { name, text: source };
    let task = reader
        .parse(file)
        .and_then(|document| match Table::whole(&document).get("world") {
            Some(world) => read_robot_task(&mut reader, file, world),
            None => {
                reader.missing(file, 0, "world");
                None
            }
        });
    match task {
        Some(task) if reader.errors.is_empty() => Ok(task),
        _ => Err(reader.errors),
    }
}

/// Reads the `world` table `value` and its variants.
pub(crate) fn read_robot_task(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
) -> Option<RobotTask> {
    let errors_before = reader.errors.len();
    let base = reader.table(file, value, &WORLD_FIELDS)?;
    let offers_turn_right = match base.get("turn_right") {
        Some(value) => reader.boolean(file, value)?,
        None => true,
    };
    let mut variants = Vec::new();
    match base.get("variants") {
        None => variants.extend(read_variant(reader, file, base, None, 1)),
        Some(list) => {
            let entries = reader.list(file, list)?.to_vec();
            if entries.is_empty() || entries.len() > LARGEST_VARIANT_COUNT {
                let limit = LARGEST_VARIANT_COUNT.to_string();
                reader.report(
                    file,
                    Some(list.span()),
                    "pack-error-robot-variant-count",
                    &[("limit", &limit)],
                );
            }
            let mut allowed: Vec<&str> = WORLD_FIELDS.to_vec();
            allowed.retain(|field| !BASE_ONLY_FIELDS.contains(field));
            for (index, entry) in entries.iter().enumerate() {
                let Some(variant) = reader.table(file, entry, &allowed) else {
                    continue;
                };
                variants.extend(read_variant(reader, file, base, Some(variant), index + 1));
            }
        }
    }
    // A mistake in the base world is met once per variant: report it once.
    let mut reported = reader.errors.split_off(errors_before);
    let mut index = 0;
    while index < reported.len() {
        if reported[..index].contains(&reported[index]) {
            reported.remove(index);
        } else {
            index += 1;
        }
    }
    reader.errors.extend(reported);
    (!variants.is_empty()).then_some(RobotTask {
        variants,
        offers_turn_right,
    })
}

/// A variant: the base's fields with the variant's own put first.
struct Fields<'t, 'i> {
    base: Table<'t, 'i>,
    variant: Option<Table<'t, 'i>>,
    /// Where the fields start, for a missing one.
    start: usize,
}

impl<'t, 'i> Fields<'t, 'i> {
    fn get(&self, field: &str) -> Option<&'t Value<'i>> {
        self.variant
            .and_then(|variant| variant.get(field))
            .or_else(|| self.base.get(field))
    }
}

/// The numbers a variant's ranges are drawn from (splitmix64: small, and
/// the same on every machine).
struct Draws(u64);

impl Draws {
    fn between(&mut self, least: u32, most: u32) -> u32 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut mixed = self.0;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        mixed ^= mixed >> 31;
        least + (mixed % (u64::from(most - least) + 1)) as u32
    }
}

fn read_variant(
    reader: &mut Reader,
    file: SourceFile<'_>,
    base: Table<'_, '_>,
    variant: Option<Table<'_, '_>>,
    number: usize,
) -> Option<WorldVariant> {
    let fields = Fields {
        base,
        variant,
        start: variant.map_or(base.start, |variant| variant.start),
    };
    let errors_before = reader.errors.len();
    let side = |reader: &mut Reader, field: &str| -> Option<u32> {
        let Some(value) = fields.get(field) else {
            reader.missing(file, fields.start, field);
            return None;
        };
        let side = reader.number(file, value)?;
        if side == 0 || side > u64::from(LARGEST_SIDE) {
            let limit = LARGEST_SIDE.to_string();
            reader.report(
                file,
                Some(value.span()),
                "pack-error-robot-bad-size",
                &[("limit", &limit)],
            );
            return None;
        }
        Some(side as u32)
    };
    let width = side(reader, "width");
    let height = side(reader, "height");
    let seed = match fields.get("seed") {
        Some(value) => reader.number(file, value)?,
        None => number as u64,
    };
    let mut draws = Draws(seed);
    // With a wrong size, the rest is still read (in the largest grid), so
    // every mistake is reported at once.
    let mut world = RobotWorld::new(
        width.unwrap_or(LARGEST_SIDE),
        height.unwrap_or(LARGEST_SIDE),
    );
    if let Some(value) = fields.get("robot") {
        read_robot(reader, file, value, &mut world);
    }
    if let Some(value) = fields.get("walls") {
        for entry in reader
            .list(file, value)
            .map(|list| list.to_vec())
            .unwrap_or_default()
        {
            read_wall(reader, file, &entry, &mut world);
        }
    }
    if let Some(value) = fields.get("items") {
        let items = read_counts(reader, file, value, &world, &mut draws);
        for (x, y, count) in items {
            world.set_items(x, y, count);
        }
    }
    let goal = match fields.get("goal") {
        Some(value) => read_goal(reader, file, value, &world, &mut draws),
        None => None,
    };
    (reader.errors.len() == errors_before).then_some(WorldVariant { world, goal })
}

/// Reports cell (x, y), written at `value`, when it is outside the grid;
/// whether it is inside.
fn inside(
    reader: &mut Reader,
    file: SourceFile<'_>,
    world: &RobotWorld,
    value: &Value<'_>,
    (x, y): (u32, u32),
) -> bool {
    let inside = world.contains(i64::from(x), i64::from(y));
    if !inside {
        reader.report(
            file,
            Some(value.span()),
            "pack-error-robot-cell-outside",
            &[
                ("x", &x.to_string()),
                ("y", &y.to_string()),
                ("width", &world.width.to_string()),
                ("height", &world.height.to_string()),
            ],
        );
    }
    inside
}

/// A table's `x` and `y` (both required).
fn cell_of(reader: &mut Reader, file: SourceFile<'_>, table: Table<'_, '_>) -> Option<(u32, u32)> {
    let mut coordinate = |field: &str| -> Option<u32> {
        let Some(value) = table.get(field) else {
            reader.missing(file, table.start, field);
            return None;
        };
        let number = reader.number(file, value)?;
        Some(number.min(u64::from(u32::MAX)) as u32)
    };
    let x = coordinate("x");
    let y = coordinate("y");
    Some((x?, y?))
}

fn direction(reader: &mut Reader, file: SourceFile<'_>, value: &Value<'_>) -> Option<Direction> {
    let index = reader.choice(file, value, &Direction::NAMES)?;
    Some(Direction::ALL[index])
}

/// `robot = { x, y, facing, bag }`.
fn read_robot(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
    world: &mut RobotWorld,
) -> Option<()> {
    let table = reader.table(file, value, &["x", "y", "facing", "bag"])?;
    if let Some(cell) = cell_of(reader, file, table) {
        if inside(reader, file, world, value, cell) {
            (world.robot.x, world.robot.y) = cell;
        }
    }
    if let Some(facing) = table.get("facing") {
        world.robot.facing = direction(reader, file, facing)?;
    }
    if let Some(bag) = table.get("bag") {
        world.robot.bag = match bag.get_ref().as_str() {
            Some("unlimited") => Bag::Unlimited,
            Some(_) => {
                reader.choice(file, bag, &["unlimited"]);
                return None;
            }
            None => Bag::Count(count_value(reader, file, bag)?),
        };
    }
    Some(())
}

/// A count: a whole number up to [`LARGEST_COUNT`].
fn count_value(reader: &mut Reader, file: SourceFile<'_>, value: &Value<'_>) -> Option<u32> {
    let count = reader.number(file, value)?;
    if count > u64::from(LARGEST_COUNT) {
        bad_count(reader, file, value);
        return None;
    }
    Some(count as u32)
}

fn bad_count(reader: &mut Reader, file: SourceFile<'_>, value: &Value<'_>) {
    let limit = LARGEST_COUNT.to_string();
    reader.report(
        file,
        Some(value.span()),
        "pack-error-robot-bad-count",
        &[("limit", &limit)],
    );
}

/// `{ x, y, side, length }`: a wall on the `side` of cell (x, y), running
/// `length` cells (north for an east or west wall, east for a north or
/// south one).
fn read_wall(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
    world: &mut RobotWorld,
) -> Option<()> {
    let table = reader.table(file, value, &["x", "y", "side", "length"])?;
    let (x, y) = cell_of(reader, file, table)?;
    let Some(side_value) = table.get("side") else {
        reader.missing(file, table.start, "side");
        return None;
    };
    let side = direction(reader, file, side_value)?;
    let length = match table.get("length") {
        Some(length) => match reader.number(file, length)? {
            0 => {
                reader.report(
                    file,
                    Some(length.span()),
                    "pack-error-robot-bad-length",
                    &[],
                );
                return None;
            }
            length => length.min(u64::from(LARGEST_SIDE) + 1) as u32,
        },
        None => 1,
    };
    for offset in 0..length {
        let (cell_x, cell_y) = match side {
            Direction::East | Direction::West => (x, y.saturating_add(offset)),
            _ => (x.saturating_add(offset), y),
        };
        if !inside(reader, file, world, value, (cell_x, cell_y)) {
            return None;
        }
        if !world.add_wall(cell_x, cell_y, side) {
            reader.report(
                file,
                Some(value.span()),
                "pack-error-robot-wall-on-edge",
                &[
                    ("x", &cell_x.to_string()),
                    ("y", &cell_y.to_string()),
                    ("side", side.name()),
                ],
            );
            return None;
        }
    }
    Some(())
}

/// A list of `{ x, y, to_x, to_y, count }`: the count (a number or a range
/// `[least, most]`, drawn per cell) for the cell, or for every cell of the
/// rectangle up to (to_x, to_y). Later entries replace earlier ones.
fn read_counts(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
    world: &RobotWorld,
    draws: &mut Draws,
) -> Vec<(u32, u32, u32)> {
    // One slot per cell, row by row from the south-west.
    let mut counts: Vec<Option<u32>> = vec![None; (world.width * world.height) as usize];
    for entry in reader
        .list(file, value)
        .map(|list| list.to_vec())
        .unwrap_or_default()
    {
        let Some(table) = reader.table(file, &entry, &["x", "y", "to_x", "to_y", "count"]) else {
            continue;
        };
        let Some((x, y)) = cell_of(reader, file, table) else {
            continue;
        };
        let mut corner = |field: &str, from: u32| match table.get(field) {
            Some(value) => reader
                .number(file, value)
                .map(|number| number.min(u64::from(u32::MAX)) as u32),
            None => Some(from),
        };
        let (Some(to_x), Some(to_y)) = (corner("to_x", x), corner("to_y", y)) else {
            continue;
        };
        let corners_inside = inside(reader, file, world, &entry, (x, y))
            && inside(reader, file, world, &entry, (to_x, to_y));
        let Some((least, most)) = count_range(reader, file, table) else {
            continue;
        };
        if to_x < x || to_y < y {
            reader.report(file, Some(entry.span()), "pack-error-robot-bad-corner", &[]);
            continue;
        }
        if !corners_inside {
            continue;
        }
        for cell_y in y..=to_y {
            for cell_x in x..=to_x {
                let index = ((cell_y - 1) * world.width + (cell_x - 1)) as usize;
                if let Some(slot) = counts.get_mut(index) {
                    *slot = Some(draws.between(least, most));
                }
            }
        }
    }
    let width = world.width;
    counts
        .into_iter()
        .enumerate()
        .filter_map(|(index, count)| {
            let index = index as u32;
            Some((index % width + 1, index / width + 1, count?))
        })
        .collect()
}

/// `count`: a number (1 when not given) or `[least, most]`.
fn count_range(
    reader: &mut Reader,
    file: SourceFile<'_>,
    table: Table<'_, '_>,
) -> Option<(u32, u32)> {
    let Some(value) = table.get("count") else {
        return Some((1, 1));
    };
    if value.get_ref().as_array().is_none() {
        let count = count_value(reader, file, value)?;
        return Some((count, count));
    }
    let bounds: Vec<Value<'_>> = reader.list(file, value)?.to_vec();
    let numbers: Vec<u32> = bounds
        .iter()
        .filter_map(|bound| count_value(reader, file, bound))
        .collect();
    match numbers[..] {
        [least, most] if least <= most && bounds.len() == 2 => Some((least, most)),
        _ => {
            bad_count(reader, file, value);
            None
        }
    }
}

/// `goal = { robot = { x, y, facing }, items = [...], empty_elsewhere,
/// no_items_left, bag }`.
fn read_goal(
    reader: &mut Reader,
    file: SourceFile<'_>,
    value: &Value<'_>,
    world: &RobotWorld,
    draws: &mut Draws,
) -> Option<Goal> {
    let table = reader.table(
        file,
        value,
        &["robot", "items", "empty_elsewhere", "no_items_left", "bag"],
    )?;
    let mut goal = Goal::default();
    if let Some(robot_value) = table.get("robot") {
        let robot = reader.table(file, robot_value, &["x", "y", "facing"])?;
        if robot.has("x") || robot.has("y") {
            let cell = cell_of(reader, file, robot)?;
            if inside(reader, file, world, robot_value, cell) {
                goal.robot = Some(cell);
            }
        }
        if let Some(facing) = robot.get("facing") {
            goal.facing = Some(direction(reader, file, facing)?);
        }
    }
    if let Some(items) = table.get("items") {
        goal.items = read_counts(reader, file, items, world, draws);
    }
    let flag = |reader: &mut Reader, field: &str| match table.get(field) {
        Some(value) => reader.boolean(file, value),
        None => Some(false),
    };
    goal.empty_elsewhere = flag(reader, "empty_elsewhere")?;
    if flag(reader, "no_items_left")? {
        if table.has("items") {
            reader.report(
                file,
                Some(value.span()),
                "pack-error-robot-goal-conflict",
                &[],
            );
            return None;
        }
        goal.empty_elsewhere = true;
    }
    if let Some(bag) = table.get("bag") {
        goal.bag = Some(count_value(reader, file, bag)?);
    }
    if goal.is_empty() {
        reader.report(file, Some(value.span()), "pack-error-robot-empty-goal", &[]);
        return None;
    }
    Some(goal)
}
