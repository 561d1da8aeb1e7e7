//! The grid robot's world: a grid of cells with walls between them, items
//! lying in cells, and the robot with its direction and its bag.
//!
//! Coordinates: `x` runs east and `y` runs north, both from 1; (1, 1) is the
//! bottom-left cell. The grid's border is always a wall.

/// The widest and tallest a grid may be.
pub const LARGEST_SIDE: u32 = 50;
/// The most items a cell (or a counted bag) may hold.
pub const LARGEST_COUNT: u32 = 9_999;

/// Where the robot looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Towards larger `y`.
    North,
    /// Towards larger `x`.
    East,
    /// Towards smaller `y`.
    South,
    /// Towards smaller `x`.
    West,
}

impl Direction {
    /// Every direction, in the order of [`Direction::NAMES`].
    pub const ALL: [Direction; 4] = [
        Direction::North,
        Direction::East,
        Direction::South,
        Direction::West,
    ];
    /// The directions as a world file writes them.
    pub const NAMES: [&'static str; 4] = ["north", "east", "south", "west"];

    /// The direction's name as a world file writes it.
    pub fn name(self) -> &'static str {
        Direction::NAMES[self as usize]
    }

    /// The direction after a quarter turn to the left.
    pub fn left(self) -> Direction {
        Direction::ALL[(self as usize + 3) % 4]
    }

    /// The direction after a quarter turn to the right.
    pub fn right(self) -> Direction {
        Direction::ALL[(self as usize + 1) % 4]
    }

    /// One step this way, as a change of `x` and `y`.
    pub fn step(self) -> (i64, i64) {
        match self {
            Direction::North => (0, 1),
            Direction::East => (1, 0),
            Direction::South => (0, -1),
            Direction::West => (-1, 0),
        }
    }
}

/// What the robot carries to put down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bag {
    /// So many items.
    Count(u32),
    /// As many as it puts down.
    Unlimited,
}

/// The robot: its cell, its direction and its bag.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Robot {
    /// Its column, from 1 at the west.
    pub x: u32,
    /// Its row, from 1 at the south.
    pub y: u32,
    /// Where it looks.
    pub facing: Direction,
    /// What it carries.
    pub bag: Bag,
}

/// One thing the robot does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RobotAction {
    /// One cell forward.
    Move,
    /// A quarter turn to the left.
    TurnLeft,
    /// A quarter turn to the right.
    TurnRight,
    /// One item from the cell into the bag.
    Pick,
    /// One item from the bag into the cell.
    Put,
}

/// Why the robot could not do what it was told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RobotCrash {
    /// A wall (or the grid's edge) is in front.
    Wall,
    /// There is no item in the cell to pick.
    NothingToPick,
    /// The bag is empty.
    BagEmpty,
    /// The cell or the bag already holds [`LARGEST_COUNT`] items.
    TooManyItems,
}

impl RobotCrash {
    /// A stable name (`wall`, `nothing-to-pick`...), for messages.
    pub fn code(self) -> &'static str {
        match self {
            RobotCrash::Wall => "wall",
            RobotCrash::NothingToPick => "nothing-to-pick",
            RobotCrash::BagEmpty => "bag-empty",
            RobotCrash::TooManyItems => "too-many-items",
        }
    }
}

/// A grid, its walls and items, and the robot.
#[derive(Clone, Debug, PartialEq)]
pub struct RobotWorld {
    /// Cells from west to east.
    pub width: u32,
    /// Cells from south to north.
    pub height: u32,
    /// For each cell (see [`RobotWorld::cell_index`]), whether a wall is on its east side.
    east_walls: Vec<bool>,
    /// For each cell, whether a wall is on its north side.
    north_walls: Vec<bool>,
    /// The items in each cell.
    items: Vec<u32>,
    /// The robot.
    pub robot: Robot,
}

impl RobotWorld {
    /// An empty grid (sides clamped to 1..=[`LARGEST_SIDE`]) with the robot
    /// at (1, 1), facing east, its bag empty.
    pub fn new(width: u32, height: u32) -> RobotWorld {
        let width = width.clamp(1, LARGEST_SIDE);
        let height = height.clamp(1, LARGEST_SIDE);
        let cells = (width * height) as usize;
        RobotWorld {
            width,
            height,
            east_walls: vec![false; cells],
            north_walls: vec![false; cells],
            items: vec![0; cells],
            robot: Robot {
                x: 1,
                y: 1,
                facing: Direction::East,
                bag: Bag::Count(0),
            },
        }
    }

    /// Whether (x, y) is a cell of the grid.
    pub fn contains(&self, x: i64, y: i64) -> bool {
        x >= 1 && y >= 1 && x <= i64::from(self.width) && y <= i64::from(self.height)
    }

    /// The index of cell (x, y) in the per-cell lists (`None` outside).
    fn cell_index(&self, x: u32, y: u32) -> Option<usize> {
        self.contains(i64::from(x), i64::from(y))
            .then(|| ((y - 1) * self.width + (x - 1)) as usize)
    }

    /// The items in cell (x, y) (0 outside the grid).
    pub fn items_at(&self, x: u32, y: u32) -> u32 {
        self.cell_index(x, y)
            .and_then(|index| self.items.get(index).copied())
            .unwrap_or(0)
    }

    /// Sets the items in cell (x, y) (nothing outside the grid).
    pub fn set_items(&mut self, x: u32, y: u32, count: u32) {
        if let Some(index) = self.cell_index(x, y) {
            self.items[index] = count.min(LARGEST_COUNT);
        }
    }

    /// Every cell holding items: (x, y, count), row by row from the south.
    pub fn cells_with_items(&self) -> impl Iterator<Item = (u32, u32, u32)> + '_ {
        let width = self.width;
        self.items
            .iter()
            .enumerate()
            .filter(|(_, count)| **count > 0)
            .map(move |(index, count)| {
                let index = index as u32;
                (index % width + 1, index / width + 1, *count)
            })
    }

    /// All the items lying in the grid.
    pub fn total_items(&self) -> u64 {
        self.items.iter().map(|count| u64::from(*count)).sum()
    }

    /// Puts a wall on the `side` of cell (x, y); false when that side is the
    /// grid's edge or the cell is outside (the edge is always a wall).
    pub fn add_wall(&mut self, x: u32, y: u32, side: Direction) -> bool {
        let (x, y, side) = match side {
            Direction::West => (x.wrapping_sub(1), y, Direction::East),
            Direction::South => (x, y.wrapping_sub(1), Direction::North),
            other => (x, y, other),
        };
        let Some(index) = self.cell_index(x, y) else {
            return false;
        };
        match side {
            Direction::East if x < self.width => self.east_walls[index] = true,
            Direction::North if y < self.height => self.north_walls[index] = true,
            _ => return false,
        }
        true
    }

    /// Whether a wall (or the edge) is on the `side` of cell (x, y).
    pub fn wall_at(&self, x: u32, y: u32, side: Direction) -> bool {
        let (step_x, step_y) = side.step();
        let (next_x, next_y) = (i64::from(x) + step_x, i64::from(y) + step_y);
        if !self.contains(next_x, next_y) || !self.contains(i64::from(x), i64::from(y)) {
            return true;
        }
        let (x, y, side) = match side {
            Direction::West => (next_x as u32, y, Direction::East),
            Direction::South => (x, next_y as u32, Direction::North),
            other => (x, y, other),
        };
        let Some(index) = self.cell_index(x, y) else {
            return true;
        };
        match side {
            Direction::East => self.east_walls[index],
            _ => self.north_walls[index],
        }
    }

    /// Every wall inside the grid: (x, y, side), the side east or north.
    pub fn inner_walls(&self) -> impl Iterator<Item = (u32, u32, Direction)> + '_ {
        let width = self.width;
        let east = self
            .east_walls
            .iter()
            .enumerate()
            .filter(|(_, wall)| **wall);
        let east = east.map(move |(index, _)| (index as u32, Direction::East));
        let north = self
            .north_walls
            .iter()
            .enumerate()
            .filter(|(_, wall)| **wall);
        let north = north.map(move |(index, _)| (index as u32, Direction::North));
        east.chain(north)
            .map(move |(index, side)| (index % width + 1, index / width + 1, side))
    }

    /// Whether the robot can move towards `direction` from its cell.
    pub fn is_clear(&self, direction: Direction) -> bool {
        !self.wall_at(self.robot.x, self.robot.y, direction)
    }

    /// Does `action`; the world is unchanged when the robot cannot.
    pub fn apply(&mut self, action: RobotAction) -> Result<(), RobotCrash> {
        let robot = self.robot;
        match action {
            RobotAction::Move => {
                if !self.is_clear(robot.facing) {
                    return Err(RobotCrash::Wall);
                }
                let (step_x, step_y) = robot.facing.step();
                self.robot.x = (i64::from(robot.x) + step_x) as u32;
                self.robot.y = (i64::from(robot.y) + step_y) as u32;
            }
            RobotAction::TurnLeft => self.robot.facing = robot.facing.left(),
            RobotAction::TurnRight => self.robot.facing = robot.facing.right(),
            RobotAction::Pick => {
                let here = self.items_at(robot.x, robot.y);
                if here == 0 {
                    return Err(RobotCrash::NothingToPick);
                }
                let bag = match robot.bag {
                    Bag::Count(count) if count >= LARGEST_COUNT => {
                        return Err(RobotCrash::TooManyItems)
                    }
                    Bag::Count(count) => Bag::Count(count + 1),
                    Bag::Unlimited => Bag::Unlimited,
                };
                self.set_items(robot.x, robot.y, here - 1);
                self.robot.bag = bag;
            }
            RobotAction::Put => {
                let here = self.items_at(robot.x, robot.y);
                let bag = match robot.bag {
                    Bag::Count(0) => return Err(RobotCrash::BagEmpty),
                    Bag::Count(count) => Bag::Count(count - 1),
                    Bag::Unlimited => Bag::Unlimited,
                };
                if here >= LARGEST_COUNT {
                    return Err(RobotCrash::TooManyItems);
                }
                self.set_items(robot.x, robot.y, here + 1);
                self.robot.bag = bag;
            }
        }
        Ok(())
    }
}
