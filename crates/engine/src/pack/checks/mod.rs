//! Running a lesson's checks on a pupil's code, in slices of work so the page
//! never freezes: [`LessonChecking::step`] is called with some fuel until it
//! gives the [`CheckReport`]. [`check_code`] runs it to the end (tests, the
//! command line).
//!
//! Each output or call check runs the code in a fresh VM with the lesson's
//! work budget and a fixed seed; rules read the syntax tree. A call check
//! appends two assignments to the code (`__bastau_expected__ = (...)`,
//! `__bastau_got__ = function(arguments)`) and the VM compares them itself,
//! so the program cannot redefine `==` or `repr` for the check.

mod animation;
mod compare;
mod explain;
mod robot;
mod rover;
mod rules;
mod turtle;

pub use animation::FrameDifference;
pub use compare::{first_difference, significant_lines};
pub use explain::{case_labels, localize, outcome_explanation};
pub use robot::{
    variant_goals, variant_reports, RobotRun, RobotRunEnd, VariantFailure, VariantReport,
    GOAL_DRAWING_WORK,
};
pub use rules::{lines_of_code, ProgramFacts};
pub use turtle::{CheckedDrawings, DrawingRun, DrawnRun, PoseDifference};

use std::rc::Rc;

use crate::worlds::turtle::SegmentDifference;
use turtle::{judge_drawing, ComparedPictures};

use super::{CallExpectation, Check, CheckKind, Lesson, RuleTarget};
use crate::python::compiler::codegen::{compile, CompileError};
use crate::python::syntax::parser::parse_module;
use crate::python::syntax::token::LineIndex;
use crate::python::vm::machine::{Limits, Vm};
use crate::python::vm::run::{RunOutcome, RuntimeFailure};

/// The seed of `random` in checks: the same code always gets the same result.
pub const CHECK_SEED: u64 = 1;

/// The global a call check's result is kept in.
const GOT: &str = "__bastau_got__";
/// The global a call check's expected value is kept in.
const EXPECTED: &str = "__bastau_expected__";

/// What every check of a lesson said about one program.
#[derive(Clone, Debug)]
pub struct CheckReport {
    /// One result per check, in the lesson's order; a single
    /// [`CheckOutcome::NotValid`] when the code does not compile.
    pub results: Vec<CheckResult>,
    /// A turtle lesson's two drawings, once its turtle checks have run.
    pub drawings: Option<Rc<CheckedDrawings>>,
}

/// Two reports are equal when their results are, and they share their
/// drawings (or have none): the drawings are a run's whole record, too big
/// to compare on every render, and a report's drawings never change.
impl PartialEq for CheckReport {
    fn eq(&self, other: &CheckReport) -> bool {
        self.results == other.results
            && match (&self.drawings, &other.drawings) {
                (Some(mine), Some(theirs)) => Rc::ptr_eq(mine, theirs),
                (None, None) => true,
                _ => false,
            }
    }
}

impl CheckReport {
    /// Whether every check passed.
    pub fn passed(&self) -> bool {
        !self.results.is_empty()
            && self
                .results
                .iter()
                .all(|result| result.outcome == CheckOutcome::Passed)
    }

    /// How many checks passed.
    pub fn passed_count(&self) -> usize {
        self.results
            .iter()
            .filter(|result| result.outcome == CheckOutcome::Passed)
            .count()
    }
}

/// One check's result.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckResult {
    /// The check, as the lesson has it.
    pub check: Check,
    /// What happened.
    pub outcome: CheckOutcome,
}

/// What one check found.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckOutcome {
    /// The check passed.
    Passed,
    /// The code does not compile (the only result then).
    NotValid {
        /// The error.
        error: CompileError,
        /// Its line.
        line: u32,
    },
    /// The program printed something else.
    WrongOutput {
        /// What it printed.
        got: String,
        /// The first significant line that differs, from 0.
        first_difference: usize,
    },
    /// The function returned another value.
    WrongResult {
        /// `repr` of what it returned.
        got: String,
        /// `repr` of what was expected.
        expected: String,
        /// Whether it printed something while returning `None` (it printed
        /// instead of returning).
        printed_instead: bool,
    },
    /// The function should have raised `expected`, and returned `got` (a repr).
    DidNotRaise {
        /// `repr` of what it returned.
        got: String,
    },
    /// The program or the function stopped with an error.
    Failed {
        /// The error.
        failure: RuntimeFailure,
        /// Whether it came from the code outside the function (a call check).
        outside_function: bool,
    },
    /// The program has no function of that name.
    MissingFunction,
    /// The run took more work than the lesson allows (an endless loop?).
    TooMuchWork,
    /// The program waited for more input than the check gives.
    NeedsMoreInput,
    /// A "uses" rule: the program does not use it.
    NotUsed,
    /// An "avoids" rule: the program uses it, first on this line.
    Used {
        /// The first line using it.
        line: u32,
    },
    /// Too many lines of code.
    TooManyLines {
        /// The lines the program has.
        lines: u32,
    },
    /// A drawing check: the lines drawn are not the reference's.
    DrawingDiffers {
        /// The lines missing and extra.
        difference: SegmentDifference,
        /// Whether the lines are right and only their colours are not.
        only_colors: bool,
    },
    /// A pose check: the turtle ended elsewhere, or looking elsewhere.
    PoseDiffers(PoseDifference),
    /// An overlap check: too little of the picture agrees with the reference.
    PictureDiffers {
        /// The share that agrees, in percent (rounded down).
        percent: u32,
        /// The share needed, in percent.
        needed: u32,
    },
    /// The lesson's own reference solution does not run to the end (a
    /// mistake in the pack, for the teacher).
    ReferenceFails,
    /// An animation check: the program ended (or never drew a frame)
    /// before the frame the check asks about.
    NoAnimation {
        /// The frames it drew.
        frames: u64,
    },
    /// A state check: the condition is false after its frame.
    ConditionFalse {
        /// `repr` of what the condition gave.
        got: String,
    },
    /// A frame check: the frame's shapes are not the reference's.
    FrameDiffers(FrameDifference),
    /// A wheeled-robot lesson's goal check: the run does not meet the goal.
    RoverFailed(crate::worlds::rover::RoverProblem),
    /// A robot lesson's goal check: the program failed in a world variant.
    RobotFailed {
        /// The variant, from 1.
        variant: u32,
        /// How it failed there.
        failure: VariantFailure,
    },
}

/// How far a checking has come.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckingStep {
    /// Still working: `done` of `total` checks finished.
    Working {
        /// Checks finished.
        done: usize,
        /// All checks.
        total: usize,
    },
    /// Every check has run.
    Finished(CheckReport),
}

/// The checks of a lesson running on one program.
pub struct LessonChecking {
    checks: Vec<Check>,
    code: String,
    work_budget: u64,
    results: Vec<CheckResult>,
    /// The run of the current check, if it has started.
    running: Option<Vm>,
    /// The program's lines, to tell its own errors from a call check's.
    code_lines: u32,
    finished: Option<CheckReport>,
    /// A turtle lesson's reference solution.
    solution: String,
    /// The turtle program running for the drawing checks (the pupil's
    /// first, then the reference's).
    turtle_running: Option<DrawingRun>,
    /// What the pupil's program drew, once run.
    pupil_drawing: Option<DrawnRun>,
    /// The drawings, once both have run, and their pictures.
    drawings: Option<(Rc<CheckedDrawings>, Rc<ComparedPictures>)>,
    /// A robot lesson's worlds.
    robot_task: Option<crate::worlds::robot::RobotTask>,
    /// The goal check running, if one is.
    goal_running: Option<robot::GoalChecking>,
    /// The program an animation check is running to its frame.
    frame_running: Option<animation::FrameRun>,
    /// A frame check's pupil run, once it has reached the frame.
    frame_pupil: Option<animation::FrameRunEnd>,
    /// A wheeled-robot lesson's field and goal.
    rover_task: Option<crate::worlds::rover::RoverTask>,
    /// The wheeled-robot program running for the goal check.
    rover_running: Option<rover::RoverRun>,
}

impl LessonChecking {
    /// Prepares the checks of `lesson` for `code`; a code that does not
    /// compile is reported at once.
    pub fn new(lesson: &Lesson, code: &str) -> LessonChecking {
        let mut checking = LessonChecking {
            checks: lesson.checks.clone(),
            code: code.to_owned(),
            work_budget: lesson.work_budget,
            results: Vec::new(),
            running: None,
            code_lines: code.lines().count() as u32,
            finished: None,
            solution: lesson.solution.clone(),
            turtle_running: None,
            pupil_drawing: None,
            drawings: None,
            robot_task: lesson.robot.clone(),
            goal_running: None,
            frame_running: None,
            frame_pupil: None,
            rover_task: lesson.rover.clone(),
            rover_running: None,
        };
        if let Err(error) = compile(code) {
            checking.finished = Some(CheckReport {
                results: vec![CheckResult {
                    check: lesson.checks.first().cloned().unwrap_or(Check {
                        kind: CheckKind::MaxLines(u32::MAX),
                        line: None,
                    }),
                    outcome: CheckOutcome::NotValid {
                        line: LineIndex::new(code).line(error.span.start),
                        error,
                    },
                }],
                drawings: None,
            });
        }
        checking
    }

    /// Works on the checks with at most about `fuel` units of work.
    pub fn step(&mut self, fuel: u64) -> CheckingStep {
        let mut fuel_left = fuel;
        loop {
            if let Some(report) = &self.finished {
                return CheckingStep::Finished(report.clone());
            }
            let index = self.results.len();
            let Some(check) = self.checks.get(index).cloned() else {
                self.finished = Some(CheckReport {
                    results: std::mem::take(&mut self.results),
                    drawings: self
                        .drawings
                        .as_ref()
                        .map(|(drawings, _)| Rc::clone(drawings)),
                });
                continue;
            };
            if fuel_left == 0 {
                return CheckingStep::Working {
                    done: index,
                    total: self.checks.len(),
                };
            }
            let outcome = match &check.kind {
                CheckKind::Uses(target) | CheckKind::Avoids(target) => {
                    Some(self.rule(&check.kind, target))
                }
                CheckKind::MaxLines(limit) => {
                    let lines = lines_of_code(&self.code);
                    Some(if lines <= *limit {
                        CheckOutcome::Passed
                    } else {
                        CheckOutcome::TooManyLines { lines }
                    })
                }
                CheckKind::Output { .. } | CheckKind::Call { .. } => {
                    self.run_check(&check.kind, &mut fuel_left)
                }
                CheckKind::Drawing { .. } | CheckKind::Pose { .. } | CheckKind::Overlap { .. } => {
                    self.drawings(&mut fuel_left).map(|(drawings, pictures)| {
                        judge_drawing(&check.kind, &drawings, &pictures)
                    })
                }
                CheckKind::State {
                    frame,
                    input,
                    condition,
                    ..
                } => self.state_check(*frame, input, condition, &mut fuel_left),
                CheckKind::Frame {
                    frame,
                    input,
                    tolerance,
                    colors,
                } => self.frame_check(*frame, input, *tolerance, *colors, &mut fuel_left),
                CheckKind::RoverGoal => self.rover_goal(&mut fuel_left),
                CheckKind::Goal { facing } => {
                    let task = self.robot_task.clone().unwrap_or_default();
                    let running = self
                        .goal_running
                        .get_or_insert_with(|| robot::GoalChecking::new(task, *facing));
                    let outcome = running.advance(
                        &self.code,
                        &self.solution,
                        self.work_budget,
                        &mut fuel_left,
                    );
                    if outcome.is_some() {
                        self.goal_running = None;
                    }
                    outcome
                }
            };
            if let Some(outcome) = outcome {
                self.results.push(CheckResult { check, outcome });
            }
        }
    }

    /// Runs the pupil's program, then the reference solution, a slice
    /// further; both drawings once both have run.
    fn drawings(
        &mut self,
        fuel_left: &mut u64,
    ) -> Option<(Rc<CheckedDrawings>, Rc<ComparedPictures>)> {
        while self.drawings.is_none() {
            if *fuel_left == 0 {
                return None;
            }
            let source = match &self.pupil_drawing {
                None => &self.code,
                Some(_) => &self.solution,
            };
            if self.turtle_running.is_none() {
                match DrawingRun::start(source, self.work_budget) {
                    Ok(run) => self.turtle_running = Some(run),
                    Err(finished) => self.drawing_finished(*finished),
                }
                continue;
            }
            let finished = self.turtle_running.as_mut()?.advance(fuel_left)?;
            self.turtle_running = None;
            self.drawing_finished(finished);
        }
        self.drawings.clone()
    }

    /// A state check a slice further: the pupil's program to the frame,
    /// then its condition.
    fn state_check(
        &mut self,
        frame: u64,
        input: &[String],
        condition: &str,
        fuel_left: &mut u64,
    ) -> Option<CheckOutcome> {
        let end =
            self.run_to_frame(&self.code.clone(), Some(condition), input, frame, fuel_left)?;
        Some(match end {
            animation::FrameRunEnd::Failed(outcome) => outcome,
            animation::FrameRunEnd::Reached {
                condition: Some((true, _)),
                ..
            } => CheckOutcome::Passed,
            animation::FrameRunEnd::Reached {
                condition: Some((false, got)),
                ..
            } => CheckOutcome::ConditionFalse { got },
            animation::FrameRunEnd::Reached {
                condition: None, ..
            } => CheckOutcome::NoAnimation { frames: frame },
        })
    }

    /// A frame check a slice further: the pupil's program to the frame,
    /// then the reference solution, then the two frames compared.
    fn frame_check(
        &mut self,
        frame: u64,
        input: &[String],
        tolerance: f64,
        colors: bool,
        fuel_left: &mut u64,
    ) -> Option<CheckOutcome> {
        if self.frame_pupil.is_none() {
            let end = self.run_to_frame(&self.code.clone(), None, input, frame, fuel_left)?;
            if let animation::FrameRunEnd::Failed(outcome) = end {
                return Some(outcome);
            }
            self.frame_pupil = Some(end);
        }
        let reference = self.run_to_frame(&self.solution.clone(), None, input, frame, fuel_left)?;
        let pupil = self.frame_pupil.take()?;
        let (
            animation::FrameRunEnd::Reached { shapes: mine, .. },
            animation::FrameRunEnd::Reached { shapes: wanted, .. },
        ) = (pupil, reference)
        else {
            return Some(CheckOutcome::ReferenceFails);
        };
        Some(
            match animation::compare_frames(&mine, &wanted, tolerance, colors) {
                None => CheckOutcome::Passed,
                Some(difference) => CheckOutcome::FrameDiffers(difference),
            },
        )
    }

    /// A wheeled-robot goal check a slice further.
    fn rover_goal(&mut self, fuel_left: &mut u64) -> Option<CheckOutcome> {
        if self.rover_running.is_none() {
            let task = self.rover_task.clone()?;
            match rover::RoverRun::start(&self.code, task, self.work_budget) {
                Ok(run) => self.rover_running = Some(run),
                Err(outcome) => return Some(*outcome),
            }
        }
        let outcome = self.rover_running.as_mut()?.advance(fuel_left)?;
        self.rover_running = None;
        Some(outcome)
    }

    /// Runs `source` to frame `frame` a slice further (starting it first).
    fn run_to_frame(
        &mut self,
        source: &str,
        condition: Option<&str>,
        input: &[String],
        frame: u64,
        fuel_left: &mut u64,
    ) -> Option<animation::FrameRunEnd> {
        if self.frame_running.is_none() {
            match animation::FrameRun::start(source, condition, input, frame, self.work_budget) {
                Ok(run) => self.frame_running = Some(run),
                Err(end) => return Some(*end),
            }
        }
        let end = self.frame_running.as_mut()?.advance(fuel_left)?;
        self.frame_running = None;
        Some(end)
    }

    fn drawing_finished(&mut self, finished: DrawnRun) {
        match self.pupil_drawing.take() {
            None => self.pupil_drawing = Some(finished),
            Some(pupil) => {
                let drawings = CheckedDrawings {
                    pupil,
                    reference: finished,
                };
                let pictures = ComparedPictures::of(&drawings);
                self.drawings = Some((Rc::new(drawings), Rc::new(pictures)));
            }
        }
    }

    fn rule(&self, kind: &CheckKind, target: &RuleTarget) -> CheckOutcome {
        let first_use = match parse_module(&self.code) {
            Ok(module) => ProgramFacts::of(&module, &self.code).first_use(target),
            Err(_) => None,
        };
        match (kind, first_use) {
            (CheckKind::Uses(_), Some(_)) | (CheckKind::Avoids(_), None) => CheckOutcome::Passed,
            (CheckKind::Uses(_), None) => CheckOutcome::NotUsed,
            (_, Some(line)) => CheckOutcome::Used { line },
            (_, None) => CheckOutcome::Passed,
        }
    }

    /// Runs the current output or call check a slice further; its outcome once it has one.
    fn run_check(&mut self, kind: &CheckKind, fuel_left: &mut u64) -> Option<CheckOutcome> {
        if self.running.is_none() {
            match self.start_run(kind) {
                Ok(vm) => self.running = Some(vm),
                Err(outcome) => return Some(outcome),
            }
        }
        let outcome = run_slice(self.running.as_mut()?, fuel_left);
        let finished = match outcome {
            RunOutcome::Paused => return None,
            RunOutcome::WaitingForInput | RunOutcome::WaitingForFrame => Ok(()),
            RunOutcome::Finished => Ok(()),
            RunOutcome::Failed(failure) => Err(failure),
        };
        let mut vm = self.running.take()?;
        let output = vm.take_output();
        Some(match finished {
            Ok(()) => judge_finished(kind, &mut vm, output),
            Err(failure) => self.judge_failure(kind, failure, output),
        })
    }

    fn start_run(&self, kind: &CheckKind) -> Result<Vm, CheckOutcome> {
        let source = match kind {
            CheckKind::Call {
                function,
                arguments,
                expected,
                ..
            } => {
                let mut source = self.code.clone();
                if !source.ends_with('\n') {
                    source.push('\n');
                }
                if let CallExpectation::Returns(expected) = expected {
                    source.push_str(&format!("{EXPECTED} = ({expected}\n)\n"));
                }
                source.push_str(&format!("{GOT} = {function}({arguments})\n"));
                source
            }
            _ => self.code.clone(),
        };
        let mut vm =
            checked_vm(&source, self.work_budget).map_err(|error| CheckOutcome::NotValid {
                line: LineIndex::new(&source).line(error.span.start),
                error,
            })?;
        if let CheckKind::Output { input, .. } = kind {
            for line in input.lines() {
                vm.provide_input(line);
            }
        }
        vm.close_input();
        Ok(vm)
    }

    fn judge_failure(
        &self,
        kind: &CheckKind,
        failure: RuntimeFailure,
        _output: String,
    ) -> CheckOutcome {
        if failure.explanation.id == "python-runtime-work-limit" {
            return CheckOutcome::TooMuchWork;
        }
        let outermost_line = failure
            .traceback
            .first()
            .map_or(failure.line, |(_, line)| *line);
        let in_check_lines = outermost_line > self.code_lines;
        match kind {
            CheckKind::Output { .. } if failure.type_name == "EOFError" => {
                CheckOutcome::NeedsMoreInput
            }
            CheckKind::Call {
                function, expected, ..
            } if in_check_lines => {
                if failure.type_name == "NameError"
                    && failure.traceback.len() <= 1
                    && failure.message.contains(&format!("'{function}'"))
                {
                    return CheckOutcome::MissingFunction;
                }
                match expected {
                    CallExpectation::Raises(expected_type)
                        if *expected_type == failure.type_name =>
                    {
                        CheckOutcome::Passed
                    }
                    _ => {
                        let mut failure = failure;
                        if failure.line > self.code_lines {
                            // Raised by the call itself (wrong number of
                            // arguments...): no line of the pupil's to show.
                            failure.line = 0;
                        }
                        CheckOutcome::Failed {
                            failure,
                            outside_function: false,
                        }
                    }
                }
            }
            CheckKind::Call { .. } => CheckOutcome::Failed {
                failure,
                outside_function: true,
            },
            _ => CheckOutcome::Failed {
                failure,
                outside_function: false,
            },
        }
    }
}

fn judge_finished(kind: &CheckKind, vm: &mut Vm, output: String) -> CheckOutcome {
    match kind {
        CheckKind::Output {
            output: expected, ..
        } => match first_difference(expected, &output) {
            None => CheckOutcome::Passed,
            Some(first_difference) => CheckOutcome::WrongOutput {
                got: output,
                first_difference,
            },
        },
        CheckKind::Call { expected, .. } => match expected {
            CallExpectation::Returns(_) => match vm.compare_globals(GOT, EXPECTED) {
                Some(comparison) if comparison.equal => CheckOutcome::Passed,
                Some(comparison) => CheckOutcome::WrongResult {
                    printed_instead: comparison.first_repr == "None" && !output.trim().is_empty(),
                    got: comparison.first_repr,
                    expected: comparison.second_repr,
                },
                // The code's own top level ended the run early (`exit()`).
                None => CheckOutcome::MissingFunction,
            },
            CallExpectation::Raises(_) => {
                let got = vm
                    .compare_globals(GOT, GOT)
                    .map(|comparison| comparison.first_repr)
                    .unwrap_or_default();
                CheckOutcome::DidNotRaise { got }
            }
        },
        _ => CheckOutcome::Passed,
    }
}

/// A VM for a check's run of `source`: the lesson's work budget, the
/// checks' seed, no prompts shown (input is given before it starts and then
/// closed by the caller).
fn checked_vm(source: &str, work_budget: u64) -> Result<Vm, CompileError> {
    let limits = Limits {
        work: work_budget,
        ..Limits::default()
    };
    let mut vm = Vm::start(source, limits, CHECK_SEED)?;
    vm.hide_prompts();
    Ok(vm)
}

/// Runs `vm` a slice with at most about `fuel_left` units of work, taking
/// what it spent (at least 1) off it.
fn run_slice(vm: &mut Vm, fuel_left: &mut u64) -> RunOutcome {
    let work_before = vm.work_done();
    let outcome = vm.run(*fuel_left);
    let spent = vm.work_done().saturating_sub(work_before).max(1);
    *fuel_left = fuel_left.saturating_sub(spent);
    outcome
}

/// Runs every check of `lesson` on `code` to the end.
pub fn check_code(lesson: &Lesson, code: &str) -> CheckReport {
    let mut checking = LessonChecking::new(lesson, code);
    loop {
        if let CheckingStep::Finished(report) = checking.step(10_000_000) {
            return report;
        }
    }
}
