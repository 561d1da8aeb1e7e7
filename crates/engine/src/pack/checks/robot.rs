//! The goal check of robot lessons: the pupil's program runs in every world
//! variant of the lesson (in slices, with the lesson's work budget and the
//! checks' seed) and must reach the goal in each: the variant's own goal,
//! or, when it gives none, where the reference solution ends in that same
//! variant. The first variant that fails is named, so a program that
//! remembers one world's path instead of looking fails on the next.

use super::explain::variant_explanation;
use super::turtle::failure_outcome;
use super::{checked_vm, run_slice, CheckOutcome};
use crate::pack::error::message;
use crate::python::syntax::token::LineIndex;
use crate::python::vm::error::Explanation;
use crate::python::vm::machine::Vm;
use crate::python::vm::run::{RunOutcome, RuntimeFailure};
use crate::worlds::robot::{playground_world, Goal, GoalProblem, RobotRecord, RobotTask};

/// Why a variant of a robot lesson failed.
#[derive(Clone, Debug, PartialEq)]
pub enum VariantFailure {
    /// The program ended without reaching the goal.
    Goal(GoalProblem),
    /// The program stopped with an error (the robot's crash among them).
    Crashed(RuntimeFailure),
    /// The program took more work than the lesson allows.
    TooMuchWork,
    /// The program waited for input.
    NeedsMoreInput,
    /// The program does not compile.
    NotValid {
        /// Its line.
        line: u32,
    },
}

/// How a robot program's run ended: its record (the start world when it
/// never used the robot) and its failure, if it failed.
#[derive(Clone, Debug)]
pub struct RobotRunEnd {
    /// What the robot did.
    pub record: RobotRecord,
    /// Why it did not finish, if it did not.
    pub failure: Option<VariantFailure>,
}

/// One program running in one world variant (for the checks, and for the
/// stage's faint goal when a variant has none of its own).
pub struct RobotRun {
    vm: Vm,
}

impl RobotRun {
    /// Starts `source` in `task`'s world `variant` with a lesson's work
    /// budget; a program that does not compile ends at once.
    pub fn start(
        source: &str,
        work_budget: u64,
        task: &RobotTask,
        variant: usize,
    ) -> Result<RobotRun, Box<RobotRunEnd>> {
        match checked_vm(source, work_budget) {
            Ok(mut vm) => {
                vm.close_input();
                vm.set_robot_world(task, variant);
                Ok(RobotRun { vm })
            }
            Err(error) => Err(Box::new(RobotRunEnd {
                record: start_record(task, variant),
                failure: Some(VariantFailure::NotValid {
                    line: LineIndex::new(source).line(error.span.start),
                }),
            })),
        }
    }

    /// Runs a slice with at most about `fuel_left` units of work (taking
    /// what it spent off it); how the run ended, once it has.
    pub fn advance(&mut self, fuel_left: &mut u64) -> Option<RobotRunEnd> {
        let failure = match run_slice(&mut self.vm, fuel_left) {
            RunOutcome::Paused => return None,
            RunOutcome::WaitingForInput | RunOutcome::WaitingForFrame | RunOutcome::Finished => {
                None
            }
            RunOutcome::Failed(failure)
                if failure.explanation.id == "python-runtime-robot-too-many-steps" =>
            {
                Some(VariantFailure::TooMuchWork)
            }
            RunOutcome::Failed(failure) => Some(match failure_outcome(failure) {
                CheckOutcome::TooMuchWork => VariantFailure::TooMuchWork,
                CheckOutcome::NeedsMoreInput => VariantFailure::NeedsMoreInput,
                CheckOutcome::Failed { failure, .. } => VariantFailure::Crashed(failure),
                _ => VariantFailure::TooMuchWork,
            }),
        };
        Some(RobotRunEnd {
            record: self.vm.robot_record_or_start(),
            failure,
        })
    }
}

/// A record of no steps in `task`'s world `variant`.
fn start_record(task: &RobotTask, variant: usize) -> RobotRecord {
    let world = task.variants.get(variant).or(task.variants.first());
    RobotRecord::new(world.map_or_else(playground_world, |variant| variant.world.clone()))
}

/// Where a goal check stands in a variant.
enum Phase {
    /// The pupil's program runs.
    Pupil,
    /// The reference solution runs, the pupil's end known.
    Reference(Box<RobotRecord>),
}

/// A robot lesson's goal check, variant after variant.
pub(super) struct GoalChecking {
    task: RobotTask,
    /// Whether a goal taken from the reference's end asks the direction too.
    facing: bool,
    variant: usize,
    phase: Phase,
    running: Option<RobotRun>,
}

impl GoalChecking {
    /// The goal check of `task`, from its first variant.
    pub(super) fn new(task: RobotTask, facing: bool) -> GoalChecking {
        GoalChecking {
            task,
            facing,
            variant: 0,
            phase: Phase::Pupil,
            running: None,
        }
    }

    /// Works a slice further; the outcome once every variant passed or one
    /// failed.
    pub(super) fn advance(
        &mut self,
        code: &str,
        solution: &str,
        work_budget: u64,
        fuel_left: &mut u64,
    ) -> Option<CheckOutcome> {
        while *fuel_left > 0 {
            let Some(variant) = self.task.variants.get(self.variant) else {
                return Some(CheckOutcome::Passed);
            };
            let source = match self.phase {
                Phase::Pupil => code,
                Phase::Reference(_) => solution,
            };
            let end = match self.running.as_mut() {
                None => match RobotRun::start(source, work_budget, &self.task, self.variant) {
                    Ok(run) => {
                        self.running = Some(run);
                        continue;
                    }
                    Err(end) => *end,
                },
                Some(run) => match run.advance(fuel_left) {
                    Some(end) => end,
                    None => continue,
                },
            };
            self.running = None;
            let number = self.variant as u32 + 1;
            let failed = |failure| CheckOutcome::RobotFailed {
                variant: number,
                failure,
            };
            let pupil_end = match std::mem::replace(&mut self.phase, Phase::Pupil) {
                Phase::Pupil => {
                    if let Some(failure) = end.failure {
                        return Some(failed(failure));
                    }
                    if variant.goal.is_none() {
                        self.phase = Phase::Reference(Box::new(end.record));
                        continue;
                    }
                    end.record
                }
                Phase::Reference(pupil_end) => {
                    if end.failure.is_some() {
                        return Some(CheckOutcome::ReferenceFails);
                    }
                    let goal = Goal::of_end(&end.record.now, self.facing);
                    if let Some(problem) = goal.problem(&pupil_end.now) {
                        return Some(failed(VariantFailure::Goal(problem)));
                    }
                    self.variant += 1;
                    continue;
                }
            };
            if let Some(problem) = variant
                .goal
                .as_ref()
                .and_then(|goal| goal.problem(&pupil_end.now))
            {
                return Some(failed(VariantFailure::Goal(problem)));
            }
            self.variant += 1;
        }
        None
    }
}

/// What a program did in one world variant, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct VariantReport {
    /// Whether it met the goal (or, with no goal to judge, ran to its end).
    pub met: bool,
    /// The goal met and in how many steps, where the robot ended, or why
    /// the goal was not met.
    pub explanation: Explanation,
}

/// Runs `code` in every world variant of `task` and says what happened in
/// each: the goal met, or the first thing wrong (the variant's goal, else
/// where `solution` ends there; with neither, where the robot ended). For
/// `sandbox robot` and tests; the page checks in slices.
pub fn variant_reports(
    task: &RobotTask,
    code: &str,
    solution: Option<&str>,
    facing: bool,
    work_budget: u64,
) -> Vec<VariantReport> {
    let mut reports = Vec::new();
    for (index, variant) in task.variants.iter().enumerate() {
        let end = run_to_end(code, work_budget, task, index);
        let robot = end.record.now.robot;
        let ended = |id: &'static str| {
            message(
                id,
                &[
                    ("variant", &(index + 1).to_string()),
                    ("steps", &end.record.steps.len().to_string()),
                    ("x", &robot.x.to_string()),
                    ("y", &robot.y.to_string()),
                    ("direction", robot.facing.name()),
                ],
            )
        };
        let failed = |failure: &VariantFailure| VariantReport {
            met: false,
            explanation: variant_explanation(index as u32 + 1, failure),
        };
        // The pupil's own failure first, as the check says it.
        if let Some(failure) = &end.failure {
            reports.push(failed(failure));
            continue;
        }
        let goal = match (&variant.goal, solution) {
            (Some(goal), _) => Some(Some(goal.clone())),
            (None, Some(solution)) => {
                let reference = run_to_end(solution, work_budget, task, index);
                let goal = Goal::of_end(&reference.record.now, facing);
                Some(reference.failure.is_none().then_some(goal))
            }
            (None, None) => None,
        };
        reports.push(match goal {
            None => VariantReport {
                met: true,
                explanation: ended("robot-report-no-goal"),
            },
            Some(None) => VariantReport {
                met: false,
                explanation: message("check-reference-fails", &[]),
            },
            Some(Some(goal)) => match goal.problem(&end.record.now) {
                None => VariantReport {
                    met: true,
                    explanation: ended("robot-report-goal-met"),
                },
                Some(problem) => failed(&VariantFailure::Goal(problem)),
            },
        });
    }
    reports
}

/// Runs `source` in world `variant` of `task` to its end.
fn run_to_end(source: &str, work_budget: u64, task: &RobotTask, variant: usize) -> RobotRunEnd {
    match RobotRun::start(source, work_budget, task, variant) {
        Ok(mut run) => loop {
            let mut fuel = 10_000_000;
            if let Some(end) = run.advance(&mut fuel) {
                break end;
            }
        },
        Err(end) => *end,
    }
}

/// The work the page spends, when a robot lesson opens, running its
/// reference solution in the worlds that have no goal of their own, to draw
/// their goals (all of them together, so opening a lesson stays quick).
pub const GOAL_DRAWING_WORK: u64 = 500_000;

/// The goal of each of `task`'s variants as the stage draws it: the
/// variant's own, else where `solution` ends there (with the direction if
/// `facing`). The runs of `solution` share `fuel` units of work, so opening
/// a lesson never takes long; a variant whose run does not end within what
/// is left gets `None` (no goal drawn; its check still runs in full).
pub fn variant_goals(
    task: &RobotTask,
    solution: &str,
    facing: bool,
    fuel: u64,
) -> Vec<Option<Goal>> {
    let mut fuel_left = fuel;
    (0..task.variants.len())
        .map(|index| {
            if let Some(goal) = &task.variants[index].goal {
                return Some(goal.clone());
            }
            if fuel_left == 0 {
                return None;
            }
            let mut run = RobotRun::start(solution, fuel_left, task, index).ok()?;
            let end = run.advance(&mut fuel_left)?;
            match end.failure {
                None => Some(Goal::of_end(&end.record.now, facing)),
                Some(_) => None,
            }
        })
        .collect()
}
