//! The pupil's interface settings and where they are kept: the interface
//! language and the code editor's font size.

use crate::i18n::Language;
use crate::storage::{KeyValueStore, StorageError};

/// The storage key of the chosen interface language.
pub const LANGUAGE_STORAGE_KEY: &str = "bastau.v1.language";

/// The storage key of the code editor's font size.
pub const EDITOR_FONT_SIZE_STORAGE_KEY: &str = "bastau.v1.editor-font-size";

/// The font sizes the settings offer for the code editor, in CSS pixels.
pub const EDITOR_FONT_SIZES: [u32; 7] = [14, 16, 18, 20, 24, 28, 32];

/// The editor's font size until the pupil chooses one: large enough to read on
/// a classroom projector, small enough that a 1024x600 screen shows 15 lines of
/// 50 characters.
pub const DEFAULT_EDITOR_FONT_SIZE: u32 = 18;

/// The interface language chosen earlier on this computer, if any.
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

/// The code editor's font size chosen earlier on this computer, else the
/// default. A stored value that is not one of [`EDITOR_FONT_SIZES`] (an old or
/// damaged entry) counts as no choice.
pub fn load_editor_font_size(store: &impl KeyValueStore) -> u32 {
    let stored = match store.read(EDITOR_FONT_SIZE_STORAGE_KEY) {
        Ok(Some(text)) => text.trim().parse::<u32>().ok(),
        Ok(None) | Err(_) => None,
    };
    stored
        .filter(|size| EDITOR_FONT_SIZES.contains(size))
        .unwrap_or(DEFAULT_EDITOR_FONT_SIZE)
}

/// Keeps the code editor's font size for the next visit; a size the settings
/// do not offer is kept as the nearest one they do.
pub fn save_editor_font_size(
    store: &mut impl KeyValueStore,
    font_size: u32,
) -> Result<(), StorageError> {
    let nearest = EDITOR_FONT_SIZES
        .into_iter()
        .min_by_key(|offered| offered.abs_diff(font_size))
        .unwrap_or(DEFAULT_EDITOR_FONT_SIZE);
    store.write(EDITOR_FONT_SIZE_STORAGE_KEY, &nearest.to_string())
}
