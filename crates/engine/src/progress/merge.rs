//! Merging a lesson's progress from a progress file into what this browser
//! keeps, and the pupil's choice when both changed.
//!
//! The rules, lesson by lesson:
//! - A solved lesson stays solved (the code that solved it here is kept;
//!   otherwise the file's).
//! - The code whose edit history contains the other's wins: it has the higher
//!   edit counter and grew from the other ([`EditCounts::order`]). Clocks
//!   never decide: a school computer's clock may be wrong by years.
//! - When both changed since they last met (each history has edits the other
//!   lacks) and the codes differ, this browser's code stays in the editor and
//!   the file's waits beside it as `other_version` until the pupil chooses;
//!   the one not chosen goes to the earlier versions. Nothing is lost.
//! - Attempts and hints: the larger count of the two.

use super::lesson_progress::{EditCounts, EditOrder, LessonProgress, OtherVersion};

/// What merging did to one lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeOutcome {
    /// This browser had nothing for the lesson; the file's progress was added.
    Added,
    /// The file's code was newer and replaced this browser's.
    TakenFromFile,
    /// This browser's code was as new or newer and stays.
    KeptHere,
    /// Both changed since they last met: the pupil chooses.
    BothChanged,
}

/// The merged progress of a lesson kept `here` (if any) and in a file, and
/// what happened.
pub fn merge_lesson(
    here: Option<&LessonProgress>,
    from_file: &LessonProgress,
) -> (LessonProgress, MergeOutcome) {
    let Some(here) = here else {
        return (from_file.clone(), MergeOutcome::Added);
    };
    let (mut merged, outcome) = match here.edits.order(&from_file.edits) {
        EditOrder::Same | EditOrder::After => (here.clone(), MergeOutcome::KeptHere),
        EditOrder::Before => {
            let mut merged = from_file.clone();
            if merged.previous.is_none() {
                merged.previous = here.previous.clone();
            }
            (merged, MergeOutcome::TakenFromFile)
        }
        EditOrder::Apart if here.code == from_file.code => {
            let mut merged = here.clone();
            merged.edits = here.edits.joined(&from_file.edits);
            (merged, MergeOutcome::KeptHere)
        }
        EditOrder::Apart => {
            let mut merged = here.clone();
            merged.other_version = Some(OtherVersion {
                code: from_file.code.clone().unwrap_or_default(),
                edits: from_file.edits.clone(),
                last_worked: from_file.last_worked,
            });
            (merged, MergeOutcome::BothChanged)
        }
    };
    // Whatever the code, what was reached on either side is kept.
    if here.solved_code.is_some() {
        merged.solved_code = here.solved_code.clone();
        merged.first_solved = here.first_solved;
    } else if from_file.solved_code.is_some() {
        merged.solved_code = from_file.solved_code.clone();
        merged.first_solved = from_file.first_solved;
    }
    merged.attempts = here.attempts.max(from_file.attempts);
    merged.hints_shown = here.hints_shown.max(from_file.hints_shown);
    if merged.other_version.is_none() {
        merged.other_version = here
            .other_version
            .clone()
            .or_else(|| from_file.other_version.clone());
    }
    (merged, outcome)
}

/// Which of two versions the pupil keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// The code the editor holds.
    ThisOne,
    /// The waiting other version.
    OtherOne,
}

/// The pupil chose `choice` at `place` and `now`: the lesson's code becomes
/// it, with an edit history that has seen both (so the next merge knows this
/// grew from both), and the code not chosen is returned for the earlier
/// versions. `None` when nothing was waiting.
pub fn choose_version(
    progress: &mut LessonProgress,
    choice: Choice,
    place: &str,
    now: u64,
) -> Option<String> {
    let other = progress.other_version.take()?;
    let this_code = progress.code.clone().unwrap_or_default();
    let mut edits: EditCounts = progress.edits.joined(&other.edits);
    edits.count_change(place);
    progress.edits = edits;
    progress.last_worked = Some(now);
    match choice {
        Choice::ThisOne => Some(other.code),
        Choice::OtherOne => {
            progress.code = Some(other.code);
            Some(this_code)
        }
    }
}
