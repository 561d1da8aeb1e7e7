//! The checks of turtle lessons: the pupil's program and the lesson's
//! reference solution each run once (in slices, with the lesson's work
//! budget and the checks' seed), and every `drawing`, `pose` and `overlap`
//! check compares the two records. Both drawings go into the report, so the
//! stage can show the reference faintly under the pupil's and mark what
//! differs.

use super::{checked_vm, run_slice, CheckOutcome};
use crate::pack::{CheckKind, PoseExpectation};
use crate::python::syntax::token::LineIndex;
use crate::python::vm::machine::Vm;
use crate::python::vm::run::{RunOutcome, RuntimeFailure};
use crate::worlds::turtle::{
    compare_segments, overlap, picture_of, Picture, Point, TurtleState, TurtleWorld,
};

/// What a turtle program drew, and how its run ended.
#[derive(Clone, Debug)]
pub struct DrawnRun {
    /// The turtles and their record (empty when the program drew nothing).
    pub world: TurtleWorld,
    /// Where the main turtle ended (the module's own, else the first made).
    pub main_turtle: TurtleState,
    /// Why the run did not finish, as a check outcome.
    pub failure: Option<CheckOutcome>,
}

/// The two drawings a turtle lesson's checks compare.
#[derive(Clone, Debug)]
pub struct CheckedDrawings {
    /// The pupil's.
    pub pupil: DrawnRun,
    /// The reference solution's.
    pub reference: DrawnRun,
}

/// A pose check's finding: the first part of the pose that is off.
#[derive(Clone, Debug, PartialEq)]
pub enum PoseDifference {
    /// The turtle ended elsewhere.
    Place {
        /// Where it should be.
        expected: Point,
        /// Where it is.
        got: Point,
    },
    /// The turtle looks another way.
    Heading {
        /// The heading wanted, in degrees.
        expected: f64,
        /// Its heading.
        got: f64,
    },
    /// The pen is up when it should be down, or down when it should be up.
    Pen {
        /// Whether the pen should be down.
        expected_down: bool,
    },
}

/// One program of a turtle lesson run for its drawing (by the checks, and
/// by the stage for the reference drawing it shows faintly).
pub struct DrawingRun {
    vm: Vm,
}

impl DrawingRun {
    /// Starts `source` with a lesson's work budget; a program that does not
    /// compile is a finished run with that outcome.
    pub fn start(source: &str, work_budget: u64) -> Result<DrawingRun, Box<DrawnRun>> {
        match checked_vm(source, work_budget) {
            Ok(mut vm) => {
                vm.close_input();
                Ok(DrawingRun { vm })
            }
            Err(error) => Err(Box::new(DrawnRun {
                world: TurtleWorld::new(),
                main_turtle: TurtleState::new(),
                failure: Some(CheckOutcome::NotValid {
                    line: LineIndex::new(source).line(error.span.start),
                    error,
                }),
            })),
        }
    }

    /// Runs a slice with at most about `fuel_left` units of work (taking
    /// what it spent off it); the drawing once the program has ended.
    pub fn advance(&mut self, fuel_left: &mut u64) -> Option<DrawnRun> {
        let failure = match run_slice(&mut self.vm, fuel_left) {
            RunOutcome::Paused => return None,
            RunOutcome::WaitingForInput | RunOutcome::WaitingForFrame | RunOutcome::Finished => {
                None
            }
            RunOutcome::Failed(failure) => Some(failure_outcome(failure)),
        };
        Some(DrawnRun {
            world: self.vm.turtle_world().cloned().unwrap_or_default(),
            main_turtle: self.vm.main_turtle().cloned().unwrap_or_default(),
            failure,
        })
    }
}

pub(super) fn failure_outcome(failure: RuntimeFailure) -> CheckOutcome {
    if failure.explanation.id == "python-runtime-work-limit" {
        CheckOutcome::TooMuchWork
    } else if failure.type_name == "EOFError" {
        CheckOutcome::NeedsMoreInput
    } else {
        CheckOutcome::Failed {
            failure,
            outside_function: false,
        }
    }
}

/// The pictures of both drawings, made once for all of a lesson's turtle checks.
pub(super) struct ComparedPictures {
    pupil: Picture,
    reference: Picture,
}

impl ComparedPictures {
    /// The pictures `drawings`' records show.
    pub(super) fn of(drawings: &CheckedDrawings) -> ComparedPictures {
        ComparedPictures {
            pupil: picture_of(&drawings.pupil.world.events),
            reference: picture_of(&drawings.reference.world.events),
        }
    }
}

/// A turtle check's outcome, the two runs done.
pub(super) fn judge_drawing(
    kind: &CheckKind,
    drawings: &CheckedDrawings,
    pictures: &ComparedPictures,
) -> CheckOutcome {
    if let Some(failure) = &drawings.pupil.failure {
        return failure.clone();
    }
    if drawings.reference.failure.is_some() {
        return CheckOutcome::ReferenceFails;
    }
    let (pupil, reference) = (&pictures.pupil, &pictures.reference);
    match kind {
        CheckKind::Drawing { tolerance, colors } => {
            let difference = compare_segments(reference, pupil, *tolerance, *colors);
            if difference.is_empty() {
                CheckOutcome::Passed
            } else {
                CheckOutcome::DrawingDiffers {
                    only_colors: *colors
                        && compare_segments(reference, pupil, *tolerance, false).is_empty(),
                    difference,
                }
            }
        }
        CheckKind::Overlap { at_least, colors } => {
            let share = overlap(reference, pupil, *colors);
            if share >= *at_least {
                CheckOutcome::Passed
            } else {
                CheckOutcome::PictureDiffers {
                    percent: (share * 100.0).floor() as u32,
                    needed: (at_least * 100.0).ceil() as u32,
                }
            }
        }
        CheckKind::Pose {
            expected,
            tolerance,
        } => match pose_difference(
            expected,
            *tolerance,
            &drawings.reference.main_turtle,
            &drawings.pupil.main_turtle,
        ) {
            None => CheckOutcome::Passed,
            Some(difference) => CheckOutcome::PoseDiffers(difference),
        },
        _ => CheckOutcome::Passed,
    }
}

/// The first part of `got`'s pose that is off: against `expected`, or
/// against the reference's position and heading when nothing is given.
fn pose_difference(
    expected: &PoseExpectation,
    tolerance: f64,
    reference: &TurtleState,
    got: &TurtleState,
) -> Option<PoseDifference> {
    let expected = if expected.is_empty() {
        let position = reference.navigator.position;
        PoseExpectation {
            x: Some(position.x),
            y: Some(position.y),
            heading: Some(reference.navigator.heading()),
            pen_down: None,
        }
    } else {
        *expected
    };
    let position = got.navigator.position;
    let wanted = Point::new(
        expected.x.unwrap_or(position.x),
        expected.y.unwrap_or(position.y),
    );
    if (wanted.x - position.x).hypot(wanted.y - position.y) > tolerance {
        return Some(PoseDifference::Place {
            expected: wanted,
            got: position,
        });
    }
    if let Some(heading) = expected.heading {
        let got_heading = got.navigator.heading();
        let off = (heading - got_heading).rem_euclid(360.0);
        if off.min(360.0 - off) > tolerance {
            return Some(PoseDifference::Heading {
                expected: heading.rem_euclid(360.0),
                got: got_heading,
            });
        }
    }
    match expected.pen_down {
        Some(down) if down != got.pen_down => Some(PoseDifference::Pen {
            expected_down: down,
        }),
        _ => None,
    }
}
