//! A layer of a stage's picture that no step changes (the grid robot's
//! floor and grid, the wheeled robot's field), painted once on a canvas
//! kept off the page and copied onto the stage with one `drawImage` per
//! picture. The layer paints every pixel (it is opaque), so the copy is
//! exact.

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A still layer and what it was painted for (`K`: whatever its picture
/// depends on: sizes, the world, the theme).
pub struct StillLayer<K> {
    canvas: HtmlCanvasElement,
    painted_for: K,
}

/// Puts the still layer for `key` on `context`: copied from `kept` when it
/// was painted for `key`, else painted by `paint` at `width` by `height`
/// first and kept. When the browser gives no canvas off the page, `paint`
/// paints straight onto `context`.
pub fn draw_still_layer<K: PartialEq>(
    kept: &mut Option<StillLayer<K>>,
    context: &CanvasRenderingContext2d,
    key: K,
    (width, height): (u32, u32),
    paint: impl Fn(&CanvasRenderingContext2d),
) {
    match painted_layer(kept, key, width, height, &paint) {
        Some(canvas) => {
            let _ = context.draw_image_with_html_canvas_element(canvas, 0.0, 0.0);
        }
        None => paint(context),
    }
}

/// The layer's canvas for `key`, painted again only when `key` changed.
fn painted_layer<'a, K: PartialEq>(
    kept: &'a mut Option<StillLayer<K>>,
    key: K,
    width: u32,
    height: u32,
    paint: &impl Fn(&CanvasRenderingContext2d),
) -> Option<&'a HtmlCanvasElement> {
    if kept.as_ref().is_some_and(|layer| layer.painted_for == key) {
        return kept.as_ref().map(|layer| &layer.canvas);
    }
    let canvas = match kept.take() {
        Some(layer) => layer.canvas,
        None => web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.create_element("canvas").ok())
            .and_then(|element| element.dyn_into::<HtmlCanvasElement>().ok())?,
    };
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()?
        .dyn_into::<CanvasRenderingContext2d>()
        .ok()?;
    paint(&context);
    *kept = Some(StillLayer {
        canvas,
        painted_for: key,
    });
    kept.as_ref().map(|layer| &layer.canvas)
}
