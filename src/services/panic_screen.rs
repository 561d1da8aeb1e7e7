//! A panic shows a friendly, translated message with a reload button.
//!
//! After a panic the app's wasm instance is no longer usable, so the message is
//! built with plain DOM calls and the button reloads through an inline handler.

use engine::i18n::{Language, Localizer};

use crate::services::{browser, storage::LocalStore};

/// Installs the panic hook: the details go to the console, the pupil gets words.
pub fn install() {
    std::panic::set_hook(Box::new(|panic_info| {
        console_error_panic_hook::hook(panic_info);
        show_panic_message();
    }));
}

fn show_panic_message() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let language =
        engine::settings::load_chosen_language(&LocalStore::open()).unwrap_or_else(|| {
            Language::from_browser_preferences(
                browser::preferred_languages().iter().map(String::as_str),
            )
        });
    let localizer = Localizer::new(language);

    let panel = document.create_element("div").ok()?;
    panel.set_id("panic-message");
    panel.set_class_name("fatal-message");
    panel.set_attribute("role", "alert").ok()?;
    let title = document.create_element("h1").ok()?;
    title.set_text_content(Some(&localizer.text("panic-title")));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(&localizer.text("panic-text")));
    let reload_button = document.create_element("button").ok()?;
    reload_button.set_text_content(Some(&localizer.text("reload")));
    reload_button.set_attribute("type", "button").ok()?;
    reload_button
        .set_attribute("onclick", "location.reload()")
        .ok()?;
    panel.append_child(&title).ok()?;
    panel.append_child(&text).ok()?;
    panel.append_child(&reload_button).ok()?;

    let body = document.body()?;
    body.set_inner_html("");
    body.append_child(&panel).ok()?;
    Some(())
}
