//! The grid robot, in the tradition of Karel the Robot and Reeborg's World:
//! a grid with walls, items to pick and put, and a goal. `world.rs` is the
//! grid and what the robot can do, `record.rs` a run step by step (so the
//! page can replay and scrub it), `moves.rs` its steps told one by one (for
//! the words beside the stage), `goal.rs` what a task asks at the end.
//! A task's worlds are read from a lesson or a world file by
//! `crate::pack::load_robot`; the Python side is the `robot` module.

mod goal;
mod moves;
mod record;
mod world;

pub use goal::{Goal, GoalProblem};
pub use moves::{robot_moves, RobotMove};
pub use record::{RobotRecord, RobotStep, RobotStop, LARGEST_STEP_COUNT};
pub use world::{
    Bag, Direction, Robot, RobotAction, RobotCrash, RobotWorld, LARGEST_COUNT, LARGEST_SIDE,
};

/// One world of a task, and what the task asks in it.
#[derive(Clone, Debug, PartialEq)]
pub struct WorldVariant {
    /// The world the program starts in.
    pub world: RobotWorld,
    /// The goal, when the task writes it down (otherwise the lesson's
    /// reference solution's end is the goal).
    pub goal: Option<Goal>,
}

/// A grid-robot task: its worlds (a program must reach the goal in each)
/// and which commands it offers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RobotTask {
    /// The worlds, at least one.
    pub variants: Vec<WorldVariant>,
    /// Whether `turn_right()` is offered (a lesson may have pupils write it).
    pub offers_turn_right: bool,
}

/// The world of a program that imports `robot` outside a lesson: an empty
/// 10 by 8 grid, the robot at (1, 1) facing east with an unlimited bag.
pub fn playground_world() -> RobotWorld {
    let mut world = RobotWorld::new(10, 8);
    world.robot.bag = Bag::Unlimited;
    world
}
