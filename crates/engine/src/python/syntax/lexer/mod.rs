//! The lexer: source text to tokens, cut as CPython 3.11's tokenizer cuts them.
//!
//! Logical lines end in NEWLINE; blank and comment-only lines give no tokens;
//! inside brackets, and after a `\` at a line's end, lines are joined.
//! Indentation gives INDENT and DEDENT (see `indentation.rs`).
//!
//! CPython's habits decide which error is reported, and where:
//! - A problem inside a string (an escape, an f-string field) is found by
//!   CPython's parser when it joins adjacent strings, after the tokenizer has
//!   read the token that follows them. So the lexer keeps such a problem until
//!   that next token and reports it there, with the tokens before the strings;
//!   an error of the tokenizer in between wins.
//! - A sign Python has no use for (`$`, `?`, a backtick, a lone `!`, `<>`)
//!   makes CPython's parser say "invalid syntax"; the tokens stop before it.
//! - After its parser reports an error, CPython tokenizes the rest of the
//!   source, and an error its tokenizer raises there replaces the parser's
//!   (see [`LexicalError::replaces_invalid_syntax`]). So after those two
//!   parser errors the lexer goes on looking for such a later error.

mod escape;
mod fstring;
mod identifier;
mod indentation;
mod number;
mod operator;
mod string;
mod unicode_names;

use self::indentation::IndentationLevel;
use self::string::{Prefix, StringGroup};
use super::lexical_error::LexicalError;
use super::token::{Keyword, LineIndex, Span, Token, TokenKind};
use super::{SyntaxError, SyntaxErrorKind};

/// The tokens of a source, up to its first lexical error.
#[derive(Clone, Debug, PartialEq)]
pub struct LexedSource {
    /// The tokens; they end with `EndOfFile` when there is no error.
    pub tokens: Vec<Token>,
    /// The first lexical error; the tokens stop just before it.
    pub error: Option<SyntaxError>,
}

/// Cuts `source` into tokens.
///
/// Without an error the tokens end with `Newline` (if the last line has
/// content), a `Dedent` for every open block, and `EndOfFile`. With one,
/// `error` is the error CPython 3.11 reports, where it reports it, and the
/// tokens stop where CPython's parser meets it: before the error, before the
/// strings whose content is wrong, or before an unknown sign such as `$` that
/// a later tokenizer error replaced (see the module's doc).
///
/// A bytes literal's value holds one `char` per byte (`U+0000` to `U+00FF`).
/// A `{x=}` field of an f-string without conversion or format spec has the
/// conversion `r`, as in CPython's syntax tree.
pub fn lex(source: &str) -> LexedSource {
    let mut lexer = Lexer::new(source, 0);
    let error = match lexer.run() {
        Ok(()) => None,
        Err(failure) => {
            let failure = lexer.resolve(failure);
            Some(SyntaxError {
                kind: SyntaxErrorKind::Lexical(failure.error),
                span: failure.span,
            })
        }
    };
    LexedSource {
        tokens: lexer.tokens,
        error,
    }
}

/// The first error of CPython's tokenizer in `source`, the expression of an
/// f-string `depth` levels deep, or the unknown sign its parser rejects.
fn first_tokenizer_error(source: &str, depth: u32) -> Option<Failure> {
    let mut lexer = Lexer::new(source, depth);
    let failure = lexer.run().err()?;
    let failure = lexer.resolve(failure);
    let is_reported = failure.error.replaces_invalid_syntax()
        || matches!(failure.error, LexicalError::UnknownSymbol { .. });
    is_reported.then_some(failure)
}

/// An error and the place CPython reports it at.
#[derive(Clone, Debug)]
struct Failure {
    error: LexicalError,
    span: Span,
}

/// A parser error, and the line of the last token CPython read before it.
#[derive(Clone, Debug)]
struct Provisional {
    failure: Failure,
    last_token_line: u32,
}

/// An opening bracket not yet closed.
#[derive(Clone, Copy, Debug)]
struct OpenBracket {
    character: u8,
    offset: usize,
}

struct Lexer<'a> {
    /// The source up to the line holding its first NUL character, if any:
    /// CPython stops with an error when it reads that line.
    text: &'a str,
    bytes: &'a [u8],
    null_byte: Option<usize>,
    position: usize,
    line_index: LineIndex,
    tokens: Vec<Token>,
    indentation_stack: Vec<IndentationLevel>,
    open_brackets: Vec<OpenBracket>,
    at_line_start: bool,
    /// Whether the current line holds only spaces and a comment.
    blank_line: bool,
    /// Whether the current logical line has tokens (so needs a NEWLINE).
    line_has_tokens: bool,
    string_group: Option<StringGroup>,
    /// An error CPython's parser would report, after which the lexer only
    /// looks for a later tokenizer error that replaces it.
    provisional: Option<Provisional>,
    /// How many f-strings enclose this source (0 for a program).
    depth: u32,
}

impl<'a> Lexer<'a> {
    fn new(source: &'a str, depth: u32) -> Lexer<'a> {
        let null_byte = source.find('\0');
        let readable_end = null_byte.map_or(source.len(), |offset| {
            source
                .get(..offset)
                .and_then(|before| before.rfind(['\n', '\r']))
                .map_or(0, |line_end| line_end + 1)
        });
        let text = source.get(..readable_end).unwrap_or_default();
        Lexer {
            text,
            bytes: text.as_bytes(),
            null_byte,
            position: 0,
            line_index: LineIndex::new(source),
            tokens: Vec::new(),
            indentation_stack: vec![IndentationLevel::default()],
            open_brackets: Vec::new(),
            at_line_start: true,
            blank_line: false,
            line_has_tokens: false,
            string_group: None,
            provisional: None,
            depth,
        }
    }

    fn byte(&self, index: usize) -> Option<u8> {
        self.bytes.get(index).copied()
    }

    /// The 1-based line of `offset`.
    fn line(&self, offset: usize) -> u32 {
        self.line_index.line(offset as u32)
    }

    fn run(&mut self) -> Result<(), Failure> {
        // A file saved with a byte order mark runs as if it had none.
        if self.text.starts_with('\u{FEFF}') {
            self.position = '\u{FEFF}'.len_utf8();
        }
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                self.start_line()?;
            }
            while matches!(self.byte(self.position), Some(b' ' | b'\t' | b'\x0c')) {
                self.position += 1;
            }
            let token_start = self.position;
            if self.byte(self.position) == Some(b'#') {
                while !matches!(self.byte(self.position), Some(b'\n' | b'\r') | None) {
                    self.position += 1;
                }
            }
            let Some(byte) = self.byte(self.position) else {
                return self.finish(token_start);
            };
            match byte {
                b'\n' | b'\r' => self.newline(token_start)?,
                b'\\' => self.line_continuation()?,
                b'0'..=b'9' => self.number()?,
                b'.' if self
                    .byte(self.position + 1)
                    .is_some_and(|next| next.is_ascii_digit()) =>
                {
                    self.number()?;
                }
                b'\'' | b'"' => self.string(self.position, self.position, Prefix::default())?,
                _ if byte == b'_' || byte.is_ascii_alphabetic() || byte >= 0x80 => {
                    self.name_or_string()?;
                }
                _ => self.operator()?,
            }
        }
    }

    /// The end of the source: closes the last line and the open blocks.
    fn finish(&mut self, token_start: usize) -> Result<(), Failure> {
        if let Some(failure) = self.null_byte_failure() {
            return Err(failure);
        }
        if let Some(failure) = self.unclosed_bracket_failure() {
            return Err(failure);
        }
        if let Some(provisional) = &self.provisional {
            return Err(provisional.failure.clone());
        }
        let end = self.text.len() as u32;
        if self.line_has_tokens {
            self.push(TokenKind::Newline, Span::new(token_start as u32, end))?;
            // The NEWLINE may have shown that the strings before it have a problem.
            if let Some(provisional) = &self.provisional {
                return Err(provisional.failure.clone());
            }
        }
        for _ in 1..self.indentation_stack.len() {
            self.push(TokenKind::Dedent, Span::new(end, end))?;
        }
        self.push(TokenKind::EndOfFile, Span::new(end, end))
    }

    /// A line end at `self.position`; the NEWLINE token starts at `token_start`
    /// (where a comment before it starts, as in CPython).
    fn newline(&mut self, token_start: usize) -> Result<(), Failure> {
        let newline_start = self.position;
        let is_crlf =
            self.byte(self.position) == Some(b'\r') && self.byte(self.position + 1) == Some(b'\n');
        self.position += if is_crlf { 2 } else { 1 };
        self.at_line_start = true;
        if self.blank_line || !self.open_brackets.is_empty() {
            return Ok(());
        }
        self.push(
            TokenKind::Newline,
            Span::new(token_start as u32, newline_start as u32),
        )
    }

    /// A `\` that joins this line to the next.
    fn line_continuation(&mut self) -> Result<(), Failure> {
        let after_backslash = self.position + 1;
        let here = Span::new(after_backslash as u32, after_backslash as u32);
        match self.byte(after_backslash) {
            Some(b'\r') if self.byte(after_backslash + 1) == Some(b'\n') => self.position += 3,
            Some(b'\n' | b'\r') => self.position += 2,
            None => self.position += 1,
            Some(_) => {
                let width = self
                    .text
                    .get(after_backslash..)
                    .and_then(|rest| rest.chars().next());
                let width = width.map_or(1, char::len_utf8) as u32;
                let span = Span::new(here.start, here.start + width);
                return Err(Failure {
                    error: LexicalError::UnexpectedCharacterAfterBackslash,
                    span,
                });
            }
        }
        if self.byte(self.position).is_none() {
            let failure = self
                .null_byte_failure()
                .or_else(|| self.unclosed_bracket_failure());
            return Err(failure.unwrap_or(Failure {
                error: LexicalError::EndOfFileAfterBackslash,
                span: here,
            }));
        }
        Ok(())
    }

    fn number(&mut self) -> Result<(), Failure> {
        let start = self.position;
        let (kind, end) = number::lex_number(self.text, start)?;
        self.position = end;
        self.push(kind, Span::new(start as u32, end as u32))
    }

    /// A name or keyword, or a string with a prefix such as `f` or `rb`.
    fn name_or_string(&mut self) -> Result<(), Failure> {
        let start = self.position;
        let mut prefix = Prefix::default();
        let mut index = start;
        while self.byte(index).is_some_and(|byte| prefix.accept(byte)) {
            index += 1;
            if matches!(self.byte(index), Some(b'\'' | b'"')) {
                return self.string(start, index, prefix);
            }
        }
        let mut end = start;
        let mut is_ascii = true;
        while let Some(byte) = self.byte(end) {
            if byte >= 0x80 {
                is_ascii = false;
            } else if !(byte.is_ascii_alphanumeric() || byte == b'_') {
                break;
            }
            end += 1;
        }
        let text = self.text.get(start..end).unwrap_or_default();
        if !is_ascii {
            if let Some((offset, error)) = identifier::first_invalid_character(text) {
                let width = text
                    .get(offset..)
                    .and_then(|rest| rest.chars().next())
                    .map_or(1, char::len_utf8);
                let span = Span::new((start + offset) as u32, (start + offset + width) as u32);
                return Err(Failure { error, span });
            }
        }
        self.position = end;
        let kind = match Keyword::from_text(text) {
            Some(keyword) => TokenKind::Keyword(keyword),
            None => TokenKind::Name(text.to_owned()),
        };
        self.push(kind, Span::new(start as u32, end as u32))
    }

    /// Adds a token, unless only a later error is looked for.
    fn push(&mut self, kind: TokenKind, span: Span) -> Result<(), Failure> {
        if self.provisional.is_some() {
            return Ok(());
        }
        if self.report_string_problem(span) {
            return Ok(());
        }
        self.line_has_tokens = !matches!(
            kind,
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndOfFile
        );
        self.tokens.push(Token { kind, span });
        Ok(())
    }

    fn null_byte_failure(&self) -> Option<Failure> {
        let offset = self.null_byte? as u32;
        Some(Failure {
            error: LexicalError::NullByte,
            span: Span::new(offset, offset + 1),
        })
    }

    /// "'(' was never closed", at the innermost open bracket.
    fn unclosed_bracket_failure(&self) -> Option<Failure> {
        let bracket = self.open_brackets.last()?;
        let offset = bracket.offset as u32;
        let error = LexicalError::UnclosedBracket {
            opening: char::from(bracket.character),
        };
        Some(Failure {
            error,
            span: Span::new(offset, offset + 1),
        })
    }

    /// The error to report, given CPython's check of the rest of the source
    /// after a parser error: a tokenizer error raised there wins, and so does
    /// a bracket left open since before the line of the parser's last token.
    fn resolve(&self, failure: Failure) -> Failure {
        let Some(provisional) = &self.provisional else {
            return failure;
        };
        if failure.error.replaces_invalid_syntax() {
            return failure;
        }
        if let Some(bracket) = self.open_brackets.last() {
            if provisional.last_token_line > self.line(bracket.offset) {
                return self.unclosed_bracket_failure().unwrap_or(failure);
            }
        }
        provisional.failure.clone()
    }

    /// Records a parser error; the lexer then only looks for a later one that replaces it.
    fn set_provisional(&mut self, failure: Failure, last_token: Span) {
        if self.provisional.is_none() {
            let last_token_line = self.line(last_token.start as usize);
            self.provisional = Some(Provisional {
                failure,
                last_token_line,
            });
        }
    }
}
