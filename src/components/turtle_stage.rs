//! The stage: what the program's turtles drew, painted on a canvas from the
//! engine's picture of the run's record (the same picture the SVG export
//! paints). Turtle coordinates: (0, 0) at the centre, y up, one unit a
//! pixel of the 600 by 600 canvas.
//!
//! Three canvases lie on each other: below, the background and, in a turtle
//! lesson, the reference solution's drawing, faintly; in the middle the
//! drawing, painted incrementally (each repaint adds only the shapes of the
//! new events; a fill, a `clear` or a new background repaints it whole;
//! lines of one pen in a row are traced into one path, stroked once);
//! above, the turtles and the marks of a check of the code that ran
//! (missing lines dashed red, extra lines orange, the place the turtle
//! should end ringed, the heading it should have dashed). Only the top one
//! is cleared on every repaint.
//!
//! During a run the runner calls the stage's painter after every slice that
//! drew (the animation-frame loop, outside Yew's rendering), while the
//! panels re-render about ten times a second; a render repaints too.

use std::cell::RefCell;
use std::rc::Rc;

use engine::pack::checks::{CheckOutcome, CheckReport, DrawnRun, PoseDifference};
use engine::worlds::turtle::{
    direction_of, picture_of, shape_at, Align, Color, DrawEvent, Picture, Point, Segment, Shape,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::services::runner::Runner;

/// The canvas's size in pixels (CSS scales it to the panel).
const CANVAS_SIZE: f64 = 600.0;

/// Properties of [`TurtleStage`].
#[derive(Properties)]
pub struct TurtleStageProps {
    /// The lesson's run.
    pub runner: Runner,
    /// Changes when the run changes, so the stage repaints.
    pub version: u64,
    /// The canvas's accessible name.
    pub label: String,
    /// The label of the button that saves the picture as a PNG file.
    pub save_label: String,
    /// A turtle lesson's reference drawing, shown faintly.
    #[prop_or_default]
    pub reference: Option<Rc<DrawnRun>>,
    /// The report of a check of the code that ran, whose differences are marked.
    #[prop_or_default]
    pub report: Option<Rc<CheckReport>>,
}

/// The drawings are compared by identity: a run's record is too big to
/// compare on every render, and a shared drawing never changes.
impl PartialEq for TurtleStageProps {
    fn eq(&self, other: &TurtleStageProps) -> bool {
        let same_reference = match (&self.reference, &other.reference) {
            (Some(mine), Some(theirs)) => Rc::ptr_eq(mine, theirs),
            (None, None) => true,
            _ => false,
        };
        self.runner == other.runner
            && self.version == other.version
            && self.label == other.label
            && self.save_label == other.save_label
            && same_reference
            && self.report == other.report
    }
}

/// The three canvases.
#[derive(Clone, Default, PartialEq)]
struct Layers {
    /// Background and reference.
    under: NodeRef,
    /// The drawing.
    drawing: NodeRef,
    /// Turtles and marks.
    over: NodeRef,
}

/// What the lower two canvases hold, so a repaint adds only what is new.
#[derive(Default)]
struct Painted {
    /// The run whose drawing the drawing canvas shows.
    run_number: u64,
    /// How many of its events the drawing canvas shows.
    events: usize,
    /// The background the bottom canvas shows.
    background: Option<Color>,
    /// The reference drawing the bottom canvas shows.
    reference: Option<Rc<DrawnRun>>,
    /// Whether the bottom canvas has been painted at all.
    under_painted: bool,
}

/// The stage panel's canvases.
#[function_component(TurtleStage)]
pub fn turtle_stage(props: &TurtleStageProps) -> Html {
    let layers = use_memo((), |_| Layers::default());
    let painted = use_mut_ref(Painted::default);
    // What the runner's painter paints with: the latest reference and report.
    let latest = use_mut_ref(|| (None, None));
    *latest.borrow_mut() = (props.reference.clone(), props.report.clone());
    {
        // The runner paints each slice's new drawing itself, between the
        // panels' re-renders.
        let layers = (*layers).clone();
        let painted = painted.clone();
        use_effect_with(props.runner.clone(), move |runner| {
            let painter_runner = runner.clone();
            runner.set_stage_painter(Some(Callback::from(move |_: ()| {
                let (reference, report) = latest.borrow().clone();
                paint(
                    &layers,
                    &painted,
                    &painter_runner,
                    reference,
                    report.as_deref(),
                );
            })));
            let runner = runner.clone();
            move || runner.set_stage_painter(None)
        });
    }
    {
        let layers = (*layers).clone();
        let runner = props.runner.clone();
        let reference = props.reference.clone();
        let report = props.report.clone();
        use_effect_with(props.version, move |_| {
            paint(&layers, &painted, &runner, reference, report.as_deref());
            || ()
        });
    }
    let uses_turtle = props.runner.with_session(|session| session.uses_turtle);
    let save = {
        let layers = (*layers).clone();
        let runner = props.runner.clone();
        Callback::from(move |_: MouseEvent| save_picture(&layers.drawing, &runner))
    };
    html! {
        <>
            <canvas class="stage-layer stage-under" width="600" height="600" ref={layers.under.clone()}
                aria-hidden="true" />
            <canvas class="stage" width="600" height="600" ref={layers.drawing.clone()}
                role="img" aria-label={props.label.clone()} />
            <canvas class="stage-layer stage-over" width="600" height="600" ref={layers.over.clone()}
                aria-hidden="true" />
            if uses_turtle {
                <button type="button" class="stage-save" onclick={save}>
                    { props.save_label.clone() }
                </button>
            }
        </>
    }
}

/// The 2D context of a canvas, reset to turtle coordinates and cleared when asked.
fn context_of(canvas: &NodeRef, clear: bool) -> Option<CanvasRenderingContext2d> {
    let element = canvas.cast::<HtmlCanvasElement>()?;
    let context = element
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    let _ = context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    if clear {
        context.clear_rect(0.0, 0.0, CANVAS_SIZE, CANVAS_SIZE);
    }
    let _ = context.translate(CANVAS_SIZE / 2.0, CANVAS_SIZE / 2.0);
    let _ = context.scale(1.0, -1.0);
    Some(context)
}

/// Saves the background and the drawing (not the reference, the turtles
/// or the marks) as `drawing.png`, through a link the browser downloads.
fn save_picture(drawing: &NodeRef, runner: &Runner) {
    let Some(drawing) = drawing.cast::<HtmlCanvasElement>() else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(canvas) = document
        .create_element("canvas")
        .ok()
        .and_then(|element| element.dyn_into::<HtmlCanvasElement>().ok())
    else {
        return;
    };
    canvas.set_width(drawing.width());
    canvas.set_height(drawing.height());
    let Some(context) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    if let Some(background) = runner.with_session(|session| picture_of(&session.drawing).background)
    {
        context.set_fill_style_str(&css(background));
        context.fill_rect(0.0, 0.0, CANVAS_SIZE, CANVAS_SIZE);
    }
    let _ = context.draw_image_with_html_canvas_element(&drawing, 0.0, 0.0);
    let Ok(address) = canvas.to_data_url_with_type("image/png") else {
        return;
    };
    let Ok(link) = document.create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &address);
    let _ = link.set_attribute("download", "drawing.png");
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
}

/// A colour for the canvas.
fn css(color: Color) -> String {
    color.hex()
}

/// Brings the three canvases up to date.
fn paint(
    layers: &Layers,
    painted: &RefCell<Painted>,
    runner: &Runner,
    reference: Option<Rc<DrawnRun>>,
    report: Option<&CheckReport>,
) {
    let mut painted = painted.borrow_mut();
    let background = runner.with_session(|session| {
        let drawing = &session.drawing;
        let start = painted.events;
        let whole = session.run_number != painted.run_number
            || drawing.len() < start
            || drawing[start.min(drawing.len())..].iter().any(|event| {
                matches!(
                    event,
                    DrawEvent::Fill { .. } | DrawEvent::Clear { .. } | DrawEvent::Background { .. }
                )
            });
        let Some(context) = context_of(&layers.drawing, whole) else {
            return painted.background;
        };
        let background = if whole {
            let picture = picture_of(drawing);
            paint_picture(&context, &picture);
            picture.background
        } else {
            // No fill, clear or background among the new events: their
            // shapes go on top, in order.
            paint_picture(&context, &picture_of(&drawing[start..]));
            painted.background
        };
        painted.events = drawing.len();
        painted.run_number = session.run_number;
        background
    });
    let reference_changed = match (&painted.reference, &reference) {
        (Some(shown), Some(wanted)) => !Rc::ptr_eq(shown, wanted),
        (None, None) => false,
        _ => true,
    };
    if !painted.under_painted || reference_changed || background != painted.background {
        if let Some(context) = context_of(&layers.under, true) {
            if let Some(background) = background {
                context.set_fill_style_str(&css(background));
                context.fill_rect(
                    -CANVAS_SIZE,
                    -CANVAS_SIZE,
                    2.0 * CANVAS_SIZE,
                    2.0 * CANVAS_SIZE,
                );
            }
            if let Some(reference) = &reference {
                context.set_global_alpha(REFERENCE_ALPHA);
                paint_picture(&context, &picture_of(&reference.world.events));
                context.set_global_alpha(1.0);
            }
            painted.under_painted = true;
        }
        painted.background = background;
        painted.reference = reference;
    }
    let Some(context) = context_of(&layers.over, true) else {
        return;
    };
    runner.with_session(|session| {
        for turtle in session.turtles.iter().filter(|turtle| turtle.visible) {
            let corners = shape_at(
                &turtle.shape,
                turtle.navigator.position,
                turtle.navigator.heading(),
            );
            polygon(&context, &corners);
            context.set_fill_style_str(&css(turtle.fill_color));
            context.fill();
            context.set_stroke_style_str(&css(turtle.pen_color));
            context.set_line_width(1.0);
            context.stroke();
        }
    });
    if let Some(report) = report {
        paint_marks(&context, report);
    }
}

/// How strongly the reference drawing shows.
const REFERENCE_ALPHA: f64 = 0.25;
/// The colour of missing lines and of where the turtle should be.
const MISSING_COLOR: &str = "#d32f2f";
/// The colour of extra lines.
const EXTRA_COLOR: &str = "rgba(245, 124, 0, 0.8)";

fn paint_picture(context: &CanvasRenderingContext2d, picture: &Picture) {
    context.set_line_cap("round");
    context.set_line_join("round");
    let mut pen = LineStyle::default();
    let mut lines = LineRun::default();
    for shape in &picture.shapes {
        paint_shape(context, shape, &mut pen, &mut lines);
    }
    lines.stroke(context);
}

/// The most lines one path holds before it is stroked.
const LINES_PER_STROKE: usize = 500;

/// Lines of one pen in a row, traced into one path and stroked once:
/// thousands of lines a frame cost a few calls each instead of four, and
/// the browser rasterises one path instead of a stroke per line (about a
/// third of the time, in software). A line that starts where the last one
/// ended continues the path; with round caps and joins the picture is the
/// same, and the colours are opaque, so lines of one pen may share a path.
#[derive(Default)]
struct LineRun {
    /// The colour and width of the path being traced (`None`: no path).
    pen: Option<(Color, f64)>,
    /// Where the path's last line ended.
    end: Option<Point>,
    /// Lines in the path.
    lines: usize,
}

impl LineRun {
    /// Adds a line to the path, stroking the path first if its pen differs.
    fn add(
        &mut self,
        context: &CanvasRenderingContext2d,
        style: &mut LineStyle,
        from: Point,
        to: Point,
        color: Color,
        width: f64,
    ) {
        if self.pen != Some((color, width)) || self.lines >= LINES_PER_STROKE {
            self.stroke(context);
            style.use_for_line(context, color, width);
            context.begin_path();
            self.pen = Some((color, width));
        }
        if self.end != Some(from) {
            context.move_to(from.x, from.y);
        }
        context.line_to(to.x, to.y);
        self.end = Some(to);
        self.lines += 1;
    }

    /// Strokes the path traced so far, if any.
    fn stroke(&mut self, context: &CanvasRenderingContext2d) {
        if self.pen.take().is_some() {
            context.stroke();
        }
        self.end = None;
        self.lines = 0;
    }
}

/// The stroke colour and width a run of lines was last given, so a line
/// of the same pen sets nothing (thousands of lines a frame share a pen).
#[derive(Default)]
struct LineStyle {
    color: Option<Color>,
    width: f64,
}

impl LineStyle {
    /// Sets the stroke colour and width for a line, unless already set.
    fn use_for_line(&mut self, context: &CanvasRenderingContext2d, color: Color, width: f64) {
        if self.color != Some(color) {
            context.set_stroke_style_str(&css(color));
            self.color = Some(color);
        }
        if self.width != width {
            context.set_line_width(width);
            self.width = width;
        }
    }

    /// Another shape set the stroke itself: the next line sets it again.
    fn forget(&mut self) {
        self.color = None;
        self.width = 0.0;
    }
}

/// Marks what the report's turtle checks found.
fn paint_marks(context: &CanvasRenderingContext2d, report: &CheckReport) {
    let dashes = js_sys::Array::of2(&8.0.into(), &6.0.into());
    let solid = js_sys::Array::new();
    let line = |segment: &Segment, color: &str, dashed: bool| {
        context.begin_path();
        context.move_to(segment.from.x, segment.from.y);
        context.line_to(segment.to.x, segment.to.y);
        context.set_stroke_style_str(color);
        context.set_line_width(4.0);
        let _ = context.set_line_dash(if dashed { &dashes } else { &solid });
        context.stroke();
    };
    for result in &report.results {
        match &result.outcome {
            CheckOutcome::DrawingDiffers { difference, .. } => {
                for segment in &difference.extra {
                    line(segment, EXTRA_COLOR, false);
                }
                for segment in &difference.missing {
                    line(segment, MISSING_COLOR, true);
                }
            }
            CheckOutcome::PoseDiffers(PoseDifference::Place { expected, .. }) => {
                context.begin_path();
                let _ = context.arc(expected.x, expected.y, 10.0, 0.0, std::f64::consts::TAU);
                context.move_to(expected.x - 14.0, expected.y);
                context.line_to(expected.x + 14.0, expected.y);
                context.move_to(expected.x, expected.y - 14.0);
                context.line_to(expected.x, expected.y + 14.0);
                context.set_stroke_style_str(MISSING_COLOR);
                context.set_line_width(3.0);
                let _ = context.set_line_dash(&solid);
                context.stroke();
            }
            CheckOutcome::PoseDiffers(PoseDifference::Heading { expected, .. }) => {
                let at = report
                    .drawings
                    .as_ref()
                    .map_or(Point::new(0.0, 0.0), |drawings| {
                        drawings.pupil.main_turtle.navigator.position
                    });
                let direction = direction_of(*expected);
                let end = Point::new(at.x + 50.0 * direction.x, at.y + 50.0 * direction.y);
                line(
                    &Segment {
                        from: at,
                        to: end,
                        color: Color::BLACK,
                    },
                    MISSING_COLOR,
                    true,
                );
            }
            _ => {}
        }
    }
    let _ = context.set_line_dash(&solid);
}

/// Traces a closed path through `corners`.
fn polygon(context: &CanvasRenderingContext2d, corners: &[Point]) {
    context.begin_path();
    for (index, corner) in corners.iter().enumerate() {
        if index == 0 {
            context.move_to(corner.x, corner.y);
        } else {
            context.line_to(corner.x, corner.y);
        }
    }
    context.close_path();
}

/// Paints `shape`: a line goes into `lines`, the path being traced; any
/// other shape strokes that path first, so the order of shapes is kept.
fn paint_shape(
    context: &CanvasRenderingContext2d,
    shape: &Shape,
    pen: &mut LineStyle,
    lines: &mut LineRun,
) {
    if !matches!(shape, Shape::Line { .. }) {
        lines.stroke(context);
    }
    match shape {
        Shape::Line {
            from,
            to,
            color,
            width,
        } => lines.add(context, pen, *from, *to, *color, width.max(1.0)),
        Shape::Polygon { points, color } => {
            // Tk fills even-odd: the middle of a five-pointed star stays empty.
            polygon(context, points);
            context.set_fill_style_str(&css(*color));
            context.fill_with_canvas_winding_rule(web_sys::CanvasWindingRule::Evenodd);
        }
        Shape::Dot {
            at,
            diameter,
            color,
        } => {
            context.begin_path();
            let _ = context.arc(at.x, at.y, diameter / 2.0, 0.0, std::f64::consts::TAU);
            context.set_fill_style_str(&css(*color));
            context.fill();
        }
        Shape::Stamp {
            shape,
            at,
            heading,
            color,
            fill,
        } => {
            polygon(context, &shape_at(shape, *at, *heading));
            context.set_fill_style_str(&css(*fill));
            context.fill();
            context.set_stroke_style_str(&css(*color));
            context.set_line_width(1.0);
            context.stroke();
            pen.forget();
        }
        Shape::Text {
            at,
            text,
            align,
            size,
            color,
        } => {
            context.save();
            let _ = context.translate(at.x, at.y);
            let _ = context.scale(1.0, -1.0);
            context.set_font(&format!("{}px sans-serif", (size * 4.0 / 3.0).round()));
            context.set_text_align(match align {
                Align::Left => "left",
                Align::Center => "center",
                Align::Right => "right",
            });
            context.set_fill_style_str(&css(*color));
            let _ = context.fill_text(text, 0.0, 0.0);
            context.restore();
        }
    }
}
