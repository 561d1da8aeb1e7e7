//! Cutting an f-string into literal text and `{...}` fields, by Python 3.11's rules.
//!
//! In 3.11 the whole f-string is one token; CPython's parser then cuts its text
//! as done here (`fstring_find_literal` and `fstring_find_expr`): `{{` and `}}`
//! are braces, an expression may not hold a backslash or `#`, and a `!`, `:`,
//! `=` or `}` outside brackets and strings ends it (but `!=`, `==`, `<=` and
//! `>=` do not). A format spec may hold fields itself, two levels at most, so
//! the recursion here is bounded.

use super::escape::{decode_str, normalize_newlines};
use super::first_tokenizer_error;
use crate::python::syntax::lexical_error::LexicalError;
use crate::python::syntax::token::{FStringPart, FStringReplacement, LineIndex, Span};

/// The most brackets open at once inside a field (CPython's MAXLEVEL).
const MAXIMUM_OPEN_BRACKETS: usize = 200;

/// How deep format specs nest: a field in a field's format spec is the limit.
const MAXIMUM_NESTING: u32 = 2;

/// How deep f-strings in f-strings' expressions are checked (quotes limit them anyway).
const MAXIMUM_DEPTH: u32 = 4;

/// Cuts the f-string whose text is `source[body_start..body_end]` into parts.
pub(super) fn split(
    source: &str,
    body_start: usize,
    body_end: usize,
    is_raw: bool,
    depth: u32,
) -> Result<Vec<FStringPart>, SplitError> {
    let splitter = Splitter {
        source,
        bytes: source.as_bytes(),
        end: body_end,
        is_raw,
        depth,
    };
    let mut position = body_start;
    splitter.parts(&mut position, 0)
}

struct Splitter<'a> {
    source: &'a str,
    bytes: &'a [u8],
    /// The offset of the closing quote.
    end: usize,
    is_raw: bool,
    /// How many f-strings enclose this one's expressions.
    depth: u32,
}

/// An f-string error, with its place when CPython does not report it at the next token.
#[derive(Clone, Debug)]
pub(super) struct SplitError {
    pub(super) error: LexicalError,
    pub(super) span: Option<Span>,
}

impl From<LexicalError> for SplitError {
    fn from(error: LexicalError) -> SplitError {
        SplitError { error, span: None }
    }
}

impl Splitter<'_> {
    /// The byte at `index`, or `None` at or after the closing quote.
    fn byte(&self, index: usize) -> Option<u8> {
        if index < self.end {
            self.bytes.get(index).copied()
        } else {
            None
        }
    }

    /// The parts up to the end of the f-string (`nesting` 0) or up to the `}`
    /// that ends a format spec (`nesting` 1 and 2).
    fn parts(&self, position: &mut usize, nesting: u32) -> Result<Vec<FStringPart>, SplitError> {
        let mut parts = Vec::new();
        loop {
            let ((literal_start, literal_end), is_doubled_brace) =
                self.literal(position, nesting)?;
            if literal_start < literal_end {
                let text = self
                    .source
                    .get(literal_start..literal_end)
                    .unwrap_or_default();
                let value = if self.is_raw {
                    normalize_newlines(text)
                } else {
                    decode_str(text)?
                };
                push_literal(&mut parts, value);
            }
            if is_doubled_brace {
                continue;
            }
            match self.byte(*position) {
                Some(b'{') => {}
                _ => break,
            }
            let replacement = self.replacement(position, nesting)?;
            parts.push(FStringPart::Replacement(replacement));
        }
        if nesting > 0 && self.byte(*position) != Some(b'}') {
            return Err(LexicalError::FStringExpectingClosingBrace.into());
        }
        Ok(parts)
    }

    /// Scans literal text from `position` up to a `{` or `}`; returns its range
    /// and whether it ended with a doubled brace (kept as one brace in the text).
    fn literal(
        &self,
        position: &mut usize,
        nesting: u32,
    ) -> Result<((usize, usize), bool), LexicalError> {
        let start = *position;
        let mut index = start;
        while let Some(mut byte) = self.byte(index) {
            index += 1;
            if !self.is_raw && byte == b'\\' {
                if let Some(escaped) = self.byte(index) {
                    byte = escaped;
                    index += 1;
                    if byte == b'N' {
                        // Skip `\N{NAME}`, whose braces are not a field (CPython
                        // skips the character after `\N` even when it is not `{`).
                        if let Some(after) = self.byte(index) {
                            index += 1;
                            if after == b'{' {
                                while let Some(named) = self.byte(index) {
                                    index += 1;
                                    if named == b'}' {
                                        break;
                                    }
                                }
                            }
                        }
                        continue;
                    }
                }
            }
            if byte == b'{' || byte == b'}' {
                if nesting == 0 {
                    if self.byte(index) == Some(byte) {
                        *position = index + 1;
                        return Ok(((start, index), true));
                    }
                    if byte == b'}' {
                        *position = index - 1;
                        return Err(LexicalError::FStringSingleClosingBrace);
                    }
                }
                index -= 1;
                break;
            }
        }
        *position = index;
        Ok(((start, index), false))
    }

    /// Scans the field starting with the `{` at `position`.
    fn replacement(
        &self,
        position: &mut usize,
        nesting: u32,
    ) -> Result<FStringReplacement, SplitError> {
        if nesting >= MAXIMUM_NESTING {
            return Err(LexicalError::FStringNestedTooDeeply.into());
        }
        let expression_start = *position + 1;
        let expression_end = self.expression_end(expression_start)?;
        let mut index = expression_end;
        let Some(terminator) = self.byte(index) else {
            return Err(LexicalError::FStringExpectingClosingBrace.into());
        };
        let expression_source = self
            .source
            .get(expression_start..expression_end)
            .unwrap_or_default();
        if expression_source
            .bytes()
            .all(|byte| matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            return Err(SplitError::from(match terminator {
                b'!' | b':' | b'=' => LexicalError::FStringExpressionRequired {
                    before: char::from(terminator),
                },
                _ => LexicalError::FStringEmptyExpression,
            }));
        }
        if let Some(failure) = self.tokenizer_error(expression_source, expression_start) {
            return Err(failure);
        }
        let mut debug_text = None;
        if terminator == b'=' {
            index += 1;
            while self
                .byte(index)
                .is_some_and(|byte| byte.is_ascii_whitespace() || byte == b'\x0b')
            {
                index += 1;
            }
            if self.byte(index).is_none() {
                return Err(LexicalError::FStringExpectingClosingBrace.into());
            }
            let text = self.source.get(expression_start..index).unwrap_or_default();
            debug_text = Some(normalize_newlines(text));
        }
        let mut conversion = None;
        if self.byte(index) == Some(b'!') {
            index += 1;
            let Some(letter) = self.byte(index) else {
                return Err(LexicalError::FStringExpectingClosingBrace.into());
            };
            if !matches!(letter, b's' | b'r' | b'a') {
                return Err(LexicalError::FStringInvalidConversion.into());
            }
            conversion = Some(char::from(letter));
            index += 1;
        }
        let mut format_spec = Vec::new();
        let has_format_spec = self.byte(index) == Some(b':');
        if has_format_spec {
            index += 1;
            if self.byte(index).is_none() {
                return Err(LexicalError::FStringExpectingClosingBrace.into());
            }
            format_spec = self.parts(&mut index, nesting + 1)?;
        }
        if self.byte(index) != Some(b'}') {
            return Err(LexicalError::FStringExpectingClosingBrace.into());
        }
        *position = index + 1;
        // As in CPython's syntax tree, `{x=}` shows the value's repr unless a
        // conversion or a format spec says otherwise.
        if debug_text.is_some() && conversion.is_none() && !has_format_spec {
            conversion = Some('r');
        }
        Ok(FStringReplacement {
            expression_source: expression_source.to_owned(),
            expression_offset: expression_start as u32,
            debug_text,
            conversion,
            format_spec,
        })
    }

    /// The first error CPython's tokenizer raises in the expression, which it
    /// compiles (as `(expression)`) before it reads the rest of the field.
    fn tokenizer_error(&self, expression: &str, offset: usize) -> Option<SplitError> {
        if self.depth >= MAXIMUM_DEPTH {
            return None;
        }
        let wrapped = format!("({expression})");
        let failure = first_tokenizer_error(&wrapped, self.depth + 1)?;
        let shift =
            |position: u32| (position as usize).saturating_sub(1).min(expression.len()) + offset;
        let span = Span::new(
            shift(failure.span.start) as u32,
            shift(failure.span.end) as u32,
        );
        let earlier_lines = LineIndex::new(self.source)
            .line(offset as u32)
            .saturating_sub(1);
        let error = LexicalError::FStringExpression {
            error: Box::new(shift_lines(failure.error, earlier_lines)),
        };
        Some(SplitError {
            error,
            span: Some(span),
        })
    }

    /// Finds where the expression starting at `start` ends: the offset of the
    /// `!`, `:`, `=` or `}` after it (or of the closing quote, if none).
    fn expression_end(&self, start: usize) -> Result<usize, LexicalError> {
        let mut index = start;
        let mut quote: Option<(u8, bool)> = None;
        let mut open_brackets: Vec<u8> = Vec::new();
        while let Some(byte) = self.byte(index) {
            if byte == b'\\' {
                return Err(LexicalError::FStringBackslash);
            }
            if let Some((quote_byte, is_triple)) = quote {
                if byte == quote_byte {
                    if !is_triple {
                        quote = None;
                    } else if self.byte(index + 1) == Some(byte)
                        && self.byte(index + 2) == Some(byte)
                    {
                        index += 2;
                        quote = None;
                    }
                }
                index += 1;
                continue;
            }
            match byte {
                b'\'' | b'"' => {
                    let is_triple =
                        self.byte(index + 1) == Some(byte) && self.byte(index + 2) == Some(byte);
                    if is_triple {
                        index += 2;
                    }
                    quote = Some((byte, is_triple));
                }
                b'(' | b'[' | b'{' => {
                    if open_brackets.len() >= MAXIMUM_OPEN_BRACKETS {
                        return Err(LexicalError::FStringTooManyNestedBrackets);
                    }
                    open_brackets.push(byte);
                }
                b'#' => return Err(LexicalError::FStringHash),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if open_brackets.is_empty() => {
                    let two_character_operator = self.byte(index + 1) == Some(b'=')
                        && matches!(byte, b'!' | b'=' | b'<' | b'>');
                    if two_character_operator {
                        index += 2;
                        continue;
                    }
                    if !matches!(byte, b'<' | b'>') {
                        break;
                    }
                }
                b')' | b']' | b'}' => {
                    let closing = char::from(byte);
                    let Some(opening) = open_brackets.pop() else {
                        return Err(LexicalError::FStringUnmatchedClosingBracket { closing });
                    };
                    let matches =
                        matches!((opening, byte), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                    if !matches {
                        let opening = char::from(opening);
                        return Err(LexicalError::FStringMismatchedBrackets { closing, opening });
                    }
                }
                _ => {}
            }
            index += 1;
        }
        if quote.is_some() {
            return Err(LexicalError::FStringUnterminatedString);
        }
        if let Some(&opening) = open_brackets.last() {
            return Err(LexicalError::FStringUnclosedBracket {
                opening: char::from(opening),
            });
        }
        Ok(index)
    }
}

/// `error` with its line numbers moved `lines` later.
fn shift_lines(error: LexicalError, lines: u32) -> LexicalError {
    match error {
        LexicalError::UnterminatedString {
            start_line,
            detected_at_line,
        } => LexicalError::UnterminatedString {
            start_line: start_line + lines,
            detected_at_line: detected_at_line + lines,
        },
        LexicalError::UnterminatedTripleQuotedString {
            start_line,
            detected_at_line,
        } => LexicalError::UnterminatedTripleQuotedString {
            start_line: start_line + lines,
            detected_at_line: detected_at_line + lines,
        },
        LexicalError::MismatchedBrackets {
            closing,
            opening,
            opening_line,
        } => {
            let opening_line = opening_line.map(|line| line + lines);
            LexicalError::MismatchedBrackets {
                closing,
                opening,
                opening_line,
            }
        }
        other => other,
    }
}

/// Appends literal text, joining it to the literal before if there is one.
fn push_literal(parts: &mut Vec<FStringPart>, value: String) {
    if let Some(FStringPart::Literal(previous)) = parts.last_mut() {
        previous.push_str(&value);
    } else {
        parts.push(FStringPart::Literal(value));
    }
}
