//! The parser: tokens to a syntax tree, reporting the error CPython 3.11 reports.
//!
//! A hand-written recursive-descent parser over the lexer's tokens, with
//! precedence climbing for the operators. It stops at the first error. To
//! report the same error as CPython's two-pass PEG parser, it makes the checks
//! of CPython's `invalid_*` rules where its own parse fails, and then decides
//! between its error and the lexer's the way CPython does:
//!
//! - where the parser needs a token at the place where the lexer stopped,
//!   the lexer's error is the one (CPython's tokenizer raises it then);
//! - otherwise the grammar error stands, unless CPython's tokenizer, reading
//!   on to the end, raises an error of its own (a bad string or number, a
//!   stray bracket) or finds a bracket left open on an earlier line;
//! - an expression such as `print "hi"` or `print -1` anywhere before the
//!   error turns it into "Missing parentheses in call to 'print'", as
//!   CPython's second pass finds that first.
//!
//! Nesting is bounded: deep groups are parsed first (see `deep.rs`), and past
//! `limits::MAX_RECURSION` calls or `limits::MAX_HEIGHT` levels of tree the
//! program is "too complex", so neither parsing nor dropping the tree can
//! overflow the stack.

mod assignment;
mod atoms;
mod compound;
mod cursor;
mod deep;
mod definitions;
mod expressions;
mod limits;
mod named;
mod operators;
mod parameters;
mod patterns;
mod primary;
mod statements;
mod strings;
mod targets;

use super::ast::Module;
use super::grammar_error::GrammarError;
use super::lexer::lex;
use super::lexical_error::LexicalError;
use super::token::LineIndex;
use super::{SyntaxError, SyntaxErrorKind};
use cursor::{Parsed, Parser};

/// Parses a whole program into its syntax tree, or finds its first syntax
/// error as CPython 3.11 reports it (type, message and place).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let lexed = lex(source);
    let mut parser = Parser::new(source, lexed.tokens, lexed.error.is_some(), (0, 0));
    parser.parse_deep_groups();
    let result = parser.parse_file();
    finish(&mut parser, result, lexed.error).map(|body| Module { body })
}

/// The result CPython would give, from the parser's result and the lexer's error.
fn finish<T>(
    parser: &mut Parser<'_>,
    result: Parsed<T>,
    lexical: Option<SyntaxError>,
) -> Result<T, SyntaxError> {
    let failure = match result {
        Ok(value) => {
            return match lexical {
                Some(error) => Err(error),
                None => Ok(value),
            }
        }
        Err(failure) => failure,
    };
    let origin = failure.origin;
    let grammar = match failure.immediate {
        true => failure.error,
        false => parser.legacy_error_before(origin).unwrap_or(failure.error),
    };
    // "Too complex" is the sandbox's own limit: any error CPython would find
    // wins over it. An unexpected indent or unindent is reported by CPython
    // before it reads on to the end.
    let too_complex = matches!(
        grammar.kind,
        SyntaxErrorKind::Grammar(GrammarError::TooComplex)
    );
    let indentation = matches!(
        grammar.kind,
        SyntaxErrorKind::Grammar(GrammarError::UnexpectedIndent | GrammarError::UnexpectedUnindent)
    );
    match lexical {
        Some(lexical) if parser.touched_lexical_error() || too_complex => Err(lexical),
        Some(lexical) if !indentation && lexical_error_outranks(parser, &lexical) => Err(lexical),
        _ => Err(grammar),
    }
}

/// Whether CPython's tokenizer, reading on after a grammar error, replaces
/// it with `lexical`: it does for errors it raises itself, and for a bracket
/// never closed that was opened on a line before the grammar error's.
fn lexical_error_outranks(parser: &Parser<'_>, lexical: &SyntaxError) -> bool {
    let SyntaxErrorKind::Lexical(error) = &lexical.kind else {
        return false;
    };
    if let LexicalError::UnclosedBracket { .. } = error {
        let lines = LineIndex::new(parser.source);
        let error_line = lines.line(parser.span_at(parser.furthest()).start);
        return error_line > lines.line(lexical.span.start);
    }
    error.replaces_invalid_syntax()
}

impl Parser<'_> {
    /// CPython's `invalid_legacy_expression`, met in its second pass before
    /// the token at `origin`: `print` or `exec` followed by an expression.
    fn legacy_error_before(&mut self, origin: usize) -> Option<SyntaxError> {
        let mut candidates = std::mem::take(&mut self.legacy_candidates);
        candidates.sort_unstable();
        candidates.dedup();
        let mut found = None;
        for (index, &candidate) in candidates.iter().enumerate() {
            if candidate >= origin {
                break;
            }
            if let Some(end) = self.legacy_argument_end(candidate) {
                found = Some((index, end));
                break;
            }
        }
        let (index, mut end) = found?;
        let mut candidate = candidates.get(index).copied()?;
        // CPython meets a `print x` inside the argument of another first.
        let mut inner = candidate + 1;
        while inner < end {
            if self.starts_legacy_call(inner) {
                if let Some(inner_end) = self.legacy_argument_end(inner) {
                    (candidate, end) = (inner, inner_end);
                }
            }
            inner += 1;
        }
        let function = self.text_at(candidate).to_owned();
        let span = self.span_at(candidate).cover(self.span_at(candidate + 1));
        let kind = SyntaxErrorKind::Grammar(GrammarError::MissingParentheses { function });
        Some(SyntaxError { kind, span })
    }

    /// Whether `print` or `exec` (not an attribute) at `index` is followed by
    /// something other than `(`.
    fn starts_legacy_call(&self, index: usize) -> bool {
        let name = matches!(
            self.raw_token(index).map(|token| &token.kind),
            Some(super::token::TokenKind::Name(name)) if expressions::is_legacy_name(name)
        );
        let after_dot = index.checked_sub(1).is_some_and(|previous| {
            self.operator_at_index(previous) == Some(super::token::Operator::Dot)
        });
        let call = self.operator_at_index(index + 1) == Some(super::token::Operator::LeftParen);
        name && !after_dot && !call
    }

    /// Where the argument of a `print` or `exec` at `candidate` ends, if it
    /// can be read as CPython's `star_expressions`.
    fn legacy_argument_end(&mut self, candidate: usize) -> Option<usize> {
        let saved = self.position;
        self.position = candidate + 1;
        let end = self
            .speculate(true, |parser| parser.parse_star_expression())
            .map(|_| self.position);
        self.position = saved;
        end
    }
}
