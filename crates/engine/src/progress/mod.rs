//! A pupil's progress through lessons.
//!
//! This slice names a lesson's state and keeps the pupil's code for each
//! lesson ([`saved_code`], progress storage schema version 1). The progress
//! issue adds attempts and hints kept per lesson, with export and import.

pub mod lesson_status;
mod record;
pub mod saved_code;

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
