//! The wheeled robot on a 2D field, in the tradition of Open Roberta Lab's
//! and VEXcode VR's simulators: a differential-drive robot with a distance
//! sensor, line and colour sensors underneath, a bumper, a gyro and wheel
//! encoders, on a field of walls, coloured zones and lines to follow.
//!
//! - `field.rs`: [`Field`], the field in centimetres (x to the right, y up,
//!   as the turtle's), with what the sensors ask of it: the colour under a
//!   point, the distance along a ray to the first wall, whether the robot's
//!   body touches a wall.
//! - `simulation.rs`: [`Simulation`], the robot on the field advanced in
//!   fixed steps of [`STEP_MICROSECONDS`] of simulated time, its sensors,
//!   and the record of every step ([`RoverSample`]) the page replays.
//! - `goal.rs`: [`RoverGoal`], what a task asks of a run and the first
//!   thing a run does not meet.
//!
//! Time is simulated: nothing here reads a clock. The Python side (the
//! `rover` module) advances the simulation with the program's own work, so
//! a busy loop waiting for a sensor still moves the robot.

mod field;
mod goal;
mod simulation;

pub use field::{color_name, Field, FieldLine, FieldShape, Zone, LARGEST_FIELD_SIDE, WALL_COLOR};
pub use goal::{RoverGoal, RoverProblem, DEFAULT_TIME_LIMIT, LINE_TOLERANCE};
pub use simulation::{
    point_on_robot, RoverSample, RoverState, Simulation, BODY_RADIUS, DISTANCE_RANGE, FULL_SPEED,
    LARGEST_SAMPLE_COUNT, SENSOR_OFFSETS, STEP_MICROSECONDS, WHEEL_BASE, WHEEL_DIAMETER,
};

/// A pose: where the robot stands and where it looks.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pose {
    /// Centimetres to the right of the field's left edge.
    pub x: f64,
    /// Centimetres up from the field's bottom edge.
    pub y: f64,
    /// Degrees anticlockwise from east (0 east, 90 north), as the turtle's.
    pub heading: f64,
}

/// A wheeled-robot task: the field and what the run must do.
#[derive(Clone, Debug, PartialEq)]
pub struct RoverTask {
    /// The field, with the robot's start.
    pub field: Field,
    /// What the run must do.
    pub goal: RoverGoal,
}

/// The field of a program that imports `rover` outside a lesson: 200 by 150
/// cm with a wall round it, a black oval line and a red zone.
pub fn playground_field() -> Field {
    let mut field = Field::new(200.0, 150.0);
    field.start = Pose {
        x: 40.0,
        y: 75.0,
        heading: 0.0,
    };
    let oval: Vec<(f64, f64)> = (0..=48)
        .map(|index| {
            let angle = f64::from(index) * 360.0 / 48.0;
            let radians = angle.to_radians();
            (
                100.0 + 60.0 * crate::python::builtins::numbers::libm::cos(radians),
                75.0 + 40.0 * crate::python::builtins::numbers::libm::sin(radians),
            )
        })
        .collect();
    field.lines.push(FieldLine {
        points: oval,
        width: 2.0,
        color: super::turtle::Color::BLACK,
    });
    field.zones.push(Zone {
        shape: FieldShape::Rectangle {
            x: 170.0,
            y: 10.0,
            width: 25.0,
            height: 25.0,
        },
        color: super::turtle::Color::new(255, 0, 0),
        name: String::from("red"),
    });
    field
}
