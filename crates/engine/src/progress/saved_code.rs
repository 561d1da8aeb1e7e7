//! The pupil's code for each lesson, kept between visits (progress storage
//! schema version 1).
//!
//! Each lesson has one key, `bastau.v1.code.<pack-id>.<lesson-id>` (ids are
//! lowercase letters, digits and hyphens, so the dots cannot be confused),
//! holding a small JSON record:
//!
//! ```json
//! {"version":1,"code":"print('Сәлем')\n","previous":"print(1)\n"}
//! ```
//!
//! - `version`: the schema version, always 1 here; a later progress issue that
//!   changes the record raises it and migrates old records.
//! - `code`: what the pupil's editor holds.
//! - `previous` (may be missing or `null`): the pupil's code from before they
//!   went back to the starter code, kept so it can be brought back.
//!
//! A record that cannot be read (cut short, damaged, or of a version this app
//! does not know) is never dropped: it is moved under
//! `bastau.v1.unreadable-code.<pack-id>.<lesson-id>` (with `.2`, `.3`, ... when
//! that key is taken) and reported, and only then may the key be written again.

use super::record::{read_record, write_record, RecordValue};
use crate::storage::{KeyValueStore, StorageError};

/// The schema version of the records this module writes.
pub const SAVED_CODE_VERSION: u64 = 1;

/// The start of every saved code key.
const KEY_PREFIX: &str = "bastau.v1.code.";
/// The start of the keys unreadable records are moved to.
const SET_ASIDE_PREFIX: &str = "bastau.v1.unreadable-code.";
/// How many unreadable records of one lesson are kept apart at most.
const MOST_SET_ASIDE_RECORDS: u32 = 50;

/// Which lesson: the pack's id and the lesson's id within it, as in the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LessonAddress<'a> {
    /// The pack's id.
    pub pack_id: &'a str,
    /// The lesson's id within the pack.
    pub lesson_id: &'a str,
}

impl LessonAddress<'_> {
    /// The key the lesson's code is kept under.
    pub fn storage_key(self) -> String {
        format!("{KEY_PREFIX}{}.{}", self.pack_id, self.lesson_id)
    }

    /// The key for the `number`th unreadable record of this lesson (from 1).
    fn set_aside_key(self, number: u32) -> String {
        let base = format!("{SET_ASIDE_PREFIX}{}.{}", self.pack_id, self.lesson_id);
        if number == 1 {
            base
        } else {
            format!("{base}.{number}")
        }
    }
}

/// What is kept for one lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedCode {
    /// What the pupil's editor holds.
    pub code: String,
    /// The pupil's code from before they went back to the starter code.
    pub previous: Option<String>,
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnreadableRecord {
    /// The text is not a record at all (cut short, or written by something else).
    NotARecord,
    /// The record has no version number.
    NoVersion,
    /// The record is of a schema version this app does not know (a newer app wrote it).
    UnknownVersion(u64),
    /// The record has no code, or the code is not text.
    NoCode,
}

/// What [`load_saved_code`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadedCode {
    /// Nothing is saved for the lesson: its starter code is used.
    NothingSaved,
    /// The pupil's code.
    Saved(SavedCode),
    /// A record was there but could not be read. It was moved under
    /// `kept_under`, so nothing is lost; the starter code is used.
    SetAside {
        /// Why the record could not be read.
        problem: UnreadableRecord,
        /// The key the record now sits under.
        kept_under: String,
    },
}

impl SavedCode {
    /// Code typed by the pupil; nothing earlier is kept.
    pub fn new(code: impl Into<String>) -> SavedCode {
        SavedCode {
            code: code.into(),
            previous: None,
        }
    }

    /// The same record with the editor now holding `code` (as the pupil
    /// types); the previous code stays.
    pub fn with_code(&self, code: impl Into<String>) -> SavedCode {
        SavedCode {
            code: code.into(),
            previous: self.previous.clone(),
        }
    }

    /// Back to the starter code: the pupil's code becomes the previous one.
    /// If the editor already holds the starter code, nothing changes, so an
    /// earlier previous code is not replaced by the starter code.
    pub fn back_to_starter(&self, starter_code: &str) -> SavedCode {
        if self.code == starter_code {
            return self.clone();
        }
        SavedCode {
            code: starter_code.to_owned(),
            previous: Some(self.code.clone()),
        }
    }

    /// The previous code brought back; what the editor held becomes the
    /// previous code in turn, so this loses nothing either. `None` when there
    /// is no previous code.
    pub fn bring_back_previous(&self) -> Option<SavedCode> {
        Some(SavedCode {
            code: self.previous.clone()?,
            previous: Some(self.code.clone()),
        })
    }

    /// The record's JSON text.
    pub fn to_record(&self) -> String {
        let mut fields = vec![
            ("version", RecordValue::Number(SAVED_CODE_VERSION)),
            ("code", RecordValue::Text(self.code.clone())),
        ];
        if let Some(previous) = &self.previous {
            fields.push(("previous", RecordValue::Text(previous.clone())));
        }
        write_record(&fields)
    }

    /// Reads a record's JSON text; fields this version does not know are ignored.
    pub fn from_record(record: &str) -> Result<SavedCode, UnreadableRecord> {
        let fields = read_version_1_record(record)?;
        let field = |name: &str| field_of(&fields, name);
        let Some(RecordValue::Text(code)) = field("code") else {
            return Err(UnreadableRecord::NoCode);
        };
        let previous = match field("previous") {
            Some(RecordValue::Text(previous)) => Some(previous.clone()),
            _ => None,
        };
        Ok(SavedCode {
            code: code.clone(),
            previous,
        })
    }
}

/// The fields of a record of schema version 1 (this app's), or why it
/// cannot be read.
pub(crate) fn read_version_1_record(
    record: &str,
) -> Result<Vec<(String, RecordValue)>, UnreadableRecord> {
    let fields = read_record(record).ok_or(UnreadableRecord::NotARecord)?;
    match field_of(&fields, "version") {
        Some(RecordValue::Number(SAVED_CODE_VERSION)) => Ok(fields),
        Some(RecordValue::Number(version)) => Err(UnreadableRecord::UnknownVersion(*version)),
        _ => Err(UnreadableRecord::NoVersion),
    }
}

/// The value of the field `name` of a record, if it has one.
pub(crate) fn field_of<'a>(
    fields: &'a [(String, RecordValue)],
    name: &str,
) -> Option<&'a RecordValue> {
    fields
        .iter()
        .find(|(field_name, _)| field_name == name)
        .map(|(_, value)| value)
}

/// The code saved for `lesson`. An unreadable record is moved aside first; if
/// it cannot be moved (a full store), the error is returned and the record
/// stays where it was.
pub fn load_saved_code(
    store: &mut impl KeyValueStore,
    lesson: LessonAddress<'_>,
) -> Result<LoadedCode, StorageError> {
    let key = lesson.storage_key();
    let Some(record) = store.read(&key)? else {
        return Ok(LoadedCode::NothingSaved);
    };
    match SavedCode::from_record(&record) {
        Ok(saved) => Ok(LoadedCode::Saved(saved)),
        Err(problem) => {
            let kept_under = set_aside(store, lesson, &record)?;
            store.remove(&key)?;
            Ok(LoadedCode::SetAside {
                problem,
                kept_under,
            })
        }
    }
}

/// Keeps `saved` for `lesson`. If the key holds a record that cannot be read
/// (another tab or tool wrote it), that record is moved aside first, so
/// writing never destroys it, and the key it now sits under is returned for
/// the app to report. On an error (a full store) nothing of the earlier record
/// is lost.
pub fn save_code(
    store: &mut impl KeyValueStore,
    lesson: LessonAddress<'_>,
    saved: &SavedCode,
) -> Result<Option<String>, StorageError> {
    let key = lesson.storage_key();
    let mut kept_under = None;
    if let Some(existing) = store.read(&key)? {
        if SavedCode::from_record(&existing).is_err() {
            kept_under = Some(set_aside(store, lesson, &existing)?);
        }
    }
    store.write(&key, &saved.to_record())?;
    Ok(kept_under)
}

/// Copies an unreadable `record` of `lesson` to the first free set-aside key.
fn set_aside(
    store: &mut impl KeyValueStore,
    lesson: LessonAddress<'_>,
    record: &str,
) -> Result<String, StorageError> {
    keep_aside(store, |number| lesson.set_aside_key(number), record)
}

/// Copies an unreadable `record` to the first free key that `key_for(1)`,
/// `key_for(2)`, ... name, or to the one already holding the same text.
pub(crate) fn keep_aside(
    store: &mut impl KeyValueStore,
    key_for: impl Fn(u32) -> String,
    record: &str,
) -> Result<String, StorageError> {
    for number in 1..=MOST_SET_ASIDE_RECORDS {
        let key = key_for(number);
        match store.read(&key)? {
            Some(kept) if kept != record => continue,
            // The same text is already kept (an earlier move that could not
            // finish): it need not be kept twice.
            Some(_) => return Ok(key),
            None => {
                store.write(&key, record)?;
                return Ok(key);
            }
        }
    }
    Err(StorageError::Other(format!(
        "{MOST_SET_ASIDE_RECORDS} unreadable records of this lesson are already kept apart"
    )))
}
