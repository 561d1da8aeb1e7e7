//! The robot on its field, advanced in fixed steps of simulated time.
//!
//! A differential drive: each wheel's motor power (-100 to 100) sets its
//! speed (at 100, [`FULL_SPEED`] cm/s); the robot moves by the two wheels'
//! mean and turns by their difference over the [`WHEEL_BASE`]. Its body is
//! a circle of [`BODY_RADIUS`]: a step that would make it touch a wall does
//! not happen (the robot stops at the wall, its bumper pressed, its wheels
//! stalled). Every step is kept ([`RoverSample`]) for the page to replay.
//!
//! Sensors: a distance sensor looking ahead from the front of the body (up
//! to [`DISTANCE_RANGE`]), three light and colour sensors underneath near
//! the front ([`SENSOR_OFFSETS`]: left, centre, right), the bumper, a gyro
//! (degrees turned since the start, anticlockwise positive, not wrapped),
//! the wheels' encoders (degrees turned) and the clock. Noise is off unless
//! the field asks for it, and then comes from a seed.

use super::field::Field;
use super::Pose;
use crate::python::builtins::numbers::libm::{cos, sin};

/// One step of the simulation, in microseconds of simulated time.
pub const STEP_MICROSECONDS: u64 = 10_000;
/// The distance between the wheels, in centimetres.
pub const WHEEL_BASE: f64 = 12.0;
/// The radius of the robot's round body, in centimetres.
pub const BODY_RADIUS: f64 = 8.0;
/// A wheel's speed at power 100, in centimetres a second.
pub const FULL_SPEED: f64 = 30.0;
/// A wheel's diameter, in centimetres (for the encoders' degrees).
pub const WHEEL_DIAMETER: f64 = 5.6;
/// How far the distance sensor sees, in centimetres.
pub const DISTANCE_RANGE: f64 = 250.0;
/// Where the light sensors are, in centimetres from the robot's centre:
/// (ahead, to the left) for the left, centre and right sensor.
pub const SENSOR_OFFSETS: [(f64, f64); 3] = [(6.0, 2.5), (6.0, 0.0), (6.0, -2.5)];
/// The most steps a record keeps (ten minutes of simulated time).
pub const LARGEST_SAMPLE_COUNT: usize = 60_000;

/// The robot's state.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RoverState {
    /// Where it is (its heading not wrapped: it counts whole turns).
    pub pose: Pose,
    /// The left motor's power, -100 to 100.
    pub left_power: f64,
    /// The right motor's power.
    pub right_power: f64,
    /// Degrees the left wheel has turned.
    pub left_wheel: f64,
    /// Degrees the right wheel has turned.
    pub right_wheel: f64,
    /// Whether the bumper is pressed (the last step ran into a wall).
    pub bumped: bool,
}

/// One step of a run, as the page replays it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoverSample {
    /// Simulated time at the end of the step, in microseconds.
    pub time: u64,
    /// Where the robot was.
    pub pose: Pose,
    /// Whether its bumper was pressed.
    pub bumped: bool,
    /// The program's line running then.
    pub line: u32,
}

/// The sine and cosine of the robot's heading, kept while it does not turn
/// (the sensors ask for them far more often than the robot turns).
#[derive(Clone, Copy, Debug)]
struct Direction {
    cosine: f64,
    sine: f64,
}

impl Direction {
    fn of(heading: f64) -> Direction {
        let radians = heading.to_radians();
        Direction {
            cosine: cos(radians),
            sine: sin(radians),
        }
    }
}

/// The robot on its field.
#[derive(Clone, Debug)]
pub struct Simulation {
    /// The field.
    pub field: Field,
    /// The robot now.
    pub state: RoverState,
    /// Simulated time of the last step, in microseconds.
    pub time: u64,
    /// Every step so far (at most [`LARGEST_SAMPLE_COUNT`]).
    pub samples: Vec<RoverSample>,
    /// When the robot first touched a wall, if it did.
    pub first_collision: Option<u64>,
    /// The program's line, kept with each step.
    pub line: u32,
    /// The noise's generator state, when the field asks for noise.
    noise: Option<u64>,
    /// The heading's sine and cosine.
    direction: Direction,
    /// The rotation of the last turn per step.
    turn: Option<Turn>,
}

/// The rotations of one step's turn: by half of it and by all of it.
#[derive(Clone, Copy, Debug)]
struct Turn {
    degrees: f64,
    half: (f64, f64),
    full: (f64, f64),
}

/// `vector` rotated by the angle whose cosine and sine are `rotation`.
fn rotate(vector: (f64, f64), rotation: (f64, f64)) -> (f64, f64) {
    (
        vector.0 * rotation.0 - vector.1 * rotation.1,
        vector.0 * rotation.1 + vector.1 * rotation.0,
    )
}

/// A point `ahead` cm in front of a robot at `pose` and `left` cm to its left.
pub fn point_on_robot(pose: Pose, ahead: f64, left: f64) -> (f64, f64) {
    let radians = pose.heading.to_radians();
    let (c, s) = (cos(radians), sin(radians));
    (pose.x + ahead * c - left * s, pose.y + ahead * s + left * c)
}

impl Simulation {
    /// The robot at the field's start, stopped, at time 0; `noise_seed`
    /// turns sensor noise on.
    pub fn new(field: Field, noise_seed: Option<u64>) -> Simulation {
        let state = RoverState {
            pose: field.start,
            ..RoverState::default()
        };
        let field_start_heading = field.start.heading;
        Simulation {
            field,
            state,
            time: 0,
            samples: Vec::new(),
            first_collision: None,
            line: 0,
            noise: noise_seed,
            direction: Direction::of(field_start_heading),
            turn: None,
        }
    }

    /// Sets the motors' powers (each clamped to -100..100).
    pub fn set_motors(&mut self, left: f64, right: f64) {
        let clamp = |power: f64| {
            if power.is_nan() {
                0.0
            } else {
                power.clamp(-100.0, 100.0)
            }
        };
        self.state.left_power = clamp(left);
        self.state.right_power = clamp(right);
    }

    /// One step of [`STEP_MICROSECONDS`].
    pub fn step(&mut self) {
        let seconds = STEP_MICROSECONDS as f64 / 1_000_000.0;
        let left_speed = self.state.left_power / 100.0 * FULL_SPEED;
        let right_speed = self.state.right_power / 100.0 * FULL_SPEED;
        let speed = (left_speed + right_speed) / 2.0;
        let turn_degrees = ((right_speed - left_speed) / WHEEL_BASE * seconds).to_degrees();
        let pose = self.state.pose;
        // The direction turned by half the step's turn, for the middle of
        // the step, and by all of it: rotations by the turn (the same for
        // as long as the motors keep their powers), not a sine and cosine
        // of the heading at every step.
        let (middle_cosine, middle_sine) = if turn_degrees == 0.0 {
            (self.direction.cosine, self.direction.sine)
        } else {
            let turn = self.turn_for(turn_degrees);
            rotate((self.direction.cosine, self.direction.sine), turn.half)
        };
        let next = Pose {
            x: pose.x + speed * middle_cosine * seconds,
            y: pose.y + speed * middle_sine * seconds,
            heading: pose.heading + turn_degrees,
        };
        let moves = next.x != pose.x || next.y != pose.y;
        self.time += STEP_MICROSECONDS;
        let blocked = moves && self.field.touches_wall(next.x, next.y, BODY_RADIUS);
        if blocked {
            // Against a wall the robot does not move on, but it still turns
            // (its round body turns in its own place): it can turn away.
            self.state.bumped = true;
            self.first_collision.get_or_insert(self.time);
        }
        let next = if blocked {
            Pose {
                x: pose.x,
                y: pose.y,
                heading: next.heading,
            }
        } else {
            next
        };
        if !blocked || turn_degrees != 0.0 {
            self.state.pose = next;
            if turn_degrees != 0.0 {
                let turn = self.turn_for(turn_degrees);
                let (cosine, sine) =
                    rotate((self.direction.cosine, self.direction.sine), turn.full);
                // Kept a unit vector, so rounding never adds up.
                let length = (cosine * cosine + sine * sine).sqrt();
                self.direction = Direction {
                    cosine: cosine / length,
                    sine: sine / length,
                };
            }
            let wheel_degrees =
                |speed: f64| speed * seconds / (std::f64::consts::PI * WHEEL_DIAMETER) * 360.0;
            if blocked {
                // Only the turn's share of each wheel's travel happens.
                let turning = (right_speed - left_speed) / 2.0;
                self.state.left_wheel += wheel_degrees(-turning);
                self.state.right_wheel += wheel_degrees(turning);
            } else {
                self.state.bumped = false;
                self.state.left_wheel += wheel_degrees(left_speed);
                self.state.right_wheel += wheel_degrees(right_speed);
            }
        }
        if self.samples.len() < LARGEST_SAMPLE_COUNT {
            self.samples.push(RoverSample {
                time: self.time,
                pose: self.state.pose,
                bumped: self.state.bumped,
                line: self.line,
            });
        }
    }

    /// The rotations of a step's turn of `degrees` (kept while it stays).
    fn turn_for(&mut self, degrees: f64) -> Turn {
        match self.turn {
            Some(turn) if turn.degrees == degrees => turn,
            _ => {
                let half = (degrees / 2.0).to_radians();
                let full = degrees.to_radians();
                let turn = Turn {
                    degrees,
                    half: (cos(half), sin(half)),
                    full: (cos(full), sin(full)),
                };
                self.turn = Some(turn);
                turn
            }
        }
    }

    /// Steps until simulated time reaches `time` (microseconds).
    pub fn advance_to(&mut self, time: u64) {
        while self.time + STEP_MICROSECONDS <= time {
            self.step();
        }
    }

    /// A point `ahead` cm in front of the robot's centre and `left` cm to its left.
    pub fn point_on_robot(&self, ahead: f64, left: f64) -> (f64, f64) {
        let pose = self.state.pose;
        let (c, s) = (self.direction.cosine, self.direction.sine);
        (pose.x + ahead * c - left * s, pose.y + ahead * s + left * c)
    }

    /// The distance sensor: centimetres from the front of the body to the
    /// first wall ahead ([`DISTANCE_RANGE`] when it sees none).
    pub fn distance(&mut self) -> f64 {
        let origin = self.point_on_robot(BODY_RADIUS, 0.0);
        let seen = self
            .field
            .ray_distance_along(
                origin,
                (self.direction.cosine, self.direction.sine),
                DISTANCE_RANGE,
            )
            .unwrap_or(DISTANCE_RANGE);
        let noise = self.noise(0.5);
        (seen + noise).clamp(0.0, DISTANCE_RANGE)
    }

    /// The colour name under light sensor `sensor` (0 left, 1 centre, 2 right).
    pub fn color(&self, sensor: usize) -> String {
        let (ahead, left) = SENSOR_OFFSETS[sensor.min(2)];
        let (x, y) = self.point_on_robot(ahead, left);
        self.field.color_at(x, y).1.to_owned()
    }

    /// The light reflected under sensor `sensor`, 0 (black) to 100 (white).
    pub fn light(&mut self, sensor: usize) -> f64 {
        let (ahead, left) = SENSOR_OFFSETS[sensor.min(2)];
        let (x, y) = self.point_on_robot(ahead, left);
        let color = self.field.plain_color_at(x, y);
        let brightness = (0.299 * f64::from(color.red)
            + 0.587 * f64::from(color.green)
            + 0.114 * f64::from(color.blue))
            / 255.0
            * 100.0;
        (brightness + self.noise(2.0)).clamp(0.0, 100.0)
    }

    /// Degrees turned since the start, anticlockwise positive.
    pub fn gyro(&self) -> f64 {
        self.state.pose.heading - self.field.start.heading
    }

    /// A uniform number in `-size..size` when noise is on, else 0.
    fn noise(&mut self, size: f64) -> f64 {
        let Some(state) = self.noise.as_mut() else {
            return 0.0;
        };
        // splitmix64
        *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = *state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        let unit = (z >> 11) as f64 / (1u64 << 53) as f64;
        (unit * 2.0 - 1.0) * size
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::worlds::rover::FieldShape;

    fn run_for(simulation: &mut Simulation, seconds: f64) {
        let end = simulation.time + (seconds * 1_000_000.0) as u64;
        simulation.advance_to(end);
    }

    #[test]
    fn equal_powers_drive_straight_and_opposite_powers_turn_in_place() {
        let mut simulation = Simulation::new(Field::new(300.0, 300.0), None);
        simulation.set_motors(50.0, 50.0);
        run_for(&mut simulation, 2.0);
        let pose = simulation.state.pose;
        assert!((pose.x - 180.0).abs() < 1e-6, "{pose:?}");
        assert!((pose.y - 150.0).abs() < 1e-6);
        simulation.set_motors(-50.0, 50.0);
        // A quarter turn: the wheels travel a quarter of the circle of the wheel base.
        let quarter = std::f64::consts::PI * WHEEL_BASE / 4.0 / 15.0;
        run_for(&mut simulation, quarter);
        let turned = simulation.gyro();
        assert!((turned - 90.0).abs() < 3.0, "{turned}");
        assert!(simulation.state.left_wheel < simulation.state.right_wheel);
    }

    #[test]
    fn a_wall_stops_the_robot_and_presses_the_bumper() {
        let mut field = Field::new(300.0, 300.0);
        field.walls.push(FieldShape::Rectangle {
            x: 200.0,
            y: 0.0,
            width: 10.0,
            height: 300.0,
        });
        let mut simulation = Simulation::new(field, None);
        assert!((simulation.distance() - (200.0 - 150.0 - BODY_RADIUS)).abs() < 1e-9);
        simulation.set_motors(100.0, 100.0);
        run_for(&mut simulation, 5.0);
        assert!(simulation.state.bumped);
        assert!(simulation.first_collision.is_some());
        let x = simulation.state.pose.x;
        assert!(x + BODY_RADIUS <= 200.0 && x + BODY_RADIUS > 199.0, "{x}");
        assert!(simulation.distance() < 1.0);
        assert_eq!(simulation.samples.len(), 500);
    }

    #[test]
    fn noise_comes_from_the_seed() {
        let field = Field::new(300.0, 300.0);
        let mut first = Simulation::new(field.clone(), Some(5));
        let mut second = Simulation::new(field.clone(), Some(5));
        let mut quiet = Simulation::new(field, None);
        let readings: Vec<f64> = (0..5).map(|_| first.distance()).collect();
        let again: Vec<f64> = (0..5).map(|_| second.distance()).collect();
        assert_eq!(readings, again);
        assert!(readings.iter().any(|reading| *reading != quiet.distance()));
    }
}
