//! Running the pupil's program in the page: the VM runs one slice per
//! animation frame, so the page never freezes and Stop always works.
//!
//! Each slice is sized by a [`SliceBudget`], afresh for every run: about
//! [`crate::services::slice_budget::TARGET_SLICE_MILLISECONDS`] of the
//! frame, less when the frame's whole work (measured by a timeout set in the
//! slice, which runs once the browser has rendered the frame) or late frames
//! show that what the frame paints after it does not fit (slow school
//! computers get smaller slices).
//! When a run ends in a slice that kept the frame busy (it ran a while, or
//! drew), the stage paints its end at once and the panels re-render at the
//! next frame, so the end's work is spread over two frames. The session keeps the
//! console's text, what the program waits for, how it ended and its variables;
//! the lesson page renders them and is told to re-render after every slice.
//!
//! A robot program runs in the world variant the stage shows; at a watched
//! speed it goes one robot step at a time (not one line), each step's line
//! marked, and the record of its steps grows in the session for the stage.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use engine::pack::checks::CHECK_SEED;
use engine::python::syntax::LineIndex;
use engine::python::vm::{Limits, RunOutcome, VariableView, Vm};
use engine::worlds::robot::{RobotRecord, RobotTask};
use engine::worlds::rover::{Field, RoverSample, RoverState, RoverTask};
use engine::worlds::turtle::{DrawEvent, TurtleState};
use yew::Callback;

use crate::components::code_editor::EditorControl;
use crate::services::animation_frame::{fresh_seed, now_milliseconds, AnimationFrame};
use crate::services::canvas_frames::{CanvasUpdate, CanvasView, FramePacing};
use crate::services::slice_budget::{SliceBudget, TARGET_SLICE_MILLISECONDS};
use crate::services::stage_pace::StagePace;
use crate::services::timer::Timeout;
use engine::worlds::canvas::CanvasEvent;

/// How often, at most, a run re-renders the panels (console, variables,
/// toolbar): about ten times a second; the stage paints every frame.
pub const PANEL_RENDER_INTERVAL_MILLISECONDS: f64 = 100.0;
/// A run that ends in a slice that ran this long (or drew) re-renders its
/// panels at the next frame: the frame has the slice and its painting already.
const END_RENDERS_LATER_MILLISECONDS: f64 = TARGET_SLICE_MILLISECONDS / 4.0;
/// The most a single step may run before it gives the page back.
const STEP_FUEL: u64 = 200_000;
/// The console keeps at most this many characters (the oldest go first).
const CONSOLE_CHARACTER_LIMIT: usize = 200_000;

/// How fast a run goes: every line shown (at so many lines a second), or as
/// fast as the computer can.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunSpeed {
    /// Two lines a second, each marked in the editor.
    Slow,
    /// Eight lines a second, each marked.
    Medium,
    /// Thirty lines a second, each marked.
    Fast,
    /// No marking: slices as big as a frame allows.
    Instant,
}

impl RunSpeed {
    /// Every speed, slowest first.
    pub const ALL: [RunSpeed; 4] = [
        RunSpeed::Slow,
        RunSpeed::Medium,
        RunSpeed::Fast,
        RunSpeed::Instant,
    ];

    /// Lines a second, or `None` for instant.
    fn lines_per_second(self) -> Option<f64> {
        match self {
            RunSpeed::Slow => Some(2.0),
            RunSpeed::Medium => Some(8.0),
            RunSpeed::Fast => Some(30.0),
            RunSpeed::Instant => None,
        }
    }

    /// The Fluent message naming it.
    pub fn message_id(self) -> &'static str {
        match self {
            RunSpeed::Slow => "run-speed-slow",
            RunSpeed::Medium => "run-speed-medium",
            RunSpeed::Fast => "run-speed-fast",
            RunSpeed::Instant => "run-speed-instant",
        }
    }

    /// A stable name, for the page's `<select>`.
    pub fn code(self) -> &'static str {
        match self {
            RunSpeed::Slow => "slow",
            RunSpeed::Medium => "medium",
            RunSpeed::Fast => "fast",
            RunSpeed::Instant => "instant",
        }
    }

    /// The speed called `code`.
    pub fn from_code(code: &str) -> Option<RunSpeed> {
        RunSpeed::ALL.into_iter().find(|speed| speed.code() == code)
    }
}

/// Where a run stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunStatus {
    /// Nothing has run yet.
    Idle,
    /// Running slice after slice.
    Running,
    /// Stopped between steps of a step-by-step run.
    Stepping,
    /// `input()` waits for the pupil's line.
    WaitingForInput,
    /// The program ended normally.
    Finished,
    /// The program ended with an error.
    Failed,
    /// The pupil stopped it.
    Stopped,
}

/// An error as the console shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorView {
    /// `Type: message`, as CPython prints it.
    pub headline: String,
    /// The line of the pupil's code.
    pub line: u32,
    /// The Fluent message that explains it, with its arguments.
    pub explanation_id: String,
    /// The explanation's arguments.
    pub explanation_arguments: Vec<(String, String)>,
}

/// A run and what the page shows of it.
pub struct RunSession {
    vm: Option<Vm>,
    frame: Option<AnimationFrame>,
    /// How much of the program each frame runs.
    slice_budget: SliceBudget,
    /// Measures the frame of the last slice that used all its fuel: a
    /// timeout of 0 ms set in the slice runs once the browser has rendered
    /// the frame (a task after the frame's own).
    frame_measure: Option<Timeout>,
    /// Whether the panels re-render at the next animation frame (the run
    /// ended in a busy frame).
    render_at_next_frame: bool,
    /// Where the run stands.
    pub status: RunStatus,
    /// What the program printed, with the lines typed for `input()`.
    pub console: String,
    /// How it failed, if it did.
    pub error: Option<ErrorView>,
    /// The variables at the last pause.
    pub variables: Vec<VariableView>,
    /// The seed of the run's `random` module (kept, so a run can be replayed).
    pub seed: u64,
    /// Whether older output was dropped from the console to keep it light.
    pub console_was_cut: bool,
    /// How fast runs go.
    pub speed: RunSpeed,
    /// When the last line was shown, in a watched run (milliseconds).
    last_line_at: f64,
    /// The line marked in the editor, so it is changed only when it changes.
    marked_line: Option<u32>,
    /// What the program's turtles drew so far (empty when it uses none).
    pub drawing: Vec<DrawEvent>,
    /// The turtles as they stand now.
    pub turtles: Vec<TurtleState>,
    /// Whether the program used `turtle` (the stage then shows its drawing).
    pub uses_turtle: bool,
    /// The code of the last run started.
    pub code: String,
    /// Counts the runs started and the robot worlds chosen (the stages
    /// repaint whole when it changes).
    pub run_number: u64,
    /// The stage's painter, called after every slice that drew, outside
    /// Yew's rendering.
    stage_painter: Option<Callback<()>>,
    /// What the robot did in this run, once the program used `robot`.
    pub robot: Option<RobotRecord>,
    /// The lesson's robot worlds, which robot programs run in.
    pub robot_task: Option<Rc<RobotTask>>,
    /// The world variant runs start in (from 0).
    pub robot_variant: usize,
    /// When the panels were last re-rendered during a run (milliseconds).
    last_render_at: f64,
    /// Whether a slice changed something the panels have not shown yet.
    render_pending: bool,
    /// A canvas program's frames, once the program imports `canvas`.
    pub canvas: Option<CanvasView>,
    /// When frames are due, and the keys and mouse for the next one.
    pacing: FramePacing,
    /// When the variables were last read during an animation.
    variables_read_at: f64,
    /// The wheeled robot's run, once the program uses `rover`.
    pub rover: Option<RoverView>,
    /// The lesson's field, which `rover` programs run on (`None`: the playground).
    pub rover_task: Option<Rc<RoverTask>>,
    /// Low-end mode, and whether the animation stayed slow.
    pub pace: StagePace,
}

/// What the stage shows of a wheeled robot's run.
#[derive(Clone, Debug)]
pub struct RoverView {
    /// The field.
    pub field: Rc<Field>,
    /// Every step so far.
    pub samples: Vec<RoverSample>,
    /// The robot now.
    pub state: RoverState,
}

/// The lesson page's handle on its run; cheap to clone.
#[derive(Clone)]
pub struct Runner {
    session: Rc<RefCell<RunSession>>,
    editor: EditorControl,
    on_change: Callback<()>,
}

impl PartialEq for Runner {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session, &other.session)
    }
}

impl Runner {
    /// A runner that marks lines in `editor` and calls `on_change` after every change.
    pub fn new(editor: EditorControl, on_change: Callback<()>) -> Runner {
        Runner {
            session: Rc::new(RefCell::new(RunSession {
                vm: None,
                frame: None,
                slice_budget: SliceBudget::default(),
                frame_measure: None,
                render_at_next_frame: false,
                status: RunStatus::Idle,
                console: String::new(),
                error: None,
                variables: Vec::new(),
                seed: 0,
                console_was_cut: false,
                speed: RunSpeed::Instant,
                last_line_at: 0.0,
                marked_line: None,
                drawing: Vec::new(),
                turtles: Vec::new(),
                uses_turtle: false,
                code: String::new(),
                run_number: 0,
                stage_painter: None,
                robot: None,
                robot_task: None,
                robot_variant: 0,
                last_render_at: 0.0,
                render_pending: false,
                canvas: None,
                pacing: FramePacing::default(),
                variables_read_at: 0.0,
                rover: None,
                rover_task: None,
                pace: StagePace::default(),
            })),
            editor,
            on_change,
        }
    }

    /// Reads the session (to render it).
    pub fn with_session<T>(&self, read: impl FnOnce(&RunSession) -> T) -> T {
        read(&self.session.borrow())
    }

    /// Whether a program is running, stepping or waiting for input.
    pub fn is_active(&self) -> bool {
        matches!(
            self.session.borrow().status,
            RunStatus::Running | RunStatus::Stepping | RunStatus::WaitingForInput
        )
    }

    /// Starts `code` from the beginning; a previous run is dropped. Returns
    /// whether it could start (a syntax error is shown instead).
    fn start(&self, code: &str, seed: u64) -> bool {
        self.mark_line(None);
        let mut session = self.session.borrow_mut();
        session.frame = None;
        // What the last program's frames cost says nothing of this one's.
        session.slice_budget = SliceBudget::default();
        session.render_at_next_frame = false;
        session.console.clear();
        session.console_was_cut = false;
        session.error = None;
        session.variables.clear();
        session.drawing.clear();
        session.turtles.clear();
        session.uses_turtle = false;
        session.robot = None;
        session.canvas = None;
        session.rover = None;
        session.pacing = FramePacing::default();
        session.pace.animation_stopped();
        session.code = code.to_owned();
        session.run_number += 1;
        session.seed = seed;
        match Vm::start(code, Limits::default(), seed) {
            Ok(mut vm) => {
                if let Some(task) = &session.robot_task {
                    vm.set_robot_world(task, session.robot_variant);
                }
                if let Some(task) = &session.rover_task {
                    vm.set_rover_task(task);
                }
                session.vm = Some(vm);
                true
            }
            Err(error) => {
                let line = LineIndex::new(code).line(error.span.start);
                let (id, arguments) = error.kind.explanation();
                session.error = Some(ErrorView {
                    headline: format!(
                        "{}: {}",
                        error.kind.python_type(),
                        error.kind.cpython_message()
                    ),
                    line,
                    explanation_id: id.to_owned(),
                    explanation_arguments: arguments
                        .into_iter()
                        .map(|(name, value)| (name.to_owned(), value))
                        .collect(),
                });
                session.vm = None;
                session.status = RunStatus::Failed;
                drop(session);
                self.mark_line(Some(line));
                false
            }
        }
    }

    /// Marks `line` in the editor and puts the cursor there, focused
    /// (clicking an error's line).
    pub fn show_line(&self, line: u32) {
        self.session.borrow_mut().marked_line = Some(line);
        self.editor.highlight_line(line);
        self.editor.go_to_line(line);
    }

    /// Sets how fast runs go (a run in progress follows at once).
    pub fn set_speed(&self, speed: RunSpeed) {
        self.session.borrow_mut().speed = speed;
        self.on_change.emit(());
    }

    /// Sets (or, with `None`, removes) the stage's painter, which paints
    /// what a slice drew at once, while the panels re-render at most every
    /// [`PANEL_RENDER_INTERVAL_MILLISECONDS`].
    pub fn set_stage_painter(&self, painter: Option<Callback<()>>) {
        self.session.borrow_mut().stage_painter = painter;
    }

    /// Gives robot programs the lesson's worlds (`None`: the playground's).
    pub fn set_robot_task(&self, task: Option<Rc<RobotTask>>) {
        let mut session = self.session.borrow_mut();
        session.robot_task = task;
        session.robot_variant = 0;
    }

    /// Gives `rover` programs the lesson's field (`None`: the playground's).
    pub fn set_rover_task(&self, task: Option<Rc<RoverTask>>) {
        self.session.borrow_mut().rover_task = task;
    }

    /// Shows world `variant` (from 0): a run in progress stops, and the
    /// stage shows the new world as it starts until the next run.
    pub fn set_robot_variant(&self, variant: usize) {
        self.stop();
        {
            let mut session = self.session.borrow_mut();
            session.robot_variant = variant;
            session.robot = None;
            session.run_number += 1;
        }
        self.on_change.emit(());
    }

    /// Has the page re-render (the stage's replay started or ended).
    pub fn touch(&self) {
        self.on_change.emit(());
    }

    /// Marks `line` in the editor, or clears the mark (the stage's replay
    /// of a finished run); the cursor stays where it is.
    pub fn highlight_line(&self, line: Option<u32>) {
        self.mark_line(line);
    }

    /// Runs the code in the editor from the start.
    pub fn run_editor_code(&self) {
        if let Some(code) = self.editor.code() {
            self.run(&code);
        }
    }

    /// Steps the code in the editor (starting it if nothing runs).
    pub fn step_editor_code(&self) {
        if let Some(code) = self.editor.code() {
            self.step(&code);
        }
    }

    /// Runs `code` from the start, slice after slice.
    pub fn run(&self, code: &str) {
        self.run_with_seed(code, fresh_seed());
    }

    /// Runs `code` with the seed the lesson checks use, so what it draws is
    /// what the check compared (a turtle lesson's Check shows it).
    pub fn run_as_checked(&self, code: &str) {
        self.run_with_seed(code, CHECK_SEED);
    }

    fn run_with_seed(&self, code: &str, seed: u64) {
        if self.start(code, seed) {
            self.session.borrow_mut().status = RunStatus::Running;
            self.schedule_slice();
        }
        self.on_change.emit(());
    }

    /// Runs one line: starts `code` if nothing is running, then stops at the next line.
    pub fn step(&self, code: &str) {
        let starting = !self.is_active();
        if starting && !self.start(code, fresh_seed()) {
            self.on_change.emit(());
            return;
        }
        let outcome = {
            let mut session = self.session.borrow_mut();
            session.frame = None;
            session.status = RunStatus::Stepping;
            match session.vm.as_mut() {
                // A fresh run stops before its first line.
                Some(_) if starting => Some(RunOutcome::Paused),
                Some(_) => {
                    give_frame(&mut session, false);
                    session.vm.as_mut().map(|vm| vm.run_one_line(STEP_FUEL))
                }
                None => None,
            }
        };
        if let Some(outcome) = outcome {
            self.take_outcome(outcome, true);
        }
        self.on_change.emit(());
    }

    /// Stops the run; what it printed stays in the console.
    pub fn stop(&self) {
        {
            let mut session = self.session.borrow_mut();
            if !matches!(
                session.status,
                RunStatus::Running | RunStatus::Stepping | RunStatus::WaitingForInput
            ) {
                return;
            }
            session.frame = None;
            session.vm = None;
            session.status = RunStatus::Stopped;
        }
        self.mark_line(None);
        self.on_change.emit(());
    }

    /// Ends the run for good when its lesson closes: drops the VM and the
    /// pending frame (whose callback holds the runner), so nothing runs on.
    pub fn release(&self) {
        let mut session = self.session.borrow_mut();
        session.frame = None;
        session.vm = None;
        session.stage_painter = None;
        if session.status == RunStatus::Running || session.status == RunStatus::WaitingForInput {
            session.status = RunStatus::Stopped;
        }
    }

    /// Gives the waiting `input()` the pupil's line, and goes on.
    pub fn submit_input(&self, line: &str) {
        let resume_running = {
            let mut session = self.session.borrow_mut();
            if session.status != RunStatus::WaitingForInput {
                return;
            }
            let typed = format!("{line}\n");
            if push_console(&mut session.console, &typed) {
                session.console_was_cut = true;
            }
            if let Some(vm) = session.vm.as_mut() {
                vm.provide_input(line);
            }
            session.status = RunStatus::Running;
            true
        };
        if resume_running {
            self.schedule_slice();
        }
        self.on_change.emit(());
    }

    fn schedule_slice(&self) {
        let runner = self.clone();
        let frame = AnimationFrame::request(move || runner.run_slice());
        self.session.borrow_mut().frame = frame;
    }

    /// One slice: runs, sizes the next slice, shows what changed. At a
    /// watched speed a slice runs the lines that are due, each marked.
    fn run_slice(&self) {
        let speed = self.session.borrow().speed;
        if let Some(lines_per_second) = speed.lines_per_second() {
            self.run_watched_slice(lines_per_second);
            return;
        }
        if self.session.borrow().canvas.is_some() {
            self.note_animation_frame();
        }
        let (outcome, spent) = {
            let mut session = self.session.borrow_mut();
            session.frame = None;
            if session.vm.is_none() {
                let render = std::mem::take(&mut session.render_at_next_frame);
                drop(session);
                if render {
                    self.render_now();
                }
                return;
            }
            if !give_frame(&mut session, true) {
                // The next frame is not due yet.
                drop(session);
                self.schedule_slice();
                return;
            }
            let started = now_milliseconds();
            session.slice_budget.slice_starts(started);
            let fuel = session.slice_budget.fuel();
            let Some(vm) = session.vm.as_mut() else {
                return;
            };
            let outcome = vm.run(fuel);
            let spent = now_milliseconds() - started;
            let used_all = matches!(outcome, RunOutcome::Paused);
            session.slice_budget.slice_ended(started, spent, used_all);
            if used_all {
                // The frame's whole work sizes the next slice too.
                let session_of_measure = Rc::downgrade(&self.session);
                session.frame_measure = Timeout::start(0, move || {
                    measure_frame(&session_of_measure, started);
                });
            }
            (outcome, spent)
        };
        let (console_length, drawing_length) = self.session.borrow().with_lengths();
        let go_on = self.take_outcome(outcome, false);
        if go_on {
            self.schedule_slice();
        }
        let (console_after, drawing_after) = self.session.borrow().with_lengths();
        let drew = drawing_after != drawing_length;
        if go_on {
            self.show_progress(drew, console_after != console_length || drew);
        } else if (drew || spent >= END_RENDERS_LATER_MILLISECONDS) && !self.is_active() {
            // The run ended in a busy frame: its last drawing now, the
            // panels (console, variables, toolbar) at the next frame.
            self.paint_stage_now();
            self.render_at_next_frame();
        } else {
            self.render_now();
        }
    }

    /// Paints the stage now (the run's end: low-end mode's pacing does not apply).
    fn paint_stage_now(&self) {
        let painter = self.session.borrow().stage_painter.clone();
        if let Some(painter) = painter {
            painter.emit(());
        }
    }

    /// Re-renders the panels at the next animation frame (the slice's frame,
    /// which finds the run ended). A new run, Stop or the lesson closing
    /// first drops it: they render themselves.
    fn render_at_next_frame(&self) {
        self.session.borrow_mut().render_at_next_frame = true;
        self.schedule_slice();
        if self.session.borrow().frame.is_none() {
            self.render_now();
        }
    }

    /// After a slice of a run that goes on: paints what it drew on the stage
    /// at once, and re-renders the panels (console, variables) if something
    /// changed, at most every [`PANEL_RENDER_INTERVAL_MILLISECONDS`], so
    /// the frame's time stays with the program and the stage. A slice that
    /// changed nothing re-renders nothing (but shows what an earlier one
    /// left pending).
    fn show_progress(&self, drew: bool, changed: bool) {
        let now = now_milliseconds();
        let painter = {
            let mut session = self.session.borrow_mut();
            // An animation's frames are paced already (at most 30 a second
            // in low-end mode); other drawing is, in low-end mode, painted
            // at most ten times a second.
            let paced = session.canvas.is_some();
            let paint = session.pace.paint_now(drew, paced, now);
            session.stage_painter.clone().filter(|_| paint)
        };
        if let Some(painter) = painter {
            painter.emit(());
        }
        let due = {
            let mut session = self.session.borrow_mut();
            session.render_pending |= changed;
            let due = session.render_pending
                && now - session.last_render_at >= PANEL_RENDER_INTERVAL_MILLISECONDS;
            if due {
                session.render_pending = false;
                session.last_render_at = now;
            }
            due
        };
        if due {
            self.on_change.emit(());
        }
    }

    /// Re-renders the panels now (the run ended, or waits for the pupil).
    fn render_now(&self) {
        {
            let mut session = self.session.borrow_mut();
            session.render_pending = false;
            session.last_render_at = now_milliseconds();
        }
        self.on_change.emit(());
    }

    /// A frame of a watched run: the lines due since the last one, one by one.
    fn run_watched_slice(&self, lines_per_second: f64) {
        let now = now_milliseconds();
        let interval = 1000.0 / lines_per_second;
        let due_lines = {
            let mut session = self.session.borrow_mut();
            session.frame = None;
            if session.vm.is_none() {
                return;
            }
            if now - session.last_line_at < interval {
                0
            } else {
                let due = ((now - session.last_line_at) / interval).floor() as u32;
                session.last_line_at = now;
                due.clamp(1, 4)
            }
        };
        let drawing_length = self.session.borrow().with_lengths().1;
        for _ in 0..due_lines {
            let outcome = {
                let mut session = self.session.borrow_mut();
                give_frame(&mut session, false);
                let by_robot_step = session.robot_task.is_some() || session.robot.is_some();
                let Some(vm) = session.vm.as_mut() else {
                    return;
                };
                if by_robot_step {
                    vm.run_one_robot_step(STEP_FUEL)
                } else {
                    vm.run_one_line(STEP_FUEL)
                }
            };
            let go_on = self.take_outcome(outcome, true);
            if !go_on && self.session.borrow().status != RunStatus::Stepping {
                self.render_now();
                return;
            }
        }
        self.session.borrow_mut().status = RunStatus::Running;
        self.schedule_slice();
        let drew = self.session.borrow().with_lengths().1 != drawing_length;
        self.show_progress(drew, due_lines > 0);
    }

    /// Moves the output to the console and records how the run stands;
    /// whether another slice should follow.
    fn take_outcome(&self, outcome: RunOutcome, stepping: bool) -> bool {
        let mut highlight = None;
        let go_on = {
            let mut session = self.session.borrow_mut();
            let drawn = session.drawing.len();
            let known_steps = session.robot.as_ref().map(|record| record.steps.len());
            let variables_read_at = session.variables_read_at;
            let known_rover_samples = session.rover.as_ref().map(|view| view.samples.len());
            let Some(vm) = session.vm.as_mut() else {
                return false;
            };
            let output = vm.take_output();
            let line = vm.current_line();
            let drawing_update = vm.turtle_world().map(|world| {
                let drawn = drawn.min(world.events.len());
                (world.events[drawn..].to_vec(), world.turtles.clone())
            });
            // Only the new steps are copied: a long run's record is not
            // copied whole on every slice.
            let robot_update = vm.robot_record().map(|record| match known_steps {
                Some(known) if known <= record.steps.len() => RobotUpdate::More {
                    steps: record.steps[known..].to_vec(),
                    now: record.now.clone(),
                    crash: record.crash,
                },
                _ => RobotUpdate::Whole(record.clone()),
            });
            let now = now_milliseconds();
            // An animation's variables are read a few times a second, not
            // every frame.
            let variables_due = match outcome {
                RunOutcome::Paused => stepping,
                RunOutcome::WaitingForFrame => {
                    stepping || now - variables_read_at >= 4.0 * PANEL_RENDER_INTERVAL_MILLISECONDS
                }
                _ => true,
            };
            let frame_done = !matches!(outcome, RunOutcome::Paused);
            let canvas_update = vm
                .canvas_world()
                .map(|world| CanvasUpdate::of(world, frame_done));
            // Only the new steps are copied, as for the grid robot.
            let rover_update = vm.rover_simulation().map(|simulation| {
                let known = known_rover_samples
                    .unwrap_or(0)
                    .min(simulation.samples.len());
                (
                    known_rover_samples
                        .is_none()
                        .then(|| Rc::new(simulation.field.clone())),
                    simulation.samples[known..].to_vec(),
                    simulation.state,
                )
            });
            let variables = if variables_due {
                Some(vm.variables())
            } else {
                None
            };
            if variables.is_some() {
                session.variables_read_at = now;
            }
            if let Some((field, samples, state)) = rover_update {
                match (session.rover.as_mut(), field) {
                    (_, Some(field)) => {
                        session.rover = Some(RoverView {
                            field,
                            samples,
                            state,
                        })
                    }
                    (Some(view), None) => {
                        view.samples.extend(samples);
                        view.state = state;
                    }
                    (None, None) => {}
                }
            }
            if let Some(update) = canvas_update {
                let fps = session.pacing.frames_per_second(now);
                let view = session.canvas.get_or_insert_with(CanvasView::default);
                view.update(update);
                view.frames_per_second = fps;
            }
            if let Some((events, turtles)) = drawing_update {
                session.drawing.extend(events);
                session.turtles = turtles;
                session.uses_turtle = true;
            }
            match (robot_update, session.robot.as_mut()) {
                (Some(RobotUpdate::More { steps, now, crash }), Some(record)) => {
                    record.steps.extend(steps);
                    record.now = now;
                    record.crash = crash;
                }
                (Some(RobotUpdate::Whole(record)), _) => session.robot = Some(record),
                _ => {}
            }
            if push_console(&mut session.console, &output) {
                session.console_was_cut = true;
            }
            if let Some(variables) = variables {
                session.variables = variables;
            }
            match outcome {
                RunOutcome::Paused => {
                    if stepping {
                        session.status = RunStatus::Stepping;
                        highlight = line;
                    }
                    !stepping
                }
                RunOutcome::WaitingForFrame => {
                    if stepping && session.status == RunStatus::Stepping {
                        highlight = line;
                        false
                    } else {
                        session.status = RunStatus::Running;
                        true
                    }
                }
                RunOutcome::WaitingForInput => {
                    session.status = RunStatus::WaitingForInput;
                    highlight = line.filter(|_| stepping);
                    false
                }
                RunOutcome::Finished => {
                    session.status = RunStatus::Finished;
                    session.vm = None;
                    false
                }
                RunOutcome::Failed(failure) => {
                    highlight = Some(failure.line);
                    session.error = Some(ErrorView {
                        headline: failure.headline(),
                        line: failure.line,
                        explanation_id: failure.explanation.id.to_owned(),
                        explanation_arguments: failure
                            .explanation
                            .arguments
                            .iter()
                            .map(|(name, value)| ((*name).to_owned(), value.clone()))
                            .collect(),
                    });
                    session.status = RunStatus::Failed;
                    session.vm = None;
                    false
                }
            }
        };
        self.mark_line(highlight);
        go_on
    }
}

/// What a slice adds to the session's robot record.
enum RobotUpdate {
    /// The first sight of the record.
    Whole(RobotRecord),
    /// The steps after those the session has, and where the robot is now.
    More {
        steps: Vec<engine::worlds::robot::RobotStep>,
        now: engine::worlds::robot::RobotWorld,
        crash: Option<engine::worlds::robot::RobotStop>,
    },
}

impl RunSession {
    /// The console's length, and how much the stage has to show (turtle
    /// events and robot steps): what a slice may change.
    fn with_lengths(&self) -> (usize, usize) {
        let robot = self.robot.as_ref().map_or(0, |record| {
            record.steps.len() + usize::from(record.crash.is_some()) + 1
        });
        let frames = self
            .canvas
            .as_ref()
            .map_or(0, |canvas| canvas.painted_frames as usize);
        let rover = self.rover.as_ref().map_or(0, |view| view.samples.len() + 1);
        (
            self.console.len(),
            self.drawing.len() + robot + frames + rover,
        )
    }
}

impl Runner {
    /// Marks `line` in the editor (or clears the mark), touching the editor
    /// only when the mark changes.
    fn mark_line(&self, line: Option<u32>) {
        let changed = {
            let mut session = self.session.borrow_mut();
            let changed = session.marked_line != line;
            session.marked_line = line;
            changed
        };
        if changed {
            match line {
                Some(line) => self.editor.highlight_line(line),
                None => self.editor.clear_highlight(),
            }
        }
    }
}

impl Runner {
    /// Adds a key or mouse event for the animation's next frame (ignored
    /// when nothing runs).
    pub fn push_canvas_event(&self, event: CanvasEvent) {
        let mut session = self.session.borrow_mut();
        if session.vm.is_some() {
            session.pacing.push(event);
        }
    }

    /// Turns low-end mode on or off for this run and the next.
    pub fn set_low_end(&self, low_end: bool) {
        self.session.borrow_mut().pace.low_end = low_end;
    }

    /// A stage's animation frame at the page's clock: when the frames stay
    /// slow, the page re-renders to suggest low-end mode.
    pub fn note_animation_frame(&self) {
        let newly_low = self
            .session
            .borrow_mut()
            .pace
            .note_frame(now_milliseconds());
        if newly_low {
            self.on_change.emit(());
        }
    }

    /// A stage's animation stopped (a pause is not a slow frame).
    pub fn animation_stopped(&self) {
        self.session.borrow_mut().pace.animation_stopped();
    }

    /// Takes the canvas shapes not painted yet (for the stage's painter).
    pub fn take_unpainted_shapes(&self) -> Vec<engine::worlds::canvas::CanvasShape> {
        let mut session = self.session.borrow_mut();
        session
            .canvas
            .as_mut()
            .map(|canvas| std::mem::take(&mut canvas.unpainted))
            .unwrap_or_default()
    }
}

/// The timeout set in the slice that started at `started` ran: the frame's
/// work is done, and the slice budget learns what it cost.
fn measure_frame(session: &Weak<RefCell<RunSession>>, started: f64) {
    let Some(session) = session.upgrade() else {
        return;
    };
    let Ok(mut session) = session.try_borrow_mut() else {
        return;
    };
    session.frame_measure = None;
    session
        .slice_budget
        .frame_finished(started, now_milliseconds() - started);
}

/// Gives the VM its next frame if it waits for one and the frame is due
/// (`paced`: at the program's frame rate); whether the VM may run now.
fn give_frame(session: &mut RunSession, paced: bool) -> bool {
    let Some(vm) = session.vm.as_mut() else {
        return false;
    };
    if !vm.is_waiting_for_frame() {
        return true;
    }
    let frame_rate = session
        .pace
        .frame_rate(vm.canvas_world().map_or(60.0, |world| world.frame_rate));
    match session
        .pacing
        .next_frame(now_milliseconds(), frame_rate, paced)
    {
        Some(input) => {
            vm.provide_frame(input);
            true
        }
        None => false,
    }
}

/// Adds `text` to the console, dropping the oldest text past the limit;
/// whether something was dropped.
fn push_console(console: &mut String, text: &str) -> bool {
    console.push_str(text);
    if console.len() <= CONSOLE_CHARACTER_LIMIT {
        return false;
    }
    let mut cut = console.len() - CONSOLE_CHARACTER_LIMIT;
    while !console.is_char_boundary(cut) {
        cut += 1;
    }
    // Cut at a line's start when there is one near, so no line is half shown.
    if let Some(newline) = console[cut..].find('\n').filter(|offset| *offset < 200) {
        cut += newline + 1;
    }
    console.drain(..cut);
    true
}
