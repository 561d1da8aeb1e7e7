//! Why a pack cannot be used: each problem with its file, line and column, and
//! a Fluent message (`pack-error-...` in `lesson-packs.ftl`) in the reader's language.

use std::ops::Range;

use crate::python::vm::error::Explanation;

/// One problem of a pack.
#[derive(Clone, Debug, PartialEq)]
pub struct PackError {
    /// The file it is in, as the pack names it (`pack.toml`, `01-hello.toml`).
    pub file: String,
    /// The line, from 1, when known.
    pub line: Option<u32>,
    /// The column in characters, from 1, when known.
    pub column: Option<u32>,
    /// What is wrong.
    pub message: Explanation,
}

impl PackError {
    /// A problem of `file` at the byte range `span` of `source`.
    pub fn at(
        file: &str,
        source: &str,
        span: Option<Range<usize>>,
        message: Explanation,
    ) -> PackError {
        let (line, column) = match span {
            Some(span) => {
                let (line, column) = line_and_column(source, span.start);
                (Some(line), Some(column))
            }
            None => (None, None),
        };
        PackError {
            file: file.to_owned(),
            line,
            column,
            message,
        }
    }

    /// Where it is, `file:line:column` as editors print it.
    pub fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(line), Some(column)) => format!("{}:{line}:{column}", self.file),
            (Some(line), None) => format!("{}:{line}", self.file),
            _ => self.file.clone(),
        }
    }
}

/// The 1-based line and column (in characters) of byte `offset` in `source`.
pub fn line_and_column(source: &str, offset: usize) -> (u32, u32) {
    let offset = offset.min(source.len());
    let mut boundary = offset;
    while !source.is_char_boundary(boundary) {
        boundary -= 1;
    }
    let before = &source[..boundary];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |position| position + 1);
    let column = before[line_start..].chars().count() + 1;
    (line as u32, column as u32)
}

/// A message with arguments.
pub(crate) fn message(id: &'static str, arguments: &[(&'static str, &str)]) -> Explanation {
    Explanation {
        id,
        arguments: arguments
            .iter()
            .map(|(name, value)| (*name, (*value).to_owned()))
            .collect(),
    }
}

/// Turns the TOML reader's error into a translated message: serde's standard
/// sentences are recognised, anything else is shown as the reader wrote it.
pub(crate) fn from_toml_error(file: &str, source: &str, error: &toml::de::Error) -> PackError {
    let text = error.message().trim().to_owned();
    let explanation = translate_reader_message(&text);
    PackError::at(file, source, error.span(), explanation)
}

fn translate_reader_message(text: &str) -> Explanation {
    if let Some(rest) = text.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected
            .trim_start_matches(',')
            .trim()
            .trim_start_matches("expected one of ")
            .trim_start_matches("expected ")
            .replace('`', "");
        if expected.starts_with("there are no fields") || expected.is_empty() {
            return message("pack-error-unknown-field-none", &[("field", field)]);
        }
        return message(
            "pack-error-unknown-field",
            &[("field", field), ("expected", &expected)],
        );
    }
    if let Some(rest) = text.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let expected = expected
            .trim_start_matches(',')
            .trim()
            .trim_start_matches("expected one of ")
            .trim_start_matches("expected ")
            .replace('`', "");
        return message(
            "pack-error-unknown-value",
            &[("value", value), ("expected", &expected)],
        );
    }
    if let Some(rest) = text.strip_prefix("missing field `") {
        let field = rest.split('`').next().unwrap_or(rest);
        return message("pack-error-missing-field", &[("field", field)]);
    }
    if let Some(rest) = text.strip_prefix("invalid type: ") {
        if let Some((_, expected)) = rest.split_once(", expected ") {
            return message(
                "pack-error-wrong-type",
                &[("expected", expected_kind(expected))],
            );
        }
    }
    if text.starts_with("invalid length") {
        return message("pack-error-wrong-length", &[("detail", text)]);
    }
    message("pack-error-syntax", &[("detail", text)])
}

/// serde's name of what it expected, as one word of `pack-error-wrong-type`'s choices.
fn expected_kind(expected: &str) -> &'static str {
    let expected = expected.trim();
    if expected.contains("string") || expected.contains("str") {
        "text"
    } else if expected.contains("sequence") || expected.contains("array") {
        "list"
    } else if expected.contains("bool") {
        "boolean"
    } else if expected.starts_with('u') || expected.starts_with('i') || expected.contains("integer")
    {
        "number"
    } else {
        "table"
    }
}
