//! Working offline: the service worker (registered by the page's script in
//! `www/index.html`, `window.bastauOffline`) is started in release builds and
//! removed in development builds; a new release waiting to take over is
//! reported, and taken when the pupil agrees. Also what this address allows:
//! browsers keep a site for offline use only on https or this computer's own
//! address, so a classroom server's LAN address works online only.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the app can do without the network at the address it was opened from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfflineSupport {
    /// The service worker controls the page: it opens without the network.
    Kept,
    /// Possible here, but this page is not kept yet (first visit, or a
    /// development build).
    NotYet,
    /// A plain-http address of another computer (a classroom server on the
    /// local network): online only, and its storage belongs to that address.
    NetworkAddress(String),
}

/// What this page's address allows.
pub fn offline_support() -> OfflineSupport {
    let Some(window) = web_sys::window() else {
        return OfflineSupport::NotYet;
    };
    if !window.is_secure_context() {
        let location = window.location();
        if location.protocol().ok().as_deref() == Some("http:") {
            let address = location.host().unwrap_or_default();
            return OfflineSupport::NetworkAddress(address);
        }
        return OfflineSupport::NotYet;
    }
    let has_controller = js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into())
        .ok()
        .filter(|container| !container.is_undefined())
        .and_then(|container| js_sys::Reflect::get(&container, &"controller".into()).ok())
        .is_some_and(|controller| !controller.is_null() && !controller.is_undefined());
    if has_controller {
        OfflineSupport::Kept
    } else {
        OfflineSupport::NotYet
    }
}

/// Hears that a new release is ready; dropping it stops listening.
pub struct UpdateListener {
    on_ready: Closure<dyn FnMut()>,
}

impl Drop for UpdateListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                UPDATE_READY_EVENT,
                self.on_ready.as_ref().unchecked_ref(),
            );
        }
    }
}

const UPDATE_READY_EVENT: &str = "bastau-update-ready";

/// Starts the service worker (release builds) or removes any (development
/// builds, so an earlier release build on the same address serves nothing
/// stale), and calls `on_update_ready` when a new release waits.
pub fn start(on_update_ready: impl FnMut() + 'static) -> Option<UpdateListener> {
    let window = web_sys::window()?;
    let on_ready = Closure::<dyn FnMut()>::new(on_update_ready);
    window
        .add_event_listener_with_callback(UPDATE_READY_EVENT, on_ready.as_ref().unchecked_ref())
        .ok()?;
    let listener = UpdateListener { on_ready };
    if cfg!(debug_assertions) {
        call("stop");
    } else {
        call("start");
    }
    Some(listener)
}

/// Lets the waiting release take over; the page then reloads into it (the
/// lesson's code is saved as the page hides, as on any reload).
pub fn update_now() {
    call("update");
}

/// The release label given to the build (`cargo xtask dist` uses the commit).
pub fn build_label() -> Option<&'static str> {
    option_env!("BASTAU_BUILD_LABEL").filter(|label| !label.is_empty())
}

fn call(method: &str) {
    let offline = js_sys::Reflect::get(&js_sys::global(), &"bastauOffline".into());
    let Ok(offline) = offline else {
        return;
    };
    if let Ok(function) = js_sys::Reflect::get(&offline, &JsValue::from_str(method)) {
        if let Some(function) = function.dyn_ref::<js_sys::Function>() {
            let _ = function.call0(&offline);
        }
    }
}
