//! `import rover`: the wheeled robot's motors and sensors. The robot lives
//! in the VM's [`Simulation`], which advances in simulated time with the
//! program: every unit of the program's work is [`MICROSECONDS_PER_WORK`]
//! of simulated time, a sensor read [`SENSOR_READ_MICROSECONDS`], and
//! `drive`, `turn` and `wait` as long as they take; so `while distance() >
//! 20: pass` ends, and a run is the same every time. A run that goes past
//! the task's time limit stops with `RobotError`.
//!
//! [`ROVER_NAMES`] is the one table of the commands with the Kazakh and
//! Russian names pupils may type (from the team's glossary).

use super::super::super::super::worlds::rover::{
    playground_field, RoverTask, Simulation, DEFAULT_TIME_LIMIT, FULL_SPEED, STEP_MICROSECONDS,
    WHEEL_BASE, WHEEL_DIAMETER,
};
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::positional;
use super::BuiltinFunction;

use BuiltinFunction as B;

/// Simulated microseconds each unit of the program's work takes (a robot's
/// own small computer runs about a hundred thousand Python steps a second).
pub const MICROSECONDS_PER_WORK: u64 = 10;
/// Simulated microseconds a sensor read takes.
pub const SENSOR_READ_MICROSECONDS: u64 = 1_000;
/// The power `drive` and `turn` use when not told.
const DEFAULT_DRIVE_POWER: f64 = 50.0;
const DEFAULT_TURN_POWER: f64 = 30.0;

/// Every wheeled-robot command with its Kazakh and Russian names.
pub const ROVER_NAMES: &[(BuiltinFunction, &[&str])] = &[
    (B::RoverMotors, &["моторлар", "моторы"]),
    (B::RoverDrive, &["жүр", "ехать"]),
    (B::RoverTurn, &["бұрыл", "повернуть"]),
    (B::RoverStop, &["тоқта", "стоп"]),
    (B::RoverWait, &["күт", "ждать"]),
    (B::RoverDistance, &["қашықтық", "расстояние"]),
    (B::RoverLight, &["жарық", "свет"]),
    (B::RoverColor, &["түс", "цвет"]),
    (B::RoverOnLine, &["сызықта", "на_линии"]),
    (B::RoverBumper, &["бампер"]),
    (B::RoverGyro, &["гироскоп"]),
    (B::RoverEncoders, &["энкодерлер", "энкодеры"]),
    (B::RoverTimer, &["уақыт", "время"]),
];

/// The wheeled-robot command called `name` (any of its names).
pub fn rover_command(name: &str) -> Option<BuiltinFunction> {
    ROVER_NAMES.iter().find_map(|(function, aliases)| {
        (function.name() == name || aliases.contains(&name)).then_some(*function)
    })
}

/// Every name of every wheeled-robot command.
pub fn rover_module_names() -> impl Iterator<Item = &'static str> {
    ROVER_NAMES.iter().flat_map(|(function, aliases)| {
        std::iter::once(function.name()).chain(aliases.iter().copied())
    })
}

/// The light sensor a name means: 0 left, 1 centre, 2 right.
fn sensor_index(name: &str) -> Option<usize> {
    match name {
        "left" | "сол" | "левый" => Some(0),
        "center" | "centre" | "middle" | "орта" | "центр" => Some(1),
        "right" | "оң" | "правый" => Some(2),
        _ => None,
    }
}

/// The wheeled robot's clock and its task, kept by the VM.
#[derive(Clone, Debug, Default)]
pub struct RoverClock {
    /// Simulated microseconds the program has used so far.
    pub now: u64,
    /// The program's work when the clock last caught up.
    pub work_mark: u64,
    /// Simulated microseconds a run may take.
    pub limit: u64,
}

impl Vm {
    /// Gives `import rover` the task's field and time limit (a lesson's);
    /// without it, the playground.
    pub fn set_rover_task(&mut self, task: &RoverTask) {
        self.rover_task = Some(task.clone());
    }

    /// The wheeled robot's run so far, if the program uses `rover`.
    pub fn rover_simulation(&self) -> Option<&Simulation> {
        self.rover.as_ref()
    }

    /// Makes the simulation, at the program's `import rover`.
    pub(crate) fn start_rover(&mut self) {
        if self.rover.is_some() {
            return;
        }
        let (field, limit) = match &self.rover_task {
            Some(task) => (task.field.clone(), task.goal.time_limit),
            None => (playground_field(), DEFAULT_TIME_LIMIT),
        };
        let noise = field.noise.then(|| u64::from(self.random.next_u32()));
        self.rover = Some(Simulation::new(field, noise));
        self.rover_clock = RoverClock {
            now: 0,
            work_mark: self.work_done,
            limit: (limit * 1_000_000.0) as u64,
        };
    }

    /// Brings the simulation up to the program's time (its work since the
    /// last time, plus `extra` microseconds); a RobotError past the limit.
    pub(crate) fn rover_catch_up(&mut self, extra: u64) -> PythonResult<()> {
        let Some(simulation) = self.rover.as_mut() else {
            return Ok(());
        };
        let worked = self.work_done.saturating_sub(self.rover_clock.work_mark);
        self.rover_clock.work_mark = self.work_done;
        let now = self
            .rover_clock
            .now
            .saturating_add(worked.saturating_mul(MICROSECONDS_PER_WORK))
            .saturating_add(extra);
        let limit = self.rover_clock.limit;
        self.rover_clock.now = now.min(limit.saturating_add(STEP_MICROSECONDS));
        simulation.advance_to(self.rover_clock.now.min(limit));
        if now > limit {
            return Err(time_up(limit));
        }
        Ok(())
    }

    /// A wheeled-robot command or question.
    pub(super) fn call_rover_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        if !ROVER_NAMES.iter().any(|(known, _)| *known == function) {
            return Ok(None);
        }
        self.start_rover();
        let name = function.name();
        let is_sensor = !matches!(
            function,
            B::RoverMotors | B::RoverDrive | B::RoverTurn | B::RoverStop | B::RoverWait
        );
        self.rover_catch_up(if is_sensor {
            SENSOR_READ_MICROSECONDS
        } else {
            0
        })?;
        let line = self.calling_line();
        if let Some(simulation) = self.rover.as_mut() {
            simulation.line = line;
        }
        let value = match function {
            B::RoverMotors => {
                let values = positional(name, arguments, 2, 2)?;
                let (left, right) = (
                    self.finite_number(values[0], name)?,
                    self.finite_number(values[1], name)?,
                );
                self.simulation()?.set_motors(left, right);
                Value::None
            }
            B::RoverStop => {
                positional(name, arguments, 0, 0)?;
                self.simulation()?.set_motors(0.0, 0.0);
                Value::None
            }
            B::RoverWait => {
                let values = positional(name, arguments, 1, 1)?;
                let seconds = self.finite_number(values[0], name)?.max(0.0);
                let microseconds = (seconds.min(1e6) * 1_000_000.0) as u64;
                self.rover_catch_up(microseconds)?;
                Value::None
            }
            B::RoverDrive | B::RoverTurn => {
                let values = positional(name, arguments, 1, 2)?;
                let amount = self.finite_number(values[0], name)?;
                let default_power = if function == B::RoverDrive {
                    DEFAULT_DRIVE_POWER
                } else {
                    DEFAULT_TURN_POWER
                };
                let power = match values.get(1) {
                    Some(value) => self.finite_number(*value, name)?.abs().clamp(1.0, 100.0),
                    None => default_power,
                };
                self.drive_or_turn(function == B::RoverDrive, amount, power)?;
                Value::None
            }
            B::RoverDistance => {
                positional(name, arguments, 0, 0)?;
                Value::Float(round_to_tenth(self.simulation()?.distance()))
            }
            B::RoverLight | B::RoverColor | B::RoverOnLine => {
                let values = positional(name, arguments, 0, 1)?;
                let sensor = match values.first() {
                    Some(value) => self.sensor_argument(*value, name)?,
                    None => 1,
                };
                let simulation = self.simulation()?;
                match function {
                    B::RoverLight => Value::Float(round_to_tenth(simulation.light(sensor))),
                    B::RoverOnLine => Value::Bool(simulation.light(sensor) < 50.0),
                    _ => {
                        let color = simulation.color(sensor);
                        return self
                            .new_str(color)
                            .map(|value| Some(CallOutcome::Return(value)));
                    }
                }
            }
            B::RoverBumper => {
                positional(name, arguments, 0, 0)?;
                Value::Bool(self.simulation()?.state.bumped)
            }
            B::RoverGyro => {
                positional(name, arguments, 0, 0)?;
                Value::Float(round_to_tenth(self.simulation()?.gyro()))
            }
            B::RoverEncoders => {
                positional(name, arguments, 0, 0)?;
                let state = self.simulation()?.state;
                let left = Value::Int(state.left_wheel.round() as i64);
                let right = Value::Int(state.right_wheel.round() as i64);
                self.new_pair(left, right)?
            }
            B::RoverTimer => {
                positional(name, arguments, 0, 0)?;
                let seconds = self.simulation()?.time as f64 / 1_000_000.0;
                Value::Float(seconds)
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    fn simulation(&mut self) -> PythonResult<&mut Simulation> {
        self.rover
            .as_mut()
            .ok_or_else(|| PythonError::not_supported("rover"))
    }

    /// `drive(cm)` (backwards when negative) or `turn(degrees)` (to the
    /// left when positive): the motors run until done, or until a wall
    /// stops the robot; then they stop.
    fn drive_or_turn(&mut self, drive: bool, amount: f64, power: f64) -> PythonResult<()> {
        let limit = self.rover_clock.limit;
        let simulation = self.simulation()?;
        let start = simulation.state;
        let sign = if amount < 0.0 { -1.0 } else { 1.0 };
        if drive {
            simulation.set_motors(sign * power, sign * power);
        } else {
            simulation.set_motors(-sign * power, sign * power);
        }
        let wanted = amount.abs();
        // How far one full step goes: centimetres, or degrees of turn.
        let step_seconds = STEP_MICROSECONDS as f64 / 1_000_000.0;
        let per_step = if drive {
            power / 100.0 * FULL_SPEED * step_seconds
        } else {
            (2.0 * power / 100.0 * FULL_SPEED / WHEEL_BASE * step_seconds).to_degrees()
        };
        let mut steps = 0_u64;
        loop {
            let state = simulation.state;
            let done = if drive {
                let wheel = ((state.left_wheel - start.left_wheel)
                    + (state.right_wheel - start.right_wheel))
                    / 2.0;
                wheel.abs() / 360.0 * std::f64::consts::PI * WHEEL_DIAMETER
            } else {
                (state.pose.heading - start.pose.heading).abs()
            };
            let left = wanted - done;
            let stuck = drive && steps > 0 && state.bumped;
            if left <= 1e-9 || stuck || simulation.time >= limit {
                break;
            }
            // The last step goes only as far as is left: the robot ends
            // where it was told, at any power.
            if left < per_step {
                let share = left / per_step;
                if drive {
                    simulation.set_motors(sign * power * share, sign * power * share);
                } else {
                    simulation.set_motors(-sign * power * share, sign * power * share);
                }
            }
            simulation.step();
            steps += 1;
        }
        simulation.set_motors(0.0, 0.0);
        let now = simulation.time;
        self.charge(steps / 16)?;
        self.rover_clock.now = self.rover_clock.now.max(now);
        self.rover_clock.work_mark = self.work_done;
        if now >= limit {
            return Err(time_up(limit));
        }
        Ok(())
    }

    /// `"left"`, `"center"` or `"right"` (or their Kazakh and Russian names).
    fn sensor_argument(&self, value: Value, command: &str) -> PythonResult<usize> {
        let text = self.str_text(value).unwrap_or_default().to_owned();
        sensor_index(&text).ok_or_else(|| {
            PythonError::value_error(format!(
                "{command}() takes \"left\", \"center\" or \"right\", not {text:?}"
            ))
            .explained(Explanation::new("python-runtime-rover-bad-sensor").with("command", command))
        })
    }
}

/// The RobotError of a run past its time limit.
fn time_up(limit: u64) -> PythonError {
    let seconds = (limit / 1_000_000).to_string();
    PythonError::new(TypeId::RobotError, format!("the time is up ({seconds} s)"))
        .explained(Explanation::new("python-runtime-rover-time-up").with("seconds", seconds))
}

/// A sensor's reading to a tenth, as real sensors report.
fn round_to_tenth(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}
