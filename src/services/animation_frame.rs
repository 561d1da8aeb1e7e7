//! Running something before the browser's next repaint: a cancellable
//! `requestAnimationFrame`, and the page's clock for measuring a slice.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A callback the browser runs before its next repaint, unless this is dropped first.
pub struct AnimationFrame {
    id: i32,
    /// Freed with the request; the browser calls it at most once.
    _callback: Closure<dyn FnMut()>,
}

impl AnimationFrame {
    /// Asks for `callback` to run before the next repaint; `None` if the browser refused.
    pub fn request(callback: impl FnOnce() + 'static) -> Option<AnimationFrame> {
        let window = web_sys::window()?;
        let callback = Closure::once(callback);
        let id = window
            .request_animation_frame(callback.as_ref().unchecked_ref())
            .ok()?;
        Some(AnimationFrame {
            id,
            _callback: callback,
        })
    }
}

impl Drop for AnimationFrame {
    fn drop(&mut self) {
        // Cancelling a request that has already run does nothing.
        if let Some(window) = web_sys::window() {
            let _ = window.cancel_animation_frame(self.id);
        }
    }
}

/// Milliseconds since the page opened (for sizing the next slice of a run).
pub fn now_milliseconds() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// A fresh seed for a run's `random` module.
pub fn fresh_seed() -> u64 {
    (js_sys::Math::random() * 4_294_967_296.0) as u64
}
