//! The hand-in file: one pupil's work on one pack, saved by the pupil and
//! opened by the teacher.
//!
//! ```json
//! {
//!   "format": "bastau-hand-in",
//!   "version": 1,
//!   "pupil": "Аружан Серік",
//!   "class": "7Б",
//!   "pack": "first-steps",
//!   "pack_version": "1.0",
//!   "handed_in": 1764230000000,
//!   "lessons": [
//!     {"lesson": "hello", "state": "solved", "code": "...", "solved_code": "...",
//!      "attempts": 2, "hints_shown": 1}
//!   ]
//! }
//! ```
//!
//! The file says what the pupil's browser believed; the teacher's page
//! checks every solved claim again ([`super::recheck`]), so an edited file
//! cannot fake a solved lesson. A file that is not a hand-in, of a newer
//! version, or with a broken lesson is refused whole.

use crate::pack::Pack;
use crate::progress::json::{object, parse_json, JsonValue};
use crate::progress::lesson_store::StoredLesson;
use crate::progress::LessonState;

/// The `format` field that marks a hand-in file.
pub const HAND_IN_FORMAT: &str = "bastau-hand-in";

/// The version of the hand-in files this app writes.
pub const HAND_IN_VERSION: u64 = 1;

/// The longest pupil or class name kept, in characters.
pub const LONGEST_NAME: usize = 60;

/// One lesson of a hand-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandedInLesson {
    /// The lesson's id.
    pub lesson_id: String,
    /// What the pupil's browser says: not started, in progress or solved.
    pub state: LessonState,
    /// The pupil's latest code.
    pub code: Option<String>,
    /// The code that first passed every check, as the pupil's browser says.
    pub solved_code: Option<String>,
    /// How many times the checks ran.
    pub attempts: u32,
    /// How many hints the pupil opened.
    pub hints_shown: u32,
}

/// One pupil's hand-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandIn {
    /// The pupil's name, as picked from the class list or typed.
    pub pupil: String,
    /// The class's name (may be empty).
    pub class_name: String,
    /// The pack's id.
    pub pack_id: String,
    /// The pack's version the pupil worked on.
    pub pack_version: String,
    /// When it was saved (the pupil's browser clock; shown only).
    pub handed_in: Option<u64>,
    /// The lessons the pupil did anything in, in the pack's order.
    pub lessons: Vec<HandedInLesson>,
}

/// Why a file cannot be opened as a hand-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HandInProblem {
    /// Not JSON text.
    NotJson,
    /// JSON, but not a hand-in file.
    NotHandIn,
    /// A newer app saved it.
    NewerVersion(u64),
    /// No pupil name.
    NoName,
    /// The lesson at this position (from 1) cannot be read.
    BrokenLesson(usize),
}

impl HandInProblem {
    /// The message that explains the problem to the teacher.
    pub fn message_id(&self) -> &'static str {
        match self {
            HandInProblem::NotJson => "hand-in-not-json",
            HandInProblem::NotHandIn => "hand-in-foreign",
            HandInProblem::NewerVersion(_) => "hand-in-newer",
            HandInProblem::NoName => "hand-in-no-name",
            HandInProblem::BrokenLesson(_) => "hand-in-broken-lesson",
        }
    }
}

fn state_code(state: LessonState) -> &'static str {
    match state {
        LessonState::NotStarted => "not-started",
        LessonState::InProgress => "in-progress",
        LessonState::Solved => "solved",
    }
}

fn state_from_code(code: &str) -> Option<LessonState> {
    [
        LessonState::NotStarted,
        LessonState::InProgress,
        LessonState::Solved,
    ]
    .into_iter()
    .find(|state| state_code(*state) == code)
}

/// A name made tidy: spaces joined, control characters dropped, at most
/// [`LONGEST_NAME`] characters.
pub fn tidy_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|character| !character.is_control())
        .take(LONGEST_NAME)
        .collect()
}

impl HandIn {
    /// The hand-in of `pupil` in `class_name` for `pack`, from the pupil's
    /// kept lessons (`stored`, any pack: the pack's are taken, in its order).
    pub fn new(
        pupil: &str,
        class_name: &str,
        pack: &Pack,
        stored: &[StoredLesson],
        now: u64,
    ) -> HandIn {
        let lessons = pack
            .lessons
            .iter()
            .filter_map(|lesson| {
                let kept = stored
                    .iter()
                    .find(|kept| kept.pack_id == pack.id && kept.lesson_id == lesson.id)?;
                let progress = &kept.progress;
                Some(HandedInLesson {
                    lesson_id: lesson.id.clone(),
                    state: progress.state(),
                    code: progress.code.clone(),
                    solved_code: progress.solved_code.clone(),
                    attempts: progress.attempts,
                    hints_shown: progress.hints_shown,
                })
            })
            .collect();
        HandIn {
            pupil: tidy_name(pupil),
            class_name: tidy_name(class_name),
            pack_id: pack.id.clone(),
            pack_version: pack.version.clone(),
            handed_in: Some(now),
            lessons,
        }
    }

    /// The file's text: readable JSON.
    pub fn to_file_text(&self) -> String {
        let text = |value: &Option<String>| value.clone().map(JsonValue::Text);
        let lessons = self
            .lessons
            .iter()
            .map(|lesson| {
                object(vec![
                    ("lesson", Some(JsonValue::Text(lesson.lesson_id.clone()))),
                    (
                        "state",
                        Some(JsonValue::Text(state_code(lesson.state).into())),
                    ),
                    ("code", text(&lesson.code)),
                    ("solved_code", text(&lesson.solved_code)),
                    (
                        "attempts",
                        Some(JsonValue::count(u64::from(lesson.attempts))),
                    ),
                    (
                        "hints_shown",
                        Some(JsonValue::count(u64::from(lesson.hints_shown))),
                    ),
                ])
            })
            .collect();
        object(vec![
            ("format", Some(JsonValue::Text(HAND_IN_FORMAT.into()))),
            ("version", Some(JsonValue::count(HAND_IN_VERSION))),
            ("pupil", Some(JsonValue::Text(self.pupil.clone()))),
            ("class", Some(JsonValue::Text(self.class_name.clone()))),
            ("pack", Some(JsonValue::Text(self.pack_id.clone()))),
            (
                "pack_version",
                Some(JsonValue::Text(self.pack_version.clone())),
            ),
            ("handed_in", self.handed_in.map(JsonValue::count)),
            ("lessons", Some(JsonValue::List(lessons))),
        ])
        .to_readable_text()
    }

    /// Reads a hand-in file's text.
    pub fn from_file_text(text: &str) -> Result<HandIn, HandInProblem> {
        let text = text.trim_start_matches('\u{feff}');
        let value = parse_json(text).ok_or(HandInProblem::NotJson)?;
        if value.field("format").and_then(JsonValue::as_text) != Some(HAND_IN_FORMAT) {
            return Err(HandInProblem::NotHandIn);
        }
        match value.field("version").and_then(JsonValue::as_count) {
            Some(version) if version > HAND_IN_VERSION => {
                return Err(HandInProblem::NewerVersion(version))
            }
            Some(_) => {}
            None => return Err(HandInProblem::NotHandIn),
        }
        let text_of = |name: &str| {
            value
                .field(name)
                .and_then(JsonValue::as_text)
                .unwrap_or_default()
                .to_owned()
        };
        let pupil = tidy_name(&text_of("pupil"));
        if pupil.is_empty() {
            return Err(HandInProblem::NoName);
        }
        let pack_id = text_of("pack");
        if pack_id.is_empty() {
            return Err(HandInProblem::NotHandIn);
        }
        let Some(JsonValue::List(items)) = value.field("lessons") else {
            return Err(HandInProblem::NotHandIn);
        };
        let mut lessons: Vec<HandedInLesson> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let lesson = read_lesson(item).ok_or(HandInProblem::BrokenLesson(index + 1))?;
            if lessons
                .iter()
                .any(|existing| existing.lesson_id == lesson.lesson_id)
            {
                return Err(HandInProblem::BrokenLesson(index + 1));
            }
            lessons.push(lesson);
        }
        Ok(HandIn {
            pupil,
            class_name: tidy_name(&text_of("class")),
            pack_id,
            pack_version: text_of("pack_version"),
            handed_in: value.field("handed_in").and_then(JsonValue::as_count),
            lessons,
        })
    }

    /// The hand-in's lesson `lesson_id`, if the pupil did anything in it.
    pub fn lesson(&self, lesson_id: &str) -> Option<&HandedInLesson> {
        self.lessons
            .iter()
            .find(|lesson| lesson.lesson_id == lesson_id)
    }
}

fn read_lesson(item: &JsonValue) -> Option<HandedInLesson> {
    let optional_text = |name: &str| match item.field(name) {
        None | Some(JsonValue::Null) => Some(None),
        Some(JsonValue::Text(text)) => Some(Some(text.clone())),
        Some(_) => None,
    };
    let small_count = |name: &str| match item.field(name) {
        None | Some(JsonValue::Null) => Some(0),
        Some(value) => value
            .as_count()
            .map(|count| u32::try_from(count).unwrap_or(u32::MAX)),
    };
    Some(HandedInLesson {
        lesson_id: item.field("lesson")?.as_text()?.to_owned(),
        state: state_from_code(item.field("state")?.as_text()?)?,
        code: optional_text("code")?,
        solved_code: optional_text("solved_code")?,
        attempts: small_count("attempts")?,
        hints_shown: small_count("hints_shown")?,
    })
}
