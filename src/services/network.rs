//! Fetching files that sit beside the app: lesson packs and translations.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::state::LoadFailure;

/// Fetches the text at `relative_url` (relative to the page, so the app works
/// from any folder of any static host).
pub async fn fetch_text(relative_url: &str) -> Result<String, LoadFailure> {
    let window = web_sys::window().ok_or(LoadFailure::Network)?;
    let request_init = web_sys::RequestInit::new();
    // Always ask the server, so a teacher's edited pack shows after a reload.
    request_init.set_cache(web_sys::RequestCache::NoCache);
    let response = JsFuture::from(window.fetch_with_str_and_init(relative_url, &request_init))
        .await
        .map_err(|_| LoadFailure::Network)?;
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
