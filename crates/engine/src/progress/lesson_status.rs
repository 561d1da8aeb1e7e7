//! What a pupil has reached in one lesson besides the code: whether and with
//! which code it was solved, how many hints are open, how many times the
//! checks ran (progress storage schema version 1, beside the saved code).
//!
//! Each lesson has one key, `bastau.v1.lesson.<pack-id>.<lesson-id>`, holding
//! `{"version":1,"solved_code":"...","hints_shown":2,"checks_run":5}`
//! (`solved_code` missing until the lesson is first solved). A record that
//! cannot be read is moved under
//! `bastau.v1.unreadable-lesson.<pack-id>.<lesson-id>[.N]`, never overwritten.

use super::record::{write_record, RecordValue};
use super::saved_code::{
    field_of, keep_aside, read_version_1_record, LessonAddress, UnreadableRecord,
    SAVED_CODE_VERSION,
};
use super::LessonState;
use crate::storage::{KeyValueStore, StorageError};

/// A lesson's status as kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LessonStatus {
    /// The code that first passed every check.
    pub solved_code: Option<String>,
    /// How many hints the pupil has opened.
    pub hints_shown: u32,
    /// How many times the pupil ran the checks.
    pub checks_run: u32,
}

impl LessonStatus {
    /// Not started, in progress (checked or hinted at) or solved.
    pub fn state(&self) -> LessonState {
        if self.solved_code.is_some() {
            LessonState::Solved
        } else if self.checks_run > 0 || self.hints_shown > 0 {
            LessonState::InProgress
        } else {
            LessonState::NotStarted
        }
    }

    /// The record's JSON text.
    pub fn to_record(&self) -> String {
        let mut fields = vec![("version", RecordValue::Number(SAVED_CODE_VERSION))];
        if let Some(code) = &self.solved_code {
            fields.push(("solved_code", RecordValue::Text(code.clone())));
        }
        fields.push((
            "hints_shown",
            RecordValue::Number(u64::from(self.hints_shown)),
        ));
        fields.push((
            "checks_run",
            RecordValue::Number(u64::from(self.checks_run)),
        ));
        write_record(&fields)
    }

    /// Reads a record's JSON text; fields this version does not know are ignored.
    pub fn from_record(record: &str) -> Result<LessonStatus, UnreadableRecord> {
        let fields = read_version_1_record(record)?;
        let field = |name: &str| field_of(&fields, name);
        let number = |name: &str| match field(name) {
            Some(RecordValue::Number(count)) => u32::try_from(*count).unwrap_or(u32::MAX),
            _ => 0,
        };
        Ok(LessonStatus {
            solved_code: match field("solved_code") {
                Some(RecordValue::Text(code)) => Some(code.clone()),
                _ => None,
            },
            hints_shown: number("hints_shown"),
            checks_run: number("checks_run"),
        })
    }
}

fn status_key(lesson: LessonAddress<'_>) -> String {
    format!("bastau.v1.lesson.{}.{}", lesson.pack_id, lesson.lesson_id)
}

fn set_aside_key(lesson: LessonAddress<'_>, number: u32) -> String {
    let base = format!(
        "bastau.v1.unreadable-lesson.{}.{}",
        lesson.pack_id, lesson.lesson_id
    );
    if number == 1 {
        base
    } else {
        format!("{base}.{number}")
    }
}

/// The status kept for `lesson` (the default when none is). An unreadable
/// record is moved aside and the default returned with the key it went to.
pub fn load_lesson_status(
    store: &mut impl KeyValueStore,
    lesson: LessonAddress<'_>,
) -> Result<(LessonStatus, Option<String>), StorageError> {
    let key = status_key(lesson);
    let Some(record) = store.read(&key)? else {
        return Ok((LessonStatus::default(), None));
    };
    match LessonStatus::from_record(&record) {
        Ok(status) => Ok((status, None)),
        Err(_) => {
            let kept_under = keep_aside(store, |number| set_aside_key(lesson, number), &record)?;
            store.remove(&key)?;
            Ok((LessonStatus::default(), Some(kept_under)))
        }
    }
}

/// Changes the status kept for `lesson` with `change`, reading it first so
/// that what another tab wrote is not lost.
pub fn update_lesson_status(
    store: &mut impl KeyValueStore,
    lesson: LessonAddress<'_>,
    change: impl FnOnce(&mut LessonStatus),
) -> Result<LessonStatus, StorageError> {
    let (mut status, _) = load_lesson_status(store, lesson)?;
    change(&mut status);
    store.write(&status_key(lesson), &status.to_record())?;
    Ok(status)
}
