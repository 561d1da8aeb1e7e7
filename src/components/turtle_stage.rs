//! The stage: what the program's turtles drew, painted on a canvas from the
//! engine's picture of the run's record (the same picture the SVG export
//! paints), with each visible turtle drawn on top. Turtle coordinates: (0, 0)
//! at the centre, y up, one unit a pixel of the 600 by 600 canvas.

use engine::worlds::turtle::{picture_of, shape_at, Align, Color, Point, Shape};
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
use yew::prelude::*;

use crate::services::runner::Runner;

/// The canvas's size in pixels (CSS scales it to the panel).
const CANVAS_SIZE: f64 = 600.0;

/// Properties of [`TurtleStage`].
#[derive(Properties, PartialEq)]
pub struct TurtleStageProps {
    /// The lesson's run.
    pub runner: Runner,
    /// Changes when the run changes, so the stage repaints.
    pub version: u64,
    /// The canvas's accessible name.
    pub label: String,
    /// The label of the button that saves the picture as a PNG file.
    pub save_label: String,
}

/// The stage panel's canvas.
#[function_component(TurtleStage)]
pub fn turtle_stage(props: &TurtleStageProps) -> Html {
    let canvas = use_node_ref();
    {
        let canvas = canvas.clone();
        let runner = props.runner.clone();
        use_effect_with(props.version, move |_| {
            paint(&canvas, &runner);
            || ()
        });
    }
    let uses_turtle = props.runner.with_session(|session| session.uses_turtle);
    let save = {
        let canvas = canvas.clone();
        Callback::from(move |_: MouseEvent| save_picture(&canvas))
    };
    html! {
        <>
            <canvas class="stage" width="600" height="600" ref={canvas}
                aria-label={props.label.clone()} />
            if uses_turtle {
                <button type="button" class="stage-save" onclick={save}>
                    { props.save_label.clone() }
                </button>
            }
        </>
    }
}

/// Saves the canvas as `drawing.png`, through a link the browser downloads.
fn save_picture(canvas: &NodeRef) {
    let Some(element) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let Ok(address) = element.to_data_url_with_type("image/png") else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
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

/// `rgb(...)` of a colour, for the canvas.
fn css(color: Color) -> String {
    color.hex()
}

/// Paints the run's picture and its turtles.
fn paint(canvas: &NodeRef, runner: &Runner) {
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
    let (picture, turtles) =
        runner.with_session(|session| (picture_of(&session.drawing), session.turtles.clone()));
    let _ = context.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    context.clear_rect(0.0, 0.0, CANVAS_SIZE, CANVAS_SIZE);
    if let Some(background) = picture.background {
        context.set_fill_style_str(&css(background));
        context.fill_rect(0.0, 0.0, CANVAS_SIZE, CANVAS_SIZE);
    }
    let _ = context.translate(CANVAS_SIZE / 2.0, CANVAS_SIZE / 2.0);
    let _ = context.scale(1.0, -1.0);
    context.set_line_cap("round");
    context.set_line_join("round");
    for shape in &picture.shapes {
        paint_shape(&context, shape);
    }
    for turtle in turtles.iter().filter(|turtle| turtle.visible) {
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

fn paint_shape(context: &CanvasRenderingContext2d, shape: &Shape) {
    match shape {
        Shape::Line {
            from,
            to,
            color,
            width,
        } => {
            context.begin_path();
            context.move_to(from.x, from.y);
            context.line_to(to.x, to.y);
            context.set_stroke_style_str(&css(*color));
            context.set_line_width(width.max(1.0));
            context.stroke();
        }
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
