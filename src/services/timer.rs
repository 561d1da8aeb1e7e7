//! Running something later: a cancellable timeout.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Something that runs once after a delay, unless this is dropped first.
pub struct Timeout {
    id: i32,
    /// Freed with the timeout; the browser calls it at most once.
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Runs `callback` after `milliseconds`; `None` if the browser refused.
    pub fn start(milliseconds: i32, callback: impl FnOnce() + 'static) -> Option<Timeout> {
        let window = web_sys::window()?;
        let callback = Closure::once(callback);
        let id = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                milliseconds,
            )
            .ok()?;
        Some(Timeout {
            id,
            _callback: callback,
        })
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        // Clearing a timeout that has already run does nothing.
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}
