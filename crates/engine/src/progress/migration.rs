//! Bringing a store written by an earlier version of the app up to the
//! current schema, before anything reads it.
//!
//! `bastau.schema` names the store's version. A store without it is either
//! new (nothing to move) or of version 1, the lesson workspace's:
//! `bastau.v1.code.<pack>.<lesson>` and `bastau.v1.lesson.<pack>.<lesson>`
//! records, `bastau.v1.language` and `bastau.v1.editor-font-size`.
//! Version 1 to 2 makes one profile (unnamed, with the old language and font
//! size) and one record per lesson ([`LessonProgress::from_version_1`]).
//!
//! A migration survives being cut off (a closed tab) at any point: each
//! lesson's new record is written before its old keys are removed (one
//! lesson at a time, so a nearly full store never holds two copies of all),
//! and `bastau.schema` is written last; run again, it finds the profile it
//! made and moves the lessons still left.
//! An old record that cannot be read is kept aside, never dropped. A store
//! of a newer version than this app knows is left untouched.

use super::json::parse_json;
use super::lesson_progress::{LessonProgress, PROGRESS_SCHEMA_VERSION};
use super::lesson_store::write_lesson;
use super::profiles::{load_profiles, save_profiles, Profiles};
use super::{keep_aside, LessonAddress, SCHEMA_KEY};
use crate::i18n::Language;
use crate::settings::{
    nearest_editor_font_size, LANGUAGE_STORAGE_KEY, VERSION_1_FONT_SIZE_KEY, VERSION_1_LANGUAGE_KEY,
};
use crate::storage::{KeyValueStore, StorageError};

/// What [`migrate_store`] found and did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Migration {
    /// The store is already of this app's version (or empty, now marked so).
    Current,
    /// The store was moved up from `from_version`.
    Migrated {
        /// The version the store was in.
        from_version: u64,
        /// How many lessons' progress moved.
        lessons: usize,
        /// Where records that could not be read were kept aside.
        set_aside: Vec<String>,
    },
    /// A newer app wrote the store; it is left as it is.
    NewerVersion(u64),
}

const VERSION_1_CODE_PREFIX: &str = "bastau.v1.code.";
const VERSION_1_LESSON_PREFIX: &str = "bastau.v1.lesson.";

/// Moves `store` up to the current schema version. `seed` draws the place id
/// of the profile a version 1 store becomes.
pub fn migrate_store(store: &mut impl KeyValueStore, seed: u64) -> Result<Migration, StorageError> {
    let version = match store.read(SCHEMA_KEY)? {
        Some(text) => match text.trim().parse::<u64>() {
            Ok(version) => version,
            // A damaged marker: what the keys say decides, as with none.
            Err(_) => {
                keep_aside(store, SCHEMA_KEY, &text)?;
                detected_version(store)?
            }
        },
        None => detected_version(store)?,
    };
    match version {
        PROGRESS_SCHEMA_VERSION => {
            store.write(SCHEMA_KEY, &PROGRESS_SCHEMA_VERSION.to_string())?;
            Ok(Migration::Current)
        }
        1 => migrate_version_1(store, seed),
        newer if newer > PROGRESS_SCHEMA_VERSION => Ok(Migration::NewerVersion(newer)),
        // Version 0 never existed: a marker naming it is damaged, so the keys decide.
        _ => match detected_version(store)? {
            1 => migrate_version_1(store, seed),
            _ => {
                store.write(SCHEMA_KEY, &PROGRESS_SCHEMA_VERSION.to_string())?;
                Ok(Migration::Current)
            }
        },
    }
}

/// 1 when any key of version 1 is there, else the current version.
fn detected_version(store: &impl KeyValueStore) -> Result<u64, StorageError> {
    let has_version_1 = store
        .keys()?
        .iter()
        .any(|key| is_version_1_progress_key(key));
    Ok(if has_version_1 {
        1
    } else {
        PROGRESS_SCHEMA_VERSION
    })
}

fn is_version_1_progress_key(key: &str) -> bool {
    key.starts_with(VERSION_1_CODE_PREFIX)
        || key.starts_with(VERSION_1_LESSON_PREFIX)
        || key == VERSION_1_LANGUAGE_KEY
        || key == VERSION_1_FONT_SIZE_KEY
}

fn migrate_version_1(store: &mut impl KeyValueStore, seed: u64) -> Result<Migration, StorageError> {
    let mut lessons: Vec<(String, String)> = Vec::new();
    for key in store.keys()? {
        let address = key
            .strip_prefix(VERSION_1_CODE_PREFIX)
            .or_else(|| key.strip_prefix(VERSION_1_LESSON_PREFIX))
            .and_then(|rest| rest.split_once('.'));
        if let Some((pack_id, lesson_id)) = address {
            let lesson = (pack_id.to_owned(), lesson_id.to_owned());
            if !lessons.contains(&lesson) {
                lessons.push(lesson);
            }
        }
    }

    let language = store
        .read(VERSION_1_LANGUAGE_KEY)?
        .and_then(|code| Language::from_code(code.trim()));
    let font_size = store
        .read(VERSION_1_FONT_SIZE_KEY)?
        .and_then(|text| text.trim().parse::<u32>().ok())
        .map(nearest_editor_font_size);

    // The profile the version 1 progress becomes: the first one, made now
    // unless an earlier, cut-off run made it.
    let mut profiles = load_profiles(store)?.profiles;
    if profiles.list.is_empty() {
        profiles = Profiles::default();
        let _ = profiles.add("", language, seed);
    }
    let Some(profile) = profiles.list.first_mut() else {
        return Err(StorageError::Other("no profile to migrate into".into()));
    };
    if profile.language.is_none() {
        profile.language = language;
    }
    if let Some(font_size) = font_size {
        profile.editor_font_size = font_size;
    }
    let profile = profile.clone();
    save_profiles(store, &profiles)?;
    if let Some(language) = language {
        store.write(LANGUAGE_STORAGE_KEY, language.code())?;
    }

    let mut set_aside = Vec::new();
    for (pack_id, lesson_id) in &lessons {
        let code_key = format!("{VERSION_1_CODE_PREFIX}{pack_id}.{lesson_id}");
        let status_key = format!("{VERSION_1_LESSON_PREFIX}{pack_id}.{lesson_id}");
        // Each record is read on its own, so a damaged one does not take the
        // other's progress with it; the damaged text is kept aside.
        let mut readable = Vec::new();
        for key in [&code_key, &status_key] {
            let Some(text) = store.read(key)? else {
                continue;
            };
            let parsed = parse_json(&text)
                .filter(|value| LessonProgress::from_version_1(Some(value), None, "x").is_ok());
            match parsed {
                Some(value) => readable.push(value),
                None => set_aside.push(keep_aside(store, key, &text)?),
            }
        }
        let progress =
            LessonProgress::from_version_1(readable.first(), readable.get(1), &profile.place)
                .unwrap_or_default();
        let lesson = LessonAddress { pack_id, lesson_id };
        if progress != LessonProgress::default() {
            write_lesson(store, &profile.id, lesson, &progress)?;
        }
        // The lesson's old keys go as soon as its new record is written, so
        // a nearly full store never has to hold two copies of everything.
        store.remove(&code_key)?;
        store.remove(&status_key)?;
    }

    store.write(SCHEMA_KEY, &PROGRESS_SCHEMA_VERSION.to_string())?;
    for key in store.keys()? {
        if is_version_1_progress_key(&key) {
            store.remove(&key)?;
        }
    }
    Ok(Migration::Migrated {
        from_version: 1,
        lessons: lessons.len(),
        set_aside,
    })
}
