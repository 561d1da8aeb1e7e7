//! The wheeled robot's stage: the field (floor, zones, lines, walls), the
//! robot with its wheels, its distance sensor's ray and its light sensors,
//! and the trail it left, painted on a canvas from the run's record.
//!
//! The run is computed ahead (it is deterministic and faster than real
//! time); the stage plays its record at the chosen speed (real time by
//! default) in its own animation-frame loop, so a pupil sees the robot
//! move as it would on a table. Under the field: play/pause, the speed, a
//! slider over the run's time, and a line saying the time and what the
//! sensors read, and while it plays, "show the result now" (the run's end
//! at once). Painting never goes through Yew's rendering. In low-end mode
//! the playback paints at most 30 frames a second; its frames feed the
//! runner's watch of the frame rate either way.
//!
//! The field never changes during a run: it is painted once on a canvas kept
//! off the page (again only for another field or size), and each frame
//! copies it with one `drawImage` and adds the trail and the robot over it.
//! While it plays, the slider and the status line under the canvas follow
//! at most every [`TEXTS_INTERVAL_MILLISECONDS`] (as the panels follow a
//! run): changing either makes the browser lay out and repaint the page,
//! which cost as much as the rest of a frame; paused, held, at the end, or
//! while the run computed ahead still grows, they are brought up to date at
//! once.

use std::cell::RefCell;
use std::f64::consts::TAU;
use std::rc::Rc;

use engine::i18n::MessageArgument;
use engine::worlds::rover::{
    point_on_robot, Field, Pose, RoverSample, BODY_RADIUS, DISTANCE_RANGE, SENSOR_OFFSETS,
    STEP_MICROSECONDS, WALL_COLOR, WHEEL_BASE,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::context::{use_app_context, AppContext};
use crate::services::animation_frame::{now_milliseconds, AnimationFrame};
use crate::services::runner::{Runner, PANEL_RENDER_INTERVAL_MILLISECONDS};
use crate::services::stage_pace::LOW_END_FRAME_RATE;
use crate::services::still_layer::{draw_still_layer, StillLayer};

/// The field's largest side on the canvas, in pixels.
const FIELD_PIXELS: f64 = 640.0;
/// While the playback plays, the slider and the status line are brought up
/// to date at most this often (milliseconds).
const TEXTS_INTERVAL_MILLISECONDS: f64 = PANEL_RENDER_INTERVAL_MILLISECONDS;
/// The speeds offered, as multiples of real time.
const SPEEDS: [f64; 6] = [0.25, 0.5, 1.0, 2.0, 4.0, 10.0];

/// Properties of [`RoverStage`].
#[derive(Properties, PartialEq)]
pub struct RoverStageProps {
    /// The lesson's run.
    pub runner: Runner,
    /// Changes when the run changes.
    pub version: u64,
    /// The field to show before any run (the lesson's, else the playground).
    pub field: Rc<Field>,
}

/// The elements the painting reaches into.
#[derive(Clone, Default, PartialEq)]
struct Elements {
    canvas: NodeRef,
    slider: NodeRef,
    status: NodeRef,
}

/// The playback.
#[derive(Default)]
struct Playback {
    /// Simulated microseconds shown.
    shown: f64,
    /// Whether it plays.
    playing: bool,
    /// Multiples of real time.
    speed: f64,
    /// The run whose record is shown.
    run_number: u64,
    /// The next animation frame, while it plays.
    frame: Option<AnimationFrame>,
    /// When the last frame ran (milliseconds).
    last_frame_at: f64,
    /// When the last frame painted (milliseconds).
    last_paint_at: f64,
    /// The field painted off the page, and which field at which size.
    painted_field: Option<StillLayer<FieldKey>>,
    /// The status line's text shown (it is set only when it changes).
    status_text: String,
    /// When the slider and the status line were last brought up to date
    /// while playing (milliseconds).
    texts_at: f64,
    /// The run's length (microseconds) they showed then.
    texts_total: u64,
}

/// What the field's still layer was painted for: this field (the same
/// `Rc`), at this size.
struct FieldKey {
    field: Rc<Field>,
    width: u32,
    height: u32,
}

impl PartialEq for FieldKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.field, &other.field)
            && self.width == other.width
            && self.height == other.height
    }
}

/// Everything a paint needs.
#[derive(Clone)]
struct Painting {
    elements: Elements,
    playback: Rc<RefCell<Playback>>,
    runner: Runner,
    field: Rc<Field>,
    context: AppContext,
}

/// The wheeled robot's stage.
#[function_component(RoverStage)]
pub fn rover_stage(props: &RoverStageProps) -> Html {
    let context = use_app_context();
    let elements = (*use_memo((), |_| Elements::default())).clone();
    let playback = use_mut_ref(|| Playback {
        speed: 1.0,
        ..Playback::default()
    });
    let painting = Painting {
        elements: elements.clone(),
        playback: playback.clone(),
        runner: props.runner.clone(),
        field: Rc::clone(&props.field),
        context: context.clone(),
    };
    let latest = use_mut_ref(|| painting.clone());
    *latest.borrow_mut() = painting.clone();
    {
        let latest = latest.clone();
        let playback = playback.clone();
        use_effect_with(props.runner.clone(), move |runner| {
            runner.set_stage_painter(Some(Callback::from(move |_: ()| {
                let painting = latest.borrow().clone();
                painting.follow_run();
            })));
            let runner = runner.clone();
            move || {
                runner.set_stage_painter(None);
                playback.borrow_mut().frame = None;
            }
        });
    }
    {
        let painting = painting.clone();
        use_effect_with(props.version, move |_| {
            painting.follow_run();
            || ()
        });
    }
    let total = painting.total_time();
    let (playing, speed, shown) = {
        let playback = playback.borrow();
        (playback.playing, playback.speed, playback.shown)
    };
    let on_play = {
        let painting = painting.clone();
        Callback::from(move |_: MouseEvent| painting.toggle())
    };
    let on_show_end = {
        let painting = painting.clone();
        Callback::from(move |_: MouseEvent| painting.show_end())
    };
    let on_speed = {
        let playback = playback.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                playback.borrow_mut().speed = select.value().parse().unwrap_or(1.0);
            }
        })
    };
    let on_slide = {
        let painting = painting.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                let milliseconds: f64 = input.value().parse().unwrap_or(0.0);
                painting.hold(milliseconds * 1000.0);
            }
        })
    };
    let speed_options = SPEEDS.iter().map(|choice| {
        html! {
            <option value={choice.to_string()} selected={*choice == speed}>
                { format!("×{choice}") }
            </option>
        }
    });
    html! {
        <div class="rover-stage">
            <canvas class="stage rover-canvas" ref={elements.canvas.clone()}
                role="img" aria-label={context.text("rover-stage-label")} />
            <p class="rover-status" aria-live="off" ref={elements.status.clone()}></p>
            <div class="rover-controls">
                <button type="button" class="rover-play" onclick={on_play} disabled={total == 0.0}>
                    { context.text(if playing { "rover-pause" } else { "rover-play" }) }
                </button>
                if playing {
                    <button type="button" class="show-result-now" onclick={on_show_end}>
                        { context.text("stage-show-result-now") }
                    </button>
                }
                <label class="rover-speed">
                    { context.text("rover-speed") }
                    <select onchange={on_speed}>{ for speed_options }</select>
                </label>
                <input type="range" class="rover-slider" min="0" step="10"
                    max={((total / 1000.0).round()).to_string()}
                    value={((shown.min(total) / 1000.0).round()).to_string()}
                    ref={elements.slider.clone()} aria-label={context.text("rover-slider")}
                    oninput={on_slide} disabled={total == 0.0} />
            </div>
        </div>
    }
}

impl Painting {
    /// The run's simulated length, in microseconds.
    fn total_time(&self) -> f64 {
        self.runner.with_session(|session| {
            session
                .rover
                .as_ref()
                .and_then(|view| view.samples.last())
                .map_or(0.0, |sample| sample.time as f64)
        })
    }

    /// After a slice: a new run starts playing from its start; otherwise
    /// the picture is brought up to date (by the next playback frame, while
    /// it plays).
    fn follow_run(&self) {
        let run_number = self.runner.with_session(|session| session.run_number);
        let has_run = self.runner.with_session(|session| session.rover.is_some());
        let start = {
            let mut playback = self.playback.borrow_mut();
            let new_run = playback.run_number != run_number && has_run;
            if new_run {
                playback.run_number = run_number;
                playback.shown = 0.0;
                playback.playing = true;
                playback.last_frame_at = now_milliseconds();
            }
            new_run || (playback.playing && playback.frame.is_none())
        };
        if start {
            self.schedule();
        }
        // While it plays, the playback's own frame paints: a slice of the
        // run computed ahead does not paint the same frame twice.
        if !self.playback.borrow().playing {
            self.paint();
        }
    }

    /// Plays or pauses (playing again from the start at the end).
    fn toggle(&self) {
        let total = self.total_time();
        {
            let mut playback = self.playback.borrow_mut();
            if playback.playing {
                playback.playing = false;
                playback.frame = None;
            } else {
                if playback.shown >= total {
                    playback.shown = 0.0;
                }
                playback.playing = true;
                playback.last_frame_at = now_milliseconds();
            }
        }
        if self.playback.borrow().playing {
            self.schedule();
        }
        self.runner.touch();
        self.paint();
    }

    /// Shows simulated time `time` and pauses there.
    fn hold(&self, time: f64) {
        {
            let mut playback = self.playback.borrow_mut();
            playback.shown = time;
            playback.playing = false;
            playback.frame = None;
        }
        self.paint();
        self.runner.touch();
    }

    /// Jumps to the run's end and stops playing there.
    fn show_end(&self) {
        self.hold(self.total_time());
        self.runner.animation_stopped();
    }

    fn schedule(&self) {
        let painting = self.clone();
        let frame = AnimationFrame::request(move || painting.frame());
        self.playback.borrow_mut().frame = frame;
    }

    /// One frame of the playback.
    fn frame(&self) {
        let total = self.total_time();
        let active = self.runner.is_active();
        let now = now_milliseconds();
        let go_on = {
            let mut playback = self.playback.borrow_mut();
            playback.frame = None;
            let elapsed = (now - playback.last_frame_at).clamp(0.0, 100.0);
            playback.last_frame_at = now;
            playback.shown = (playback.shown + elapsed * 1000.0 * playback.speed).min(total);
            let at_end = playback.shown >= total;
            if at_end && !active {
                playback.playing = false;
            }
            playback.playing
        };
        self.runner.note_animation_frame();
        let paint_due = {
            let mut playback = self.playback.borrow_mut();
            let low_end = self.context.app_state().display.low_end;
            let interval = 1000.0 / LOW_END_FRAME_RATE - 4.0;
            let due = !go_on || !low_end || now - playback.last_paint_at >= interval;
            if due {
                playback.last_paint_at = now;
            }
            due
        };
        if paint_due {
            self.paint();
        }
        if go_on {
            self.schedule();
        } else {
            self.runner.animation_stopped();
            self.runner.touch();
        }
    }

    /// Paints the moment shown, and updates the slider and the status
    /// (while it plays, at most every [`TEXTS_INTERVAL_MILLISECONDS`]).
    fn paint(&self) {
        let shown = self.playback.borrow().shown;
        let (field, sample, trail, total) =
            self.runner.with_session(|session| match &session.rover {
                Some(view) => {
                    let index =
                        ((shown / STEP_MICROSECONDS as f64) as usize).min(view.samples.len());
                    let sample = index
                        .checked_sub(1)
                        .and_then(|index| view.samples.get(index))
                        .copied();
                    let trail: Vec<(f64, f64)> = view.samples[..index]
                        .iter()
                        .step_by(5)
                        .map(|sample| (sample.pose.x, sample.pose.y))
                        .collect();
                    let total = view.samples.last().map_or(0, |sample| sample.time);
                    (Rc::clone(&view.field), sample, trail, total)
                }
                None => (Rc::clone(&self.field), None, Vec::new(), 0),
            });
        let texts_due = {
            let mut playback = self.playback.borrow_mut();
            let now = now_milliseconds();
            // The run's length shows at once while it grows (the run is
            // still being computed), and at its end.
            let due = !playback.playing
                || playback.texts_total != total
                || now - playback.texts_at >= TEXTS_INTERVAL_MILLISECONDS;
            if due {
                playback.texts_at = now;
                playback.texts_total = total;
            }
            due
        };
        let pose = sample.map_or(field.start, |sample| sample.pose);
        let Some(canvas) = self.elements.canvas.cast::<HtmlCanvasElement>() else {
            return;
        };
        let scale = (FIELD_PIXELS / field.width).min(FIELD_PIXELS / field.height);
        let (width, height) = (
            (field.width * scale).round() as u32,
            (field.height * scale).round() as u32,
        );
        if canvas.width() != width || canvas.height() != height {
            canvas.set_width(width);
            canvas.set_height(height);
        }
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        let view = View {
            scale,
            height: field.height,
        };
        {
            let mut playback = self.playback.borrow_mut();
            let key = FieldKey {
                field: Rc::clone(&field),
                width,
                height,
            };
            draw_still_layer(
                &mut playback.painted_field,
                &context,
                key,
                (width, height),
                |layer| paint_field(layer, &view, &field),
            );
            // The trail's joins, as the field's painting leaves them.
            context.set_line_cap("round");
            context.set_line_join("round");
        }
        paint_trail(&context, &view, &trail, pose);
        let readings = paint_robot(&context, &view, &field, pose, sample);
        if !texts_due {
            return;
        }
        if let Some(slider) = self.elements.slider.cast::<HtmlInputElement>() {
            let value = ((shown.min(total as f64) / 1000.0).round()).to_string();
            if slider.value() != value {
                slider.set_value(&value);
            }
        }
        if let Some(status) = self.elements.status.cast::<web_sys::HtmlElement>() {
            let seconds = |microseconds: f64| format!("{:.1}", microseconds / 1_000_000.0);
            let text = self.context.text_with(
                "rover-status",
                &[
                    (
                        "time",
                        MessageArgument::from(seconds(shown.min(total as f64))),
                    ),
                    ("total", MessageArgument::from(seconds(total as f64))),
                    (
                        "distance",
                        MessageArgument::from(format!("{:.0}", readings.distance)),
                    ),
                    (
                        "light",
                        MessageArgument::from(format!("{:.0}", readings.light)),
                    ),
                ],
            );
            let bumped = sample.is_some_and(|sample| sample.bumped);
            let text = if bumped {
                format!("{text} · {}", self.context.text("rover-bumped"))
            } else {
                text
            };
            // An unchanged text is not set: the page's layout stays as it was.
            let mut playback = self.playback.borrow_mut();
            if playback.status_text != text {
                status.set_text_content(Some(&text));
                playback.status_text = text;
            }
        }
    }
}

/// Field centimetres to canvas pixels (y up on the field, down on the canvas).
struct View {
    scale: f64,
    height: f64,
}

impl View {
    fn point(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x * self.scale, (self.height - y) * self.scale)
    }
}

fn path(context: &CanvasRenderingContext2d, view: &View, points: &[(f64, f64)]) {
    context.begin_path();
    for (index, point) in points.iter().enumerate() {
        let (x, y) = view.point(*point);
        if index == 0 {
            context.move_to(x, y);
        } else {
            context.line_to(x, y);
        }
    }
}

/// Paints the floor (every pixel: the picture is opaque, so a copy of it
/// is exact), the zones, the lines, the walls and the border.
fn paint_field(context: &CanvasRenderingContext2d, view: &View, field: &Field) {
    context.set_fill_style_str(&field.floor.hex());
    context.fill_rect(
        0.0,
        0.0,
        field.width * view.scale,
        field.height * view.scale,
    );
    for zone in &field.zones {
        path(context, view, &zone.shape.corners());
        context.close_path();
        context.set_fill_style_str(&zone.color.hex());
        context.fill();
    }
    context.set_line_cap("round");
    context.set_line_join("round");
    for line in &field.lines {
        path(context, view, &line.points);
        context.set_stroke_style_str(&line.color.hex());
        context.set_line_width(line.width * view.scale);
        context.stroke();
    }
    for wall in &field.walls {
        path(context, view, &wall.corners());
        context.close_path();
        context.set_fill_style_str(&WALL_COLOR.hex());
        context.fill();
    }
    context.set_stroke_style_str("#3d4145");
    context.set_line_width(4.0);
    context.stroke_rect(
        0.0,
        0.0,
        field.width * view.scale,
        field.height * view.scale,
    );
}

fn paint_trail(context: &CanvasRenderingContext2d, view: &View, trail: &[(f64, f64)], pose: Pose) {
    if trail.is_empty() {
        return;
    }
    let mut points = trail.to_vec();
    points.push((pose.x, pose.y));
    path(context, view, &points);
    context.set_stroke_style_str("rgba(30, 100, 200, 0.55)");
    context.set_line_width(2.0);
    context.stroke();
}

/// What the sensors read at the pose shown.
struct Readings {
    distance: f64,
    light: f64,
}

fn paint_robot(
    context: &CanvasRenderingContext2d,
    view: &View,
    field: &Field,
    pose: Pose,
    sample: Option<RoverSample>,
) -> Readings {
    let scale = view.scale;
    // The distance sensor's ray, to the wall it sees.
    let front = point_on_robot(pose, BODY_RADIUS, 0.0);
    let distance = field
        .ray_distance(front, pose.heading, DISTANCE_RANGE)
        .unwrap_or(DISTANCE_RANGE);
    let end = point_on_robot(pose, BODY_RADIUS + distance, 0.0);
    path(context, view, &[front, end]);
    context.set_stroke_style_str("rgba(220, 40, 40, 0.7)");
    context.set_line_width(1.5);
    let _ = context.set_line_dash(&js_sys::Array::of2(&6.0.into(), &4.0.into()));
    context.stroke();
    let _ = context.set_line_dash(&js_sys::Array::new());
    // The body, its wheels and where it looks.
    let (x, y) = view.point((pose.x, pose.y));
    let bumped = sample.is_some_and(|sample| sample.bumped);
    for side in [1.0, -1.0] {
        let back = point_on_robot(pose, -2.5, side * WHEEL_BASE / 2.0);
        let forth = point_on_robot(pose, 2.5, side * WHEEL_BASE / 2.0);
        path(context, view, &[back, forth]);
        context.set_stroke_style_str("#222");
        context.set_line_width(2.0 * scale);
        context.stroke();
    }
    context.begin_path();
    let _ = context.arc(x, y, BODY_RADIUS * scale, 0.0, TAU);
    context.set_fill_style_str("rgba(32, 140, 110, 0.85)");
    context.fill();
    context.set_stroke_style_str(if bumped { "#d42020" } else { "#0e4d3c" });
    context.set_line_width(if bumped { 4.0 } else { 2.0 });
    context.stroke();
    path(context, view, &[(pose.x, pose.y), front]);
    context.set_stroke_style_str("#fff");
    context.set_line_width(2.5);
    context.stroke();
    // The light sensors: dark when over something dark.
    let mut centre_light = 100.0;
    for (index, (ahead, left)) in SENSOR_OFFSETS.iter().enumerate() {
        let point = point_on_robot(pose, *ahead, *left);
        let color = field.plain_color_at(point.0, point.1);
        let light = (0.299 * f64::from(color.red)
            + 0.587 * f64::from(color.green)
            + 0.114 * f64::from(color.blue))
            / 2.55;
        if index == 1 {
            centre_light = light;
        }
        let (px, py) = view.point(point);
        context.begin_path();
        let _ = context.arc(px, py, (0.9 * scale).max(2.5), 0.0, TAU);
        context.set_fill_style_str(if light < 50.0 { "#111" } else { "#ffd23f" });
        context.fill();
    }
    Readings {
        distance,
        light: centre_light,
    }
}
