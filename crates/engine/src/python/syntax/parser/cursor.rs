//! The parser's cursor over the tokens: looking ahead, consuming, spans,
//! nesting depth, speculation and errors.
//!
//! The tokens always end with `EndOfFile`. When the lexer stopped at an error,
//! that last token is a stand-in: CPython's parser fetches tokens lazily and
//! meets the tokenizer's error as soon as it looks at that place, so looking at
//! the stand-in is recorded and the lexer's error is reported instead.

use std::cell::Cell;
use std::collections::BTreeMap;

use super::super::ast::Name;
use super::super::grammar_error::{GrammarError, UnexpectedToken};
use super::super::token::{Keyword, Operator, Span, Token, TokenKind};
use super::super::{SyntaxError, SyntaxErrorKind};
use super::deep::CachedGroup;

/// A syntax error found by the parser, with what CPython's order of reporting needs.
#[derive(Clone, Debug)]
pub(super) struct Failure {
    /// The error.
    pub(super) error: SyntaxError,
    /// Whether CPython raises it in its first pass (forced tokens, strings,
    /// f-strings, depth): then no earlier `print x` takes precedence.
    pub(super) immediate: bool,
    /// CPython's second pass reports an earlier `print x` instead of this
    /// error if that expression starts before this token index.
    pub(super) origin: usize,
}

/// The result of a parsing function.
pub(super) type Parsed<T> = Result<T, Box<Failure>>;

/// A token kind to point at when the tokens are somehow empty.
static END_OF_FILE: TokenKind = TokenKind::EndOfFile;

/// The parser's state: the tokens and where it is in them.
pub(super) struct Parser<'source> {
    /// The whole program's text (spans index into it).
    pub(super) source: &'source str,
    tokens: Vec<Token>,
    /// The bracket nesting level after each token, as CPython's tokenizer counts it.
    levels: Vec<u32>,
    /// The index of the current token.
    pub(super) position: usize,
    ends_at_lexical_error: bool,
    touched_lexical_error: Cell<bool>,
    furthest: Cell<usize>,
    /// The furthest token looked at outside speculation and checks: where
    /// CPython's first pass stopped, and so where it says "invalid syntax".
    first_pass_furthest: Cell<usize>,
    /// Above zero while re-reading tokens for a more precise error.
    pub(super) checking: u32,
    /// Where a dictionary key after a comma starts: CPython says "':'
    /// expected after dictionary key" there rather than "forgot a comma".
    pub(super) dictionary_key_at: Option<usize>,
    /// How many of the parser's functions are on the stack (counted ones).
    pub(super) recursion: u32,
    /// How tall the tree being built is, at most, down to here.
    pub(super) height: u32,
    /// The greatest `height` reached in the current parse of a group.
    pub(super) max_height: u32,
    /// The trees of deep groups, parsed first (see `deep.rs`), by their first token.
    pub(super) cache: BTreeMap<usize, CachedGroup>,
    /// Above zero while trying a parse that may fail without consequence.
    pub(super) speculating: u32,
    /// Where an expression starts with `print` or `exec` not followed by `(`.
    pub(super) legacy_candidates: Vec<usize>,
}

impl<'source> Parser<'source> {
    /// A parser over `tokens`, which stop at a lexical error if `ends_at_lexical_error`.
    pub(super) fn new(
        source: &'source str,
        mut tokens: Vec<Token>,
        ends_at_lexical_error: bool,
        (recursion, height): (u32, u32),
    ) -> Parser<'source> {
        let ends_with_end_of_file = matches!(
            tokens.last(),
            Some(Token {
                kind: TokenKind::EndOfFile,
                ..
            })
        );
        if ends_at_lexical_error || !ends_with_end_of_file {
            let end = tokens.last().map_or(0, |token| token.span.end);
            let end = if ends_at_lexical_error {
                end
            } else {
                source.len() as u32
            };
            tokens.push(Token {
                kind: TokenKind::EndOfFile,
                span: Span::new(end, end),
            });
        }
        let mut level = 0u32;
        let levels = tokens
            .iter()
            .map(|token| {
                match token.kind {
                    TokenKind::Operator(
                        Operator::LeftParen | Operator::LeftBracket | Operator::LeftBrace,
                    ) => level += 1,
                    TokenKind::Operator(
                        Operator::RightParen | Operator::RightBracket | Operator::RightBrace,
                    ) => level = level.saturating_sub(1),
                    _ => {}
                }
                level
            })
            .collect();
        Parser {
            source,
            tokens,
            levels,
            position: 0,
            ends_at_lexical_error,
            touched_lexical_error: Cell::new(false),
            furthest: Cell::new(0),
            first_pass_furthest: Cell::new(0),
            checking: 0,
            dictionary_key_at: None,
            recursion,
            height,
            max_height: height,
            cache: BTreeMap::new(),
            speculating: 0,
            legacy_candidates: Vec::new(),
        }
    }

    /// Whether the parser looked at the place where the lexer stopped.
    pub(super) fn touched_lexical_error(&self) -> bool {
        self.touched_lexical_error.get()
    }

    /// The index of the furthest token the parser looked at.
    pub(super) fn furthest(&self) -> usize {
        self.furthest.get()
    }

    /// The nesting counters (handed on to the parsers of f-string fields).
    pub(super) fn depth(&self) -> (u32, u32) {
        (self.recursion, self.height)
    }

    /// Sets the nesting counters (to parse a deep group afresh).
    pub(super) fn set_depth(&mut self, (recursion, height): (u32, u32)) {
        self.recursion = recursion;
        self.height = height;
        self.max_height = height;
    }

    /// All the tokens.
    pub(super) fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The furthest token looked at outside speculation and checks.
    pub(super) fn first_pass_furthest(&self) -> usize {
        self.first_pass_furthest.get()
    }

    /// The furthest tokens looked at, saved while parsing deep groups first.
    pub(super) fn furthest_tokens(&self) -> (usize, usize) {
        (self.furthest.get(), self.first_pass_furthest.get())
    }

    /// Restores what [`Parser::furthest_tokens`] gave.
    pub(super) fn set_furthest_tokens(&self, (furthest, first_pass): (usize, usize)) {
        self.furthest.set(furthest);
        self.first_pass_furthest.set(first_pass);
    }

    /// Counts the tokens a deep group's parse looked at as looked at now.
    pub(super) fn note_furthest_tokens(&self, (furthest, first_pass): (usize, usize)) {
        self.furthest.set(self.furthest.get().max(furthest));
        if self.speculating == 0 && self.checking == 0 {
            self.first_pass_furthest
                .set(self.first_pass_furthest.get().max(first_pass));
        }
    }

    fn last_index(&self) -> usize {
        self.tokens.len().saturating_sub(1)
    }

    fn look(&self, index: usize) -> usize {
        let index = index.min(self.last_index());
        if index > self.furthest.get() {
            self.furthest.set(index);
        }
        if self.speculating == 0 && self.checking == 0 && index > self.first_pass_furthest.get() {
            self.first_pass_furthest.set(index);
        }
        if self.ends_at_lexical_error && index == self.last_index() {
            self.touched_lexical_error.set(true);
        }
        index
    }

    /// The token at `index` (clamped to the end).
    pub(super) fn token_at(&self, index: usize) -> Option<&Token> {
        self.tokens.get(self.look(index))
    }

    /// The token at `index`, without counting it as looked at (for checks
    /// that CPython makes on tokens it has already read).
    pub(super) fn raw_token(&self, index: usize) -> Option<&Token> {
        self.tokens.get(index)
    }

    /// The span of the token at `index`, without counting it as looked at.
    pub(super) fn raw_span(&self, index: usize) -> Span {
        self.raw_token(index)
            .map_or_else(Span::default, |token| token.span)
    }

    /// The operator at `index`, if it is one, without counting it as looked at.
    pub(super) fn operator_at_index(&self, index: usize) -> Option<Operator> {
        match self.raw_token(index)?.kind {
            TokenKind::Operator(operator) => Some(operator),
            _ => None,
        }
    }

    /// The index of the token that starts at byte `offset`, if one does.
    pub(super) fn token_index_at(&self, offset: u32) -> Option<usize> {
        let index = self
            .tokens
            .partition_point(|token| token.span.start < offset);
        (self.tokens.get(index)?.span.start == offset).then_some(index)
    }

    /// The kind of the token `ahead` tokens after the current one.
    pub(super) fn kind_at(&self, ahead: usize) -> &TokenKind {
        self.token_at(self.position + ahead)
            .map_or(&END_OF_FILE, |token| &token.kind)
    }

    /// The kind of the current token.
    pub(super) fn kind(&self) -> &TokenKind {
        self.kind_at(0)
    }

    /// The span of the token at `index`.
    pub(super) fn span_at(&self, index: usize) -> Span {
        self.token_at(index)
            .map_or_else(Span::default, |token| token.span)
    }

    /// The span of the current token.
    pub(super) fn span(&self) -> Span {
        self.span_at(self.position)
    }

    /// The source text of the token at `index`.
    pub(super) fn text_at(&self, index: usize) -> &'source str {
        let span = self.span_at(index);
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// Whether the current token is `operator`.
    pub(super) fn at_operator(&self, operator: Operator) -> bool {
        self.operator_at(0) == Some(operator)
    }

    /// The operator `ahead` tokens on, if it is one.
    pub(super) fn operator_at(&self, ahead: usize) -> Option<Operator> {
        match self.kind_at(ahead) {
            TokenKind::Operator(operator) => Some(*operator),
            _ => None,
        }
    }

    /// Whether the current token is `keyword`.
    pub(super) fn at_keyword(&self, keyword: Keyword) -> bool {
        self.keyword_at(0) == Some(keyword)
    }

    /// The keyword `ahead` tokens on, if it is one.
    pub(super) fn keyword_at(&self, ahead: usize) -> Option<Keyword> {
        match self.kind_at(ahead) {
            TokenKind::Keyword(keyword) => Some(*keyword),
            _ => None,
        }
    }

    /// Whether the current token is a name.
    pub(super) fn at_name(&self) -> bool {
        matches!(self.kind(), TokenKind::Name(_))
    }

    /// Moves past the current token and returns its span.
    pub(super) fn bump(&mut self) -> Span {
        let span = self.span();
        if self.position < self.last_index() {
            self.position += 1;
        }
        span
    }

    /// Moves past `operator` if it is the current token.
    pub(super) fn eat_operator(&mut self, operator: Operator) -> Option<Span> {
        self.at_operator(operator).then(|| self.bump())
    }

    /// Moves past `keyword` if it is the current token.
    pub(super) fn eat_keyword(&mut self, keyword: Keyword) -> Option<Span> {
        self.at_keyword(keyword).then(|| self.bump())
    }

    /// Moves past a name if it is the current token.
    pub(super) fn eat_name(&mut self) -> Option<Name> {
        let TokenKind::Name(id) = self.kind() else {
            return None;
        };
        let id = id.clone();
        Some(Name {
            id,
            span: self.bump(),
        })
    }

    /// The span from the token at `start` to the last token consumed.
    pub(super) fn span_from(&self, start: usize) -> Span {
        let first = self.span_at(start);
        if self.position <= start {
            return Span::new(first.start, first.start);
        }
        first.cover(self.span_at(self.position - 1))
    }

    /// The bracket nesting level just before the current token.
    pub(super) fn level_here(&self) -> u32 {
        match self.position.checked_sub(1) {
            Some(index) => self.levels.get(index).copied().unwrap_or(0),
            None => 0,
        }
    }

    /// A second-pass error (CPython's invalid rules and plain "invalid syntax").
    pub(super) fn error_at(&self, error: GrammarError, span: Span) -> Box<Failure> {
        self.failure(error, span, false)
    }

    /// An error CPython raises in its first pass.
    pub(super) fn immediate_error_at(&self, error: GrammarError, span: Span) -> Box<Failure> {
        self.failure(error, span, true)
    }

    fn failure(&self, error: GrammarError, span: Span, immediate: bool) -> Box<Failure> {
        let error = SyntaxError {
            kind: SyntaxErrorKind::Grammar(error),
            span,
        };
        Box::new(Failure {
            error,
            immediate,
            origin: self.position,
        })
    }

    /// Any syntax error, raised at once (one found in an f-string's field).
    pub(super) fn immediate_failure(&self, error: SyntaxError) -> Box<Failure> {
        Box::new(Failure {
            error,
            immediate: true,
            origin: self.position,
        })
    }

    /// CPython's plain "invalid syntax" at the current token (an unexpected
    /// INDENT or DEDENT is an IndentationError instead).
    pub(super) fn invalid_syntax(&self) -> Box<Failure> {
        self.invalid_syntax_at(self.position)
    }

    /// CPython's plain "invalid syntax", where its first pass stopped: at the
    /// token at `index`, or at a later one it had looked at.
    pub(super) fn invalid_syntax_at(&self, index: usize) -> Box<Failure> {
        let index = index.max(self.first_pass_furthest.get());
        let span = self.span_at(index);
        let error = match &self.tokens.get(self.look(index)).map(|token| &token.kind) {
            Some(TokenKind::Indent) => {
                return self.error_at(GrammarError::UnexpectedIndent, self.indentation_span(index))
            }
            Some(TokenKind::Dedent) => {
                return self.error_at(
                    GrammarError::UnexpectedUnindent,
                    self.indentation_span(index),
                )
            }
            Some(TokenKind::Newline) => UnexpectedToken::EndOfLine,
            Some(TokenKind::EndOfFile) | None => UnexpectedToken::EndOfFile,
            Some(_) => UnexpectedToken::Text(self.text_at(index).to_owned()),
        };
        let mut failure = self.error_at(GrammarError::InvalidSyntax { unexpected: error }, span);
        failure.origin = failure.origin.max(index);
        failure
    }

    /// Where CPython points for an indentation error at the INDENT or DEDENT at
    /// `index`: the last character of the indentation before the line's first token.
    pub(super) fn indentation_span(&self, index: usize) -> Span {
        let mut next = index;
        while matches!(
            self.tokens.get(next).map(|token| &token.kind),
            Some(TokenKind::Indent | TokenKind::Dedent)
        ) {
            next += 1;
        }
        let start = self.raw_span(next).start;
        let line_start = self.source.get(..start as usize).map_or(0, |before| {
            before
                .rfind(['\n', '\r'])
                .map_or(0, |newline| newline as u32 + 1)
        });
        if start > line_start {
            Span::new(start - 1, start)
        } else {
            Span::new(start, start)
        }
    }
}
