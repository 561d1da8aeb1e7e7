//! The canvas stage: a canvas program's frames, replayed from the shapes
//! the engine's canvas world records (`engine::worlds::canvas`), with the
//! keys and the mouse going back to the program.
//!
//! The canvas keeps its pixels between frames, as in Processing: each frame
//! paints its shapes over the last (a program that calls `background()`
//! starts each frame afresh; one that does not leaves trails). The runner
//! calls the painter when a frame is complete, so a half-drawn frame is
//! never shown. The canvas's size is set only by the painter (setting it
//! clears the pixels, even to the same value), never by rendering.
//!
//! Keys are read by physical key (`KeyboardEvent.code`): the W key is `'w'`
//! under a Russian or Kazakh layout too. The canvas takes the keys while it
//! has the focus (a click on it gives it the focus; Tab reaches it too); it
//! keeps arrows and space from scrolling the page, and lets go of every key
//! it holds when it loses the focus, so no key stays stuck down.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::f64::consts::TAU;
use std::rc::Rc;

use engine::i18n::MessageArgument;
use engine::worlds::canvas::{
    key_name_for_code, CanvasColor, CanvasEvent, CanvasShape, CanvasWorld, ShapeKind, DEFAULT_SIZE,
};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::context::use_app_context;
use crate::services::runner::{RunStatus, Runner};

/// Properties of [`CanvasStage`].
#[derive(Properties, PartialEq)]
pub struct CanvasStageProps {
    /// The lesson's run.
    pub runner: Runner,
    /// Changes when the run changes, so the stage re-renders.
    pub version: u64,
}

/// What the canvas shows, so a paint adds only what is new.
#[derive(Default)]
struct Painted {
    /// The run whose frames the canvas shows.
    run_number: u64,
}

/// The canvas stage.
#[function_component(CanvasStage)]
pub fn canvas_stage(props: &CanvasStageProps) -> Html {
    let context = use_app_context();
    let canvas = use_node_ref();
    let painted = use_mut_ref(Painted::default);
    let held_keys: Rc<RefCell<BTreeSet<String>>> = use_mut_ref(BTreeSet::new);
    let focused = use_state(|| false);
    {
        let canvas = canvas.clone();
        let painted = painted.clone();
        use_effect_with(props.runner.clone(), move |runner| {
            let painter_runner = runner.clone();
            runner.set_stage_painter(Some(Callback::from(move |_: ()| {
                paint(&canvas, &painted, &painter_runner);
            })));
            let runner = runner.clone();
            move || runner.set_stage_painter(None)
        });
    }
    {
        let canvas = canvas.clone();
        let runner = props.runner.clone();
        use_effect_with(props.version, move |_| {
            paint(&canvas, &painted, &runner);
            || ()
        });
    }
    let on_key_down = {
        let runner = props.runner.clone();
        let held_keys = held_keys.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let Some(name) = key_name_for_code(&event.code()) else {
                return;
            };
            if matches!(name.as_str(), "tab" | "escape") {
                return;
            }
            event.prevent_default();
            if !event.repeat() && held_keys.borrow_mut().insert(name.clone()) {
                runner.push_canvas_event(CanvasEvent::KeyDown(name));
            }
        })
    };
    let on_key_up = {
        let runner = props.runner.clone();
        let held_keys = held_keys.clone();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(name) = key_name_for_code(&event.code()) {
                if held_keys.borrow_mut().remove(&name) {
                    runner.push_canvas_event(CanvasEvent::KeyUp(name));
                }
            }
        })
    };
    let on_blur = {
        let runner = props.runner.clone();
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| {
            for name in std::mem::take(&mut *held_keys.borrow_mut()) {
                runner.push_canvas_event(CanvasEvent::KeyUp(name));
            }
            focused.set(false);
        })
    };
    let on_focus = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(true))
    };
    let pointer = |make: fn(f64, f64) -> CanvasEvent| {
        let runner = props.runner.clone();
        let canvas = canvas.clone();
        Callback::from(move |event: PointerEvent| {
            let Some(element) = canvas.cast::<HtmlCanvasElement>() else {
                return;
            };
            // The picture is scaled to fit its box and centred in it
            // (`object-fit: contain`): the pointer's place in the box, back
            // in the canvas's own pixels.
            let (box_width, box_height) = (
                f64::from(element.client_width().max(1)),
                f64::from(element.client_height().max(1)),
            );
            let (width, height) = (
                f64::from(element.width().max(1)),
                f64::from(element.height().max(1)),
            );
            let scale = (box_width / width).min(box_height / height);
            let x = (f64::from(event.offset_x()) - (box_width - width * scale) / 2.0) / scale;
            let y = (f64::from(event.offset_y()) - (box_height - height * scale) / 2.0) / scale;
            if matches!(make(0.0, 0.0), CanvasEvent::MouseDown(..)) {
                let _ = element.focus();
            }
            runner.push_canvas_event(make(x, y));
        })
    };
    let (status, view, wanted) = props.runner.with_session(|session| {
        let wanted = session
            .canvas
            .as_ref()
            .map(|view| session.pace.frame_rate(view.frame_rate));
        (session.status, session.canvas.clone(), wanted)
    });
    let running = matches!(status, RunStatus::Running | RunStatus::Stepping);
    let rate_line = view.as_ref().and_then(|view| {
        let fps = view.frames_per_second.filter(|_| running)?;
        // In low-end mode the program gets at most 30 frames a second.
        let wanted = wanted.unwrap_or(view.frame_rate);
        let slow = fps < wanted * 0.8;
        let arguments = [
            ("fps", MessageArgument::from(fps.round() as usize)),
            ("wanted", MessageArgument::from(wanted.round() as usize)),
        ];
        let id = if slow {
            "canvas-frame-rate-slow"
        } else {
            "canvas-frame-rate"
        };
        let text = context.text_with(id, &arguments);
        Some(
            html! { <span class={classes!("canvas-rate", slow.then_some("slow"))}>{ text }</span> },
        )
    });
    let focus_hint = (running && !*focused && view.is_some()).then(
        || html! { <span class="canvas-hint">{ context.text("canvas-click-for-keys") }</span> },
    );
    html! {
        <div class="canvas-stage">
            <canvas class="canvas-picture" ref={canvas.clone()} tabindex="0"
                role="img" aria-label={context.text("canvas-label")}
                onkeydown={on_key_down} onkeyup={on_key_up} onfocus={on_focus} onblur={on_blur}
                onpointermove={pointer(CanvasEvent::MouseMove)}
                onpointerdown={pointer(CanvasEvent::MouseDown)}
                onpointerup={pointer(CanvasEvent::MouseUp)} />
            <p class="canvas-status" aria-live="off">{ for rate_line }{ for focus_hint }</p>
        </div>
    }
}

/// Paints the frames the canvas has not shown yet; a new run starts from
/// a white canvas of the program's size.
fn paint(canvas: &NodeRef, painted: &RefCell<Painted>, runner: &Runner) {
    let Some(element) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let Some(context) = element
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let (run_number, size) = runner.with_session(|session| {
        (
            session.run_number,
            session
                .canvas
                .as_ref()
                .map_or(DEFAULT_SIZE, |view| (view.width, view.height)),
        )
    });
    let mut painted = painted.borrow_mut();
    let new_run = painted.run_number != run_number;
    if element.width() != size.0 || element.height() != size.1 {
        element.set_width(size.0);
        element.set_height(size.1);
        clear(&context, size);
    } else if new_run {
        clear(&context, size);
    }
    painted.run_number = run_number;
    let shapes = runner.take_unpainted_shapes();
    paint_shapes(&context, &shapes, size);
}

fn clear(context: &CanvasRenderingContext2d, size: (u32, u32)) {
    let _ = context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    context.set_fill_style_str(&CanvasWorld::empty_color().css());
    context.fill_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
}

/// Paints `shapes` in order, each with its style and transform.
fn paint_shapes(context: &CanvasRenderingContext2d, shapes: &[CanvasShape], size: (u32, u32)) {
    let mut colors = ColorCache::default();
    for shape in shapes {
        let [a, b, c, d, e, f] = shape.transform.matrix;
        let _ = context.set_transform(a, b, c, d, e, f);
        let style = &shape.style;
        context.set_line_width(style.stroke_weight);
        match &shape.kind {
            ShapeKind::Background(color) => {
                let _ = context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
                colors.fill(context, *color);
                context.fill_rect(0.0, 0.0, f64::from(size.0), f64::from(size.1));
            }
            ShapeKind::Line { from, to } => {
                context.begin_path();
                context.move_to(from.0, from.1);
                context.line_to(to.0, to.1);
                stroke(context, &mut colors, style.stroke);
            }
            ShapeKind::Rect {
                x,
                y,
                width,
                height,
            } => {
                context.begin_path();
                context.rect(*x, *y, *width, *height);
                fill_and_stroke(context, &mut colors, shape);
            }
            ShapeKind::Ellipse {
                x,
                y,
                width,
                height,
            } => {
                context.begin_path();
                let _ =
                    context.ellipse(*x, *y, width.abs() / 2.0, height.abs() / 2.0, 0.0, 0.0, TAU);
                fill_and_stroke(context, &mut colors, shape);
            }
            ShapeKind::Arc {
                x,
                y,
                width,
                height,
                start,
                stop,
            } => {
                let (radius_x, radius_y) = (width.abs() / 2.0, height.abs() / 2.0);
                let (start, stop) = (start.to_radians(), stop.to_radians());
                if let Some(color) = style.fill {
                    context.begin_path();
                    context.move_to(*x, *y);
                    let _ = context.ellipse(*x, *y, radius_x, radius_y, 0.0, start, stop);
                    context.close_path();
                    colors.fill(context, color);
                    context.fill();
                }
                context.begin_path();
                let _ = context.ellipse(*x, *y, radius_x, radius_y, 0.0, start, stop);
                stroke(context, &mut colors, style.stroke);
            }
            ShapeKind::Polygon { points } => {
                context.begin_path();
                for (index, (x, y)) in points.iter().enumerate() {
                    if index == 0 {
                        context.move_to(*x, *y);
                    } else {
                        context.line_to(*x, *y);
                    }
                }
                context.close_path();
                fill_and_stroke(context, &mut colors, shape);
            }
            ShapeKind::Point { x, y } => {
                if let Some(color) = style.stroke {
                    context.begin_path();
                    let _ = context.arc(*x, *y, (style.stroke_weight / 2.0).max(0.5), 0.0, TAU);
                    colors.fill(context, color);
                    context.fill();
                }
            }
            ShapeKind::Text { text, x, y } => {
                if let Some(color) = style.fill {
                    context.set_font(&format!("{}px sans-serif", style.text_size));
                    colors.fill(context, color);
                    let _ = context.fill_text(text, *x, *y);
                }
            }
        }
    }
    let _ = context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
}

fn fill_and_stroke(
    context: &CanvasRenderingContext2d,
    colors: &mut ColorCache,
    shape: &CanvasShape,
) {
    if let Some(color) = shape.style.fill {
        colors.fill(context, color);
        context.fill();
    }
    stroke(context, colors, shape.style.stroke);
}

fn stroke(context: &CanvasRenderingContext2d, colors: &mut ColorCache, color: Option<CanvasColor>) {
    if let Some(color) = color {
        colors.stroke(context, color);
        context.stroke();
    }
}

/// The colours last set on the context, so a frame of many shapes of one
/// colour sets it once (turning a colour into CSS text costs).
#[derive(Default)]
struct ColorCache {
    fill: Option<CanvasColor>,
    stroke: Option<CanvasColor>,
}

impl ColorCache {
    fn fill(&mut self, context: &CanvasRenderingContext2d, color: CanvasColor) {
        if self.fill != Some(color) {
            context.set_fill_style_str(&color.css());
            self.fill = Some(color);
        }
    }

    fn stroke(&mut self, context: &CanvasRenderingContext2d, color: CanvasColor) {
        if self.stroke != Some(color) {
            context.set_stroke_style_str(&color.css());
            self.stroke = Some(color);
        }
    }
}
