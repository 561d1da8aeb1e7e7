//! `import robot`: the grid robot's commands and questions. What the robot
//! does goes to the VM's [`RobotRecord`], each step with the program's line;
//! a step it cannot do stops the program with `RobotError` and a message
//! that says where the robot was and why.
//!
//! [`ROBOT_NAMES`] is the one table of the commands' names: ours, the
//! classic Karel and Reeborg names, and the Kazakh and Russian names pupils
//! may type (from the team's glossary). The module's attributes, `from robot
//! import *` and the editor's completion all come from it.

use super::super::super::super::worlds::robot::{
    playground_world, Bag, Direction, RobotAction, RobotCrash, RobotRecord, RobotTask,
    LARGEST_COUNT,
};
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::run::RunOutcome;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::positional;
use super::BuiltinFunction;

use BuiltinFunction as B;

/// Every robot command with its other names.
pub const ROBOT_NAMES: &[(BuiltinFunction, &[&str])] = &[
    (B::RobotMove, &["алға", "вперёд", "вперед"]),
    (B::RobotTurnLeft, &["turnleft", "солға_бұрыл", "налево"]),
    (B::RobotTurnRight, &["оңға_бұрыл", "направо"]),
    (B::RobotPick, &["pick_beeper", "take", "ал", "взять"]),
    (B::RobotPut, &["put_beeper", "қой", "положить"]),
    (B::RobotFrontIsClear, &["алда_бос", "впереди_свободно"]),
    (
        B::RobotFrontIsBlocked,
        &["wall_in_front", "алда_қабырға", "впереди_стена"],
    ),
    (B::RobotLeftIsClear, &["солда_бос", "слева_свободно"]),
    (B::RobotLeftIsBlocked, &["солда_қабырға", "слева_стена"]),
    (B::RobotRightIsClear, &["оңда_бос", "справа_свободно"]),
    (
        B::RobotRightIsBlocked,
        &["wall_on_right", "оңда_қабырға", "справа_стена"],
    ),
    (B::RobotItemsHere, &["заттар_саны", "сколько_предметов"]),
    (
        B::RobotItemHere,
        &["beepers_present", "object_here", "зат_бар", "есть_предмет"],
    ),
    (
        B::RobotNoItemHere,
        &["no_beepers_present", "зат_жоқ", "нет_предмета"],
    ),
    (
        B::RobotItemsInBag,
        &["beepers_in_bag", "сөмкедегі_заттар", "предметов_в_сумке"],
    ),
    (
        B::RobotBagIsEmpty,
        &["no_beepers_in_bag", "сөмке_бос", "сумка_пуста"],
    ),
    (
        B::RobotFacingNorth,
        &["is_facing_north", "бағыты_солтүстік", "смотрит_на_север"],
    ),
    (
        B::RobotFacingSouth,
        &["is_facing_south", "бағыты_оңтүстік", "смотрит_на_юг"],
    ),
    (
        B::RobotFacingEast,
        &["is_facing_east", "бағыты_шығыс", "смотрит_на_восток"],
    ),
    (
        B::RobotFacingWest,
        &["is_facing_west", "бағыты_батыс", "смотрит_на_запад"],
    ),
];

/// The robot command called `name` (any of its names).
pub fn robot_command(name: &str) -> Option<BuiltinFunction> {
    ROBOT_NAMES.iter().find_map(|(function, aliases)| {
        (function.name() == name || aliases.contains(&name)).then_some(*function)
    })
}

/// Every name of every robot command.
pub fn robot_module_names() -> impl Iterator<Item = &'static str> {
    ROBOT_NAMES.iter().flat_map(|(function, aliases)| {
        std::iter::once(function.name()).chain(aliases.iter().copied())
    })
}

impl Vm {
    /// Gives the program the task's world `variant` (a lesson's, or the
    /// world file's); without it, `import robot` finds the default world.
    pub fn set_robot_world(&mut self, task: &RobotTask, variant: usize) {
        let world = task
            .variants
            .get(variant)
            .or_else(|| task.variants.first())
            .map(|variant| variant.world.clone());
        self.robot_start = world;
        self.robot_offers_turn_right = task.offers_turn_right;
    }

    /// What the robot did so far, if the program used `robot`.
    pub fn robot_record(&self) -> Option<&RobotRecord> {
        self.robot.as_ref()
    }

    /// The robot's record; for a program that has not used the robot, a
    /// record of no steps in the world it would start in.
    pub fn robot_record_or_start(&self) -> RobotRecord {
        match &self.robot {
            Some(record) => record.clone(),
            None => RobotRecord::new(self.robot_start.clone().unwrap_or_else(playground_world)),
        }
    }

    /// Runs until the robot has done one more step (or could not), the
    /// program has ended or waits for input, or `fuel` instructions have
    /// run: a watched run of a robot program goes step by step.
    pub fn run_one_robot_step(&mut self, fuel: u64) -> RunOutcome {
        let steps = |vm: &Vm| {
            vm.robot.as_ref().map_or((0, false), |record| {
                (record.steps.len(), record.crash.is_some())
            })
        };
        let before = steps(self);
        for _ in 0..fuel {
            let outcome = self.run(1);
            if outcome != RunOutcome::Paused || steps(self) != before {
                return outcome;
            }
        }
        RunOutcome::Paused
    }

    /// Whether the program may call `turn_right()`.
    pub(crate) fn offers_turn_right(&self) -> bool {
        self.robot_offers_turn_right
    }

    /// The robot's record (made at the first use of the module).
    fn record(&mut self) -> &mut RobotRecord {
        let start = &mut self.robot_start;
        self.robot
            .get_or_insert_with(|| RobotRecord::new(start.take().unwrap_or_else(playground_world)))
    }

    /// A robot command or question.
    pub(super) fn call_robot_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        if !ROBOT_NAMES.iter().any(|(known, _)| *known == function) {
            return Ok(None);
        }
        positional(function.name(), arguments, 0, 0)?;
        let action = match function {
            B::RobotMove => Some(RobotAction::Move),
            B::RobotTurnLeft => Some(RobotAction::TurnLeft),
            B::RobotTurnRight => Some(RobotAction::TurnRight),
            B::RobotPick => Some(RobotAction::Pick),
            B::RobotPut => Some(RobotAction::Put),
            _ => None,
        };
        if let Some(action) = action {
            self.charge(1)?;
            let line = self.calling_line();
            let record = self.record();
            if record.is_full() {
                return Err(PythonError::new(
                    TypeId::RuntimeError,
                    "the robot has taken too many steps",
                )
                .explained(Explanation::new("python-runtime-robot-too-many-steps")));
            }
            let before = record.now.robot;
            record
                .act(action, line)
                .map_err(|crash| robot_error(crash, before.x, before.y, before.facing))?;
            return Ok(Some(CallOutcome::Return(Value::None)));
        }
        let world = &self.record().now;
        let robot = world.robot;
        let here = world.items_at(robot.x, robot.y);
        let value = match function {
            B::RobotFrontIsClear => Value::Bool(world.is_clear(robot.facing)),
            B::RobotFrontIsBlocked => Value::Bool(!world.is_clear(robot.facing)),
            B::RobotLeftIsClear => Value::Bool(world.is_clear(robot.facing.left())),
            B::RobotLeftIsBlocked => Value::Bool(!world.is_clear(robot.facing.left())),
            B::RobotRightIsClear => Value::Bool(world.is_clear(robot.facing.right())),
            B::RobotRightIsBlocked => Value::Bool(!world.is_clear(robot.facing.right())),
            B::RobotItemsHere => Value::Int(i64::from(here)),
            B::RobotItemHere => Value::Bool(here > 0),
            B::RobotNoItemHere => Value::Bool(here == 0),
            B::RobotItemsInBag => match robot.bag {
                Bag::Count(count) => Value::Int(i64::from(count)),
                Bag::Unlimited => Value::Float(f64::INFINITY),
            },
            B::RobotBagIsEmpty => Value::Bool(robot.bag == Bag::Count(0)),
            B::RobotFacingNorth => Value::Bool(robot.facing == Direction::North),
            B::RobotFacingSouth => Value::Bool(robot.facing == Direction::South),
            B::RobotFacingEast => Value::Bool(robot.facing == Direction::East),
            _ => Value::Bool(robot.facing == Direction::West),
        };
        Ok(Some(CallOutcome::Return(value)))
    }
}

/// `RobotError`, saying where the robot was and why it could not go on.
fn robot_error(crash: RobotCrash, x: u32, y: u32, facing: Direction) -> PythonError {
    let message = match crash {
        RobotCrash::Wall => "the robot hit a wall",
        RobotCrash::NothingToPick => "there is no item here to pick",
        RobotCrash::BagEmpty => "the bag is empty: there is no item to put",
        RobotCrash::TooManyItems => "too many items in one place",
    };
    PythonError::new(TypeId::RobotError, message).explained(
        Explanation::new("python-runtime-robot-crash")
            .with("crash", crash.code())
            .with("x", x.to_string())
            .with("y", y.to_string())
            .with("direction", facing.name())
            .with("limit", LARGEST_COUNT.to_string()),
    )
}
