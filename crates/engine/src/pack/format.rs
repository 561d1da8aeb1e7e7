//! The pack files as written: the serde shapes of `pack.toml` and of a lesson
//! file, before they are checked and assembled into a [`super::Pack`].
//!
//! Required fields are `Option` here so that a missing one gets the loader's
//! own translated error with a line, instead of serde's English one.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::i18n::Language;

/// A text per language, with where it is written.
pub type WrittenText = Spanned<BTreeMap<Language, String>>;

/// `pack.toml`: the pack's manifest.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestTable {
    /// The pack's id.
    pub id: Option<Spanned<String>>,
    /// The pack's version.
    pub version: Option<Spanned<String>>,
    /// The language the pack is written in first.
    pub default_language: Option<Spanned<Language>>,
    /// The languages the pack offers.
    pub languages: Option<Spanned<Vec<Language>>>,
    /// Who wrote it.
    pub author: Option<String>,
    /// The ages it is written for, youngest and oldest.
    pub ages: Option<Spanned<[u8; 2]>>,
    /// How hard it is.
    pub level: Option<PackLevel>,
    /// The pack's title.
    pub title: Option<WrittenText>,
    /// A sentence or two about the pack.
    pub description: Option<WrittenText>,
    /// The lessons in order.
    #[serde(default)]
    pub lessons: Vec<Spanned<LessonTable>>,
}

/// How hard a pack is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackLevel {
    /// For pupils who have not programmed before.
    Beginner,
    /// For pupils who know the basics.
    Intermediate,
    /// For olympiad-minded pupils.
    Advanced,
}

/// A lesson: an entry of `pack.toml`'s `[[lessons]]` (with `id`, `requires`
/// and either `file` or the lesson's fields), or a lesson file (the lesson's
/// fields only).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonTable {
    /// The lesson's id (in `pack.toml` only).
    pub id: Option<Spanned<String>>,
    /// The lessons to solve before this one opens (in `pack.toml` only).
    pub requires: Option<Vec<Spanned<String>>>,
    /// The file holding the lesson's fields (in `pack.toml` only).
    pub file: Option<Spanned<String>>,
    /// What kind of lesson.
    pub kind: Option<Spanned<LessonKind>>,
    /// The lesson's title.
    pub title: Option<WrittenText>,
    /// One line about it, for lists.
    pub summary: Option<WrittenText>,
    /// What the pupil is asked to do, in Markdown.
    pub instructions: Option<WrittenText>,
    /// The code the editor starts with.
    pub starter_code: Option<String>,
    /// A solution that passes every check.
    pub solution: Option<Spanned<String>>,
    /// Hints, revealed one at a time.
    pub hints: Option<Vec<WrittenText>>,
    /// The command panel's commands.
    pub commands: Option<Vec<Spanned<String>>>,
    /// Units of work one run of a check may take.
    pub work_budget: Option<Spanned<u64>>,
    /// The checks.
    pub checks: Option<Vec<Spanned<CheckTable>>>,
}

/// What kind of lesson.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LessonKind {
    /// A Python program with text input and output.
    Program,
}

/// One `[[checks]]` entry.
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum CheckTable {
    /// Run the program with `input` and compare what it prints with `output`.
    Output {
        /// The lines typed in.
        #[serde(default)]
        input: String,
        /// What the program must print.
        output: String,
        /// Hidden from the pupil (details of a failure are not shown).
        #[serde(default)]
        hidden: bool,
    },
    /// Call the pupil's function and compare what it returns or raises.
    Call {
        /// The function's name.
        function: String,
        /// The arguments, as Python (`"2, 3"`).
        #[serde(default)]
        arguments: String,
        /// The value it must return, as Python (`"5"`, `"'сәлем'"`).
        returns: Option<String>,
        /// The exception type it must raise (`"ValueError"`).
        raises: Option<String>,
        /// Hidden from the pupil.
        #[serde(default)]
        hidden: bool,
    },
    /// The program must use a construct or call a function.
    Uses {
        /// The construct.
        construct: Option<Construct>,
        /// The function it must call.
        call: Option<String>,
    },
    /// The program must not use a construct or call a function.
    Avoids {
        /// The construct.
        construct: Option<Construct>,
        /// The function it must not call.
        call: Option<String>,
    },
    /// The program may have at most `lines` lines of code.
    MaxLines {
        /// Lines that are not empty and not only a comment.
        lines: u32,
    },
}

/// A construct a rule asks for or forbids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Construct {
    /// A `for` or `while` loop.
    Loop,
    /// A `for` loop.
    ForLoop,
    /// A `while` loop.
    WhileLoop,
    /// An `if` statement or conditional expression.
    If,
    /// A `def`.
    Function,
    /// A function that calls itself.
    Recursion,
    /// A `return`.
    Return,
    /// A list, set, dict comprehension or generator expression.
    Comprehension,
    /// An f-string.
    FString,
    /// A `try` statement.
    Try,
    /// An `import`.
    Import,
}

impl Construct {
    /// The construct's name as a pack writes it.
    pub fn name(self) -> &'static str {
        match self {
            Construct::Loop => "loop",
            Construct::ForLoop => "for_loop",
            Construct::WhileLoop => "while_loop",
            Construct::If => "if",
            Construct::Function => "function",
            Construct::Recursion => "recursion",
            Construct::Return => "return",
            Construct::Comprehension => "comprehension",
            Construct::FString => "f_string",
            Construct::Try => "try",
            Construct::Import => "import",
        }
    }
}
