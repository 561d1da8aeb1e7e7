//! Reading and writing one profile's lesson records and the earlier versions
//! of their code.
//!
//! Every change reads the record first, so what another tab wrote a moment
//! ago is changed, not replaced. A record that cannot be read is kept aside
//! (its raw text under `bastau.v2.unreadable.<key>`) and reported, and only
//! then is the key used again.
//!
//! Earlier versions (`bastau.v2.<profile>.versions.<pack>.<lesson>`) hold
//! code the pupil moved away from: before "back to the starter code" when an
//! older previous code would be replaced, the version another tab or a
//! progress file had when the pupil chose theirs, and the code of each check
//! run. They are newest first, at most [`MOST_EARLIER_VERSIONS`] per lesson,
//! and the first thing trimmed when storage is full.

use super::json::{object, parse_json, JsonValue};
use super::lesson_progress::{LessonProgress, PROGRESS_SCHEMA_VERSION};
use super::profiles::Profile;
use super::storage_space::write_making_room;
use super::{keep_aside, lesson_key, profile_key_prefix, versions_key, LessonAddress};
use crate::storage::{KeyValueStore, StorageError};

/// How many earlier versions of one lesson's code are kept.
pub const MOST_EARLIER_VERSIONS: usize = 20;

/// A lesson's record as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedLesson {
    /// The progress (the default when nothing was kept or it was unreadable).
    pub progress: LessonProgress,
    /// Where an unreadable record was kept aside, to tell the pupil.
    pub set_aside: Option<String>,
}

/// The record of `lesson` for `profile`. An unreadable record is kept aside
/// and removed; if that cannot be done (a full store) the error is returned
/// and the record stays where it was.
pub fn load_lesson(
    store: &mut impl KeyValueStore,
    profile: &Profile,
    lesson: LessonAddress<'_>,
) -> Result<LoadedLesson, StorageError> {
    let key = lesson_key(&profile.id, lesson);
    let Some(record) = store.read(&key)? else {
        return Ok(LoadedLesson {
            progress: LessonProgress::default(),
            set_aside: None,
        });
    };
    match LessonProgress::from_record(&record, &profile.place) {
        Ok(progress) => Ok(LoadedLesson {
            progress,
            set_aside: None,
        }),
        Err(_) => {
            let kept_under = keep_aside(store, &key, &record)?;
            store.remove(&key)?;
            Ok(LoadedLesson {
                progress: LessonProgress::default(),
                set_aside: Some(kept_under),
            })
        }
    }
}

/// Changes the record of `lesson` with `change` (reading it first) and keeps
/// it; returns the record as kept. On an error nothing kept is lost.
pub fn update_lesson(
    store: &mut impl KeyValueStore,
    profile: &Profile,
    lesson: LessonAddress<'_>,
    change: impl FnOnce(&mut LessonProgress),
) -> Result<LoadedLesson, StorageError> {
    let mut loaded = load_lesson(store, profile, lesson)?;
    let before = loaded.progress.clone();
    change(&mut loaded.progress);
    if loaded.progress != before || loaded.set_aside.is_some() {
        write_lesson(store, &profile.id, lesson, &loaded.progress)?;
    }
    Ok(loaded)
}

/// Writes the record of `lesson` as it is (imports, migrations).
pub fn write_lesson(
    store: &mut impl KeyValueStore,
    profile_id: &str,
    lesson: LessonAddress<'_>,
    progress: &LessonProgress,
) -> Result<(), StorageError> {
    write_making_room(
        store,
        &lesson_key(profile_id, lesson),
        &progress.to_record(),
    )
    .map(|_| ())
}

/// One lesson record of a profile, found by its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredLesson {
    /// The pack's id.
    pub pack_id: String,
    /// The lesson's id.
    pub lesson_id: String,
    /// What is kept.
    pub progress: LessonProgress,
}

/// Every readable lesson record of `profile`, in the store's order
/// (unreadable ones are left for [`load_lesson`] to keep aside when opened).
pub fn profile_lessons(
    store: &impl KeyValueStore,
    profile: &Profile,
) -> Result<Vec<StoredLesson>, StorageError> {
    let prefix = format!("{}lesson.", profile_key_prefix(&profile.id));
    let mut lessons = Vec::new();
    for key in store.keys()? {
        let Some((pack_id, lesson_id)) = key
            .strip_prefix(&prefix)
            .and_then(|rest| rest.split_once('.'))
        else {
            continue;
        };
        let Some(record) = store.read(&key)? else {
            continue;
        };
        if let Ok(progress) = LessonProgress::from_record(&record, &profile.place) {
            lessons.push(StoredLesson {
                pack_id: pack_id.to_owned(),
                lesson_id: lesson_id.to_owned(),
                progress,
            });
        }
    }
    Ok(lessons)
}

/// The lesson the pupil worked on last (by the browser's clock), if any.
pub fn last_worked_lesson(lessons: &[StoredLesson]) -> Option<&StoredLesson> {
    lessons
        .iter()
        .filter(|lesson| lesson.progress.last_worked.is_some())
        .max_by_key(|lesson| lesson.progress.last_worked)
}

/// Why an earlier version was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionReason {
    /// The pupil went back to the starter code (an older previous code).
    BeforeReset,
    /// Another tab saved this while this tab was changing the code.
    OtherTab,
    /// The pupil chose the other of two versions (a progress file's, or this one).
    NotChosen,
    /// The code the checks ran on.
    Checked,
}

impl VersionReason {
    fn code(self) -> &'static str {
        match self {
            VersionReason::BeforeReset => "reset",
            VersionReason::OtherTab => "other-tab",
            VersionReason::NotChosen => "not-chosen",
            VersionReason::Checked => "checked",
        }
    }

    fn from_code(code: &str) -> Option<VersionReason> {
        [
            VersionReason::BeforeReset,
            VersionReason::OtherTab,
            VersionReason::NotChosen,
            VersionReason::Checked,
        ]
        .into_iter()
        .find(|reason| reason.code() == code)
    }

    /// The message that names the reason for the pupil.
    pub fn message_id(self) -> &'static str {
        match self {
            VersionReason::BeforeReset => "version-reason-reset",
            VersionReason::OtherTab => "version-reason-other-tab",
            VersionReason::NotChosen => "version-reason-not-chosen",
            VersionReason::Checked => "version-reason-checked",
        }
    }
}

/// An earlier version of a lesson's code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlierVersion {
    /// The code.
    pub code: String,
    /// Why it was kept.
    pub reason: VersionReason,
    /// When (browser clock, milliseconds since 1970).
    pub saved: u64,
}

/// The earlier versions as a JSON list (records and progress files).
pub fn versions_to_json(versions: &[EarlierVersion]) -> JsonValue {
    JsonValue::List(
        versions
            .iter()
            .map(|version| {
                object(vec![
                    ("code", Some(JsonValue::Text(version.code.clone()))),
                    (
                        "reason",
                        Some(JsonValue::Text(version.reason.code().to_owned())),
                    ),
                    ("saved", Some(JsonValue::count(version.saved))),
                ])
            })
            .collect(),
    )
}

/// Reads a JSON list of earlier versions; `None` when it is something else.
pub fn versions_from_json(value: &JsonValue) -> Option<Vec<EarlierVersion>> {
    let JsonValue::List(items) = value else {
        return None;
    };
    items
        .iter()
        .map(|item| {
            Some(EarlierVersion {
                code: item.field("code")?.as_text()?.to_owned(),
                reason: VersionReason::from_code(item.field("reason")?.as_text()?)?,
                saved: item.field("saved")?.as_count()?,
            })
        })
        .collect()
}

/// The earlier versions of `lesson`'s code, newest first (none when the
/// record is missing or unreadable: they are a convenience, never needed).
pub fn load_versions(
    store: &impl KeyValueStore,
    profile_id: &str,
    lesson: LessonAddress<'_>,
) -> Vec<EarlierVersion> {
    let Ok(Some(record)) = store.read(&versions_key(profile_id, lesson)) else {
        return Vec::new();
    };
    parse_json(&record)
        .and_then(|value| versions_from_json(value.field("versions")?))
        .unwrap_or_default()
}

/// Adds `versions` (newest first) before the kept ones, dropping repeats of
/// a code already kept and the oldest beyond [`MOST_EARLIER_VERSIONS`].
pub fn keep_versions(
    store: &mut impl KeyValueStore,
    profile_id: &str,
    lesson: LessonAddress<'_>,
    versions: Vec<EarlierVersion>,
) -> Result<(), StorageError> {
    if versions.is_empty() {
        return Ok(());
    }
    let mut kept = versions;
    kept.extend(load_versions(store, profile_id, lesson));
    let mut unique: Vec<EarlierVersion> = Vec::new();
    for version in kept {
        if !unique.iter().any(|existing| existing.code == version.code) {
            unique.push(version);
        }
    }
    unique.truncate(MOST_EARLIER_VERSIONS);
    let record = object(vec![
        ("version", Some(JsonValue::count(PROGRESS_SCHEMA_VERSION))),
        ("versions", Some(versions_to_json(&unique))),
    ])
    .to_compact_text();
    write_making_room(store, &versions_key(profile_id, lesson), &record).map(|_| ())
}
