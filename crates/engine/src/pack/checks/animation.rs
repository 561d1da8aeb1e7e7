//! The checks of animation lessons. A run is driven frame by frame with
//! the check's scripted input (as the page drives it with real ticks):
//! a `state` check compiles its condition into the pupil's program as a
//! function and asks the frame loop to call it after frame N; a `frame`
//! check runs the pupil's program and then the reference solution to frame
//! N and compares the two frames' shapes.

use super::turtle::failure_outcome;
use super::{checked_vm, run_slice, CheckOutcome};
use crate::python::builtins::numbers::libm::{cos, sin};
use crate::python::syntax::token::LineIndex;
use crate::python::vm::machine::Vm;
use crate::python::vm::run::RunOutcome;
use crate::worlds::canvas::{CanvasShape, InputScript, ShapeKind};

/// The function a state check's condition is compiled into.
const CONDITION_FUNCTION: &str = "__bastau_condition__";

/// The frames a second a check's run pretends (for `millis()`).
const CHECK_FRAME_RATE: f64 = 60.0;

/// How a frame differs from the reference's: a shape, in words.
#[derive(Clone, Debug, PartialEq)]
pub enum FrameDifference {
    /// The reference draws it; the pupil's frame does not (or elsewhere).
    Missing(String),
    /// The pupil's frame draws it; the reference does not.
    Extra(String),
    /// Every shape is in place, but this one has other colours.
    Color(String),
}

/// What a run to frame N gave.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum FrameRunEnd {
    /// The frame's shapes, and the condition's result (state checks).
    Reached {
        /// The shapes of frame N.
        shapes: Vec<CanvasShape>,
        /// The condition's truth and repr.
        condition: Option<(bool, String)>,
    },
    /// The run ended otherwise (an error, too much work, no animation).
    Failed(CheckOutcome),
}

/// One program run to a frame.
pub(super) struct FrameRun {
    vm: Vm,
    script: InputScript,
    target: u64,
    frame: u64,
    probing: bool,
    with_condition: bool,
}

impl FrameRun {
    /// Starts `code` (with `condition` compiled in, for a state check).
    pub(super) fn start(
        code: &str,
        condition: Option<&str>,
        input: &[String],
        target: u64,
        work_budget: u64,
    ) -> Result<FrameRun, Box<FrameRunEnd>> {
        let mut source = code.to_owned();
        if let Some(condition) = condition {
            if !source.ends_with('\n') {
                source.push('\n');
            }
            source.push_str(&format!(
                "def {CONDITION_FUNCTION}():\n    return ({condition}\n    )\n"
            ));
        }
        let script = InputScript::parse(input.iter().map(String::as_str)).unwrap_or_default();
        match checked_vm(&source, work_budget) {
            Ok(mut vm) => {
                vm.close_input();
                vm.keep_canvas_open();
                Ok(FrameRun {
                    vm,
                    script,
                    target,
                    frame: 0,
                    probing: false,
                    with_condition: condition.is_some(),
                })
            }
            Err(error) => Err(Box::new(FrameRunEnd::Failed(CheckOutcome::NotValid {
                line: LineIndex::new(&source).line(error.span.start),
                error,
            }))),
        }
    }

    /// Runs a slice with at most about `fuel_left` units of work; the end
    /// once frame N has been drawn (and the condition asked).
    pub(super) fn advance(&mut self, fuel_left: &mut u64) -> Option<FrameRunEnd> {
        loop {
            if *fuel_left == 0 {
                return None;
            }
            match run_slice(&mut self.vm, fuel_left) {
                RunOutcome::Paused => return None,
                RunOutcome::WaitingForInput | RunOutcome::Finished => {
                    return Some(FrameRunEnd::Failed(CheckOutcome::NoAnimation {
                        frames: self.frame,
                    }))
                }
                RunOutcome::Failed(failure) => {
                    return Some(FrameRunEnd::Failed(failure_outcome(failure)))
                }
                RunOutcome::WaitingForFrame => {}
            }
            if self.frame < self.target {
                self.frame += 1;
                let input = self.script.frame_input(self.frame, CHECK_FRAME_RATE);
                self.vm.provide_frame(input);
                continue;
            }
            let shapes = self
                .vm
                .canvas_world()
                .map(|world| world.frame_shapes.clone())
                .unwrap_or_default();
            if !self.with_condition {
                return Some(FrameRunEnd::Reached {
                    shapes,
                    condition: None,
                });
            }
            if self.probing {
                let result = self.vm.take_probe_result();
                return Some(FrameRunEnd::Reached {
                    shapes,
                    condition: result.map(|result| (result.is_true, result.repr)),
                });
            }
            self.probing = self.vm.probe(CONDITION_FUNCTION);
            if !self.probing {
                return Some(FrameRunEnd::Reached {
                    shapes,
                    condition: None,
                });
            }
        }
    }
}

/// A shape reduced to what a frame check compares: its class, its points
/// on the canvas (transform applied), and its text.
#[derive(Clone, Debug)]
struct Footprint {
    class: &'static str,
    points: Vec<(f64, f64)>,
    text: String,
}

fn footprint(shape: &CanvasShape) -> Footprint {
    let place = |x: f64, y: f64| shape.transform.apply(x, y);
    let (class, points, text) = match &shape.kind {
        ShapeKind::Background(_) => ("background", Vec::new(), String::new()),
        ShapeKind::Line { from, to } => (
            "line",
            vec![place(from.0, from.1), place(to.0, to.1)],
            String::new(),
        ),
        ShapeKind::Rect {
            x,
            y,
            width,
            height,
        } => (
            "polygon",
            vec![
                place(*x, *y),
                place(x + width, *y),
                place(x + width, y + height),
                place(*x, y + height),
            ],
            String::new(),
        ),
        ShapeKind::Polygon { points } => (
            "polygon",
            points.iter().map(|(x, y)| place(*x, *y)).collect(),
            String::new(),
        ),
        ShapeKind::Ellipse {
            x,
            y,
            width,
            height,
        } => (
            "ellipse",
            vec![
                place(*x, *y),
                place(x + width / 2.0, *y),
                place(*x, y + height / 2.0),
            ],
            String::new(),
        ),
        ShapeKind::Arc {
            x,
            y,
            width,
            height,
            start,
            stop,
        } => {
            let at = |degrees: f64| {
                let radians = degrees.to_radians();
                place(
                    x + width / 2.0 * cos(radians),
                    y + height / 2.0 * sin(radians),
                )
            };
            (
                "arc",
                vec![place(*x, *y), at(*start), at(*stop)],
                String::new(),
            )
        }
        ShapeKind::Point { x, y } => ("point", vec![place(*x, *y)], String::new()),
        ShapeKind::Text { text, x, y } => ("text", vec![place(*x, *y)], text.clone()),
    };
    Footprint {
        class,
        points,
        text,
    }
}

/// Whether two shapes are the same within `tolerance` (a polygon may start
/// at any corner and go either way; an ellipse's axes may be swapped).
fn same_shape(pupil: &CanvasShape, reference: &CanvasShape, tolerance: f64, colors: bool) -> bool {
    if colors && !same_colors(pupil, reference) {
        return false;
    }
    let (mine, wanted) = (footprint(pupil), footprint(reference));
    if mine.class != wanted.class
        || mine.text != wanted.text
        || mine.points.len() != wanted.points.len()
    {
        return false;
    }
    let close = |a: (f64, f64), b: (f64, f64)| distance(a, b) <= tolerance;
    let count = wanted.points.len();
    match mine.class {
        "polygon" => (0..count).any(|offset| {
            let forward = (0..count)
                .all(|index| close(mine.points[(index + offset) % count], wanted.points[index]));
            let backward = (0..count).all(|index| {
                close(
                    mine.points[(offset + count - index) % count],
                    wanted.points[index],
                )
            });
            forward || backward
        }),
        "ellipse" => {
            let centre = close(mine.points[0], wanted.points[0]);
            let radius = |footprint: &Footprint, index: usize| {
                distance(footprint.points[0], footprint.points[index])
            };
            let mut mine_radii = [radius(&mine, 1), radius(&mine, 2)];
            let mut wanted_radii = [radius(&wanted, 1), radius(&wanted, 2)];
            mine_radii.sort_by(f64::total_cmp);
            wanted_radii.sort_by(f64::total_cmp);
            centre
                && mine_radii
                    .iter()
                    .zip(wanted_radii)
                    .all(|(a, b)| (a - b).abs() <= tolerance)
        }
        "line" => {
            let (a, b) = (&mine.points, &wanted.points);
            (close(a[0], b[0]) && close(a[1], b[1])) || (close(a[0], b[1]) && close(a[1], b[0]))
        }
        _ => mine
            .points
            .iter()
            .zip(&wanted.points)
            .all(|(a, b)| close(*a, *b)),
    }
}

/// The distance between two points.
fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).sqrt()
}

fn same_colors(pupil: &CanvasShape, reference: &CanvasShape) -> bool {
    match (&pupil.kind, &reference.kind) {
        (ShapeKind::Background(mine), ShapeKind::Background(wanted)) => mine == wanted,
        (ShapeKind::Line { .. } | ShapeKind::Point { .. }, _) => {
            pupil.style.stroke == reference.style.stroke
        }
        (ShapeKind::Text { .. }, _) => pupil.style.fill == reference.style.fill,
        _ => {
            pupil.style.fill == reference.style.fill && pupil.style.stroke == reference.style.stroke
        }
    }
}

/// A frame check's finding: `None` when the frames agree, else the first
/// reference shape the pupil's frame lacks (or has in another colour), or
/// the first extra shape, worded.
pub(super) fn compare_frames(
    pupil: &[CanvasShape],
    reference: &[CanvasShape],
    tolerance: f64,
    colors: bool,
) -> Option<FrameDifference> {
    let difference = compare_shapes(pupil, reference, tolerance, colors)?;
    if colors {
        if let FrameDifference::Missing(shape) = &difference {
            if compare_shapes(pupil, reference, tolerance, false).is_none() {
                return Some(FrameDifference::Color(shape.clone()));
            }
        }
    }
    Some(difference)
}

fn compare_shapes(
    pupil: &[CanvasShape],
    reference: &[CanvasShape],
    tolerance: f64,
    colors: bool,
) -> Option<FrameDifference> {
    let visible = |shapes: &[CanvasShape]| -> Vec<CanvasShape> {
        shapes
            .iter()
            .filter(|shape| colors || !matches!(shape.kind, ShapeKind::Background(_)))
            .cloned()
            .collect()
    };
    let (pupil, reference) = (visible(pupil), visible(reference));
    let mut used = vec![false; pupil.len()];
    for wanted in &reference {
        let found = pupil
            .iter()
            .enumerate()
            .position(|(index, mine)| !used[index] && same_shape(mine, wanted, tolerance, colors));
        match found {
            Some(index) => used[index] = true,
            None => return Some(FrameDifference::Missing(summary(wanted))),
        }
    }
    let extra = pupil.iter().zip(&used).find(|(_, used)| !**used);
    extra.map(|(shape, _)| FrameDifference::Extra(summary(shape)))
}

/// A shape in a few words for the pupil: its command, its place and size.
fn summary(shape: &CanvasShape) -> String {
    let number = |value: f64| {
        let rounded = (value * 10.0).round() / 10.0;
        if rounded.fract() == 0.0 {
            format!("{}", rounded as i64)
        } else {
            format!("{rounded}")
        }
    };
    let numbers: Vec<String> = shape.kind.numbers().into_iter().map(number).collect();
    match &shape.kind {
        ShapeKind::Background(color) => format!("background(\"{}\")", color.color.hex()),
        ShapeKind::Ellipse {
            x,
            y,
            width,
            height,
        } if width == height => {
            format!(
                "circle({}, {}, {})",
                number(*x),
                number(*y),
                number(width / 2.0)
            )
        }
        ShapeKind::Text { text, x, y } => format!("text({text:?}, {}, {})", number(*x), number(*y)),
        ShapeKind::Polygon { points } if points.len() == 3 => {
            format!("triangle({})", numbers.join(", "))
        }
        ShapeKind::Polygon { .. } => format!("polygon([{}])", numbers.join(", ")),
        kind => format!("{}({})", kind.name(), numbers.join(", ")),
    }
}
