//! The start of a line: its indentation, and the INDENT and DEDENT tokens.
//!
//! As in CPython, a tab moves to the next multiple of 8, a form feed resets
//! the column, and every level is also measured with tabs as 1 column: when
//! the two measures disagree about a line, it is a TabError.

use super::{Failure, Lexer};
use crate::python::syntax::lexical_error::LexicalError;
use crate::python::syntax::token::{Span, TokenKind};

/// The most indentation levels, counting the unindented one (CPython's MAXINDENT).
const MAXIMUM_INDENTATION_LEVELS: usize = 100;

/// One level of the indentation stack.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct IndentationLevel {
    /// The column with tabs to the next multiple of 8.
    column: usize,
    /// The column with tabs as 1.
    alternate_column: usize,
}

impl Lexer<'_> {
    /// Measures the indentation of the line starting at `self.position` and
    /// emits its INDENT or DEDENT tokens, unless the line is blank or inside brackets.
    pub(super) fn start_line(&mut self) -> Result<(), Failure> {
        let line_start = self.position;
        let mut column: usize = 0;
        let mut alternate_column: usize = 0;
        let mut continuation_column: usize = 0;
        loop {
            match self.byte(self.position) {
                Some(b' ') => {
                    column = column.saturating_add(1);
                    alternate_column = alternate_column.saturating_add(1);
                }
                Some(b'\t') => {
                    column = (column / 8).saturating_add(1).saturating_mul(8);
                    alternate_column = alternate_column.saturating_add(1);
                }
                Some(b'\x0c') => {
                    column = 0;
                    alternate_column = 0;
                }
                Some(b'\\') => {
                    // The first backslash decides the indentation (a backslash in
                    // column 0 does not count, as in CPython).
                    if continuation_column == 0 {
                        continuation_column = column;
                    }
                    self.line_continuation()?;
                    continue;
                }
                _ => break,
            }
            self.position += 1;
        }
        self.blank_line = matches!(self.byte(self.position), Some(b'#' | b'\n' | b'\r') | None);
        if self.blank_line || !self.open_brackets.is_empty() {
            return Ok(());
        }
        if continuation_column != 0 {
            column = continuation_column;
            alternate_column = continuation_column;
        }
        let current = self.current_indentation();
        if column == current.column {
            if alternate_column != current.alternate_column {
                return Err(self.error_at_line_start(LexicalError::InconsistentTabs));
            }
        } else if column > current.column {
            if self.indentation_stack.len() >= MAXIMUM_INDENTATION_LEVELS {
                return Err(self.error_at_line_start(LexicalError::TooManyIndentationLevels));
            }
            if alternate_column <= current.alternate_column {
                return Err(self.error_at_line_start(LexicalError::InconsistentTabs));
            }
            self.indentation_stack.push(IndentationLevel {
                column,
                alternate_column,
            });
            self.push(
                TokenKind::Indent,
                Span::new(line_start as u32, self.position as u32),
            )?;
        } else {
            let mut dedents = 0;
            while self.indentation_stack.len() > 1 && column < self.current_indentation().column {
                self.indentation_stack.pop();
                dedents += 1;
            }
            let current = self.current_indentation();
            if column != current.column {
                let line_end = self
                    .text
                    .get(self.position..)
                    .and_then(|rest| rest.find(['\n', '\r']))
                    .map_or(self.text.len(), |offset| self.position + offset);
                let span = Span::new(line_end as u32, line_end as u32);
                return Err(Failure {
                    error: LexicalError::UnindentMismatch,
                    span,
                });
            }
            if alternate_column != current.alternate_column {
                return Err(self.error_at_line_start(LexicalError::InconsistentTabs));
            }
            let here = Span::new(self.position as u32, self.position as u32);
            for _ in 0..dedents {
                self.push(TokenKind::Dedent, here)?;
            }
        }
        Ok(())
    }

    /// The innermost indentation level.
    fn current_indentation(&self) -> IndentationLevel {
        self.indentation_stack.last().copied().unwrap_or_default()
    }

    /// `error`, reported at the start of the physical line being read (CPython's column 1).
    fn error_at_line_start(&self, error: LexicalError) -> Failure {
        let line_start = self
            .text
            .get(..self.position)
            .and_then(|before| before.rfind(['\n', '\r']))
            .map_or(0, |offset| offset + 1);
        Failure {
            error,
            span: Span::new(line_start as u32, line_start as u32),
        }
    }
}
