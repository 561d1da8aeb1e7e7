//! The pupil's interface settings and where they are kept.

use crate::i18n::Language;
use crate::storage::{KeyValueStore, StorageError};

/// The storage key of the chosen interface language.
pub const LANGUAGE_STORAGE_KEY: &str = "bastau.v1.language";

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
