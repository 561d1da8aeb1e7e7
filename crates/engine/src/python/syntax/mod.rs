//! From source text to a syntax tree: tokens, the lexer, the parser and their errors.
//!
//! Positions are byte offsets into the source ([`Span`]); [`LineIndex`] turns
//! them into the 1-based lines and columns that errors and the editor show.

pub mod ast;
pub mod grammar_error;
pub mod lexer;
pub mod lexical_error;
pub mod parser;
pub mod token;

pub use grammar_error::GrammarError;
pub use lexical_error::LexicalError;
pub use token::{Keyword, LineIndex, Operator, Span, Token, TokenKind};

/// A program that cannot be run because it is not valid Python.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// What is wrong.
    pub kind: SyntaxErrorKind,
    /// Where: CPython's line (and column) come from here.
    pub span: Span,
}

/// What is wrong with a program's text, by the stage that found it.
#[derive(Clone, Debug, PartialEq)]
pub enum SyntaxErrorKind {
    /// Found while cutting the text into tokens (strings, numbers, indentation, brackets).
    Lexical(LexicalError),
    /// Found while fitting the tokens to Python's grammar.
    Grammar(GrammarError),
}

impl SyntaxErrorKind {
    /// The Python exception type: `SyntaxError`, `IndentationError` or `TabError`.
    pub fn python_type(&self) -> &'static str {
        match self {
            SyntaxErrorKind::Lexical(error) => error.python_type(),
            SyntaxErrorKind::Grammar(error) => error.python_type(),
        }
    }

    /// The message CPython 3.11 prints after the type, in English as CPython does.
    pub fn cpython_message(&self) -> String {
        match self {
            SyntaxErrorKind::Lexical(error) => error.cpython_message(),
            SyntaxErrorKind::Grammar(error) => error.cpython_message(),
        }
    }

    /// The Fluent message that explains the error to a pupil, with its arguments.
    pub fn explanation(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            SyntaxErrorKind::Lexical(error) => error.explanation(),
            SyntaxErrorKind::Grammar(error) => error.explanation(),
        }
    }
}
