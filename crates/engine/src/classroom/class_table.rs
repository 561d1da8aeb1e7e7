//! The teacher's class table: hand-ins of one pack, pupil by lesson, each
//! solved claim checked again, and the table as CSV for Excel.
//!
//! A hand-in says what the pupil's browser believed; [`Rechecking`] runs
//! every claimed solution through the pack's own checks, in slices of work
//! like a pupil's check, so a file edited by hand to say "solved" is caught.
//! A second hand-in of the same pupil replaces the first.

use crate::i18n::Localizer;
use crate::pack::checks::{CheckingStep, LessonChecking};
use crate::pack::Pack;
use crate::progress::LessonState;

use super::hand_in::HandIn;

/// What checking a claim again found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recheck {
    /// The pupil does not claim the lesson solved: nothing to check.
    NotClaimed,
    /// Waiting for its turn.
    Pending,
    /// The claimed solution passes every check of the pack's lesson.
    Passed,
    /// It fails a check (or there is no code): the claim and the check disagree.
    Failed,
    /// The pack has no such lesson (another version of the pack, or an edit).
    UnknownLesson,
}

/// One pupil's row: the hand-in and, per lesson of the hand-in, the re-check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassRow {
    /// The hand-in.
    pub hand_in: HandIn,
    /// The re-check of each of the hand-in's lessons, in its order.
    pub rechecks: Vec<Recheck>,
}

impl ClassRow {
    fn new(hand_in: HandIn, pack: &Pack) -> ClassRow {
        let rechecks = hand_in
            .lessons
            .iter()
            .map(|lesson| {
                if lesson.state != LessonState::Solved {
                    Recheck::NotClaimed
                } else if pack.lesson(&lesson.lesson_id).is_none() {
                    Recheck::UnknownLesson
                } else {
                    Recheck::Pending
                }
            })
            .collect();
        ClassRow { hand_in, rechecks }
    }

    /// The claim and the re-check of `lesson_id`: the state the hand-in
    /// claims (not started when it says nothing) and what checking found.
    pub fn cell(&self, lesson_id: &str) -> (LessonState, Recheck) {
        self.hand_in
            .lessons
            .iter()
            .position(|lesson| lesson.lesson_id == lesson_id)
            .map_or((LessonState::NotStarted, Recheck::NotClaimed), |index| {
                (self.hand_in.lessons[index].state, self.rechecks[index])
            })
    }

    /// How many lessons are solved and pass the re-check.
    pub fn confirmed_solved(&self) -> usize {
        self.rechecks
            .iter()
            .filter(|recheck| **recheck == Recheck::Passed)
            .count()
    }

    /// The lessons the hand-in claims solved that the re-check does not confirm.
    pub fn disagreements(&self) -> Vec<&str> {
        self.hand_in
            .lessons
            .iter()
            .zip(&self.rechecks)
            .filter(|(_, recheck)| matches!(recheck, Recheck::Failed | Recheck::UnknownLesson))
            .map(|(lesson, _)| lesson.lesson_id.as_str())
            .collect()
    }

    /// Whether the pupil worked on another version of the pack than `pack`.
    pub fn other_pack_version(&self, pack: &Pack) -> bool {
        self.hand_in.pack_version != pack.version
    }
}

/// What adding a hand-in did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    /// A new pupil.
    NewPupil,
    /// The pupil's earlier hand-in was replaced.
    Replaced,
}

/// Why a hand-in does not belong in the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherPack {
    /// The pack the hand-in is for.
    pub pack_id: String,
}

/// The class table of one pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassTable {
    /// The pack's id.
    pub pack_id: String,
    /// A row per pupil, in the order they were first added.
    pub rows: Vec<ClassRow>,
}

impl ClassTable {
    /// An empty table for `pack_id`.
    pub fn new(pack_id: &str) -> ClassTable {
        ClassTable {
            pack_id: pack_id.to_owned(),
            rows: Vec::new(),
        }
    }

    /// Adds `hand_in` (its claims to be checked again against `pack`); a
    /// pupil of the same name (letter case aside) is replaced.
    pub fn add(&mut self, hand_in: HandIn, pack: &Pack) -> Result<Added, OtherPack> {
        if hand_in.pack_id != self.pack_id {
            return Err(OtherPack {
                pack_id: hand_in.pack_id,
            });
        }
        let name = hand_in.pupil.to_lowercase();
        let row = ClassRow::new(hand_in, pack);
        match self
            .rows
            .iter()
            .position(|existing| existing.hand_in.pupil.to_lowercase() == name)
        {
            Some(index) => {
                self.rows[index] = row;
                Ok(Added::Replaced)
            }
            None => {
                self.rows.push(row);
                Ok(Added::NewPupil)
            }
        }
    }

    /// How many claims still wait for their re-check.
    pub fn pending(&self) -> usize {
        self.rows
            .iter()
            .flat_map(|row| &row.rechecks)
            .filter(|recheck| **recheck == Recheck::Pending)
            .count()
    }
}

/// Checking claims again, a slice of work at a time.
#[derive(Default)]
pub struct Rechecking {
    /// The claim being checked: its row, its lesson's place in the hand-in,
    /// and the checking.
    current: Option<(usize, usize, LessonChecking)>,
}

impl Rechecking {
    /// Nothing under way.
    pub fn new() -> Rechecking {
        Rechecking::default()
    }

    /// Does up to `fuel` units of checking work on the next pending claims of
    /// `table`; returns whether every claim is checked. A hand-in that
    /// changed under way is simply checked from its next pending claim.
    pub fn step(&mut self, table: &mut ClassTable, pack: &Pack, fuel: u64) -> bool {
        if self.current.is_none() {
            let next = table.rows.iter().enumerate().find_map(|(row, entry)| {
                let lesson = entry
                    .rechecks
                    .iter()
                    .position(|recheck| *recheck == Recheck::Pending)?;
                Some((row, lesson))
            });
            let Some((row, lesson_index)) = next else {
                return true;
            };
            let handed_in = &table.rows[row].hand_in.lessons[lesson_index];
            let code = handed_in
                .solved_code
                .clone()
                .or_else(|| handed_in.code.clone());
            match (pack.lesson(&handed_in.lesson_id), code) {
                (Some(lesson), Some(code)) => {
                    self.current = Some((row, lesson_index, LessonChecking::new(lesson, &code)));
                }
                (Some(_), None) => table.rows[row].rechecks[lesson_index] = Recheck::Failed,
                (None, _) => table.rows[row].rechecks[lesson_index] = Recheck::UnknownLesson,
            }
            return false;
        }
        let Some((row, lesson_index, checking)) = self.current.as_mut() else {
            return false;
        };
        if let CheckingStep::Finished(report) = checking.step(fuel) {
            let (row, lesson_index) = (*row, *lesson_index);
            let found = if report.passed() {
                Recheck::Passed
            } else {
                Recheck::Failed
            };
            if let Some(recheck) = table
                .rows
                .get_mut(row)
                .and_then(|entry| entry.rechecks.get_mut(lesson_index))
            {
                *recheck = found;
            }
            self.current = None;
        }
        false
    }
}

/// One CSV cell: quoted when it holds the separator, a quote or a line
/// break; a text that starts like a formula (`=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'` so Excel shows it as text and never
/// runs it.
pub fn csv_cell(text: &str) -> String {
    let mut cell = String::new();
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.push('\'');
    }
    cell.push_str(text);
    if cell.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// The table as CSV that Excel opens correctly with Kazakh and Russian
/// names: UTF-8 with a byte order mark, `;` between cells, CRLF line ends.
/// Lesson titles and state words are in `localizer`'s language; a solved
/// claim the re-check does not confirm says so in its cell.
pub fn class_csv(table: &ClassTable, pack: &Pack, localizer: &Localizer) -> String {
    let language = localizer.language();
    let mut header = vec![
        localizer.text("class-csv-pupil"),
        localizer.text("class-csv-class"),
        localizer.text("class-csv-pack-version"),
    ];
    header.extend(pack.lessons.iter().map(|lesson| {
        lesson
            .title
            .pick(language, pack.default_language)
            .0
            .to_owned()
    }));
    header.push(localizer.text("class-csv-solved"));
    let mut lines = vec![header];
    for row in &table.rows {
        let mut cells = vec![
            row.hand_in.pupil.clone(),
            row.hand_in.class_name.clone(),
            row.hand_in.pack_version.clone(),
        ];
        for lesson in &pack.lessons {
            let (state, recheck) = row.cell(&lesson.id);
            let mut word = localizer.text(state.message_id());
            if matches!(recheck, Recheck::Failed | Recheck::UnknownLesson) {
                word = format!("{word} ({})", localizer.text("class-recheck-failed"));
            }
            cells.push(word);
        }
        cells.push(row.confirmed_solved().to_string());
        lines.push(cells);
    }
    let mut csv = String::from("\u{feff}");
    for line in lines {
        let cells: Vec<String> = line.iter().map(|cell| csv_cell(cell)).collect();
        csv.push_str(&cells.join(";"));
        csv.push_str("\r\n");
    }
    csv
}
