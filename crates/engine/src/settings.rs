//! The pupil's interface settings: the interface language and the code
//! editor's font size. Each profile keeps its own
//! ([`crate::progress::profiles`]); the language last chosen on this browser
//! is also kept apart, for the profile picker and the language question.

use crate::i18n::Language;
use crate::storage::{KeyValueStore, StorageError};

/// The storage key of the interface language last chosen on this browser.
pub const LANGUAGE_STORAGE_KEY: &str = "bastau.v2.language";

/// Where the lesson workspace (schema version 1) kept the chosen language.
pub const VERSION_1_LANGUAGE_KEY: &str = "bastau.v1.language";

/// Where the lesson workspace (schema version 1) kept the editor's font size.
pub const VERSION_1_FONT_SIZE_KEY: &str = "bastau.v1.editor-font-size";

/// The font sizes the settings offer for the code editor, in CSS pixels.
pub const EDITOR_FONT_SIZES: [u32; 7] = [14, 16, 18, 20, 24, 28, 32];

/// The editor's font size until the pupil chooses one: large enough to read on
/// a classroom projector, small enough that a 1024x600 screen shows 15 lines of
/// 50 characters.
pub const DEFAULT_EDITOR_FONT_SIZE: u32 = 18;

/// The interface language last chosen on this browser, if any.
///
/// A value that is not a known language code (an old or damaged entry) counts
/// as no choice, so the language question is asked again.
pub fn load_chosen_language(store: &impl KeyValueStore) -> Option<Language> {
    match store.read(LANGUAGE_STORAGE_KEY) {
        Ok(Some(code)) => Language::from_code(&code),
        Ok(None) | Err(_) => None,
    }
}

/// Keeps the chosen interface language for the next visit.
pub fn save_chosen_language(
    store: &mut impl KeyValueStore,
    language: Language,
) -> Result<(), StorageError> {
    store.write(LANGUAGE_STORAGE_KEY, language.code())
}

/// The language a shared link asks for with `lang=kk`, read from the query
/// part of an address (with or without the leading `?`).
pub fn language_from_link_query(query: &str) -> Option<Language> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "lang")
        .and_then(|(_, value)| Language::from_code(value))
}

/// The offered font size nearest to `font_size`.
pub fn nearest_editor_font_size(font_size: u32) -> u32 {
    EDITOR_FONT_SIZES
        .into_iter()
        .min_by_key(|offered| offered.abs_diff(font_size))
        .unwrap_or(DEFAULT_EDITOR_FONT_SIZE)
}
