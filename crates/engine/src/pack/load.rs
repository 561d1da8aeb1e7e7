//! From a pack's files to a checked [`Pack`]: every problem is collected with
//! its file, line and column, so a teacher sees them all at once.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::error::{from_toml_error, message, PackError};
use super::format::{CheckTable, LessonKind, LessonTable, ManifestTable, WrittenText};
use super::{
    is_well_formed_id, CallExpectation, Check, CheckKind, Lesson, LocalizedText, Pack, RuleTarget,
    DEFAULT_WORK_BUDGET, LARGEST_WORK_BUDGET, LONGEST_COMMAND,
};
use crate::i18n::Language;
use crate::python::compiler::codegen::compile;

/// The manifest's file name.
pub const MANIFEST_FILE: &str = "pack.toml";

/// The lesson files `pack.toml` refers to, in order (none for a pack written
/// as one document); what cannot be read is left for [`load_pack`] to report.
pub fn lesson_files_of(manifest_source: &str) -> Vec<String> {
    let Ok(manifest) = toml::from_str::<ManifestTable>(manifest_source) else {
        return Vec::new();
    };
    manifest
        .lessons
        .iter()
        .filter_map(|lesson| lesson.get_ref().file.as_ref())
        .map(|file| file.get_ref().clone())
        .filter(|file| is_well_formed_file_name(file))
        .collect()
}

/// Reads and checks a pack: `manifest_source` is `pack.toml`, `files` the
/// lesson files by name. Every problem found is returned.
pub fn load_pack(
    manifest_source: &str,
    files: &BTreeMap<String, String>,
) -> Result<Pack, Vec<PackError>> {
    let mut loader = Loader {
        errors: Vec::new(),
        languages: Vec::new(),
    };
    let pack = loader.pack(manifest_source, files);
    match pack {
        Some(pack) if loader.errors.is_empty() => Ok(pack),
        _ => Err(loader.errors),
    }
}

/// A file being read: its name and text, for the places of its problems.
#[derive(Clone, Copy)]
struct SourceFile<'a> {
    name: &'a str,
    source: &'a str,
}

struct Loader {
    errors: Vec<PackError>,
    /// The languages the pack offers, once known.
    languages: Vec<Language>,
}

impl Loader {
    fn report(
        &mut self,
        file: SourceFile<'_>,
        span: Option<Range<usize>>,
        id: &'static str,
        arguments: &[(&'static str, &str)],
    ) {
        self.errors.push(PackError::at(
            file.name,
            file.source,
            span,
            message(id, arguments),
        ));
    }

    fn pack(&mut self, manifest_source: &str, files: &BTreeMap<String, String>) -> Option<Pack> {
        let file = SourceFile {
            name: MANIFEST_FILE,
            source: manifest_source,
        };
        let manifest: ManifestTable = match toml::from_str(manifest_source) {
            Ok(manifest) => manifest,
            Err(error) => {
                self.errors
                    .push(from_toml_error(file.name, file.source, &error));
                return None;
            }
        };
        let whole = Some(0..0);
        let id = self.required(file, whole.clone(), manifest.id, "id");
        if let Some(id) = &id {
            if !is_well_formed_id(id.get_ref()) {
                self.report(
                    file,
                    Some(id.span()),
                    "pack-error-bad-id",
                    &[("id", id.get_ref())],
                );
            }
        }
        let version = self.required(file, whole.clone(), manifest.version, "version");
        if let Some(version) = &version {
            if version.get_ref().trim().is_empty() || version.get_ref().len() > 32 {
                self.report(file, Some(version.span()), "pack-error-bad-version", &[]);
            }
        }
        let default_language = self.required(
            file,
            whole.clone(),
            manifest.default_language,
            "default_language",
        );
        let languages = self.required(file, whole.clone(), manifest.languages, "languages");
        if let Some(languages) = &languages {
            let mut offered = Vec::new();
            for language in languages.get_ref() {
                if !offered.contains(language) {
                    offered.push(*language);
                }
            }
            if offered.is_empty() {
                self.report(file, Some(languages.span()), "pack-error-no-languages", &[]);
            }
            if let Some(default) = &default_language {
                if !offered.contains(default.get_ref()) {
                    self.report(
                        file,
                        Some(default.span()),
                        "pack-error-default-language-not-offered",
                        &[("language", default.get_ref().code())],
                    );
                }
            }
            self.languages = offered;
        }
        if let Some([youngest, oldest]) = manifest.ages.as_ref().map(|ages| *ages.get_ref()) {
            if youngest > oldest || oldest > 99 {
                let span = manifest.ages.as_ref().map(Spanned::span);
                self.report(file, span, "pack-error-bad-ages", &[]);
            }
        }
        let title = self.text(file, whole.clone(), manifest.title, "title");
        let description = self.text(file, whole.clone(), manifest.description, "description");
        if manifest.lessons.is_empty() {
            self.report(file, whole, "pack-error-no-lessons", &[]);
        }
        let mut lessons: Vec<Lesson> = Vec::new();
        for entry in manifest.lessons {
            let entry_span = entry.span();
            if let Some(lesson) =
                self.lesson_entry(file, entry_span, entry.into_inner(), files, &lessons)
            {
                lessons.push(lesson);
            }
        }
        Some(Pack {
            id: id?.into_inner(),
            version: version?.into_inner(),
            default_language: default_language?.into_inner(),
            languages: self.languages.clone(),
            author: manifest.author,
            ages: manifest.ages.map(Spanned::into_inner),
            level: manifest.level,
            title,
            description,
            lessons,
        })
    }

    /// One `[[lessons]]` entry, with its fields inline or in its file.
    fn lesson_entry(
        &mut self,
        manifest: SourceFile<'_>,
        entry_span: Range<usize>,
        mut entry: LessonTable,
        files: &BTreeMap<String, String>,
        earlier: &[Lesson],
    ) -> Option<Lesson> {
        let id = self.required(manifest, Some(entry_span.clone()), entry.id.take(), "id")?;
        let id_text = id.get_ref().clone();
        if !is_well_formed_id(&id_text) {
            self.report(
                manifest,
                Some(id.span()),
                "pack-error-bad-id",
                &[("id", &id_text)],
            );
        }
        if earlier.iter().any(|lesson| lesson.id == id_text) {
            self.report(
                manifest,
                Some(id.span()),
                "pack-error-duplicate-lesson",
                &[("id", &id_text)],
            );
        }
        let mut requires = Vec::new();
        for required in entry.requires.take().unwrap_or_default() {
            if earlier
                .iter()
                .any(|lesson| &lesson.id == required.get_ref())
            {
                requires.push(required.into_inner());
            } else {
                self.report(
                    manifest,
                    Some(required.span()),
                    "pack-error-unknown-required-lesson",
                    &[("lesson", &id_text), ("required", required.get_ref())],
                );
            }
        }
        let Some(file_name) = entry.file.take() else {
            return self.lesson_fields(manifest, entry_span, entry, id_text, requires);
        };
        if has_lesson_fields(&entry) {
            self.report(
                manifest,
                Some(file_name.span()),
                "pack-error-file-and-fields",
                &[("lesson", &id_text), ("file", file_name.get_ref())],
            );
        }
        if !is_well_formed_file_name(file_name.get_ref()) {
            self.report(
                manifest,
                Some(file_name.span()),
                "pack-error-bad-file-name",
                &[("file", file_name.get_ref())],
            );
            return None;
        }
        let Some(source) = files.get(file_name.get_ref()) else {
            self.report(
                manifest,
                Some(file_name.span()),
                "pack-error-missing-file",
                &[("file", file_name.get_ref())],
            );
            return None;
        };
        let file = SourceFile {
            name: file_name.get_ref(),
            source,
        };
        let table: LessonTable = match toml::from_str(source) {
            Ok(table) => table,
            Err(error) => {
                self.errors
                    .push(from_toml_error(file.name, file.source, &error));
                return None;
            }
        };
        for (field, span) in [
            ("id", table.id.as_ref().map(Spanned::span)),
            (
                "requires",
                table
                    .requires
                    .as_ref()
                    .and_then(|list| list.first())
                    .map(Spanned::span),
            ),
            ("file", table.file.as_ref().map(Spanned::span)),
        ] {
            if let Some(span) = span {
                self.report(
                    file,
                    Some(span),
                    "pack-error-manifest-field-in-lesson",
                    &[("field", field)],
                );
            }
        }
        self.lesson_fields(file, 0..0, table, id_text, requires)
    }

    /// A lesson's own fields, from a lesson file or an inline entry.
    fn lesson_fields(
        &mut self,
        file: SourceFile<'_>,
        table_span: Range<usize>,
        table: LessonTable,
        id: String,
        requires: Vec<String>,
    ) -> Option<Lesson> {
        let whole = Some(table_span);
        let kind = table.kind.map_or(LessonKind::Program, Spanned::into_inner);
        let title = self.text(file, whole.clone(), table.title, "title");
        let summary = match table.summary {
            Some(summary) => self.text(file, None, Some(summary), "summary"),
            None => LocalizedText::default(),
        };
        let instructions = self.text(file, whole.clone(), table.instructions, "instructions");
        let hints = table
            .hints
            .unwrap_or_default()
            .into_iter()
            .map(|hint| self.text(file, None, Some(hint), "hints"))
            .collect();
        let solution = self.required(file, whole.clone(), table.solution, "solution");
        let commands = match table.commands {
            Some(commands) => commands
                .into_iter()
                .filter_map(|command| {
                    let length = command.get_ref().chars().count();
                    if length == 0
                        || length > LONGEST_COMMAND
                        || command.get_ref().contains(['\n', '\r'])
                    {
                        let limit = LONGEST_COMMAND.to_string();
                        self.report(
                            file,
                            Some(command.span()),
                            "pack-error-bad-command",
                            &[
                                ("command", &format!("{:?}", command.get_ref())),
                                ("limit", &limit),
                            ],
                        );
                        None
                    } else {
                        Some(command.into_inner())
                    }
                })
                .collect(),
            None => vec![String::from("print()"), String::from("input()")],
        };
        let work_budget = match table.work_budget {
            Some(budget) if (1..=LARGEST_WORK_BUDGET).contains(budget.get_ref()) => {
                budget.into_inner()
            }
            Some(budget) => {
                let limit = LARGEST_WORK_BUDGET.to_string();
                self.report(
                    file,
                    Some(budget.span()),
                    "pack-error-bad-work-budget",
                    &[("limit", &limit)],
                );
                DEFAULT_WORK_BUDGET
            }
            None => DEFAULT_WORK_BUDGET,
        };
        let check_tables = self.required(file, whole, table.checks, "checks");
        if check_tables.as_ref().is_some_and(Vec::is_empty) {
            self.report(file, None, "pack-error-no-checks", &[("lesson", &id)]);
        }
        let checks = check_tables
            .unwrap_or_default()
            .into_iter()
            .filter_map(|check| self.check(file, check))
            .collect();
        Some(Lesson {
            id,
            requires,
            kind,
            title,
            summary,
            instructions,
            starter_code: table.starter_code.unwrap_or_default(),
            solution: solution?.into_inner(),
            hints,
            commands,
            work_budget,
            checks,
            file: file.name.to_owned(),
        })
    }

    fn check(&mut self, file: SourceFile<'_>, check: Spanned<CheckTable>) -> Option<Check> {
        let span = check.span();
        let line = Some(super::error::line_and_column(file.source, span.start).0);
        let kind = match check.into_inner() {
            CheckTable::Output {
                input,
                output,
                hidden,
            } => CheckKind::Output {
                input,
                output,
                hidden,
            },
            CheckTable::Call {
                function,
                arguments,
                returns,
                raises,
                hidden,
            } => {
                if !is_python_name(&function) {
                    self.report(
                        file,
                        Some(span.clone()),
                        "pack-error-bad-function-name",
                        &[("name", &function)],
                    );
                }
                if compile(&format!("f({arguments})\n")).is_err() {
                    self.report(
                        file,
                        Some(span.clone()),
                        "pack-error-bad-arguments",
                        &[("arguments", &arguments)],
                    );
                }
                let expected = match (returns, raises) {
                    (Some(returns), None) => {
                        if compile(&format!("({returns}\n)\n")).is_err() {
                            self.report(
                                file,
                                Some(span),
                                "pack-error-bad-returns",
                                &[("returns", &returns)],
                            );
                            return None;
                        }
                        CallExpectation::Returns(returns)
                    }
                    (None, Some(raises)) => {
                        if !is_python_name(&raises) {
                            self.report(
                                file,
                                Some(span),
                                "pack-error-bad-function-name",
                                &[("name", &raises)],
                            );
                            return None;
                        }
                        CallExpectation::Raises(raises)
                    }
                    _ => {
                        self.report(file, Some(span), "pack-error-returns-or-raises", &[]);
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
            CheckTable::Uses { construct, call } => {
                CheckKind::Uses(self.rule_target(file, span, construct, call)?)
            }
            CheckTable::Avoids { construct, call } => {
                CheckKind::Avoids(self.rule_target(file, span, construct, call)?)
            }
            CheckTable::MaxLines { lines } => {
                if lines == 0 {
                    self.report(file, Some(span), "pack-error-zero-lines", &[]);
                    return None;
                }
                CheckKind::MaxLines(lines)
            }
        };
        Some(Check { kind, line })
    }

    fn rule_target(
        &mut self,
        file: SourceFile<'_>,
        span: Range<usize>,
        construct: Option<super::Construct>,
        call: Option<String>,
    ) -> Option<RuleTarget> {
        match (construct, call) {
            (Some(construct), None) => Some(RuleTarget::Construct(construct)),
            (None, Some(call)) if is_python_name(&call) => Some(RuleTarget::Call(call)),
            (None, Some(call)) => {
                self.report(
                    file,
                    Some(span),
                    "pack-error-bad-function-name",
                    &[("name", &call)],
                );
                None
            }
            _ => {
                self.report(file, Some(span), "pack-error-construct-or-call", &[]);
                None
            }
        }
    }

    /// A required field; a missing one is reported at `span` (the table it belongs to).
    fn required<T>(
        &mut self,
        file: SourceFile<'_>,
        span: Option<Range<usize>>,
        value: Option<T>,
        field: &str,
    ) -> Option<T> {
        if value.is_none() {
            self.report(file, span, "pack-error-missing-field", &[("field", field)]);
        }
        value
    }

    /// A text that must exist in every language the pack offers, and in no other.
    fn text(
        &mut self,
        file: SourceFile<'_>,
        span: Option<Range<usize>>,
        text: Option<WrittenText>,
        field: &str,
    ) -> LocalizedText {
        let Some(text) = self.required(file, span, text, field) else {
            return LocalizedText::default();
        };
        let span = text.span();
        let texts = text.into_inner();
        for language in self.languages.clone() {
            if !texts.contains_key(&language) {
                self.report(
                    file,
                    Some(span.clone()),
                    "pack-error-missing-language",
                    &[("field", field), ("language", language.code())],
                );
            }
        }
        for language in texts.keys() {
            if !self.languages.is_empty() && !self.languages.contains(language) {
                self.report(
                    file,
                    Some(span.clone()),
                    "pack-error-language-not-offered",
                    &[("field", field), ("language", language.code())],
                );
            }
        }
        LocalizedText::new(texts)
    }
}

/// Whether an inline entry has any of a lesson's own fields.
fn has_lesson_fields(entry: &LessonTable) -> bool {
    entry.kind.is_some()
        || entry.title.is_some()
        || entry.summary.is_some()
        || entry.instructions.is_some()
        || entry.starter_code.is_some()
        || entry.solution.is_some()
        || entry.hints.is_some()
        || entry.commands.is_some()
        || entry.work_budget.is_some()
        || entry.checks.is_some()
}

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
