//! Lesson packs: the format teachers write, its loader with precise errors,
//! the checks that judge a pupil's program, and the whole-pack check a
//! teacher runs before handing a pack out.
//!
//! The format is documented for teachers in `docs/lesson-packs.md` and
//! described by `lessons/pack.schema.json`. In short: a pack is a folder with
//! `pack.toml` (the manifest) and one TOML file per lesson, or one document
//! with every lesson written inline in `pack.toml`'s `[[lessons]]`;
//! [`bundle_pack`] turns the first into the second, which is how built-in
//! packs ship and how packs travel.
//!
//! - `format.rs`: the format's fixed vocabularies (kinds, levels, constructs).
//! - `read.rs`: reading a TOML file field by field, every value with its place.
//! - `load.rs`: from files to a checked [`Pack`], every problem with its place.
//! - `load_turtle.rs`: a turtle lesson's checks (`drawing`, `pose`, `overlap`).
//! - `load_robot.rs`: a grid-robot task's worlds (a lesson's `world`, or a
//!   world file), every variant drawn from its seed.
//! - `error.rs`: [`PackError`], a problem with its place and message.
//! - `index.rs`: [`PackIndex`], the list of built-in packs, and the
//!   summaries the home page shows without fetching a pack.
//! - `checks/`: running a lesson's checks on a pupil's code, in slices.
//! - `review.rs`: the teacher's check of a whole pack (every reference
//!   solution passes, no starter code does, Markdown is safe).

mod bundle;
pub mod checks;
mod error;
pub mod format;
mod index;
mod load;
mod load_animation;
mod load_robot;
mod load_rover;
mod load_turtle;
mod read;
mod review;

use std::collections::BTreeMap;

pub use bundle::bundle_pack;
pub use error::{line_and_column, PackError};
pub use format::{Construct, LessonKind, PackLevel};
pub use index::{LessonSummary, PackIndex, PackSummary};
pub use load::{lesson_files_of, load_built_in_pack, load_pack};
pub use load_robot::{load_robot_task, LARGEST_VARIANT_COUNT};
pub use review::{review_lesson, review_pack, PackReview};

use crate::i18n::Language;

/// A checked pack, ready to show and to check pupils' work against.
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    /// The pack's id: lowercase letters, digits and dashes.
    pub id: String,
    /// The pack's version, so progress can tell packs apart after an update.
    pub version: String,
    /// The language the pack is written in first; other texts fall back to it.
    pub default_language: Language,
    /// The languages every text of the pack is written in.
    pub languages: Vec<Language>,
    /// Who wrote the pack.
    pub author: Option<String>,
    /// The ages it is written for, youngest and oldest.
    pub ages: Option<[u8; 2]>,
    /// How hard it is.
    pub level: Option<PackLevel>,
    /// The pack's title.
    pub title: LocalizedText,
    /// A sentence or two about the pack.
    pub description: LocalizedText,
    /// The lessons, in order.
    pub lessons: Vec<Lesson>,
}

impl Pack {
    /// The lesson with the id `lesson_id`, if the pack has one.
    pub fn lesson(&self, lesson_id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|lesson| lesson.id == lesson_id)
    }
}

/// One lesson of a pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// The lesson's id, unique in its pack; part of the lesson's address.
    pub id: String,
    /// The lessons to solve before this one opens (earlier lessons of the pack).
    pub requires: Vec<String>,
    /// What kind of lesson.
    pub kind: LessonKind,
    /// The lesson's title.
    pub title: LocalizedText,
    /// One line about the lesson, for lists (may be empty).
    pub summary: LocalizedText,
    /// What the pupil is asked to do, in Markdown.
    pub instructions: LocalizedText,
    /// The code the editor starts with.
    pub starter_code: String,
    /// The teacher's solution, which passes every check.
    pub solution: String,
    /// Hints, revealed one at a time.
    pub hints: Vec<LocalizedText>,
    /// The commands the command panel offers beside the editor, as typed.
    pub commands: Vec<String>,
    /// Units of work one run of a check may take.
    pub work_budget: u64,
    /// The checks a solution must pass.
    pub checks: Vec<Check>,
    /// A robot lesson's worlds.
    pub robot: Option<crate::worlds::robot::RobotTask>,
    /// A wheeled-robot lesson's field and goal.
    pub rover: Option<crate::worlds::rover::RoverTask>,
    /// The file the lesson is written in.
    pub file: String,
}

/// One check of a lesson.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    /// What it checks.
    pub kind: CheckKind,
    /// The line of its `[[checks]]` entry in the lesson's file.
    pub line: Option<u32>,
}

/// What a check checks.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckKind {
    /// Run the program with `input` and compare what it prints with `output`
    /// (trailing spaces of each line and trailing empty lines ignored).
    Output {
        /// The lines typed in.
        input: String,
        /// What the program must print.
        output: String,
        /// Whether the pupil sees the case.
        hidden: bool,
    },
    /// Call the pupil's function with `arguments` and compare the result.
    Call {
        /// The function's name.
        function: String,
        /// The arguments as Python source.
        arguments: String,
        /// What must come out.
        expected: CallExpectation,
        /// Whether the pupil sees the case.
        hidden: bool,
    },
    /// The program must use this.
    Uses(RuleTarget),
    /// The program must not use this.
    Avoids(RuleTarget),
    /// At most this many lines of code.
    MaxLines(u32),
    /// Turtle lessons: the lines drawn must be the reference solution's
    /// (order, direction and splitting a line into parts do not matter).
    Drawing {
        /// How far apart two ends may be and still be one, in turtle steps.
        tolerance: f64,
        /// Whether the lines' colours must be the same too.
        colors: bool,
    },
    /// Turtle lessons: where the turtle ends.
    Pose {
        /// The pose wanted; with nothing given, the reference solution's
        /// turtle's position and heading.
        expected: PoseExpectation,
        /// How far off the position (in steps) and the heading (in degrees) may be.
        tolerance: f64,
    },
    /// Turtle lessons: the picture compared with the reference solution's
    /// as pixels (lines, fills, dots, stamps).
    Overlap {
        /// The share of painted pixels, 0 to 1, that must agree.
        at_least: f64,
        /// Whether the pixels' colours must agree too.
        colors: bool,
    },
    /// Robot lessons: in every world variant the program must reach the
    /// goal, the variant's own or, when it gives none, where the reference
    /// solution ends (the robot's cell and every cell's items).
    Goal {
        /// Whether, with the reference's end as the goal, the robot's
        /// direction must be the same too.
        facing: bool,
    },
    /// Wheeled-robot lessons: the program's run on the field meets the
    /// field's goal within its time limit.
    RoverGoal,
    /// Animation lessons: after frame `frame` (with the scripted input), a
    /// Python condition over the program's globals must be true.
    State {
        /// The frame after which the condition is asked, from 1.
        frame: u64,
        /// The scripted input (`"12 key right"`), checked when loaded.
        input: Vec<String>,
        /// The condition, a Python expression.
        condition: String,
        /// What the pupil is told when it is false, in the teacher's words
        /// (may be empty).
        message: LocalizedText,
    },
    /// Animation lessons: the shapes of frame `frame` must be the reference
    /// solution's (in any order; backgrounds only by colour).
    Frame {
        /// The frame compared, from 1.
        frame: u64,
        /// The scripted input.
        input: Vec<String>,
        /// How far apart two corners or centres may be, in pixels.
        tolerance: f64,
        /// Whether the colours must agree too.
        colors: bool,
    },
}

/// The end of a turtle's walk a pose check asks for; what is not given is
/// not checked.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PoseExpectation {
    /// The x coordinate.
    pub x: Option<f64>,
    /// The y coordinate.
    pub y: Option<f64>,
    /// The heading, in degrees (0 east, 90 north).
    pub heading: Option<f64>,
    /// Whether the pen is down.
    pub pen_down: Option<bool>,
}

impl PoseExpectation {
    /// Whether nothing is given (the reference solution's pose is wanted).
    pub fn is_empty(&self) -> bool {
        *self == PoseExpectation::default()
    }
}

/// What a call must give.
#[derive(Clone, Debug, PartialEq)]
pub enum CallExpectation {
    /// A value equal to this Python expression's.
    Returns(String),
    /// An exception of this type.
    Raises(String),
}

/// What a rule is about.
#[derive(Clone, Debug, PartialEq)]
pub enum RuleTarget {
    /// A construct of the language.
    Construct(Construct),
    /// Calling a function by this name.
    Call(String),
}

/// The longest command the panel takes, in characters.
pub const LONGEST_COMMAND: usize = 40;

/// Units of work a check's run may take when a lesson does not say.
pub const DEFAULT_WORK_BUDGET: u64 = 5_000_000;

/// The most a lesson may give a check's run.
pub const LARGEST_WORK_BUDGET: u64 = 200_000_000;

/// Where the cursor goes after the command panel types `command`, in
/// characters from its start: between its first `()`, else before a final
/// `:`, else at its end.
pub fn command_cursor_offset(command: &str) -> usize {
    let characters: Vec<char> = command.chars().collect();
    if let Some(position) = characters.windows(2).position(|pair| pair == ['(', ')']) {
        return position + 1;
    }
    if characters.last() == Some(&':') {
        return characters.len() - 1;
    }
    characters.len()
}

/// A text written in one or more languages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocalizedText {
    texts: BTreeMap<Language, String>,
}

impl LocalizedText {
    /// A text from its languages.
    pub fn new(texts: BTreeMap<Language, String>) -> LocalizedText {
        LocalizedText { texts }
    }

    /// The text in `wanted`, else in `pack_default`, else Russian, else English,
    /// else any; the flag says whether it came from another language than `wanted`.
    pub fn pick(&self, wanted: Language, pack_default: Language) -> (&str, bool) {
        let fallbacks = [wanted, pack_default, Language::Russian, Language::English];
        let found = fallbacks
            .iter()
            .find_map(|language| self.texts.get_key_value(language))
            .or_else(|| self.texts.iter().next());
        match found {
            Some((language, text)) => (text.as_str(), *language != wanted),
            None => ("", true),
        }
    }

    /// Whether the text is written in `language`.
    pub fn has(&self, language: Language) -> bool {
        self.texts.contains_key(&language)
    }

    /// Whether no language has a text.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// Every language's text.
    pub fn texts(&self) -> impl Iterator<Item = (Language, &str)> {
        self.texts
            .iter()
            .map(|(language, text)| (*language, text.as_str()))
    }
}

/// Ids appear in addresses and storage keys: lowercase ASCII letters, digits
/// and dashes, 1 to 64 of them.
pub fn is_well_formed_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
