//! Running something later: a cancellable timeout, and work that can wait
//! until the browser is idle.

use std::cell::Cell;
use std::rc::Rc;

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

/// Without `requestIdleCallback` (older Safari), the wait before idle work.
const IDLE_FALLBACK_MILLISECONDS: i32 = 300;

/// Runs `callback` once, when the browser is next idle (after the pending
/// rendering, input and painting): for work the page does not need to
/// become usable.
pub fn when_idle(callback: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Kept in a cell, so the fallback can still take it if the browser refuses.
    let callback = Rc::new(Cell::new(Some(callback)));
    let for_idle = Rc::clone(&callback);
    let idle = Closure::once_into_js(move || {
        if let Some(callback) = for_idle.take() {
            callback();
        }
    });
    if window.request_idle_callback(idle.unchecked_ref()).is_ok() {
        return;
    }
    let Some(callback) = callback.take() else {
        return;
    };
    // The timeout runs once; it is kept for the page's life.
    if let Some(timeout) = Timeout::start(IDLE_FALLBACK_MILLISECONDS, callback) {
        std::mem::forget(timeout);
    }
}
