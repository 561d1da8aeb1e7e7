//! A run's steps told one by one, for the stage's "describe the moves in
//! words": what the robot did at each step, where it stood and which way
//! it looked afterwards, and the program line that did it. A pupil who
//! cannot see the canvas (a screen reader reads the list) follows the run
//! from these; the page words each one in the pupil's language.

use super::record::RobotRecord;
use super::world::{Direction, RobotAction};

/// One step of a run, as the words describe it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RobotMove {
    /// The step's number, from 1.
    pub number: usize,
    /// What the robot did.
    pub action: RobotAction,
    /// The robot's column after the step.
    pub x: u32,
    /// The robot's row after the step.
    pub y: u32,
    /// Where the robot looks after the step.
    pub facing: Direction,
    /// The items left in the robot's cell after the step.
    pub items_here: u32,
    /// The program's line that did the step (0 when unknown).
    pub line: u32,
}

impl RobotAction {
    /// A stable name (`move`, `turn-left`, `turn-right`, `pick`, `put`),
    /// for messages.
    pub fn code(self) -> &'static str {
        match self {
            RobotAction::Move => "move",
            RobotAction::TurnLeft => "turn-left",
            RobotAction::TurnRight => "turn-right",
            RobotAction::Pick => "pick",
            RobotAction::Put => "put",
        }
    }
}

/// The first `most` steps of `record`, in order. The world is replayed once
/// from the run's start, so the work grows with the steps described, not
/// with the run's length.
pub fn robot_moves(record: &RobotRecord, most: usize) -> Vec<RobotMove> {
    let mut world = record.start.clone();
    let mut moves = Vec::with_capacity(most.min(record.steps.len()));
    for (index, step) in record.steps.iter().take(most).enumerate() {
        // Every recorded step succeeded from this same start.
        let _ = world.apply(step.action);
        let robot = world.robot;
        moves.push(RobotMove {
            number: index + 1,
            action: step.action,
            x: robot.x,
            y: robot.y,
            facing: robot.facing,
            items_here: world.items_at(robot.x, robot.y),
            line: step.line,
        });
    }
    moves
}

#[cfg(test)]
mod tests {
    use expect_test::{expect, Expect};

    use super::super::world::{Bag, RobotWorld};
    use super::*;

    #[track_caller]
    fn check(actions: &[RobotAction], most: usize, expected: Expect) {
        let mut world = RobotWorld::new(4, 3);
        world.set_items(2, 1, 2);
        world.robot.bag = Bag::Count(0);
        let mut record = RobotRecord::new(world);
        for (index, action) in actions.iter().enumerate() {
            let _ = record.act(*action, index as u32 + 3);
        }
        let told: Vec<String> = robot_moves(&record, most)
            .iter()
            .map(|step| {
                format!(
                    "{} {} ({}, {}) {} items:{} line:{}",
                    step.number,
                    step.action.code(),
                    step.x,
                    step.y,
                    step.facing.name(),
                    step.items_here,
                    step.line
                )
            })
            .collect();
        expected.assert_eq(&told.join("\n"));
    }

    #[test]
    fn each_step_says_where_the_robot_ends_and_which_way_it_looks() {
        use RobotAction::*;
        check(
            &[Move, Pick, TurnLeft, Move, TurnRight, TurnRight, Put],
            10,
            expect![[r#"
                1 move (2, 1) east items:2 line:3
                2 pick (2, 1) east items:1 line:4
                3 turn-left (2, 1) north items:1 line:5
                4 move (2, 2) north items:0 line:6
                5 turn-right (2, 2) east items:0 line:7
                6 turn-right (2, 2) south items:0 line:8
                7 put (2, 2) south items:1 line:9"#]],
        );
    }

    #[test]
    fn only_the_first_steps_asked_for_are_told() {
        use RobotAction::*;
        check(
            &[Move, Move, Move],
            2,
            expect![[r#"
                1 move (2, 1) east items:2 line:3
                2 move (3, 1) east items:0 line:4"#]],
        );
    }

    #[test]
    fn a_step_the_robot_could_not_do_is_not_told() {
        use RobotAction::*;
        // The fourth move meets the grid's east edge: the run stops there.
        check(
            &[Move, Move, Move, Move],
            10,
            expect![[r#"
                1 move (2, 1) east items:2 line:3
                2 move (3, 1) east items:0 line:4
                3 move (4, 1) east items:0 line:5"#]],
        );
    }
}
