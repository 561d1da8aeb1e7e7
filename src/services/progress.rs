//! The pupil's progress in the browser: the store brought up to date on
//! start, the chosen profile, the browser clock, saving and opening progress
//! files, and hearing other tabs' saves.
//!
//! The rules live in `engine::progress`; this module only supplies what the
//! engine has not got: local storage, the time, randomness, files and events.

use std::cell::RefCell;
use std::rc::Rc;

use engine::progress::lesson_progress::LessonProgress;
use engine::progress::lesson_store::{
    keep_versions, update_lesson, EarlierVersion, LoadedLesson, VersionReason,
};
use engine::progress::migration::{migrate_store, Migration};
use engine::progress::profiles::{load_profiles, update_profiles, Profile, Profiles};
use engine::progress::LessonAddress;
use engine::storage::StorageError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::services::animation_frame::fresh_seed;
use crate::services::storage::LocalStore;
use crate::state::StorageNotice;

/// The session storage key of the profile chosen in this tab.
const SESSION_PROFILE_KEY: &str = "bastau.session-profile";

/// What the app starts with: the profiles, the one chosen for this tab (if
/// it is clear which), and anything to tell the pupil.
pub struct StartingProgress {
    /// Every profile on this browser.
    pub profiles: Profiles,
    /// The profile this tab works in; `None` asks with the picker.
    pub chosen: Option<Profile>,
    /// What to tell the pupil.
    pub notices: Vec<StorageNotice>,
}

/// Brings the store up to date and finds the profile to work in: the one
/// this tab chose before a reload, the only one there is, or (on a first
/// visit) a new unnamed one. With several and no choice yet, none.
pub fn start() -> StartingProgress {
    let mut store = LocalStore::open();
    let mut notices = Vec::new();
    match migrate_store(&mut store, fresh_seed()) {
        Ok(Migration::Migrated { set_aside, .. }) if !set_aside.is_empty() => {
            notices.push(StorageNotice::SetAside(set_aside));
        }
        Ok(Migration::NewerVersion(version)) => notices.push(StorageNotice::NewerVersion(version)),
        Err(StorageError::Unavailable) | Ok(_) => {}
        // Nothing is lost: what was not moved yet is moved on the next start.
        Err(_) => notices.push(StorageNotice::MigrationStopped),
    }
    let mut profiles = match load_profiles(&mut store) {
        Ok(loaded) => {
            if let Some(kept_under) = loaded.set_aside {
                notices.push(StorageNotice::SetAside(vec![kept_under]));
            }
            loaded.profiles
        }
        Err(_) => Profiles::default(),
    };
    if profiles.list.is_empty() {
        let added = update_profiles(&mut store, |profiles| profiles.add("", None, fresh_seed()));
        profiles = match added {
            Ok((kept, _)) => kept,
            // Without storage the pupil still works, in a profile of this visit.
            Err(_) => {
                let mut for_this_visit = Profiles::default();
                let _ = for_this_visit.add("", None, fresh_seed());
                for_this_visit
            }
        };
    }
    let session_choice = session_storage()
        .and_then(|storage| storage.get_item(SESSION_PROFILE_KEY).ok().flatten())
        .and_then(|id| profiles.get(&id).cloned());
    let chosen = session_choice.or_else(|| match profiles.list.as_slice() {
        [only] => Some(only.clone()),
        _ => None,
    });
    StartingProgress {
        profiles,
        chosen,
        notices,
    }
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Remembers in this tab (for reloads) that `profile_id` is working here.
pub fn remember_choice(profile_id: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(SESSION_PROFILE_KEY, profile_id);
    }
}

/// Forgets this tab's choice (the pupil asked for the picker).
pub fn forget_choice() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(SESSION_PROFILE_KEY);
    }
}

/// The browser's clock in milliseconds since 1970 (shown, never trusted).
pub fn now() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Changes `lesson`'s record of `profile` with `change` in local storage.
pub fn change_lesson(
    profile: &Profile,
    lesson: LessonAddress<'_>,
    change: impl FnOnce(&mut LessonProgress),
) -> Result<LoadedLesson, StorageError> {
    update_lesson(&mut LocalStore::open(), profile, lesson, change)
}

/// Keeps `code` among `lesson`'s earlier versions, for `reason`, now.
pub fn keep_earlier_version(
    profile: &Profile,
    lesson: LessonAddress<'_>,
    code: String,
    reason: VersionReason,
) -> Result<(), StorageError> {
    let version = EarlierVersion {
        code,
        reason,
        saved: now(),
    };
    keep_versions(&mut LocalStore::open(), &profile.id, lesson, vec![version])
}

/// A date and time in the pupil's language, from the browser clock's
/// milliseconds.
pub fn local_time_text(milliseconds: u64, language_code: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(milliseconds as f64));
    date.to_locale_string(language_code, &JsValue::UNDEFINED)
        .as_string()
        .unwrap_or_default()
}

/// Offers `text` to the pupil as a file named `file_name` to save (JSON,
/// or CSV when the name ends in `.csv`).
pub fn save_text_file(file_name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if file_name.ends_with(".csv") {
        "text/csv;charset=utf-8"
    } else {
        "application/json"
    });
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let address = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&address);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&address)?;
    Ok(())
}

/// Calls a function with the key of every change another tab makes to local
/// storage (`None` when it cleared everything); dropping it stops the calls.
pub struct StorageListener {
    callback: Closure<dyn FnMut(web_sys::StorageEvent)>,
    window: web_sys::Window,
}

impl StorageListener {
    /// Listens for the window's `storage` events.
    pub fn new(on_change: impl FnMut(Option<String>) + 'static) -> Option<StorageListener> {
        let window = web_sys::window()?;
        let on_change = Rc::new(RefCell::new(on_change));
        let callback = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
            move |event: web_sys::StorageEvent| (on_change.borrow_mut())(event.key()),
        );
        let _ =
            window.add_event_listener_with_callback("storage", callback.as_ref().unchecked_ref());
        Some(StorageListener { callback, window })
    }
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.callback.as_ref().unchecked_ref());
    }
}

/// Changes the kept profile `profile_id` with `change` (its settings, its
/// name) and returns every profile as kept; the app state follows with
/// `Action::ProfilesChanged`.
pub fn change_profile(
    profile_id: &str,
    change: impl FnOnce(&mut Profile),
) -> Result<Profiles, StorageError> {
    update_profiles(&mut LocalStore::open(), |profiles| {
        if let Some(profile) = profiles.get_mut(profile_id) {
            change(profile);
        }
    })
    .map(|(profiles, ())| profiles)
}

/// The pupil chose `language` (header, settings, question, link): kept for
/// their profile and as this browser's last choice, and applied.
pub fn choose_language(context: &crate::context::AppContext, language: engine::i18n::Language) {
    // If the browser cannot keep the choice, it still holds for this visit.
    let _ = engine::settings::save_chosen_language(&mut LocalStore::open(), language);
    if let Some(profile) = &context.app_state().profile {
        let _ = change_profile(&profile.id, |profile| profile.language = Some(language));
    }
    context.dispatch(crate::state::Action::ChooseLanguage(language));
}

/// The pupil changed the display settings (settings page, the low-end
/// suggestion): kept for their profile and applied.
pub fn choose_display(
    context: &crate::context::AppContext,
    display: engine::display_settings::DisplaySettings,
) {
    // If the browser cannot keep the choice, it still holds for this visit.
    if let Some(profile) = &context.app_state().profile {
        let _ = change_profile(&profile.id, |profile| profile.display = display);
    }
    context.dispatch(crate::state::Action::ChooseDisplay(display));
}
