//! The progress file: one pupil's progress as readable JSON, saved at school
//! and opened at home (and back), merged on opening.
//!
//! ```json
//! {
//!   "format": "bastau-progress",
//!   "version": 2,
//!   "name": "Аружан",
//!   "language": "kk",
//!   "saved": 1764230000000,
//!   "lessons": [
//!     {"pack": "first-steps", "lesson": "hello", "progress": {"version": 2, "code": "..."},
//!      "earlier_versions": [{"code": "...", "reason": "checked", "saved": 1764229000000}]}
//!   ]
//! }
//! ```
//!
//! Each lesson's `progress` is a lesson record of any schema version this app
//! reads, so a file saved by an earlier app goes through the same migration
//! as its stored records. A file that is not JSON, not a progress file, of a
//! newer version, or with any lesson that cannot be read is refused whole:
//! opening it changes nothing.

use super::json::{object, parse_json, JsonValue};
use super::lesson_progress::{LessonProgress, UnreadableRecord, PROGRESS_SCHEMA_VERSION};
use super::lesson_store::{
    keep_versions, load_lesson, load_versions, profile_lessons, versions_from_json,
    versions_to_json, write_lesson, EarlierVersion, VersionReason,
};
use super::merge::{merge_lesson, MergeOutcome};
use super::profiles::Profile;
use super::{LessonAddress, LessonState};
use crate::i18n::Language;
use crate::pack::is_well_formed_id;
use crate::storage::{KeyValueStore, StorageError};

/// The `format` field that marks a progress file.
pub const PROGRESS_FILE_FORMAT: &str = "bastau-progress";

/// One lesson in a progress file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileLesson {
    /// The pack's id.
    pub pack_id: String,
    /// The lesson's id.
    pub lesson_id: String,
    /// The progress.
    pub progress: LessonProgress,
    /// Earlier versions of its code, newest first.
    pub earlier_versions: Vec<EarlierVersion>,
}

/// A progress file's contents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProgressFile {
    /// The pupil's name, as their profile had it.
    pub name: String,
    /// The pupil's interface language.
    pub language: Option<Language>,
    /// When it was saved (that browser's clock).
    pub saved: Option<u64>,
    /// The lessons.
    pub lessons: Vec<FileLesson>,
}

/// Why a file cannot be opened as progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressFileProblem {
    /// The file is not JSON text at all.
    NotJson,
    /// It is JSON, but not a progress file (no `"format": "bastau-progress"`).
    NotProgress,
    /// A newer app saved it.
    NewerVersion(u64),
    /// A lesson in it cannot be read: its position (from 1) and why.
    BrokenLesson(usize, UnreadableRecord),
}

impl ProgressFileProblem {
    /// The message that explains the problem to the pupil.
    pub fn message_id(&self) -> &'static str {
        match self {
            ProgressFileProblem::NotJson => "progress-file-not-json",
            ProgressFileProblem::NotProgress => "progress-file-foreign",
            ProgressFileProblem::NewerVersion(_) => "progress-file-newer",
            ProgressFileProblem::BrokenLesson(..) => "progress-file-broken-lesson",
        }
    }
}

/// The progress file of `profile`, saved at `now`.
pub fn export_progress(
    store: &impl KeyValueStore,
    profile: &Profile,
    now: u64,
) -> Result<String, StorageError> {
    let lessons = profile_lessons(store, profile)?
        .into_iter()
        .map(|stored| {
            let address = LessonAddress {
                pack_id: &stored.pack_id,
                lesson_id: &stored.lesson_id,
            };
            let versions = load_versions(store, &profile.id, address);
            object(vec![
                ("pack", Some(JsonValue::Text(stored.pack_id.clone()))),
                ("lesson", Some(JsonValue::Text(stored.lesson_id.clone()))),
                ("progress", Some(stored.progress.to_json())),
                (
                    "earlier_versions",
                    (!versions.is_empty()).then(|| versions_to_json(&versions)),
                ),
            ])
        })
        .collect();
    Ok(object(vec![
        ("format", Some(JsonValue::Text(PROGRESS_FILE_FORMAT.into()))),
        ("version", Some(JsonValue::count(PROGRESS_SCHEMA_VERSION))),
        ("name", Some(JsonValue::Text(profile.name.clone()))),
        (
            "language",
            profile
                .language
                .map(|language| JsonValue::Text(language.code().into())),
        ),
        ("saved", Some(JsonValue::count(now))),
        ("lessons", Some(JsonValue::List(lessons))),
    ])
    .to_readable_text())
}

/// Reads a progress file's text; version 1 lesson records count their code
/// as one change made at `place`.
pub fn read_progress_file(text: &str, place: &str) -> Result<ProgressFile, ProgressFileProblem> {
    // A file saved by a Windows editor may start with a byte order mark.
    let text = text.trim_start_matches('\u{feff}');
    let value = parse_json(text).ok_or(ProgressFileProblem::NotJson)?;
    if value.field("format").and_then(JsonValue::as_text) != Some(PROGRESS_FILE_FORMAT) {
        return Err(ProgressFileProblem::NotProgress);
    }
    match value.field("version").and_then(JsonValue::as_count) {
        Some(version) if version > PROGRESS_SCHEMA_VERSION => {
            return Err(ProgressFileProblem::NewerVersion(version))
        }
        Some(_) => {}
        None => return Err(ProgressFileProblem::NotProgress),
    }
    let Some(JsonValue::List(items)) = value.field("lessons") else {
        return Err(ProgressFileProblem::NotProgress);
    };
    let mut lessons: Vec<FileLesson> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let broken = |problem| ProgressFileProblem::BrokenLesson(index + 1, problem);
        let id = |name: &'static str| {
            item.field(name)
                .and_then(JsonValue::as_text)
                .filter(|id| is_well_formed_id(id))
                .map(str::to_owned)
                .ok_or(broken(UnreadableRecord::WrongField(name)))
        };
        let (pack_id, lesson_id) = (id("pack")?, id("lesson")?);
        let progress = item
            .field("progress")
            .ok_or(broken(UnreadableRecord::NotARecord))
            .and_then(|progress| LessonProgress::from_json(progress, place).map_err(broken))?;
        let earlier_versions = match item.field("earlier_versions") {
            None | Some(JsonValue::Null) => Vec::new(),
            Some(list) => versions_from_json(list)
                .ok_or(broken(UnreadableRecord::WrongField("earlier_versions")))?,
        };
        if lessons
            .iter()
            .any(|lesson| lesson.pack_id == pack_id && lesson.lesson_id == lesson_id)
        {
            return Err(broken(UnreadableRecord::WrongField("lesson")));
        }
        lessons.push(FileLesson {
            pack_id,
            lesson_id,
            progress,
            earlier_versions,
        });
    }
    Ok(ProgressFile {
        name: value
            .field("name")
            .and_then(JsonValue::as_text)
            .unwrap_or_default()
            .to_owned(),
        language: value
            .field("language")
            .and_then(JsonValue::as_text)
            .and_then(Language::from_code),
        saved: value.field("saved").and_then(JsonValue::as_count),
        lessons,
    })
}

/// A lesson an import touched: `pack/lesson`.
pub type LessonName = (String, String);

/// What opening a progress file did, for the pupil to read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Lessons this browser had nothing for.
    pub added: Vec<LessonName>,
    /// Lessons whose newer code came from the file.
    pub taken_from_file: Vec<LessonName>,
    /// Lessons where this browser's code was as new or newer.
    pub kept_here: Vec<LessonName>,
    /// Lessons changed on both sides: the pupil chooses on the lesson's page.
    pub both_changed: Vec<LessonName>,
    /// Lessons solved in the file and not here before.
    pub newly_solved: Vec<LessonName>,
}

/// Merges `file` into `profile`'s progress in `store`. Each lesson is read,
/// merged and written on its own; a full store stops the import with the
/// lessons before it merged (each whole: a lesson is never half written).
pub fn import_progress(
    store: &mut impl KeyValueStore,
    profile: &Profile,
    file: &ProgressFile,
) -> Result<ImportSummary, StorageError> {
    let mut summary = ImportSummary::default();
    for lesson in &file.lessons {
        let address = LessonAddress {
            pack_id: &lesson.pack_id,
            lesson_id: &lesson.lesson_id,
        };
        let loaded = load_lesson(store, profile, address)?;
        let here = (loaded.progress != LessonProgress::default()).then_some(&loaded.progress);
        let (merged, outcome) = merge_lesson(here, &lesson.progress);
        let name = (lesson.pack_id.clone(), lesson.lesson_id.clone());
        if merged.state() == LessonState::Solved
            && here.is_none_or(|here| here.state() != LessonState::Solved)
        {
            summary.newly_solved.push(name.clone());
        }
        match outcome {
            MergeOutcome::Added => summary.added.push(name),
            MergeOutcome::TakenFromFile => summary.taken_from_file.push(name),
            MergeOutcome::KeptHere => summary.kept_here.push(name),
            MergeOutcome::BothChanged => summary.both_changed.push(name),
        }
        // The code the file replaced is kept among the earlier versions.
        let mut versions = lesson.earlier_versions.clone();
        if outcome == MergeOutcome::TakenFromFile {
            if let Some(code) = loaded.progress.code.clone() {
                if Some(&code) != merged.code.as_ref() {
                    let saved = loaded.progress.last_worked.unwrap_or(0);
                    versions.insert(
                        0,
                        EarlierVersion {
                            code,
                            reason: VersionReason::NotChosen,
                            saved,
                        },
                    );
                }
            }
        }
        if merged != loaded.progress {
            write_lesson(store, &profile.id, address, &merged)?;
        }
        keep_versions(store, &profile.id, address, versions)?;
    }
    Ok(summary)
}
