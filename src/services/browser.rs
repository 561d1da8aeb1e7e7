//! Small reads and writes of the page and the address bar, and the page being hidden.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The element the app renders into; the static loading message in
/// `index.html` is removed at the same time.
pub fn take_mount_point() -> Option<web_sys::Element> {
    let document = web_sys::window()?.document()?;
    if let Some(boot_message) = document.get_element_by_id("boot") {
        boot_message.remove();
    }
    let mount_point = document.create_element("div").ok()?;
    mount_point.set_id("app");
    document.body()?.append_child(&mount_point).ok()?;
    Some(mount_point)
}

/// The query part of the page's address (`?lang=kk`), also when a link put it
/// after the hash (`#/pack/x?lang=kk`).
pub fn address_query() -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return String::new();
    };
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let hash_query = hash
        .split_once('?')
        .map(|(_, query)| query)
        .unwrap_or_default();
    format!("{}&{}", search.trim_start_matches('?'), hash_query)
}

/// Takes `lang=` out of the address once it has been applied, so that a later
/// choice in the settings is not overridden by the link on the next reload.
pub fn remove_language_from_address() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let without_language = |query: &str| -> String {
        query
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty() && !pair.starts_with("lang="))
            .collect::<Vec<_>>()
            .join("&")
    };
    let search = without_language(&search);
    let hash = match hash.split_once('?') {
        Some((route, query)) => match without_language(query) {
            query if query.is_empty() => route.to_owned(),
            query => format!("{route}?{query}"),
        },
        None => hash,
    };
    let address = if search.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{search}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
    }
}

/// The browser's preferred languages, most wanted first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return Vec::new();
    };
    let mut languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|language| language.as_string())
        .collect();
    if languages.is_empty() {
        languages.extend(navigator.language());
    }
    languages
}

/// Tells the browser and screen readers which language the page is in.
pub fn set_document_language(code: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", code);
    }
    document.set_title(title);
}

/// Moves keyboard focus to the element with `id`, if there is one.
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Scrolls the element with `id` into view, if there is one (the in-page
/// links of lesson text: the app's hash routes leave no room for `#id` links).
pub fn scroll_to_element(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id));
    if let Some(element) = element {
        element.scroll_into_view();
    }
}

/// Reloads the page, as the pupil's reload button does.
pub fn reload_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Calls a function whenever the page is hidden (another tab, the window
/// minimised, the tab or browser closing, a reload); dropping it stops the
/// calls. This is the last moment a page can be sure to save.
pub struct PageHideListener {
    on_visibility_change: Closure<dyn FnMut()>,
    on_page_hide: Closure<dyn FnMut()>,
    window: web_sys::Window,
    document: web_sys::Document,
}

impl PageHideListener {
    /// Listens for `visibilitychange` to hidden, and for `pagehide` (which can
    /// come while the page still counts as visible).
    pub fn new(on_hide: impl FnMut() + 'static) -> Option<PageHideListener> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let on_hide = Rc::new(RefCell::new(on_hide));
        let document_for_callback = document.clone();
        let on_hide_for_visibility = Rc::clone(&on_hide);
        let on_visibility_change = Closure::<dyn FnMut()>::new(move || {
            if document_for_callback.hidden() {
                (on_hide_for_visibility.borrow_mut())();
            }
        });
        let on_page_hide = Closure::<dyn FnMut()>::new(move || (on_hide.borrow_mut())());
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_visibility_change.as_ref().unchecked_ref(),
        );
        let _ = window
            .add_event_listener_with_callback("pagehide", on_page_hide.as_ref().unchecked_ref());
        Some(PageHideListener {
            on_visibility_change,
            on_page_hide,
            window,
            document,
        })
    }
}

impl Drop for PageHideListener {
    fn drop(&mut self) {
        let _ = self.document.remove_event_listener_with_callback(
            "visibilitychange",
            self.on_visibility_change.as_ref().unchecked_ref(),
        );
        let _ = self.window.remove_event_listener_with_callback(
            "pagehide",
            self.on_page_hide.as_ref().unchecked_ref(),
        );
    }
}

/// Whether the device asks for more contrast (`prefers-contrast: more`).
pub fn device_wants_more_contrast() -> bool {
    web_sys::window()
        .and_then(|window| {
            window
                .match_media("(prefers-contrast: more)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// Applies the pupil's display settings to the page's root element: the
/// theme as `data-theme`, the text size as the root font size (the
/// stylesheet is in `rem`), and low-end mode as the class `low-end`.
pub fn apply_display(theme: engine::display_settings::Theme, text_size: u32, low_end: bool) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("data-theme", theme.code());
    let font_size = format!("font-size: {text_size}%");
    if text_size == engine::display_settings::DEFAULT_TEXT_SIZE {
        let _ = root.remove_attribute("style");
    } else {
        let _ = root.set_attribute("style", &font_size);
    }
    let mut classes: Vec<String> = root
        .class_name()
        .split_whitespace()
        .filter(|class| *class != "low-end")
        .map(str::to_owned)
        .collect();
    if low_end {
        classes.push("low-end".to_owned());
    }
    root.set_class_name(&classes.join(" "));
}

/// The theme the page shows now (its root's `data-theme`), for pictures
/// painted on canvases.
pub fn shown_theme() -> engine::display_settings::Theme {
    let high_contrast = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("data-theme"))
        .is_some_and(|theme| theme == engine::display_settings::Theme::HighContrast.code());
    if high_contrast {
        engine::display_settings::Theme::HighContrast
    } else {
        engine::display_settings::Theme::Standard
    }
}
