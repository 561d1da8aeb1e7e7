//! What a wheeled-robot task asks of a run, judged on the run's record:
//! end in a zone of a colour, follow the field's first line to its end,
//! stop within so many centimetres of a wall, touch nothing, end at a
//! place; all within the time limit (which the run itself enforces).

use super::field::distance_to_segment;
use super::simulation::{point_on_robot, Simulation, BODY_RADIUS, SENSOR_OFFSETS};

/// How close to each point of the line the robot's centre must come, in order.
pub const LINE_TOLERANCE: f64 = 6.0;

/// A task's goal; what is not given is not asked.
#[derive(Clone, Debug, PartialEq)]
pub struct RoverGoal {
    /// End inside a zone with this name (`"red"`).
    pub reach_zone: Option<String>,
    /// Follow the field's first line from its start to its end.
    pub follow_line: bool,
    /// End with the body at most this many centimetres from a wall.
    pub stop_near_wall: Option<f64>,
    /// Never touch a wall.
    pub touch_nothing: bool,
    /// End at (x, y), within the tolerance (centimetres).
    pub end_at: Option<(f64, f64, f64)>,
    /// The simulated seconds a run may take.
    pub time_limit: f64,
}

impl Default for RoverGoal {
    fn default() -> RoverGoal {
        RoverGoal {
            reach_zone: None,
            follow_line: false,
            stop_near_wall: None,
            touch_nothing: false,
            end_at: None,
            time_limit: DEFAULT_TIME_LIMIT,
        }
    }
}

/// Simulated seconds a run may take when a task does not say.
pub const DEFAULT_TIME_LIMIT: f64 = 120.0;

/// The first thing a run does not meet.
#[derive(Clone, Debug, PartialEq)]
pub enum RoverProblem {
    /// It touched a wall, at this many seconds.
    Touched {
        /// Simulated seconds.
        seconds: f64,
    },
    /// It did not end in the zone.
    NotInZone {
        /// The zone's name.
        zone: String,
    },
    /// It left the line: it never came near this point of it (from 1).
    LeftTheLine {
        /// The point, counted from the line's start.
        point: usize,
        /// How many points the line has.
        of: usize,
    },
    /// It ended too far from a wall.
    FarFromWall {
        /// Centimetres from the body to the nearest wall.
        distance: f64,
        /// The most allowed.
        allowed: f64,
    },
    /// It ended elsewhere.
    EndedElsewhere {
        /// Where it should end.
        expected: (f64, f64),
        /// Where it ended.
        got: (f64, f64),
    },
}

impl RoverGoal {
    /// The first thing `simulation`'s run does not meet (`None`: the goal is met).
    pub fn problem(&self, simulation: &Simulation) -> Option<RoverProblem> {
        let pose = simulation.state.pose;
        if self.touch_nothing {
            if let Some(time) = simulation.first_collision {
                return Some(RoverProblem::Touched {
                    seconds: time as f64 / 1_000_000.0,
                });
            }
        }
        if self.follow_line {
            if let Some(line) = simulation.field.lines.first() {
                // Each point of the line in turn, the robot's centre passing near it.
                let mut next = 0;
                // The robot's centre or its centre sensor (what follows the
                // line) near each point in turn: a line that ends at a wall
                // is followed to its end by a sensor the body cannot bring
                // its centre to.
                let start = simulation.field.start;
                let poses = std::iter::once(start)
                    .chain(simulation.samples.iter().map(|sample| sample.pose));
                let (sensor_ahead, _) = SENSOR_OFFSETS[1];
                for pose in poses {
                    let Some(point) = line.points.get(next) else {
                        break;
                    };
                    let near = |(x, y): (f64, f64)| {
                        distance_to_segment(x, y, *point, *point) <= LINE_TOLERANCE
                    };
                    if near((pose.x, pose.y)) || near(point_on_robot(pose, sensor_ahead, 0.0)) {
                        next += 1;
                    }
                }
                if next < line.points.len() {
                    return Some(RoverProblem::LeftTheLine {
                        point: next + 1,
                        of: line.points.len(),
                    });
                }
            }
        }
        if let Some(zone_name) = &self.reach_zone {
            let inside = simulation
                .field
                .zones
                .iter()
                .any(|zone| &zone.name == zone_name && zone.shape.contains(pose.x, pose.y));
            if !inside {
                return Some(RoverProblem::NotInZone {
                    zone: zone_name.clone(),
                });
            }
        }
        if let Some(allowed) = self.stop_near_wall {
            let distance =
                (simulation.field.distance_to_wall(pose.x, pose.y) - BODY_RADIUS).max(0.0);
            if distance > allowed {
                return Some(RoverProblem::FarFromWall { distance, allowed });
            }
        }
        if let Some((x, y, tolerance)) = self.end_at {
            let off = ((pose.x - x) * (pose.x - x) + (pose.y - y) * (pose.y - y)).sqrt();
            if off > tolerance {
                return Some(RoverProblem::EndedElsewhere {
                    expected: (x, y),
                    got: (pose.x, pose.y),
                });
            }
        }
        None
    }
}
