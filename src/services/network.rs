//! Fetching files that sit beside the app: lesson packs and translations.
//!
//! The page's own script (`www/index.html`, `window.bastauPrefetched`)
//! starts the first page's fetches (the chosen language's messages, the
//! address's pack or the pack index) while the wasm downloads and
//! compiles; [`fetch_text`] takes such a fetch, once, instead of starting
//! its own, so nothing waits for the app to start or for another file.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::state::LoadFailure;

/// The object of fetches the page started before the app (`url` to a
/// promise of the response).
const PREFETCHED: &str = "bastauPrefetched";

/// Fetches the text at `relative_url` (relative to the page, so the app works
/// from any folder of any static host).
pub async fn fetch_text(relative_url: &str) -> Result<String, LoadFailure> {
    if let Some(started) = take_prefetched(relative_url) {
        // A prefetch that failed on the way is tried again as an ordinary
        // fetch; a missing file stays missing.
        match response_text(JsFuture::from(started).await).await {
            Err(LoadFailure::Network) => {}
            result => return result,
        }
    }
    let window = web_sys::window().ok_or(LoadFailure::Network)?;
    let request_init = web_sys::RequestInit::new();
    // Always ask the server, so a teacher's edited pack shows after a reload.
    request_init.set_cache(web_sys::RequestCache::NoCache);
    response_text(JsFuture::from(window.fetch_with_str_and_init(relative_url, &request_init)).await)
        .await
}

/// The fetch of `relative_url` the page started before the app, if any;
/// it is handed out once.
fn take_prefetched(relative_url: &str) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let started = js_sys::Reflect::get(&window, &JsValue::from_str(PREFETCHED)).ok()?;
    if !started.is_object() {
        return None;
    }
    let key = JsValue::from_str(relative_url);
    let promise = js_sys::Reflect::get(&started, &key).ok()?;
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(started.unchecked_ref::<js_sys::Object>(), &key);
    Some(promise)
}

/// The body of a fetch's outcome as text: 404 is a missing file, any other
/// failure a network problem.
async fn response_text(response: Result<JsValue, JsValue>) -> Result<String, LoadFailure> {
    let response = response.map_err(|_| LoadFailure::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| LoadFailure::Network)?;
    if response.status() == 404 {
        return Err(LoadFailure::Missing);
    }
    if !response.ok() {
        return Err(LoadFailure::Network);
    }
    let text_promise = response.text().map_err(|_| LoadFailure::Network)?;
    let text = JsFuture::from(text_promise)
        .await
        .map_err(|_| LoadFailure::Network)?;
    text.as_string().ok_or(LoadFailure::Network)
}
