//! Lesson packs as the app lists them: the index of packs and each pack's manifest.
//!
//! Packs are data files under `lessons/`, fetched when needed and never built
//! into the program. This is the first slice of the format: the lesson packs
//! issue grows it (instructions, checks, hints), keeping these fields.
//!
//! ```toml
//! # lessons/index.toml
//! packs = ["first-steps"]
//!
//! # lessons/first-steps/pack.toml
//! id = "first-steps"
//! version = "0.1.0"
//! default_language = "kk"
//! title = { kk = "…", ru = "…", en = "…" }
//! description = { kk = "…", ru = "…", en = "…" }
//!
//! [[lessons]]
//! id = "hello"
//! title = { kk = "…", ru = "…", en = "…" }
//! summary = { kk = "…", ru = "…", en = "…" }
//! starter_code = "print('Сәлем!')\n"
//! commands = ["print()", "input()", "for i in range():"]   # the command panel
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::i18n::Language;

/// The list of built-in packs, `lessons/index.toml`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackIndex {
    /// The packs' ids, which are also their folder names, in the order shown.
    pub packs: Vec<String>,
}

/// A pack's manifest, `lessons/<pack-id>/pack.toml`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackManifest {
    /// The pack's id: lowercase letters, digits and dashes; also its folder name.
    pub id: String,
    /// The pack's version, so progress can tell packs apart after an update.
    pub version: String,
    /// The language the pack is written in first; others fall back to it.
    pub default_language: Language,
    /// The pack's title per language.
    pub title: LocalizedText,
    /// A sentence or two about the pack per language.
    pub description: LocalizedText,
    /// The lessons, in order.
    pub lessons: Vec<LessonEntry>,
}

/// One lesson as its pack lists it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LessonEntry {
    /// The lesson's id, unique in its pack; part of the lesson's address.
    pub id: String,
    /// The lesson's title per language.
    pub title: LocalizedText,
    /// What the pupil is asked to do, per language.
    pub summary: LocalizedText,
    /// The code the editor starts with.
    #[serde(default)]
    pub starter_code: String,
    /// The commands the command panel offers beside the editor, as typed
    /// (`print()`, `for i in range():`); `print()` and `input()` when the
    /// pack names none.
    #[serde(default = "default_commands")]
    pub commands: Vec<String>,
}

/// The longest command the panel takes, in characters.
const LONGEST_COMMAND: usize = 40;

/// The command panel's commands when a lesson names none.
fn default_commands() -> Vec<String> {
    vec![String::from("print()"), String::from("input()")]
}

impl LessonEntry {
    /// Where the cursor goes after the panel types `command`, in characters
    /// from its start: between its first `()`, else before a final `:`, else
    /// at its end.
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
}

/// A text written in one or more languages.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(transparent)]
pub struct LocalizedText {
    texts: BTreeMap<Language, String>,
}

impl LocalizedText {
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
}

/// Why a pack file could not be used, in words a teacher can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError {
    /// The file the problem is in, as the pack names it.
    pub file: String,
    /// What is wrong and where (line and column when the file did not parse).
    pub problem: String,
}

impl PackIndex {
    /// Reads `lessons/index.toml`.
    pub fn parse(source: &str) -> Result<PackIndex, PackError> {
        let index: PackIndex = toml::from_str(source).map_err(|error| PackError {
            file: "index.toml".to_owned(),
            problem: error.to_string(),
        })?;
        for pack_id in &index.packs {
            check_id("index.toml", "pack", pack_id)?;
        }
        Ok(index)
    }
}

impl PackManifest {
    /// Reads a pack's `pack.toml` and checks what the app relies on.
    pub fn parse(source: &str) -> Result<PackManifest, PackError> {
        let file = "pack.toml";
        let manifest: PackManifest = toml::from_str(source).map_err(|error| PackError {
            file: file.to_owned(),
            problem: error.to_string(),
        })?;
        check_id(file, "pack", &manifest.id)?;
        if !manifest.title.has(manifest.default_language) {
            return Err(PackError {
                file: file.to_owned(),
                problem: format!(
                    "the title has no text in the pack's default language `{}`",
                    manifest.default_language.code()
                ),
            });
        }
        let mut seen_lesson_ids = Vec::new();
        for lesson in &manifest.lessons {
            check_id(file, "lesson", &lesson.id)?;
            if seen_lesson_ids.contains(&lesson.id.as_str()) {
                return Err(PackError {
                    file: file.to_owned(),
                    problem: format!("two lessons have the id `{}`", lesson.id),
                });
            }
            seen_lesson_ids.push(lesson.id.as_str());
            for command in &lesson.commands {
                let length = command.chars().count();
                if length == 0 || length > LONGEST_COMMAND || command.contains(['\n', '\r']) {
                    return Err(PackError {
                        file: file.to_owned(),
                        problem: format!(
                            "lesson `{}` has the command {command:?}: a command is one line of 1 to {LONGEST_COMMAND} characters",
                            lesson.id
                        ),
                    });
                }
            }
            if !lesson.title.has(manifest.default_language) {
                return Err(PackError {
                    file: file.to_owned(),
                    problem: format!(
                        "lesson `{}` has no title in the pack's default language `{}`",
                        lesson.id,
                        manifest.default_language.code()
                    ),
                });
            }
        }
        Ok(manifest)
    }

    /// The lesson with the id `lesson_id`, if the pack has one.
    pub fn lesson(&self, lesson_id: &str) -> Option<&LessonEntry> {
        self.lessons.iter().find(|lesson| lesson.id == lesson_id)
    }
}

/// Ids appear in addresses and folder names: lowercase ASCII letters, digits and dashes.
fn check_id(file: &str, what: &str, id: &str) -> Result<(), PackError> {
    let well_formed = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if well_formed {
        Ok(())
    } else {
        Err(PackError {
            file: file.to_owned(),
            problem: format!(
                "the {what} id `{id}` may only use lowercase Latin letters, digits and dashes (1 to 64 of them)"
            ),
        })
    }
}
