//! A crash shows a friendly, translated message with a reload button.
//!
//! The message is prepared in the page ahead of time, hidden, in the current
//! interface language. After a panic or a trap (stack overflow, out of memory)
//! the wasm instance can no longer be trusted to build anything, so showing the
//! message only un-hides it: the panic hook does that from Rust, and the small
//! script in `www/index.html` does it for traps that never reach the hook. The
//! button reloads through an inline handler, which needs no wasm.

use engine::i18n::Localizer;
use wasm_bindgen::JsCast;

/// The id of the prepared message; `www/index.html` looks for it too.
const MESSAGE_ID: &str = "panic-message";

/// Installs the panic hook: the details go to the console, the pupil gets words.
pub fn install() {
    std::panic::set_hook(Box::new(|panic_info| {
        console_error_panic_hook::hook(panic_info);
        show_prepared_message();
    }));
}

/// Puts the hidden message into the page, or re-translates it, in `localizer`'s language.
pub fn prepare(localizer: &Localizer) {
    let _ = prepare_message(localizer);
}

fn prepare_message(localizer: &Localizer) -> Option<()> {
    let document = web_sys::window()?.document()?;
    if let Some(existing) = document.get_element_by_id(MESSAGE_ID) {
        existing.remove();
    }
    let panel = document.create_element("div").ok()?;
    panel.set_id(MESSAGE_ID);
    panel.set_class_name("fatal-message");
    panel.set_attribute("role", "alert").ok()?;
    panel
        .set_attribute("lang", localizer.language().code())
        .ok()?;
    panel.set_attribute("hidden", "").ok()?;
    for (tag, message_id) in [
        ("h1", "panic-title"),
        ("p", "panic-text"),
        ("button", "reload"),
    ] {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(&localizer.text(message_id)));
        if tag == "button" {
            element.set_attribute("type", "button").ok()?;
            element.set_attribute("onclick", "location.reload()").ok()?;
        }
        panel.append_child(&element).ok()?;
    }
    document.body()?.append_child(&panel).ok()?;
    Some(())
}

fn show_prepared_message() -> Option<()> {
    let document = web_sys::window()?.document()?;
    if let Some(app) = document.get_element_by_id("app") {
        app.remove();
    }
    let panel = document
        .get_element_by_id(MESSAGE_ID)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    panel.set_hidden(false);
    Some(())
}
