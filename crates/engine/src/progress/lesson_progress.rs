//! Everything kept about one lesson for one pupil, and its record
//! (progress storage schema version 2).
//!
//! ```json
//! {"version":2,"code":"print(1)\n","previous":"...","solved_code":"...",
//!  "first_solved":1764230000000,"last_worked":1764230100000,"attempts":3,
//!  "hints_shown":1,"edits":{"k3x9q2ma":12},
//!  "other_version":{"code":"...","edits":{"k3x9q2ma":9,"h7p0z1rc":4}}}
//! ```
//!
//! - `code`: what the pupil's editor holds; missing while it is the lesson's
//!   starter code. `previous`: the code from before "back to the starter code".
//! - `solved_code`, `first_solved`: the code that first passed every check
//!   and when (milliseconds since 1970 by the browser's clock: shown, never
//!   trusted for merging). `last_worked`: the last change or check.
//! - `attempts`: checks run; `hints_shown`: hints opened.
//! - `edits`: how many saved changes of the code each place made (a place is
//!   one profile on one browser, named by a random id). Its total is the
//!   lesson's edit counter; comparing two of them tells whether one version
//!   grew from the other or both changed since they last met ([`EditCounts`]).
//! - `other_version`: a version from a progress file that changed alongside
//!   this one; it waits here until the pupil chooses.
//!
//! A record of version 1 (the lesson workspace's `code` and `lesson` records)
//! is read by [`LessonProgress::from_version_1`]; migrations and progress
//! files both go through it.

use super::json::{object, JsonValue};
use super::LessonState;

/// The schema version of the progress records this app writes.
pub const PROGRESS_SCHEMA_VERSION: u64 = 2;

/// How many places an edit history names at most; the smallest are folded
/// into one when there are more (a lesson moved between that many browsers).
const MOST_PLACES: usize = 24;

/// The edit history of a lesson's code: saved changes counted per place.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditCounts {
    /// (place id, changes made there), sorted by place id.
    counts: Vec<(String, u64)>,
}

/// How two edit histories relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditOrder {
    /// The same changes.
    Same,
    /// The first is an earlier state of the second.
    Before,
    /// The second is an earlier state of the first.
    After,
    /// Each has changes the other has not seen.
    Apart,
}

impl EditCounts {
    /// The lesson's edit counter: all saved changes, wherever made.
    pub fn total(&self) -> u64 {
        self.counts
            .iter()
            .fold(0, |total, (_, count)| total.saturating_add(*count))
    }

    /// One more change made at `place`.
    pub fn count_change(&mut self, place: &str) {
        match self
            .counts
            .binary_search_by(|(id, _)| id.as_str().cmp(place))
        {
            Ok(index) => self.counts[index].1 = self.counts[index].1.saturating_add(1),
            Err(index) => self.counts.insert(index, (place.to_owned(), 1)),
        }
        self.fold_smallest();
    }

    /// How many changes `place` made.
    pub fn at(&self, place: &str) -> u64 {
        self.counts
            .iter()
            .find(|(id, _)| id == place)
            .map_or(0, |(_, count)| *count)
    }

    /// Every change either history has seen.
    pub fn joined(&self, other: &EditCounts) -> EditCounts {
        let mut joined = self.clone();
        for (place, count) in &other.counts {
            match joined
                .counts
                .binary_search_by(|(id, _)| id.as_str().cmp(place))
            {
                Ok(index) => joined.counts[index].1 = joined.counts[index].1.max(*count),
                Err(index) => joined.counts.insert(index, (place.clone(), *count)),
            }
        }
        joined.fold_smallest();
        joined
    }

    /// How `self` relates to `other`.
    pub fn order(&self, other: &EditCounts) -> EditOrder {
        let places = self.counts.iter().chain(&other.counts).map(|(id, _)| id);
        let (mut self_ahead, mut other_ahead) = (false, false);
        for place in places {
            let (mine, theirs) = (self.at(place), other.at(place));
            self_ahead |= mine > theirs;
            other_ahead |= theirs > mine;
        }
        match (self_ahead, other_ahead) {
            (false, false) => EditOrder::Same,
            (false, true) => EditOrder::Before,
            (true, false) => EditOrder::After,
            (true, true) => EditOrder::Apart,
        }
    }

    fn fold_smallest(&mut self) {
        while self.counts.len() > MOST_PLACES {
            let Some(smallest) = (0..self.counts.len()).min_by_key(|&index| self.counts[index].1)
            else {
                return;
            };
            let (_, count) = self.counts.remove(smallest);
            // The folded changes stay counted under the largest place, so the
            // total and "has seen more" both still hold.
            if let Some(largest) = (0..self.counts.len()).max_by_key(|&index| self.counts[index].1)
            {
                self.counts[largest].1 = self.counts[largest].1.saturating_add(count);
            }
        }
    }

    fn to_json(&self) -> JsonValue {
        JsonValue::Object(
            self.counts
                .iter()
                .map(|(place, count)| (place.clone(), JsonValue::count(*count)))
                .collect(),
        )
    }

    fn from_json(value: &JsonValue) -> Option<EditCounts> {
        let JsonValue::Object(fields) = value else {
            return None;
        };
        let mut counts = EditCounts::default();
        for (place, count) in fields {
            if !is_place_id(place) {
                return None;
            }
            let joined = counts.joined(&EditCounts {
                counts: vec![(place.clone(), count.as_count()?)],
            });
            counts = joined;
        }
        Some(counts)
    }

    /// A history of `count` changes made at `place` (migrations, tests).
    pub fn of_place(place: &str, count: u64) -> EditCounts {
        if count == 0 {
            return EditCounts::default();
        }
        EditCounts {
            counts: vec![(place.to_owned(), count)],
        }
    }
}

/// Whether `text` can name a place: 1 to 32 lowercase letters and digits.
pub fn is_place_id(text: &str) -> bool {
    (1..=32).contains(&text.len())
        && text
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
}

/// A version of the code that changed alongside this one, waiting for the
/// pupil to choose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherVersion {
    /// Its code.
    pub code: String,
    /// Its edit history.
    pub edits: EditCounts,
    /// When it was last changed, by its browser's clock.
    pub last_worked: Option<u64>,
}

/// Everything kept about one lesson for one pupil.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LessonProgress {
    /// What the editor holds; `None` while it is the starter code.
    pub code: Option<String>,
    /// The code from before "back to the starter code".
    pub previous: Option<String>,
    /// The code that first passed every check.
    pub solved_code: Option<String>,
    /// When the lesson was first solved (browser clock, milliseconds since 1970).
    pub first_solved: Option<u64>,
    /// When the pupil last changed or checked the code (browser clock).
    pub last_worked: Option<u64>,
    /// How many times the checks ran.
    pub attempts: u32,
    /// How many hints are open.
    pub hints_shown: u32,
    /// The code's edit history.
    pub edits: EditCounts,
    /// A version from a progress file that changed alongside this one.
    pub other_version: Option<OtherVersion>,
}

/// Why a lesson record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnreadableRecord {
    /// The text is not JSON, or not an object.
    NotARecord,
    /// The record has no version number.
    NoVersion,
    /// A newer app wrote it.
    UnknownVersion(u64),
    /// A field holds the wrong kind of value.
    WrongField(&'static str),
}

impl LessonProgress {
    /// Not started, in progress or solved.
    pub fn state(&self) -> LessonState {
        if self.solved_code.is_some() {
            LessonState::Solved
        } else if self.code.is_some()
            || self.attempts > 0
            || self.hints_shown > 0
            || self.other_version.is_some()
        {
            LessonState::InProgress
        } else {
            LessonState::NotStarted
        }
    }

    /// The code the editor shows: the pupil's, else `starter_code`.
    pub fn code_or<'a>(&'a self, starter_code: &'a str) -> &'a str {
        self.code.as_deref().unwrap_or(starter_code)
    }

    /// The pupil changed the code to `code` at `place` and `now`. Nothing
    /// changes (no edit counted) when the code is what is kept already.
    pub fn change_code(&mut self, code: &str, place: &str, now: u64) -> bool {
        if self.code.as_deref() == Some(code) {
            return false;
        }
        self.code = Some(code.to_owned());
        self.edits.count_change(place);
        self.last_worked = Some(now);
        true
    }

    /// The checks passed on `code` at `now`; the first solving code stays.
    pub fn mark_solved(&mut self, code: &str, now: u64) {
        if self.solved_code.is_none() {
            self.solved_code = Some(code.to_owned());
            self.first_solved = Some(now);
        }
    }

    /// The record as JSON.
    pub fn to_json(&self) -> JsonValue {
        let text = |value: &Option<String>| value.clone().map(JsonValue::Text);
        let time = |value: Option<u64>| value.map(JsonValue::count);
        object(vec![
            ("version", Some(JsonValue::count(PROGRESS_SCHEMA_VERSION))),
            ("code", text(&self.code)),
            ("previous", text(&self.previous)),
            ("solved_code", text(&self.solved_code)),
            ("first_solved", time(self.first_solved)),
            ("last_worked", time(self.last_worked)),
            ("attempts", Some(JsonValue::count(u64::from(self.attempts)))),
            (
                "hints_shown",
                Some(JsonValue::count(u64::from(self.hints_shown))),
            ),
            ("edits", Some(self.edits.to_json())),
            (
                "other_version",
                self.other_version.as_ref().map(|other| {
                    object(vec![
                        ("code", Some(JsonValue::Text(other.code.clone()))),
                        ("edits", Some(other.edits.to_json())),
                        ("last_worked", time(other.last_worked)),
                    ])
                }),
            ),
        ])
    }

    /// The record's compact JSON text, as stored.
    pub fn to_record(&self) -> String {
        self.to_json().to_compact_text()
    }

    /// Reads a record of any schema version this app knows; a version 1
    /// record counts its code as one change made at `place`.
    pub fn from_json(value: &JsonValue, place: &str) -> Result<LessonProgress, UnreadableRecord> {
        if !matches!(value, JsonValue::Object(_)) {
            return Err(UnreadableRecord::NotARecord);
        }
        match value.field("version").map(JsonValue::as_count) {
            Some(Some(1)) => LessonProgress::from_version_1(Some(value), None, place),
            Some(Some(PROGRESS_SCHEMA_VERSION)) => LessonProgress::from_version_2(value),
            Some(Some(version)) => Err(UnreadableRecord::UnknownVersion(version)),
            _ => Err(UnreadableRecord::NoVersion),
        }
    }

    /// Reads a stored record's text (see [`LessonProgress::from_json`]).
    pub fn from_record(record: &str, place: &str) -> Result<LessonProgress, UnreadableRecord> {
        let value = super::json::parse_json(record).ok_or(UnreadableRecord::NotARecord)?;
        LessonProgress::from_json(&value, place)
    }

    fn from_version_2(value: &JsonValue) -> Result<LessonProgress, UnreadableRecord> {
        let other_version = match value.field("other_version") {
            None | Some(JsonValue::Null) => None,
            Some(other) => Some(OtherVersion {
                code: text_field(other, "code")?
                    .ok_or(UnreadableRecord::WrongField("other_version"))?,
                edits: edits_field(other)?,
                last_worked: count_field(other, "last_worked")?,
            }),
        };
        Ok(LessonProgress {
            code: text_field(value, "code")?,
            previous: text_field(value, "previous")?,
            solved_code: text_field(value, "solved_code")?,
            first_solved: count_field(value, "first_solved")?,
            last_worked: count_field(value, "last_worked")?,
            attempts: small_count_field(value, "attempts")?,
            hints_shown: small_count_field(value, "hints_shown")?,
            edits: edits_field(value)?,
            other_version,
        })
    }

    /// The progress kept by the lesson workspace (schema version 1): its code
    /// record (`{"version":1,"code":..,"previous":..}`) and status record
    /// (`{"version":1,"solved_code":..,"hints_shown":..,"checks_run":..}`),
    /// either of which may be missing. Kept code counts as one change made at
    /// `place`; version 1 kept no times.
    pub fn from_version_1(
        code_record: Option<&JsonValue>,
        status_record: Option<&JsonValue>,
        place: &str,
    ) -> Result<LessonProgress, UnreadableRecord> {
        let mut progress = LessonProgress::default();
        for record in code_record.into_iter().chain(status_record) {
            match record.field("version").map(JsonValue::as_count) {
                Some(Some(1)) => {}
                Some(Some(version)) => return Err(UnreadableRecord::UnknownVersion(version)),
                _ => return Err(UnreadableRecord::NoVersion),
            }
            if let Some(code) = text_field(record, "code")? {
                progress.code = Some(code);
                progress.edits = EditCounts::of_place(place, 1);
            }
            if let Some(previous) = text_field(record, "previous")? {
                progress.previous = Some(previous);
            }
            if let Some(solved_code) = text_field(record, "solved_code")? {
                progress.solved_code = Some(solved_code);
            }
            progress.hints_shown = progress
                .hints_shown
                .max(small_count_field(record, "hints_shown")?);
            progress.attempts = progress
                .attempts
                .max(small_count_field(record, "checks_run")?);
        }
        Ok(progress)
    }
}

fn text_field(record: &JsonValue, name: &'static str) -> Result<Option<String>, UnreadableRecord> {
    match record.field(name) {
        None | Some(JsonValue::Null) => Ok(None),
        Some(JsonValue::Text(text)) => Ok(Some(text.clone())),
        Some(_) => Err(UnreadableRecord::WrongField(name)),
    }
}

fn count_field(record: &JsonValue, name: &'static str) -> Result<Option<u64>, UnreadableRecord> {
    match record.field(name) {
        None | Some(JsonValue::Null) => Ok(None),
        Some(value) => value
            .as_count()
            .map(Some)
            .ok_or(UnreadableRecord::WrongField(name)),
    }
}

fn small_count_field(record: &JsonValue, name: &'static str) -> Result<u32, UnreadableRecord> {
    Ok(count_field(record, name)?.map_or(0, |count| u32::try_from(count).unwrap_or(u32::MAX)))
}

fn edits_field(record: &JsonValue) -> Result<EditCounts, UnreadableRecord> {
    match record.field("edits") {
        None | Some(JsonValue::Null) => Ok(EditCounts::default()),
        Some(edits) => EditCounts::from_json(edits).ok_or(UnreadableRecord::WrongField("edits")),
    }
}
