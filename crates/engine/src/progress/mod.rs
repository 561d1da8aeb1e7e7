//! A pupil's progress through lessons, kept so that it is never lost.
//!
//! Progress storage schema version 2 (the lesson workspace wrote version 1;
//! [`migration`] moves it over). Every key starts with `bastau.`:
//!
//! - `bastau.schema`: the schema version the store is in (`"2"`).
//! - `bastau.v2.profiles`: the pupils who use this browser, each with a
//!   name, their own settings and a random place id ([`profiles`]).
//! - `bastau.v2.language`: the language last chosen on this browser (the
//!   profile picker and the language question speak it).
//! - `bastau.v2.<profile>.lesson.<pack>.<lesson>`: one record per lesson
//!   ([`lesson_progress`]), so one save writes one small value.
//! - `bastau.v2.<profile>.versions.<pack>.<lesson>`: earlier versions of the
//!   lesson's code ([`lesson_store`]); the first thing trimmed when the
//!   browser's storage is full ([`storage_space`]).
//! - `bastau.v2.unreadable.<key>[.N]`: the raw text of a record that could
//!   not be read, kept aside and reported, never dropped.
//!
//! Ids (profiles `p1`, `p2`, ...; packs; lessons) are lowercase letters,
//! digits and hyphens, so the dots cannot be confused. Imported lesson packs
//! keep their own keys (`bastau.v1.imported-packs`, `bastau.v1.pack.<id>`...),
//! shared by every profile.
//!
//! A progress file ([`progress_file`]) carries one profile's progress between
//! browsers; importing one merges it ([`merge`]).

pub mod json;
pub mod lesson_progress;
pub mod lesson_store;
pub mod merge;
pub mod migration;
pub mod profiles;
pub mod progress_file;
pub mod storage_space;

/// The key that holds the schema version of the whole store.
pub const SCHEMA_KEY: &str = "bastau.schema";

/// How far a pupil has got with one lesson.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LessonState {
    /// The pupil has not opened or changed the lesson.
    #[default]
    NotStarted,
    /// The pupil has worked on it but not solved it.
    InProgress,
    /// The lesson's checks passed at least once.
    Solved,
}

impl LessonState {
    /// The interface message that names the state.
    pub fn message_id(self) -> &'static str {
        match self {
            LessonState::NotStarted => "lesson-state-not-started",
            LessonState::InProgress => "lesson-state-in-progress",
            LessonState::Solved => "lesson-state-solved",
        }
    }
}

/// Which lesson: the pack's id and the lesson's id within it, as in the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonAddress<'a> {
    /// The pack's id.
    pub pack_id: &'a str,
    /// The lesson's id within the pack.
    pub lesson_id: &'a str,
}

/// The key of `profile_id`'s record of `lesson`.
pub fn lesson_key(profile_id: &str, lesson: LessonAddress<'_>) -> String {
    format!(
        "bastau.v2.{profile_id}.lesson.{}.{}",
        lesson.pack_id, lesson.lesson_id
    )
}

/// The key of `profile_id`'s earlier versions of `lesson`'s code.
pub fn versions_key(profile_id: &str, lesson: LessonAddress<'_>) -> String {
    format!(
        "bastau.v2.{profile_id}.versions.{}.{}",
        lesson.pack_id, lesson.lesson_id
    )
}

/// The start of every profile's keys (then `p<N>.`).
pub(crate) const PROFILES_KEY_PREFIX_ALL: &str = "bastau.v2.";

/// The start of every key of `profile_id`.
pub fn profile_key_prefix(profile_id: &str) -> String {
    format!("bastau.v2.{profile_id}.")
}

/// The start of the keys unreadable records are kept aside under.
pub const SET_ASIDE_PREFIX: &str = "bastau.v2.unreadable.";

/// How many unreadable records of one key are kept aside at most.
const MOST_SET_ASIDE_RECORDS: u32 = 50;

/// Copies the unreadable `record` found under `key` to the first free key
/// `bastau.v2.unreadable.<key>`, `...<key>.2`, ... (or to the one already
/// holding the same text) and returns that key. The original is not removed.
pub fn keep_aside(
    store: &mut impl crate::storage::KeyValueStore,
    key: &str,
    record: &str,
) -> Result<String, crate::storage::StorageError> {
    for number in 1..=MOST_SET_ASIDE_RECORDS {
        let aside = if number == 1 {
            format!("{SET_ASIDE_PREFIX}{key}")
        } else {
            format!("{SET_ASIDE_PREFIX}{key}.{number}")
        };
        match store.read(&aside)? {
            Some(kept) if kept != record => continue,
            // The same text is already kept (an earlier move that could not
            // finish): it need not be kept twice.
            Some(_) => return Ok(aside),
            None => {
                store.write(&aside, record)?;
                return Ok(aside);
            }
        }
    }
    Err(crate::storage::StorageError::Other(format!(
        "{MOST_SET_ASIDE_RECORDS} unreadable records of {key} are already kept apart"
    )))
}
