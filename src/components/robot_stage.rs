//! The grid robot's stage: the world (grid, walls, items with their counts,
//! the robot and its direction) with the goal drawn faintly, painted on a
//! canvas from the run's record. Under it: the world variants to choose
//! from, a slider over the run's steps, a replay button and a line of text
//! that says where the robot is, what it carries and whether the goal is
//! reached (a live region), and the run's moves in words on request
//! (`robot_moves`).
//!
//! Every picture is the record's start replayed to the step shown, so the
//! slider scrubs a long run back and forth; painting happens in the runner's
//! painter after each slice, on the slider's input and in the replay's
//! animation-frame loop, all outside Yew's rendering. During a run the
//! stage follows its last step unless the pupil holds the slider elsewhere.
//!
//! Painting costs what changes: the parts no step changes (the floor, the
//! grid, the coordinates and the faint goal) are painted once on a canvas
//! kept off the page and copied in a single `drawImage`; each picture adds
//! only the items, the walls and the robot over that copy. The slider's
//! input paints at most once a frame: the first input of a frame paints at
//! once, later ones in the same frame only set the step, which the next
//! animation frame paints; an input that keeps the step paints nothing.
//! Each picture starts from the world last painted when the step shown is
//! at or after it (a drag forward replays only the steps it passed), else
//! from the record's start. The line of the step the slider holds is marked
//! in the editor at once, but during a drag (inputs frame after frame) at
//! most every [`DRAG_LINE_MARK_MILLISECONDS`], the drag's last step marked
//! when its turn comes: marking a line makes the editor restyle and measure
//! itself, the costliest part of a drag's frame.

use std::cell::RefCell;
use std::rc::Rc;

use engine::i18n::MessageArgument;
use engine::worlds::robot::{Bag, Direction, Goal, RobotRecord, RobotTask, RobotWorld};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use crate::components::robot_moves::RobotMoves;
use crate::context::{use_app_context, AppContext};
use crate::services::animation_frame::{now_milliseconds, AnimationFrame};
use crate::services::runner::{RunSpeed, Runner};
use crate::services::still_layer::{draw_still_layer, StillLayer};

/// The grid's largest side in pixels (the canvas takes the world's shape,
/// and CSS scales it to the panel).
const GRID_SIZE: f64 = 560.0;
/// The largest cell in pixels.
const LARGEST_CELL: f64 = 64.0;
/// Room for the coordinates around the grid.
const MARGIN: f64 = 26.0;
/// Slider inputs closer together than this (a frame and a half) are a drag.
const DRAG_INPUT_GAP_MILLISECONDS: f64 = 1.5 * 1000.0 / 60.0;
/// During a drag, the held step's line is marked at most this often.
const DRAG_LINE_MARK_MILLISECONDS: f64 = 100.0;

/// Properties of [`RobotStage`].
#[derive(Properties)]
pub struct RobotStageProps {
    /// The lesson's run.
    pub runner: Runner,
    /// Changes when the run changes, so the stage repaints.
    pub version: u64,
    /// The worlds programs run in.
    pub task: Rc<RobotTask>,
    /// Each variant's goal, drawn faintly (`None`: no goal to show).
    pub goals: Rc<Vec<Option<Goal>>>,
}

/// The task and goals are compared by identity: they never change for a lesson.
impl PartialEq for RobotStageProps {
    fn eq(&self, other: &RobotStageProps) -> bool {
        self.runner == other.runner
            && self.version == other.version
            && Rc::ptr_eq(&self.task, &other.task)
            && Rc::ptr_eq(&self.goals, &other.goals)
    }
}

/// The elements the painting reaches into.
#[derive(Clone, Default, PartialEq)]
struct Elements {
    canvas: NodeRef,
    slider: NodeRef,
    step_text: NodeRef,
    status: NodeRef,
}

/// What the stage shows, beside what the runner holds.
#[derive(Default)]
struct StageState {
    /// The step shown; `None` follows the run's last step.
    held_step: Option<usize>,
    /// The run whose record is shown (a new run lets go of the slider).
    run_number: u64,
    /// The replay's next frame, while it plays.
    replay: Option<AnimationFrame>,
    /// Where the replay is, in steps (fractional between frames).
    replay_position: f64,
    /// When the replay's last frame ran (milliseconds).
    replay_time: f64,
    /// The animation frame after a slider input painted: until it runs,
    /// further input only sets the step, which it paints.
    slide_frame: Option<AnimationFrame>,
    /// Whether an input's step waits for `slide_frame` to paint it.
    slide_pending: bool,
    /// When the slider's last input came (milliseconds).
    last_input_at: f64,
    /// Whether the slider's inputs come as a drag's, frame after frame.
    dragging: bool,
    /// When the slider last marked its step's line (milliseconds).
    line_marked_at: f64,
    /// During a drag, whether the held step's line waits its turn to be
    /// marked (`slide_frame` looks each frame).
    line_mark_waits: bool,
    /// The world last painted, to paint the next step from.
    shown_world: Option<ShownWorld>,
    /// The picture's parts no step changes, painted off the page.
    still_parts: Option<StillLayer<StillKey>>,
}

/// A world painted: the world after `step` steps of run `run_number`.
struct ShownWorld {
    run_number: u64,
    step: usize,
    world: RobotWorld,
}

/// What the still parts (floor, grid, coordinates, the faint goal) depend on.
#[derive(Clone, PartialEq)]
struct StillKey {
    canvas_width: u32,
    canvas_height: u32,
    world_width: u32,
    world_height: u32,
    high_contrast: bool,
    goal: Option<Goal>,
}

/// What painting needs from the latest render.
#[derive(Clone)]
struct Painting {
    elements: Elements,
    state: Rc<RefCell<StageState>>,
    runner: Runner,
    task: Rc<RobotTask>,
    goals: Rc<Vec<Option<Goal>>>,
    context: AppContext,
}

/// The robot's stage.
#[function_component(RobotStage)]
pub fn robot_stage(props: &RobotStageProps) -> Html {
    let context = use_app_context();
    let elements = (*use_memo((), |_| Elements::default())).clone();
    let state = use_mut_ref(StageState::default);
    let painting = Painting {
        elements: elements.clone(),
        state: state.clone(),
        runner: props.runner.clone(),
        task: Rc::clone(&props.task),
        goals: Rc::clone(&props.goals),
        context: context.clone(),
    };
    // The painter the runner calls after every slice reads the latest render's.
    let latest = use_mut_ref(|| painting.clone());
    *latest.borrow_mut() = painting.clone();
    {
        let latest = latest.clone();
        let state = state.clone();
        use_effect_with(props.runner.clone(), move |runner| {
            runner.set_stage_painter(Some(Callback::from(move |_: ()| {
                let painting = latest.borrow().clone();
                painting.paint();
            })));
            let runner = runner.clone();
            move || {
                runner.set_stage_painter(None);
                // The replay's and the slider's frames hold the painting:
                // they stop with the stage.
                let mut state = state.borrow_mut();
                state.replay = None;
                state.slide_frame = None;
            }
        });
    }
    {
        let painting = painting.clone();
        use_effect_with(props.version, move |_| {
            painting.paint();
            || ()
        });
    }
    let (variant, total_steps, active) = props.runner.with_session(|session| {
        let steps = session
            .robot
            .as_ref()
            .map_or(0, |record| record.steps.len());
        (session.robot_variant, steps, props.runner.is_active())
    });
    let shown_step = state
        .borrow()
        .held_step
        .unwrap_or(total_steps)
        .min(total_steps);
    let on_slide = {
        let painting = painting.clone();
        Callback::from(move |event: InputEvent| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let step = input.value().parse::<usize>().unwrap_or(0);
            painting.hold(step);
        })
    };
    let on_replay = {
        let painting = painting.clone();
        Callback::from(move |_: MouseEvent| painting.toggle_replay())
    };
    let replaying = state.borrow().replay.is_some();
    let on_show_end = {
        let painting = painting.clone();
        Callback::from(move |_: MouseEvent| painting.show_end())
    };
    let variant_buttons = props.task.variants.iter().enumerate().map(|(index, _)| {
        let runner = props.runner.clone();
        let state = state.clone();
        let chosen = index == variant;
        let label = context.text_with("robot-world", &[("number", (index + 1).into())]);
        html! {
            <button type="button" class="robot-world" aria-pressed={chosen.to_string()}
                onclick={Callback::from(move |_: MouseEvent| {
                    let mut stage = state.borrow_mut();
                    stage.held_step = None;
                    stage.replay = None;
                    drop(stage);
                    runner.set_robot_variant(index);
                })}>
                { label }
            </button>
        }
    });
    html! {
        <div class="robot-stage">
            <canvas class="stage robot-canvas" ref={elements.canvas.clone()}
                role="img" aria-label={context.text("robot-stage-label")} />
            <p class="robot-status" aria-live="polite" ref={elements.status.clone()}></p>
            <div class="robot-controls">
                if props.task.variants.len() > 1 {
                    <div class="robot-worlds" role="group" aria-label={context.text("robot-worlds")}>
                        { for variant_buttons }
                    </div>
                }
                <button type="button" class="robot-replay" onclick={on_replay}
                    disabled={active || total_steps == 0}>
                    { context.text(if replaying { "robot-pause" } else { "robot-replay" }) }
                </button>
                if replaying {
                    <button type="button" class="show-result-now" onclick={on_show_end}>
                        { context.text("stage-show-result-now") }
                    </button>
                }
                <input type="range" class="robot-slider" min="0" max={total_steps.to_string()}
                    value={shown_step.to_string()} ref={elements.slider.clone()}
                    aria-label={context.text("robot-slider")} oninput={on_slide}
                    disabled={total_steps == 0} />
                <span class="robot-step" ref={elements.step_text.clone()}></span>
            </div>
            <RobotMoves runner={props.runner.clone()} version={props.version} />
        </div>
    }
}

impl Painting {
    /// Shows `step` of the run and holds the slider there: at once for the
    /// first input of a frame, at the next animation frame for later ones
    /// (a drag may send several a frame); nothing when the step stays.
    fn hold(&self, step: usize) {
        let now = now_milliseconds();
        {
            let mut state = self.state.borrow_mut();
            let previous_input = std::mem::replace(&mut state.last_input_at, now);
            state.dragging = now - previous_input < DRAG_INPUT_GAP_MILLISECONDS;
            let unchanged = state.held_step == Some(step) && state.replay.is_none();
            state.held_step = Some(step);
            state.replay = None;
            if unchanged {
                return;
            }
            if state.slide_frame.is_some() {
                state.slide_pending = true;
                return;
            }
        }
        self.request_slide_frame();
        self.paint();
        self.mark_slider_line(step);
    }

    /// Asks for [`Painting::slide_frame`] at the next animation frame.
    fn request_slide_frame(&self) {
        let painting = self.clone();
        let frame = AnimationFrame::request(move || painting.slide_frame());
        self.state.borrow_mut().slide_frame = frame;
    }

    /// The animation frame after a slider input: paints the step a later
    /// input of the same frame set, if any, and marks the held step's line
    /// when its turn has come.
    fn slide_frame(&self) {
        let (pending, mark_waits, held) = {
            let mut state = self.state.borrow_mut();
            state.slide_frame = None;
            (
                std::mem::take(&mut state.slide_pending),
                state.line_mark_waits,
                state.held_step,
            )
        };
        let Some(step) = held else {
            return;
        };
        if pending {
            self.paint();
        }
        if pending || mark_waits {
            self.mark_slider_line(step);
        }
    }

    /// Marks the line of the step the slider holds: at once, but during a
    /// drag at most every [`DRAG_LINE_MARK_MILLISECONDS`] (a mark that
    /// waits marks the step held when its turn comes).
    fn mark_slider_line(&self, step: usize) {
        let now = now_milliseconds();
        let waits = {
            let mut state = self.state.borrow_mut();
            let waits = state.dragging && now - state.line_marked_at < DRAG_LINE_MARK_MILLISECONDS;
            state.line_mark_waits = waits;
            if !waits {
                state.line_marked_at = now;
            }
            waits
        };
        if !waits {
            self.mark_line_of(step);
        } else if self.state.borrow().slide_frame.is_none() {
            self.request_slide_frame();
        }
    }

    /// Marks the line of the step that led to `step` (not during a run,
    /// whose own line the runner marks).
    fn mark_line_of(&self, step: usize) {
        if self.runner.is_active() {
            return;
        }
        let line = self.runner.with_session(|session| {
            let record = session.robot.as_ref()?;
            let done = step.checked_sub(1)?;
            record.steps.get(done).map(|done| done.line)
        });
        self.runner.highlight_line(line);
    }

    /// Starts the replay from the step shown (from the start when the run's
    /// end is shown), or pauses it.
    fn toggle_replay(&self) {
        let total = self.total_steps();
        {
            let mut state = self.state.borrow_mut();
            if state.replay.is_some() {
                state.replay = None;
                drop(state);
                self.paint();
                return;
            }
            state.line_mark_waits = false;
            let from = state.held_step.unwrap_or(total).min(total);
            let from = if from >= total { 0 } else { from };
            state.held_step = Some(from);
            state.replay_position = from as f64;
            state.replay_time = now_milliseconds();
        }
        self.schedule_replay();
        self.paint();
        self.runner.touch();
    }

    /// Stops the replay and shows the run's end at once.
    fn show_end(&self) {
        {
            let mut state = self.state.borrow_mut();
            state.held_step = None;
            state.replay = None;
            state.line_mark_waits = false;
        }
        self.paint();
        self.mark_line_of(self.total_steps());
        self.runner.touch();
    }

    fn schedule_replay(&self) {
        let painting = self.clone();
        let frame = AnimationFrame::request(move || painting.replay_frame());
        self.state.borrow_mut().replay = frame;
    }

    /// A frame of the replay: the steps due since the last frame, at the
    /// run's speed.
    fn replay_frame(&self) {
        let total = self.total_steps();
        let speed = self.runner.with_session(|session| session.speed);
        let steps_per_second = match speed {
            RunSpeed::Slow => 2.0,
            RunSpeed::Medium => 8.0,
            RunSpeed::Fast => 30.0,
            RunSpeed::Instant => 120.0,
        };
        let now = now_milliseconds();
        let (step, moved) = {
            let mut state = self.state.borrow_mut();
            state.replay = None;
            let before = state.held_step;
            let elapsed = (now - state.replay_time).clamp(0.0, 250.0);
            state.replay_time = now;
            state.replay_position += elapsed * steps_per_second / 1000.0;
            let step = (state.replay_position.floor() as usize).min(total);
            state.held_step = Some(step);
            (step, before != Some(step))
        };
        // A frame between two steps changes nothing: it paints nothing.
        if moved {
            self.paint();
            self.mark_line_of(step);
        }
        if step < total {
            self.schedule_replay();
        } else {
            self.state.borrow_mut().held_step = None;
            self.runner.touch();
        }
    }

    fn total_steps(&self) -> usize {
        self.runner.with_session(|session| {
            session
                .robot
                .as_ref()
                .map_or(0, |record| record.steps.len())
        })
    }

    /// Paints the step shown, and updates the slider and the texts.
    fn paint(&self) {
        let (run_number, variant) = self
            .runner
            .with_session(|session| (session.run_number, session.robot_variant));
        {
            let mut state = self.state.borrow_mut();
            if state.run_number != run_number {
                state.run_number = run_number;
                state.held_step = None;
                state.replay = None;
                state.line_mark_waits = false;
            }
        }
        let held = self.state.borrow().held_step;
        let goal = self.goals.get(variant).cloned().flatten();
        self.runner.with_session(|session| {
            let start;
            let (world, step, total, record) = match &session.robot {
                Some(record) => {
                    let total = record.steps.len();
                    let step = held.unwrap_or(total).min(total);
                    (
                        self.world_at(record, step, run_number),
                        step,
                        total,
                        Some(record),
                    )
                }
                None => {
                    start = self
                        .task
                        .variants
                        .get(variant)
                        .map(|variant| variant.world.clone())
                        .unwrap_or_else(|| RobotWorld::new(1, 1));
                    (start, 0, 0, None)
                }
            };
            let at_end = step == total;
            let crashed = record.and_then(|record| record.crash).filter(|_| at_end);
            let finished = at_end && record.is_some() && !self.runner.is_active();
            let layout = Layout::of(&world);
            if let Some(context) = context_of(&self.elements.canvas, &layout) {
                let mut state = self.state.borrow_mut();
                let key = StillKey {
                    canvas_width: layout.width as u32,
                    canvas_height: layout.height_pixels as u32,
                    world_width: world.width,
                    world_height: world.height,
                    high_contrast: std::ptr::eq(layout.colors, &HIGH_CONTRAST_PALETTE),
                    goal: goal.clone(),
                };
                let size = (key.canvas_width, key.canvas_height);
                draw_still_layer(&mut state.still_parts, &context, key, size, |layer| {
                    paint_still_parts(layer, &layout, &world, goal.as_ref())
                });
                drop(state);
                paint_changing_parts(&context, &layout, &world, goal.as_ref(), finished);
                if let Some(stop) = crashed {
                    let into_wall = stop.crash == engine::worlds::robot::RobotCrash::Wall;
                    paint_crash(&context, &layout, &world, into_wall);
                }
            }
            if let Some(slider) = self.elements.slider.cast::<HtmlInputElement>() {
                // Set only when changed: setting an attribute, even to the
                // same value, makes the browser restyle the slider.
                let (max, value) = (total.to_string(), step.to_string());
                if slider.max() != max {
                    slider.set_max(&max);
                }
                if slider.value() != value {
                    slider.set_value(&value);
                }
            }
            let step_text = self.context.text_with(
                "robot-step",
                &[("step", step.into()), ("total", total.into())],
            );
            set_text(&self.elements.step_text, &step_text);
            let mut status = self.status_of(&world);
            if let Some(stop) = crashed {
                status.push(' ');
                status.push_str(&self.context.text_with(
                    "python-runtime-robot-crash",
                    &[
                        ("crash", stop.crash.code().into()),
                        ("x", world.robot.x.to_string().into()),
                        ("y", world.robot.y.to_string().into()),
                        ("direction", world.robot.facing.name().into()),
                        (
                            "limit",
                            engine::worlds::robot::LARGEST_COUNT.to_string().into(),
                        ),
                    ],
                ));
            } else if let (Some(goal), true) = (&goal, finished) {
                status.push(' ');
                status.push_str(&self.context.text(if goal.problem(&world).is_none() {
                    "robot-goal-met"
                } else {
                    "robot-goal-not-met"
                }));
            }
            set_text(&self.elements.status, &status);
        });
    }

    /// The world after `step` steps of run `run_number`'s record (as
    /// [`RobotRecord::world_at`]): from the world last painted when it is
    /// of the same run and at or before `step`, else from the record's start.
    fn world_at(&self, record: &RobotRecord, step: usize, run_number: u64) -> RobotWorld {
        if step >= record.steps.len() {
            return record.now.clone();
        }
        let mut state = self.state.borrow_mut();
        let (mut world, from) = match state.shown_world.take() {
            Some(shown) if shown.run_number == run_number && shown.step <= step => {
                (shown.world, shown.step)
            }
            _ => (record.start.clone(), 0),
        };
        for done in &record.steps[from..step] {
            // Every recorded step succeeded from the same start.
            let _ = world.apply(done.action);
        }
        state.shown_world = Some(ShownWorld {
            run_number,
            step,
            world: world.clone(),
        });
        world
    }

    /// Where the robot is and what it carries, in words.
    fn status_of(&self, world: &RobotWorld) -> String {
        let robot = world.robot;
        let bag: MessageArgument = match robot.bag {
            Bag::Count(count) => count.to_string().into(),
            Bag::Unlimited => "unlimited".into(),
        };
        self.context.text_with(
            "robot-status",
            &[
                ("x", robot.x.to_string().into()),
                ("y", robot.y.to_string().into()),
                ("direction", robot.facing.name().into()),
                ("bag", bag),
            ],
        )
    }
}

fn set_text(element: &NodeRef, text: &str) {
    if let Some(element) = element.cast::<HtmlElement>() {
        if element.text_content().as_deref() != Some(text) {
            element.set_text_content(Some(text));
        }
    }
}

/// The canvas's 2D context, the canvas sized for `layout`.
fn context_of(canvas: &NodeRef, layout: &Layout) -> Option<CanvasRenderingContext2d> {
    let canvas = canvas.cast::<HtmlCanvasElement>()?;
    let (width, height) = (layout.width as u32, layout.height_pixels as u32);
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
    canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()
}

/// Where a world's grid lies on the canvas: its cell size and top-left
/// corner, and the canvas's size; and the colours it is painted in.
struct Layout {
    colors: &'static Palette,
    cell: f64,
    left: f64,
    top: f64,
    height: u32,
    width: f64,
    height_pixels: f64,
}

impl Layout {
    fn of(world: &RobotWorld) -> Layout {
        let cell = (GRID_SIZE / f64::from(world.width))
            .min(GRID_SIZE / f64::from(world.height))
            .min(LARGEST_CELL);
        let high_contrast = crate::services::browser::shown_theme()
            == engine::display_settings::Theme::HighContrast;
        Layout {
            colors: if high_contrast {
                &HIGH_CONTRAST_PALETTE
            } else {
                &STANDARD_PALETTE
            },
            cell,
            left: MARGIN,
            top: MARGIN,
            height: world.height,
            width: cell * f64::from(world.width) + 2.0 * MARGIN,
            height_pixels: cell * f64::from(world.height) + 2.0 * MARGIN,
        }
    }

    /// The centre of cell (x, y).
    fn centre(&self, x: u32, y: u32) -> (f64, f64) {
        (
            self.left + (f64::from(x) - 0.5) * self.cell,
            self.top + (f64::from(self.height - y) + 0.5) * self.cell,
        )
    }
}

/// The colours of the world's picture.
struct Palette {
    background: &'static str,
    grid: &'static str,
    wall: &'static str,
    item: &'static str,
    item_edge: &'static str,
    item_count: &'static str,
    robot: &'static str,
    robot_edge: &'static str,
    goal: &'static str,
    wrong: &'static str,
    label: &'static str,
}

/// The usual colours: a light grid.
const STANDARD_PALETTE: Palette = Palette {
    background: "#fbfcfc",
    grid: "#dfe3e6",
    wall: "#37474f",
    item: "#f5a623",
    item_edge: "#b26a00",
    item_count: "#3e2723",
    robot: "#1976d2",
    robot_edge: "#0d47a1",
    goal: "rgba(46, 125, 50, 0.55)",
    wrong: "#d32f2f",
    label: "#78909c",
};

/// The high-contrast theme's: white walls and labels on black, yellow
/// items, a cyan robot.
const HIGH_CONTRAST_PALETTE: Palette = Palette {
    background: "#000000",
    grid: "#6b6b6b",
    wall: "#ffffff",
    item: "#ffe600",
    item_edge: "#ffffff",
    item_count: "#000000",
    robot: "#00e5ff",
    robot_edge: "#ffffff",
    goal: "rgba(140, 255, 140, 0.85)",
    wrong: "#ff5c5c",
    label: "#ffffff",
};

/// Paints what no step changes: the floor (every pixel, so the picture is
/// opaque and a copy of it is exact), the grid, the coordinates and the
/// goal, faintly.
fn paint_still_parts(
    context: &CanvasRenderingContext2d,
    layout: &Layout,
    world: &RobotWorld,
    goal: Option<&Goal>,
) {
    let cell = layout.cell;
    let (width, height) = (f64::from(world.width), f64::from(world.height));
    // A canvas keeps its drawing state between paints: start from the same one.
    context.set_line_cap("butt");
    let _ = context.set_line_dash(&js_sys::Array::new());
    context.set_fill_style_str(layout.colors.background);
    context.fill_rect(0.0, 0.0, layout.width, layout.height_pixels);
    context.set_stroke_style_str(layout.colors.grid);
    context.set_line_width(1.0);
    context.begin_path();
    for column in 1..world.width {
        let x = layout.left + f64::from(column) * cell;
        context.move_to(x, layout.top);
        context.line_to(x, layout.top + height * cell);
    }
    for row in 1..world.height {
        let y = layout.top + f64::from(row) * cell;
        context.move_to(layout.left, y);
        context.line_to(layout.left + width * cell, y);
    }
    context.stroke();
    // Coordinates: x under the grid, y on its left.
    context.set_fill_style_str(layout.colors.label);
    context.set_font(&format!(
        "{}px sans-serif",
        (cell * 0.4).clamp(8.0, 14.0) as u32
    ));
    context.set_text_align("center");
    context.set_text_baseline("middle");
    let every = if cell < 14.0 { 5 } else { 1 };
    for column in (1..=world.width).filter(|column| *column % every == 0 || *column == 1) {
        let (x, _) = layout.centre(column, 1);
        let _ = context.fill_text(
            &column.to_string(),
            x,
            layout.top + height * cell + MARGIN / 2.0,
        );
    }
    for row in (1..=world.height).filter(|row| *row % every == 0 || *row == 1) {
        let (_, y) = layout.centre(1, row);
        let _ = context.fill_text(&row.to_string(), layout.left - MARGIN / 2.0, y);
    }
    if let Some(goal) = goal {
        paint_goal(context, layout, goal);
    }
}

/// Paints over the still parts what steps change: the items, at a finished
/// run's end the cells that differ from the goal (ringed), the walls and
/// the robot.
fn paint_changing_parts(
    context: &CanvasRenderingContext2d,
    layout: &Layout,
    world: &RobotWorld,
    goal: Option<&Goal>,
    finished: bool,
) {
    let cell = layout.cell;
    let (width, height) = (f64::from(world.width), f64::from(world.height));
    // The state the still parts leave behind, as if painted on this canvas.
    context.set_line_cap("butt");
    let _ = context.set_line_dash(&js_sys::Array::new());
    context.set_text_align("center");
    context.set_text_baseline("middle");
    for (x, y, count) in world.cells_with_items() {
        paint_items(context, layout, x, y, count);
    }
    if let (Some(goal), true) = (goal, finished) {
        paint_differences(context, layout, world, goal);
    }
    context.set_stroke_style_str(layout.colors.wall);
    context.set_line_cap("round");
    context.set_line_width((cell * 0.1).clamp(2.0, 6.0));
    context.stroke_rect(layout.left, layout.top, width * cell, height * cell);
    context.begin_path();
    for (x, y, side) in world.inner_walls() {
        let (centre_x, centre_y) = layout.centre(x, y);
        let half = cell / 2.0;
        if side == Direction::East {
            context.move_to(centre_x + half, centre_y - half);
            context.line_to(centre_x + half, centre_y + half);
        } else {
            context.move_to(centre_x - half, centre_y - half);
            context.line_to(centre_x + half, centre_y - half);
        }
    }
    context.stroke();
    let robot = world.robot;
    paint_robot(
        context,
        layout,
        robot.x,
        robot.y,
        robot.facing,
        layout.colors.robot,
        true,
    );
}

/// The items in a cell: a disc, with the count when there is more than one.
fn paint_items(context: &CanvasRenderingContext2d, layout: &Layout, x: u32, y: u32, count: u32) {
    let (centre_x, centre_y) = layout.centre(x, y);
    let radius = layout.cell * 0.28;
    context.begin_path();
    let _ = context.arc(centre_x, centre_y, radius, 0.0, std::f64::consts::TAU);
    context.set_fill_style_str(layout.colors.item);
    context.fill();
    context.set_stroke_style_str(layout.colors.item_edge);
    context.set_line_width(1.5);
    context.stroke();
    if count > 1 {
        context.set_fill_style_str(layout.colors.item_count);
        context.set_font(&format!(
            "bold {}px sans-serif",
            (radius * 1.1).max(7.0) as u32
        ));
        let _ = context.fill_text(&count.to_string(), centre_x, centre_y);
    }
}

/// The goal, faintly: the count each chosen cell must end with (a dashed
/// ring, the number beside it) and the robot's place and direction.
fn paint_goal(context: &CanvasRenderingContext2d, layout: &Layout, goal: &Goal) {
    let cell = layout.cell;
    let dashes = js_sys::Array::of2(&(cell * 0.08).into(), &(cell * 0.08).into());
    let _ = context.set_line_dash(&dashes);
    context.set_stroke_style_str(layout.colors.goal);
    context.set_fill_style_str(layout.colors.goal);
    context.set_line_width(2.0);
    context.set_font(&format!("{}px sans-serif", (cell * 0.26).max(7.0) as u32));
    for (x, y, count) in &goal.items {
        let (centre_x, centre_y) = layout.centre(*x, *y);
        context.begin_path();
        let _ = context.arc(centre_x, centre_y, cell * 0.36, 0.0, std::f64::consts::TAU);
        context.stroke();
        let _ = context.fill_text(
            &count.to_string(),
            centre_x + cell * 0.34,
            centre_y - cell * 0.34,
        );
    }
    if let Some((x, y)) = goal.robot {
        let (centre_x, centre_y) = layout.centre(x, y);
        let half = cell * 0.44;
        context.stroke_rect(centre_x - half, centre_y - half, 2.0 * half, 2.0 * half);
        if let Some(facing) = goal.facing {
            paint_robot(context, layout, x, y, facing, layout.colors.goal, false);
        }
    }
    let _ = context.set_line_dash(&js_sys::Array::new());
}

/// Rings in red the cells whose items differ from the goal, and the goal's
/// place when the robot is elsewhere.
fn paint_differences(
    context: &CanvasRenderingContext2d,
    layout: &Layout,
    world: &RobotWorld,
    goal: &Goal,
) {
    let cell = layout.cell;
    let mut wrong: Vec<(u32, u32)> = goal
        .items
        .iter()
        .filter(|(x, y, count)| world.items_at(*x, *y) != *count)
        .map(|(x, y, _)| (*x, *y))
        .collect();
    if goal.empty_elsewhere {
        wrong.extend(
            world
                .cells_with_items()
                .filter(|(x, y, _)| {
                    !goal
                        .items
                        .iter()
                        .any(|(at_x, at_y, _)| (at_x, at_y) == (x, y))
                })
                .map(|(x, y, _)| (x, y)),
        );
    }
    if let Some(place) = goal
        .robot
        .filter(|place| *place != (world.robot.x, world.robot.y))
    {
        wrong.push(place);
    }
    context.set_stroke_style_str(layout.colors.wrong);
    context.set_line_width(3.0);
    for (x, y) in wrong {
        let (centre_x, centre_y) = layout.centre(x, y);
        let half = cell * 0.46;
        context.stroke_rect(centre_x - half, centre_y - half, 2.0 * half, 2.0 * half);
    }
}

/// The robot: a rounded body with an arrow towards where it looks.
fn paint_robot(
    context: &CanvasRenderingContext2d,
    layout: &Layout,
    x: u32,
    y: u32,
    facing: Direction,
    color: &str,
    filled: bool,
) {
    let (centre_x, centre_y) = layout.centre(x, y);
    let size = layout.cell * 0.34;
    let (step_x, step_y) = facing.step();
    // Canvas y grows downwards.
    let (ahead_x, ahead_y) = (step_x as f64, -(step_y as f64));
    let (side_x, side_y) = (-ahead_y, ahead_x);
    context.begin_path();
    context.move_to(centre_x + ahead_x * size, centre_y + ahead_y * size);
    context.line_to(
        centre_x - ahead_x * size * 0.7 + side_x * size * 0.8,
        centre_y - ahead_y * size * 0.7 + side_y * size * 0.8,
    );
    context.line_to(
        centre_x - ahead_x * size * 0.3,
        centre_y - ahead_y * size * 0.3,
    );
    context.line_to(
        centre_x - ahead_x * size * 0.7 - side_x * size * 0.8,
        centre_y - ahead_y * size * 0.7 - side_y * size * 0.8,
    );
    context.close_path();
    if filled {
        context.set_fill_style_str(color);
        context.fill();
        context.set_stroke_style_str(layout.colors.robot_edge);
        context.set_line_width(1.5);
    } else {
        context.set_stroke_style_str(color);
        context.set_line_width(2.0);
    }
    context.stroke();
}

/// Where the robot could not go on: a red cross in front of it (a wall)
/// or on its cell.
fn paint_crash(
    context: &CanvasRenderingContext2d,
    layout: &Layout,
    world: &RobotWorld,
    into_wall: bool,
) {
    let (mut centre_x, mut centre_y) = layout.centre(world.robot.x, world.robot.y);
    if into_wall {
        let (step_x, step_y) = world.robot.facing.step();
        centre_x += step_x as f64 * layout.cell * 0.5;
        centre_y -= step_y as f64 * layout.cell * 0.5;
    }
    let arm = layout.cell * 0.2;
    context.set_stroke_style_str(layout.colors.wrong);
    context.set_line_width(4.0);
    context.begin_path();
    context.move_to(centre_x - arm, centre_y - arm);
    context.line_to(centre_x + arm, centre_y + arm);
    context.move_to(centre_x + arm, centre_y - arm);
    context.line_to(centre_x - arm, centre_y + arm);
    context.stroke();
}
