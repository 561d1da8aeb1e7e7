//! From a pack's files to a checked [`Pack`]: every problem is collected with
//! its file, line and column, so a teacher sees them all at once.

use std::collections::BTreeMap;

use toml::de::DeValue;

use super::format::{Construct, LessonKind, PackLevel};
use super::read::{Reader, SourceFile, Table, Value};
use super::{
    is_well_formed_id, CallExpectation, Check, CheckKind, Lesson, LocalizedText, Pack, PackError,
    RuleTarget, DEFAULT_WORK_BUDGET, LARGEST_WORK_BUDGET, LONGEST_COMMAND,
};
use crate::i18n::Language;
use crate::python::compiler::codegen::compile;

/// The manifest's file name.
pub const MANIFEST_FILE: &str = "pack.toml";

/// The fields of `pack.toml`.
const MANIFEST_FIELDS: [&str; 10] = [
    "id",
    "version",
    "default_language",
    "languages",
    "author",
    "ages",
    "level",
    "title",
    "description",
    "lessons",
];

/// A lesson's own fields (in its file, or inline in `pack.toml`).
const LESSON_FIELDS: [&str; 12] = [
    "kind",
    "title",
    "summary",
    "instructions",
    "starter_code",
    "solution",
    "hints",
    "commands",
    "work_budget",
    "checks",
    "world",
    "field",
];

/// The fields only a `[[lessons]]` entry of `pack.toml` has.
const ENTRY_FIELDS: [&str; 3] = ["id", "requires", "file"];

/// The lesson files `pack.toml` refers to, in order (none for a pack written
/// as one document); what cannot be read is left for [`load_pack`] to report.
pub fn lesson_files_of(manifest_source: &str) -> Vec<String> {
    let Ok(manifest) = toml::de::DeTable::parse(manifest_source) else {
        return Vec::new();
    };
    let Some((_, lessons)) = manifest
        .get_ref()
        .iter()
        .find(|(key, _)| key.get_ref().as_ref() == "lessons")
    else {
        return Vec::new();
    };
    let Some(lessons) = lessons.get_ref().as_array() else {
        return Vec::new();
    };
    lessons
        .iter()
        .filter_map(|entry| entry.get_ref().get("file"))
        .filter_map(|file| file.get_ref().as_str())
        .filter(|file| is_well_formed_file_name(file))
        .map(str::to_owned)
        .collect()
}

/// Reads and checks a pack: `manifest_source` is `pack.toml`, `files` the
/// lesson files by name. Every problem found is returned.
pub fn load_pack(
    manifest_source: &str,
    files: &BTreeMap<String, String>,
) -> Result<Pack, Vec<PackError>> {
    load_with(manifest_source, files, true)
}

/// Reads a built-in pack's bundle (`packs/<pack-id>.toml`), which `cargo
/// xtask` checked with [`load_pack`] when it made it (a pack with a problem
/// stops the build): the same [`Pack`], but the checks' Python snippets (a
/// call's arguments and result, an animation's condition) are not compiled
/// again. Compiling them is the first use of the parser and compiler in a
/// page, which the browser would otherwise compile from the wasm before the
/// lesson page can show.
pub fn load_built_in_pack(document: &str) -> Result<Pack, Vec<PackError>> {
    load_with(document, &BTreeMap::new(), false)
}

fn load_with(
    manifest_source: &str,
    files: &BTreeMap<String, String>,
    compiles_snippets: bool,
) -> Result<Pack, Vec<PackError>> {
    let mut loader = Loader {
        reader: Reader { errors: Vec::new() },
        languages: Vec::new(),
        line_starts: None,
        compiles_snippets,
    };
    let pack = loader.pack(manifest_source, files);
    match pack {
        Some(pack) if loader.reader.errors.is_empty() => Ok(pack),
        _ => Err(loader.reader.errors),
    }
}

pub(super) struct Loader {
    pub(super) reader: Reader,
    /// The languages the pack offers, once known.
    languages: Vec<Language>,
    /// Where each line starts in the file read last (its address and
    /// length, and the offsets), so a bundled pack's many checks do not
    /// each count the lines from the file's start.
    line_starts: Option<((usize, usize), Vec<usize>)>,
    /// Whether the checks' Python snippets are compiled to find mistakes
    /// (not for a built-in pack, checked when it was built).
    compiles_snippets: bool,
}

impl Loader {
    /// Whether `source` compiles as Python (taken as yes when snippets are
    /// not compiled).
    pub(super) fn compiles(&self, source: &str) -> bool {
        !self.compiles_snippets || compile(source).is_ok()
    }

    /// The line (from 1) of byte `offset` of `file`.
    fn line_of(&mut self, file: SourceFile<'_>, offset: usize) -> u32 {
        let key = (file.text.as_ptr() as usize, file.text.len());
        let starts = match &mut self.line_starts {
            Some((known, starts)) if *known == key => starts,
            cache => {
                let starts = std::iter::once(0)
                    .chain(
                        file.text
                            .match_indices('\n')
                            .map(|(position, _)| position + 1),
                    )
                    .collect();
                &mut cache.insert((key, starts)).1
            }
        };
        // The lines that start at or before the offset.
        let line = starts.partition_point(|start| *start <= offset);
        u32::try_from(line).unwrap_or(u32::MAX)
    }

    pub(super) fn report(
        &mut self,
        file: SourceFile<'_>,
        value: &Value<'_>,
        id: &'static str,
        arguments: &[(&'static str, &str)],
    ) {
        self.reader.report(file, Some(value.span()), id, arguments);
    }

    /// The text of a required field (reported when missing or not text).
    fn required_text(
        &mut self,
        file: SourceFile<'_>,
        table: Table<'_, '_>,
        field: &str,
    ) -> Option<String> {
        match table.get(field) {
            Some(value) => self.reader.text(file, value),
            None => {
                self.reader.missing(file, table.start, field);
                None
            }
        }
    }

    /// The text of an optional field.
    fn optional_text(
        &mut self,
        file: SourceFile<'_>,
        table: Table<'_, '_>,
        field: &str,
    ) -> Option<String> {
        let value = table.get(field)?;
        self.reader.text(file, value)
    }

    fn language(&mut self, file: SourceFile<'_>, value: &Value<'_>) -> Option<Language> {
        let index = self.reader.choice(file, value, &LANGUAGE_CODES)?;
        Language::from_code(LANGUAGE_CODES[index])
    }

    fn pack(&mut self, manifest_source: &str, files: &BTreeMap<String, String>) -> Option<Pack> {
        let file = SourceFile {
            name: MANIFEST_FILE,
            text: manifest_source,
        };
        let document = self.reader.parse(file)?;
        let manifest = self.reader.root(file, &document, &MANIFEST_FIELDS);
        let id = self.required_text(file, manifest, "id");
        if let (Some(id), Some(value)) = (&id, manifest.get("id")) {
            if !is_well_formed_id(id) {
                self.report(file, value, "pack-error-bad-id", &[("id", id)]);
            }
        }
        let version = self.required_text(file, manifest, "version");
        if let (Some(version), Some(value)) = (&version, manifest.get("version")) {
            if version.trim().is_empty() || version.len() > 32 {
                self.report(file, value, "pack-error-bad-version", &[]);
            }
        }
        let default_language = match manifest.get("default_language") {
            Some(value) => self.language(file, value),
            None => {
                self.reader.missing(file, 0, "default_language");
                None
            }
        };
        self.languages = self.offered_languages(file, manifest, default_language);
        let ages = manifest
            .get("ages")
            .and_then(|value| self.ages(file, value));
        let level = manifest.get("level").and_then(|value| {
            let index = self.reader.choice(file, value, &PackLevel::NAMES)?;
            Some(PackLevel::ALL[index])
        });
        let author = self.optional_text(file, manifest, "author");
        let title = self.localized(file, manifest, "title", true);
        let description = self.localized(file, manifest, "description", true);
        let mut lessons: Vec<Lesson> = Vec::new();
        match manifest.get("lessons") {
            None => self
                .reader
                .report(file, Some(0..0), "pack-error-no-lessons", &[]),
            Some(value) => {
                let entries = self
                    .reader
                    .list(file, value)
                    .map(|list| list.to_vec())
                    .unwrap_or_default();
                if entries.is_empty() {
                    self.report(file, value, "pack-error-no-lessons", &[]);
                }
                for entry in &entries {
                    if let Some(lesson) = self.lesson_entry(file, entry, files, &lessons) {
                        lessons.push(lesson);
                    }
                }
            }
        }
        Some(Pack {
            id: id?,
            version: version?,
            default_language: default_language?,
            languages: self.languages.clone(),
            author,
            ages,
            level,
            title,
            description,
            lessons,
        })
    }

    /// `languages`: at least one, the default among them.
    fn offered_languages(
        &mut self,
        file: SourceFile<'_>,
        manifest: Table<'_, '_>,
        default_language: Option<Language>,
    ) -> Vec<Language> {
        let Some(value) = manifest.get("languages") else {
            self.reader.missing(file, 0, "languages");
            return Vec::new();
        };
        let mut offered = Vec::new();
        for item in self
            .reader
            .list(file, value)
            .map(|list| list.to_vec())
            .unwrap_or_default()
        {
            if let Some(language) = self.language(file, &item) {
                if !offered.contains(&language) {
                    offered.push(language);
                }
            }
        }
        if offered.is_empty() {
            self.report(file, value, "pack-error-no-languages", &[]);
        }
        if let (Some(default), Some(default_value)) =
            (default_language, manifest.get("default_language"))
        {
            if !offered.is_empty() && !offered.contains(&default) {
                self.report(
                    file,
                    default_value,
                    "pack-error-default-language-not-offered",
                    &[("language", default.code())],
                );
            }
        }
        offered
    }

    /// `ages = [youngest, oldest]`.
    fn ages(&mut self, file: SourceFile<'_>, value: &Value<'_>) -> Option<[u8; 2]> {
        let numbers: Vec<u64> = self
            .reader
            .list(file, value)?
            .to_vec()
            .iter()
            .filter_map(|item| self.reader.number(file, item))
            .collect();
        match numbers[..] {
            [youngest, oldest] if youngest <= oldest && oldest <= 99 => {
                Some([youngest as u8, oldest as u8])
            }
            _ => {
                self.report(file, value, "pack-error-bad-ages", &[]);
                None
            }
        }
    }

    /// One `[[lessons]]` entry, with its fields inline or in its file.
    fn lesson_entry(
        &mut self,
        manifest: SourceFile<'_>,
        entry: &Value<'_>,
        files: &BTreeMap<String, String>,
        earlier: &[Lesson],
    ) -> Option<Lesson> {
        let mut allowed: Vec<&str> = ENTRY_FIELDS.to_vec();
        allowed.extend(LESSON_FIELDS);
        let table = self.reader.table(manifest, entry, &allowed)?;
        let id = self.required_text(manifest, table, "id")?;
        let id_value = table.get("id")?;
        if !is_well_formed_id(&id) {
            self.report(manifest, id_value, "pack-error-bad-id", &[("id", &id)]);
        }
        if earlier.iter().any(|lesson| lesson.id == id) {
            self.report(
                manifest,
                id_value,
                "pack-error-duplicate-lesson",
                &[("id", &id)],
            );
        }
        let mut requires = Vec::new();
        if let Some(value) = table.get("requires") {
            for item in self
                .reader
                .list(manifest, value)
                .map(|list| list.to_vec())
                .unwrap_or_default()
            {
                let Some(required) = self.reader.text(manifest, &item) else {
                    continue;
                };
                if earlier.iter().any(|lesson| lesson.id == required) {
                    requires.push(required);
                } else {
                    self.report(
                        manifest,
                        &item,
                        "pack-error-unknown-required-lesson",
                        &[("lesson", &id), ("required", &required)],
                    );
                }
            }
        }
        let Some(file_value) = table.get("file") else {
            return self.lesson_fields(manifest, table, id, requires);
        };
        let file_name = self.reader.text(manifest, file_value)?;
        if LESSON_FIELDS.iter().any(|field| table.has(field)) {
            self.report(
                manifest,
                file_value,
                "pack-error-file-and-fields",
                &[("lesson", &id), ("file", &file_name)],
            );
        }
        if !is_well_formed_file_name(&file_name) {
            self.report(
                manifest,
                file_value,
                "pack-error-bad-file-name",
                &[("file", &file_name)],
            );
            return None;
        }
        let Some(source) = files.get(&file_name) else {
            self.report(
                manifest,
                file_value,
                "pack-error-missing-file",
                &[("file", &file_name)],
            );
            return None;
        };
        let file = SourceFile {
            name: &file_name,
            text: source,
        };
        let document = self.reader.parse(file)?;
        for field in ENTRY_FIELDS {
            if let Some((key, _)) = document
                .get_ref()
                .iter()
                .find(|(key, _)| key.get_ref().as_ref() == field)
            {
                self.reader.report(
                    file,
                    Some(key.span()),
                    "pack-error-manifest-field-in-lesson",
                    &[("field", field)],
                );
            }
        }
        let mut allowed: Vec<&str> = LESSON_FIELDS.to_vec();
        allowed.extend(ENTRY_FIELDS);
        let table = self.reader.root(file, &document, &allowed);
        self.lesson_fields(file, table, id, requires)
    }

    /// A lesson's own fields, from a lesson file or an inline entry.
    fn lesson_fields(
        &mut self,
        file: SourceFile<'_>,
        table: Table<'_, '_>,
        id: String,
        requires: Vec<String>,
    ) -> Option<Lesson> {
        let kind = match table.get("kind") {
            Some(value) => LessonKind::ALL[self.reader.choice(file, value, &LessonKind::NAMES)?],
            None => LessonKind::Program,
        };
        let title = self.localized(file, table, "title", true);
        let summary = self.localized(file, table, "summary", false);
        let instructions = self.localized(file, table, "instructions", true);
        let mut hints = Vec::new();
        if let Some(value) = table.get("hints") {
            for hint in self
                .reader
                .list(file, value)
                .map(|list| list.to_vec())
                .unwrap_or_default()
            {
                hints.push(self.localized_value(file, &hint, "hints"));
            }
        }
        let starter_code = self
            .optional_text(file, table, "starter_code")
            .unwrap_or_default();
        let solution = self.required_text(file, table, "solution");
        let commands = match table.get("commands") {
            Some(value) => self.commands(file, value),
            None => vec![String::from("print()"), String::from("input()")],
        };
        let work_budget = match table.get("work_budget") {
            Some(value) => match self.reader.number(file, value) {
                Some(budget) if (1..=LARGEST_WORK_BUDGET).contains(&budget) => budget,
                Some(_) => {
                    let limit = LARGEST_WORK_BUDGET.to_string();
                    self.report(
                        file,
                        value,
                        "pack-error-bad-work-budget",
                        &[("limit", &limit)],
                    );
                    DEFAULT_WORK_BUDGET
                }
                None => DEFAULT_WORK_BUDGET,
            },
            None => DEFAULT_WORK_BUDGET,
        };
        let robot = match (table.get("world"), kind) {
            (Some(world), LessonKind::Robot) => {
                super::load_robot::read_robot_task(&mut self.reader, file, world)
            }
            (Some(world), _) => {
                self.report(file, world, "pack-error-world-needs-robot", &[]);
                None
            }
            (None, LessonKind::Robot) => {
                self.reader.missing(file, table.start, "world");
                None
            }
            (None, _) => None,
        };
        let rover = match (table.get("field"), kind) {
            (Some(field), LessonKind::Rover) => {
                super::load_rover::read_rover_task(&mut self.reader, file, field)
            }
            (Some(field), _) => {
                self.report(file, field, "pack-error-field-needs-rover", &[]);
                None
            }
            (None, LessonKind::Rover) => {
                self.reader.missing(file, table.start, "field");
                None
            }
            (None, _) => None,
        };
        let mut checks = Vec::new();
        match table.get("checks") {
            None => self.reader.missing(file, table.start, "checks"),
            Some(value) => {
                let entries = self
                    .reader
                    .list(file, value)
                    .map(|list| list.to_vec())
                    .unwrap_or_default();
                if entries.is_empty() {
                    self.report(file, value, "pack-error-no-checks", &[("lesson", &id)]);
                }
                for entry in &entries {
                    if let Some(check) = self.check(file, entry, kind) {
                        checks.push(check);
                    }
                }
            }
        }
        Some(Lesson {
            id,
            requires,
            kind,
            title,
            summary,
            instructions,
            starter_code,
            solution: solution?,
            hints,
            commands,
            work_budget,
            checks,
            robot,
            rover,
            file: file.name.to_owned(),
        })
    }

    fn commands(&mut self, file: SourceFile<'_>, value: &Value<'_>) -> Vec<String> {
        let mut commands = Vec::new();
        for item in self
            .reader
            .list(file, value)
            .map(|list| list.to_vec())
            .unwrap_or_default()
        {
            let Some(command) = self.reader.text(file, &item) else {
                continue;
            };
            let length = command.chars().count();
            if length == 0 || length > LONGEST_COMMAND || command.contains(['\n', '\r']) {
                let limit = LONGEST_COMMAND.to_string();
                self.report(
                    file,
                    &item,
                    "pack-error-bad-command",
                    &[("command", &format!("{command:?}")), ("limit", &limit)],
                );
            } else {
                commands.push(command);
            }
        }
        commands
    }

    fn check(
        &mut self,
        file: SourceFile<'_>,
        value: &Value<'_>,
        lesson_kind: LessonKind,
    ) -> Option<Check> {
        let line = Some(self.line_of(file, value.span().start));
        let DeValue::Table(_) = value.get_ref() else {
            self.reader.wrong_type(file, value, "table");
            return None;
        };
        let kind_value = value.get_ref().get("kind");
        let Some(kind_value) = kind_value else {
            self.reader.missing(file, value.span().start, "kind");
            return None;
        };
        let kind = self.reader.choice(file, kind_value, &CHECK_KINDS)?;
        if matches!(CHECK_KINDS[kind], "drawing" | "pose" | "overlap") {
            let check_kind = self.turtle_check(file, value, CHECK_KINDS[kind], lesson_kind)?;
            return Some(Check {
                kind: check_kind,
                line,
            });
        }
        if matches!(CHECK_KINDS[kind], "state" | "frame") {
            let check_kind = self.animation_check(file, value, CHECK_KINDS[kind], lesson_kind)?;
            return Some(Check {
                kind: check_kind,
                line,
            });
        }
        if CHECK_KINDS[kind] == "goal" {
            if lesson_kind == LessonKind::Rover {
                self.reader.table(file, value, &["kind"])?;
                return Some(Check {
                    kind: CheckKind::RoverGoal,
                    line,
                });
            }
            let table = self.reader.table(file, value, &["kind", "facing"])?;
            if lesson_kind != LessonKind::Robot {
                self.report(file, value, "pack-error-check-needs-robot", &[]);
                return None;
            }
            let facing = match table.get("facing") {
                Some(facing) => self.reader.boolean(file, facing)?,
                None => false,
            };
            return Some(Check {
                kind: CheckKind::Goal { facing },
                line,
            });
        }
        let allowed: &[&str] = match CHECK_KINDS[kind] {
            "output" => &["kind", "input", "output", "hidden"],
            "call" => &[
                "kind",
                "function",
                "arguments",
                "returns",
                "raises",
                "hidden",
            ],
            "uses" | "avoids" => &["kind", "construct", "call"],
            _ => &["kind", "lines"],
        };
        let table = self.reader.table(file, value, allowed)?;
        let span = Some(value.span());
        let hidden = match table.get("hidden") {
            Some(hidden) => self.reader.boolean(file, hidden)?,
            None => false,
        };
        let kind = match CHECK_KINDS[kind] {
            "output" => CheckKind::Output {
                input: self.optional_text(file, table, "input").unwrap_or_default(),
                output: self.required_text(file, table, "output")?,
                hidden,
            },
            "call" => {
                let function = self.required_text(file, table, "function")?;
                let arguments = self
                    .optional_text(file, table, "arguments")
                    .unwrap_or_default();
                if !is_python_name(&function) {
                    self.reader.report(
                        file,
                        span.clone(),
                        "pack-error-bad-function-name",
                        &[("name", &function)],
                    );
                }
                if !self.compiles(&format!("f({arguments})\n")) {
                    self.reader.report(
                        file,
                        span.clone(),
                        "pack-error-bad-arguments",
                        &[("arguments", &arguments)],
                    );
                }
                let returns = self.optional_text(file, table, "returns");
                let raises = self.optional_text(file, table, "raises");
                let expected = match (returns, raises) {
                    (Some(returns), None) => {
                        if !self.compiles(&format!("({returns}\n)\n")) {
                            self.reader.report(
                                file,
                                span,
                                "pack-error-bad-returns",
                                &[("returns", &returns)],
                            );
                            return None;
                        }
                        CallExpectation::Returns(returns)
                    }
                    (None, Some(raises)) => {
                        if !is_python_name(&raises) {
                            self.reader.report(
                                file,
                                span,
                                "pack-error-bad-function-name",
                                &[("name", &raises)],
                            );
                            return None;
                        }
                        CallExpectation::Raises(raises)
                    }
                    _ => {
                        self.reader
                            .report(file, span, "pack-error-returns-or-raises", &[]);
                        return None;
                    }
                };
                CheckKind::Call {
                    function,
                    arguments,
                    expected,
                    hidden,
                }
            }
            "uses" | "avoids" => {
                let construct = match table.get("construct") {
                    Some(construct) => Some(
                        Construct::ALL[self.reader.choice(file, construct, &Construct::NAMES)?],
                    ),
                    None => None,
                };
                let call = self.optional_text(file, table, "call");
                let target = match (construct, call) {
                    (Some(construct), None) => RuleTarget::Construct(construct),
                    (None, Some(call)) if is_python_name(&call) => RuleTarget::Call(call),
                    (None, Some(call)) => {
                        self.reader.report(
                            file,
                            span,
                            "pack-error-bad-function-name",
                            &[("name", &call)],
                        );
                        return None;
                    }
                    _ => {
                        self.reader
                            .report(file, span, "pack-error-construct-or-call", &[]);
                        return None;
                    }
                };
                if CHECK_KINDS[kind] == "uses" {
                    CheckKind::Uses(target)
                } else {
                    CheckKind::Avoids(target)
                }
            }
            _ => {
                let Some(lines_value) = table.get("lines") else {
                    self.reader.missing(file, table.start, "lines");
                    return None;
                };
                let lines = self.reader.number(file, lines_value)?;
                if lines == 0 {
                    self.report(file, lines_value, "pack-error-zero-lines", &[]);
                    return None;
                }
                CheckKind::MaxLines(u32::try_from(lines).unwrap_or(u32::MAX))
            }
        };
        Some(Check { kind, line })
    }

    /// A text per language in `field` of `table`.
    fn localized(
        &mut self,
        file: SourceFile<'_>,
        table: Table<'_, '_>,
        field: &str,
        required: bool,
    ) -> LocalizedText {
        match table.get(field) {
            Some(value) => self.localized_value(file, value, field),
            None => {
                if required {
                    self.reader.missing(file, table.start, field);
                }
                LocalizedText::default()
            }
        }
    }

    /// A text that must exist in every language the pack offers, and in no other.
    pub(super) fn localized_value(
        &mut self,
        file: SourceFile<'_>,
        value: &Value<'_>,
        field: &str,
    ) -> LocalizedText {
        let Some(table) = self.reader.table(file, value, &LANGUAGE_CODES) else {
            return LocalizedText::default();
        };
        let mut texts = BTreeMap::new();
        for code in LANGUAGE_CODES {
            if let (Some(text_value), Some(language)) = (table.get(code), Language::from_code(code))
            {
                if let Some(text) = self.reader.text(file, text_value) {
                    texts.insert(language, text);
                }
            }
        }
        for language in self.languages.clone() {
            if !texts.contains_key(&language) {
                self.report(
                    file,
                    value,
                    "pack-error-missing-language",
                    &[("field", field), ("language", language.code())],
                );
            }
        }
        for language in texts.keys() {
            if !self.languages.is_empty() && !self.languages.contains(language) {
                self.report(
                    file,
                    value,
                    "pack-error-language-not-offered",
                    &[("field", field), ("language", language.code())],
                );
            }
        }
        LocalizedText::new(texts)
    }
}

/// The language codes a pack may use.
pub(super) const LANGUAGE_CODES: [&str; 3] = ["kk", "ru", "en"];

/// The kinds of check.
const CHECK_KINDS: [&str; 11] = [
    "output",
    "call",
    "uses",
    "avoids",
    "max_lines",
    "drawing",
    "pose",
    "overlap",
    "goal",
    "state",
    "frame",
];

/// A lesson file's name: letters, digits, `-`, `_` and `.`, ending in `.toml`,
/// never a path.
pub fn is_well_formed_file_name(name: &str) -> bool {
    name.len() <= 100
        && name.ends_with(".toml")
        && name != MANIFEST_FILE
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A Python identifier as a pack may name a function or exception.
fn is_python_name(name: &str) -> bool {
    let mut characters = name.chars();
    characters
        .next()
        .is_some_and(|first| first.is_alphabetic() || first == '_')
        && characters.all(|c| c.is_alphanumeric() || c == '_')
        && !matches!(
            name,
            "def"
                | "class"
                | "if"
                | "else"
                | "for"
                | "while"
                | "return"
                | "import"
                | "lambda"
                | "None"
                | "True"
                | "False"
        )
}
