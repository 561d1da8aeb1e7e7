//! String literals: prefixes, quotes, and the decoded value or f-string parts.
//!
//! The tokenizer only finds where a string ends. What is wrong inside it (a bad
//! escape, a non-ASCII byte, a broken f-string field) CPython finds later, when
//! its parser joins the adjacent strings, so such a problem is kept as a
//! [`DeferredProblem`] until the next token shows the strings are complete.

use super::escape::{decode_bytes, decode_str, normalize_newlines};
use super::{fstring, Failure, Lexer};
use crate::python::syntax::lexical_error::LexicalError;
use crate::python::syntax::token::{Span, Token, TokenKind};

/// The letters before a string's opening quote.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Prefix {
    is_bytes: bool,
    is_raw: bool,
    is_unicode: bool,
    is_format: bool,
}

impl Prefix {
    /// Takes the next letter if CPython allows it after the letters before
    /// (`rb`, `Br`, `fR`, `u`; not `ub`, `bf` or `ur`).
    pub(super) fn accept(&mut self, byte: u8) -> bool {
        match byte {
            b'b' | b'B' if !(self.is_bytes || self.is_unicode || self.is_format) => {
                self.is_bytes = true;
            }
            b'u' | b'U' if !(self.is_bytes || self.is_unicode || self.is_raw || self.is_format) => {
                self.is_unicode = true;
            }
            b'r' | b'R' if !(self.is_raw || self.is_unicode) => self.is_raw = true,
            b'f' | b'F' if !(self.is_format || self.is_bytes || self.is_unicode) => {
                self.is_format = true;
            }
            _ => return false,
        }
        true
    }
}

/// A problem inside a string that CPython reports when its parser reaches the string.
#[derive(Clone, Debug)]
pub(super) struct DeferredProblem {
    /// What is wrong.
    pub(super) error: LexicalError,
    /// Where it is reported; `None` for the start of the token after the strings.
    pub(super) span: Option<Span>,
    /// Whether CPython finds it before checking that bytes and str are not mixed.
    pub(super) before_mixing_check: bool,
}

/// Adjacent string tokens, which CPython's parser joins into one value.
#[derive(Clone, Debug)]
pub(super) struct StringGroup {
    pub(super) first_token_index: usize,
    pub(super) is_bytes: bool,
    /// Whether the first problem, or a mix of bytes and str, has been found.
    pub(super) is_settled: bool,
    pub(super) problem: Option<DeferredProblem>,
}

impl Lexer<'_> {
    /// Lexes the string whose prefix starts at `start` and whose first quote is
    /// at `quote_position`.
    pub(super) fn string(
        &mut self,
        start: usize,
        quote_position: usize,
        prefix: Prefix,
    ) -> Result<(), Failure> {
        let quote = self.byte(quote_position).unwrap_or(b'"');
        let is_triple = self.byte(quote_position + 1) == Some(quote)
            && self.byte(quote_position + 2) == Some(quote);
        let quote_size = if is_triple { 3 } else { 1 };
        let body_start = quote_position + quote_size;
        let mut index = body_start;
        let mut closing_quotes = 0;
        while closing_quotes < quote_size {
            match self.byte(index) {
                None => return Err(self.unterminated(start, is_triple, None)),
                Some(b'\n' | b'\r') if !is_triple => {
                    return Err(self.unterminated(start, is_triple, Some(index)));
                }
                Some(byte) if byte == quote => {
                    closing_quotes += 1;
                    index += 1;
                }
                Some(b'\\') => {
                    closing_quotes = 0;
                    index += 1;
                    // The escaped character, `\r\n` counting as one.
                    match self.byte(index) {
                        Some(b'\r') if self.byte(index + 1) == Some(b'\n') => index += 2,
                        Some(_) => index += 1,
                        None => {}
                    }
                }
                Some(_) => {
                    closing_quotes = 0;
                    index += 1;
                }
            }
        }
        let body_end = index - quote_size;
        let span = Span::new(start as u32, index as u32);
        self.position = index;
        let body = self.text.get(body_start..body_end).unwrap_or_default();
        let deferred = |error, span, before_mixing_check| DeferredProblem {
            error,
            span,
            before_mixing_check,
        };
        if prefix.is_format {
            match fstring::split(self.text, body_start, body_end, prefix.is_raw, self.depth) {
                Ok(parts) => self.push_string(TokenKind::FString(parts), span, false, None),
                Err(failure) => {
                    let problem = deferred(failure.error, failure.span, false);
                    self.push_string(TokenKind::FString(Vec::new()), span, false, Some(problem));
                }
            }
            return Ok(());
        }
        let is_bytes = prefix.is_bytes;
        let decoded = if is_bytes && !body.is_ascii() {
            Err(deferred(LexicalError::NonAsciiInBytes, Some(span), true))
        } else if prefix.is_raw {
            Ok(normalize_newlines(body))
        } else if is_bytes {
            decode_bytes(body).map_err(|error| deferred(error, None, true))
        } else {
            decode_str(body).map_err(|error| deferred(error, None, true))
        };
        match decoded {
            Ok(value) => {
                self.push_string(TokenKind::String { value, is_bytes }, span, is_bytes, None)
            }
            Err(problem) => {
                let kind = TokenKind::String {
                    value: String::new(),
                    is_bytes,
                };
                self.push_string(kind, span, is_bytes, Some(problem));
            }
        }
        Ok(())
    }

    /// The error for a string starting at `start` that is not closed: at the
    /// line end at `newline`, or at the end of the program.
    fn unterminated(&self, start: usize, is_triple: bool, newline: Option<usize>) -> Failure {
        if newline.is_none() {
            if let Some(failure) = self.null_byte_failure() {
                return failure;
            }
        }
        let start_line = self.line(start);
        let detected_at_line = match newline {
            Some(offset) => self.line(offset),
            None => self.last_line(),
        };
        let error = if is_triple {
            LexicalError::UnterminatedTripleQuotedString {
                start_line,
                detected_at_line,
            }
        } else {
            LexicalError::UnterminatedString {
                start_line,
                detected_at_line,
            }
        };
        Failure {
            error,
            span: Span::new(start as u32, start as u32 + 1),
        }
    }

    /// The number of the program's last line (a final line end starts no new line).
    fn last_line(&self) -> u32 {
        let end = self.text.len();
        let line = self.line(end);
        if self.text.ends_with(['\n', '\r']) {
            line.saturating_sub(1).max(1)
        } else {
            line
        }
    }

    /// Adds a string token to the group of adjacent strings, with its problem if any.
    pub(super) fn push_string(
        &mut self,
        kind: TokenKind,
        span: Span,
        is_bytes: bool,
        problem: Option<DeferredProblem>,
    ) {
        if self.provisional.is_some() {
            return;
        }
        match &mut self.string_group {
            None => {
                self.string_group = Some(StringGroup {
                    first_token_index: self.tokens.len(),
                    is_bytes,
                    is_settled: problem.is_some(),
                    problem,
                });
            }
            Some(group) if !group.is_settled => {
                // CPython decodes each string, then checks it is not mixed with
                // the ones before, then cuts it if it is an f-string.
                let decoding_problem = problem
                    .as_ref()
                    .is_some_and(|problem| problem.before_mixing_check);
                if decoding_problem || (is_bytes == group.is_bytes && problem.is_some()) {
                    group.problem = problem;
                    group.is_settled = true;
                } else if is_bytes != group.is_bytes {
                    // The parser reports the mix.
                    group.is_settled = true;
                }
            }
            Some(_) => {}
        }
        self.line_has_tokens = true;
        self.tokens.push(Token { kind, span });
    }

    /// Reports the problem of the strings just read, if any, now that
    /// `next_token` shows they are complete: the tokens go back to before the
    /// strings, and the problem becomes the provisional error.
    pub(super) fn report_string_problem(&mut self, next_token: Span) -> bool {
        let Some(group) = self.string_group.take() else {
            return false;
        };
        let Some(problem) = group.problem else {
            return false;
        };
        self.tokens.truncate(group.first_token_index);
        let failure = Failure {
            error: problem.error,
            span: problem.span.unwrap_or(next_token),
        };
        self.set_provisional(failure, next_token);
        true
    }
}
