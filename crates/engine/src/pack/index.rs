//! The list of built-in packs, in two forms read by one reader.
//!
//! Teachers and developers write `lessons/index.toml` as a list of ids
//! (`packs = ["first-steps", "turtle"]`). The build (`cargo xtask`) loads
//! every listed pack and writes `packs/index.toml` beside the bundled packs,
//! each entry a [`PackSummary`]: the id, the default language, the title and
//! description in every language, and each lesson's id and title. The home
//! page draws its cards and "continue where you stopped" from the summaries,
//! so it fetches no pack; a pack is fetched when its page or one of its
//! lessons opens.
//!
//! A broken index is an error with its place (the first problem found),
//! never a panic.

use std::collections::BTreeMap;

use super::load::LANGUAGE_CODES;
use super::read::{Reader, SourceFile, Table, Value};
use super::{is_well_formed_id, LocalizedText, Pack, PackError};
use crate::i18n::Language;

/// The list of packs: `lessons/index.toml` (ids only) or the generated
/// `packs/index.toml` (each pack's summary too).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PackIndex {
    /// The packs' ids, which are also their folder names, in the order shown.
    pub packs: Vec<String>,
    /// The summaries the index carries (the generated form has one per pack;
    /// the written list has none).
    pub summaries: Vec<PackSummary>,
}

/// What the home page shows of a pack without fetching it.
#[derive(Clone, Debug, PartialEq)]
pub struct PackSummary {
    /// The pack's id.
    pub id: String,
    /// The language the pack is written in first; other texts fall back to it.
    pub default_language: Language,
    /// The pack's title.
    pub title: LocalizedText,
    /// A sentence or two about the pack.
    pub description: LocalizedText,
    /// The pack's lessons, in order.
    pub lessons: Vec<LessonSummary>,
}

/// A lesson as the pack's summary names it.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonSummary {
    /// The lesson's id.
    pub id: String,
    /// The lesson's title.
    pub title: LocalizedText,
}

/// The file name problems are reported against.
const INDEX_FILE: &str = "index.toml";

/// The fields of a pack's summary.
const SUMMARY_FIELDS: [&str; 5] = ["id", "default_language", "title", "description", "lessons"];

/// The fields of a lesson's summary.
const LESSON_FIELDS: [&str; 2] = ["id", "title"];

impl PackIndex {
    /// Reads an index: `packs` is a list whose items are ids
    /// (`packs = ["first-steps"]`) or summaries (`[[packs]]` tables with
    /// `id`, `default_language`, `title`, `description` and `lessons`, each
    /// lesson an `id` and a `title`). The first problem is returned with its
    /// place.
    pub fn parse(source: &str) -> Result<PackIndex, PackError> {
        let file = SourceFile {
            name: INDEX_FILE,
            text: source,
        };
        let mut reader = Reader { errors: Vec::new() };
        let mut index = PackIndex::default();
        if let Some(document) = reader.parse(file) {
            let root = reader.root(file, &document, &["packs"]);
            match root.get("packs") {
                Some(value) => {
                    let items = reader.list(file, value).map(|list| list.to_vec());
                    for item in items.unwrap_or_default() {
                        read_item(&mut reader, file, &item, &mut index);
                    }
                }
                None => reader.missing(file, 0, "packs"),
            }
        }
        match reader.errors.into_iter().next() {
            Some(error) => Err(error),
            None => Ok(index),
        }
    }

    /// The index with every pack's summary, as the build writes it.
    pub fn of_packs(packs: &[Pack]) -> PackIndex {
        PackIndex {
            packs: packs.iter().map(|pack| pack.id.clone()).collect(),
            summaries: packs.iter().map(PackSummary::of).collect(),
        }
    }

    /// The summary of the pack `pack_id`, if the index carries one.
    pub fn summary(&self, pack_id: &str) -> Option<&PackSummary> {
        self.summaries.iter().find(|summary| summary.id == pack_id)
    }

    /// The index as a TOML document that [`PackIndex::parse`] reads back:
    /// the summaries when it has them, else the ids.
    pub fn to_document(&self) -> String {
        let packs: Vec<toml::Value> = if self.summaries.is_empty() {
            self.packs
                .iter()
                .map(|id| toml::Value::String(id.clone()))
                .collect()
        } else {
            self.summaries
                .iter()
                .map(|summary| toml::Value::Table(summary.to_table()))
                .collect()
        };
        let mut document = toml::Table::new();
        document.insert("packs".to_owned(), toml::Value::Array(packs));
        // A table of strings, lists and tables always serializes.
        toml::to_string(&document).unwrap_or_default()
    }
}

impl PackSummary {
    /// The summary of a loaded pack.
    pub fn of(pack: &Pack) -> PackSummary {
        PackSummary {
            id: pack.id.clone(),
            default_language: pack.default_language,
            title: pack.title.clone(),
            description: pack.description.clone(),
            lessons: pack
                .lessons
                .iter()
                .map(|lesson| LessonSummary {
                    id: lesson.id.clone(),
                    title: lesson.title.clone(),
                })
                .collect(),
        }
    }

    /// The lesson with the id `lesson_id`, if the pack has one.
    pub fn lesson(&self, lesson_id: &str) -> Option<&LessonSummary> {
        self.lessons.iter().find(|lesson| lesson.id == lesson_id)
    }

    fn to_table(&self) -> toml::Table {
        let mut table = toml::Table::new();
        table.insert("id".to_owned(), toml::Value::String(self.id.clone()));
        table.insert(
            "default_language".to_owned(),
            toml::Value::String(self.default_language.code().to_owned()),
        );
        table.insert("title".to_owned(), localized_table(&self.title));
        table.insert("description".to_owned(), localized_table(&self.description));
        let lessons = self
            .lessons
            .iter()
            .map(|lesson| {
                let mut entry = toml::Table::new();
                entry.insert("id".to_owned(), toml::Value::String(lesson.id.clone()));
                entry.insert("title".to_owned(), localized_table(&lesson.title));
                toml::Value::Table(entry)
            })
            .collect();
        table.insert("lessons".to_owned(), toml::Value::Array(lessons));
        table
    }
}

fn localized_table(text: &LocalizedText) -> toml::Value {
    toml::Value::Table(
        text.texts()
            .map(|(language, text)| {
                (
                    language.code().to_owned(),
                    toml::Value::String(text.to_owned()),
                )
            })
            .collect(),
    )
}

/// One item of `packs`: an id, or a summary (whose id is listed too).
fn read_item(reader: &mut Reader, file: SourceFile<'_>, item: &Value<'_>, index: &mut PackIndex) {
    let id = match item.get_ref() {
        toml::de::DeValue::Table(_) => {
            let Some(summary) = read_summary(reader, file, item) else {
                return;
            };
            let id = summary.id.clone();
            index.summaries.push(summary);
            id
        }
        _ => {
            let Some(id) = reader.text(file, item) else {
                return;
            };
            if !is_well_formed_id(&id) {
                reader.report(file, Some(item.span()), "pack-error-bad-id", &[("id", &id)]);
                return;
            }
            id
        }
    };
    index.packs.push(id);
}

fn read_summary(
    reader: &mut Reader,
    file: SourceFile<'_>,
    item: &Value<'_>,
) -> Option<PackSummary> {
    let table = reader.table(file, item, &SUMMARY_FIELDS)?;
    let id = read_id(reader, file, table);
    let default_language = match table.get("default_language") {
        Some(value) => reader
            .choice(file, value, &LANGUAGE_CODES)
            .and_then(|position| Language::from_code(LANGUAGE_CODES[position])),
        None => {
            reader.missing(file, table.start, "default_language");
            None
        }
    };
    let title = read_localized(reader, file, table, "title", true);
    let description = read_localized(reader, file, table, "description", false);
    let mut lessons = Vec::new();
    match table.get("lessons") {
        Some(value) => {
            let items = reader.list(file, value).map(|list| list.to_vec());
            for entry in items.unwrap_or_default() {
                let Some(lesson_table) = reader.table(file, &entry, &LESSON_FIELDS) else {
                    continue;
                };
                let lesson_id = read_id(reader, file, lesson_table);
                let lesson_title = read_localized(reader, file, lesson_table, "title", true);
                if let Some(lesson_id) = lesson_id {
                    lessons.push(LessonSummary {
                        id: lesson_id,
                        title: lesson_title,
                    });
                }
            }
        }
        None => reader.missing(file, table.start, "lessons"),
    }
    Some(PackSummary {
        id: id?,
        default_language: default_language?,
        title,
        description,
        lessons,
    })
}

/// The well-formed `id` of `table` (reported when missing or malformed).
fn read_id(reader: &mut Reader, file: SourceFile<'_>, table: Table<'_, '_>) -> Option<String> {
    let Some(value) = table.get("id") else {
        reader.missing(file, table.start, "id");
        return None;
    };
    let id = reader.text(file, value)?;
    if !is_well_formed_id(&id) {
        reader.report(
            file,
            Some(value.span()),
            "pack-error-bad-id",
            &[("id", &id)],
        );
        return None;
    }
    Some(id)
}

/// A text per language in `field` of `table`.
fn read_localized(
    reader: &mut Reader,
    file: SourceFile<'_>,
    table: Table<'_, '_>,
    field: &str,
    required: bool,
) -> LocalizedText {
    let Some(value) = table.get(field) else {
        if required {
            reader.missing(file, table.start, field);
        }
        return LocalizedText::default();
    };
    let Some(languages) = reader.table(file, value, &LANGUAGE_CODES) else {
        return LocalizedText::default();
    };
    let mut texts = BTreeMap::new();
    for code in LANGUAGE_CODES {
        if let (Some(text_value), Some(language)) = (languages.get(code), Language::from_code(code))
        {
            if let Some(text) = reader.text(file, text_value) {
                texts.insert(language, text);
            }
        }
    }
    LocalizedText::new(texts)
}
