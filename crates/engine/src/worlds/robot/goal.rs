//! What a task asks of the robot at the end: its cell and direction, the
//! items in chosen cells (or in every cell), and its bag. A goal is judged
//! on the world a run ends in, and says the first thing that is not so.

use super::world::{Bag, Direction, RobotWorld};

/// A task's goal; every part left `None` or empty is not asked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Goal {
    /// The cell the robot must end in.
    pub robot: Option<(u32, u32)>,
    /// The direction it must end facing.
    pub facing: Option<Direction>,
    /// Exact counts for chosen cells: (x, y, count).
    pub items: Vec<(u32, u32, u32)>,
    /// Whether every cell not in `items` must be empty.
    pub empty_elsewhere: bool,
    /// The items the bag must hold.
    pub bag: Option<u32>,
}

/// The first part of a goal a world does not meet.
#[derive(Clone, Debug, PartialEq)]
pub enum GoalProblem {
    /// A cell holds another number of items.
    Items {
        /// The cell's column.
        x: u32,
        /// The cell's row.
        y: u32,
        /// What it should hold.
        expected: u32,
        /// What it holds.
        got: u32,
    },
    /// The robot ended in another cell.
    RobotCell {
        /// Where it should be.
        expected: (u32, u32),
        /// Where it is.
        got: (u32, u32),
    },
    /// The robot ended facing another way.
    Facing {
        /// Where it should look.
        expected: Direction,
        /// Where it looks.
        got: Direction,
    },
    /// The bag holds another number of items.
    Bag {
        /// What it should hold.
        expected: u32,
        /// What it holds (`None`: an unlimited bag).
        got: Option<u32>,
    },
}

impl Goal {
    /// The goal of ending as `world` is: the robot's cell (and its
    /// direction, if `with_facing`) and the items of every cell.
    pub fn of_end(world: &RobotWorld, with_facing: bool) -> Goal {
        Goal {
            robot: Some((world.robot.x, world.robot.y)),
            facing: with_facing.then_some(world.robot.facing),
            items: world.cells_with_items().collect(),
            empty_elsewhere: true,
            bag: None,
        }
    }

    /// Whether the goal asks nothing.
    pub fn is_empty(&self) -> bool {
        self.robot.is_none()
            && self.facing.is_none()
            && self.items.is_empty()
            && !self.empty_elsewhere
            && self.bag.is_none()
    }

    /// The first part of the goal `world` does not meet (items first, from
    /// the south-west, then the robot's cell, direction and bag).
    pub fn problem(&self, world: &RobotWorld) -> Option<GoalProblem> {
        let mut item_problem: Option<GoalProblem> = None;
        let mut consider = |x: u32, y: u32, expected: u32, got: u32| {
            let earlier = match &item_problem {
                Some(GoalProblem::Items {
                    x: at_x, y: at_y, ..
                }) => (*at_y, *at_x) < (y, x),
                _ => false,
            };
            if expected != got && !earlier {
                item_problem = Some(GoalProblem::Items {
                    x,
                    y,
                    expected,
                    got,
                });
            }
        };
        for (x, y, expected) in &self.items {
            consider(*x, *y, *expected, world.items_at(*x, *y));
        }
        if self.empty_elsewhere {
            for (x, y, got) in world.cells_with_items() {
                if !self
                    .items
                    .iter()
                    .any(|(at_x, at_y, _)| (*at_x, *at_y) == (x, y))
                {
                    consider(x, y, 0, got);
                }
            }
        }
        if item_problem.is_some() {
            return item_problem;
        }
        let robot = world.robot;
        if let Some(expected) = self.robot.filter(|cell| *cell != (robot.x, robot.y)) {
            return Some(GoalProblem::RobotCell {
                expected,
                got: (robot.x, robot.y),
            });
        }
        if let Some(expected) = self.facing.filter(|facing| *facing != robot.facing) {
            return Some(GoalProblem::Facing {
                expected,
                got: robot.facing,
            });
        }
        match (self.bag, robot.bag) {
            (Some(expected), Bag::Count(got)) if got != expected => Some(GoalProblem::Bag {
                expected,
                got: Some(got),
            }),
            (Some(expected), Bag::Unlimited) => Some(GoalProblem::Bag {
                expected,
                got: None,
            }),
            _ => None,
        }
    }
}
