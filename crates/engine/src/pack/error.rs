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
