//! Python source cut into coloured spans, for the code blocks of lessons.
//!
//! The engine's own lexer finds the tokens, so the colours agree with what
//! the language understands; the text between tokens holds whitespace, line
//! continuations and comments (`#` to the line's end). The spans always join
//! back to the source exactly: where the lexer stops at an error (an
//! unterminated string, bad indentation), the rest is one plain span.

use super::syntax::lexer::lex;
use super::syntax::TokenKind;
use super::vm::builtins::builtin_names;
use super::vm::types::TypeId;

/// What a span of source is, for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HighlightClass {
    /// A reserved word, `True`, `False` and `None` included.
    Keyword,
    /// A name that is not a builtin (shown as plain text).
    Name,
    /// The name of a builtin function or type (`print`, `len`, `range`, `int`).
    Builtin,
    /// A number literal.
    Number,
    /// A string, bytes or f-string literal.
    String,
    /// A comment.
    Comment,
    /// An operator or punctuation.
    Operator,
    /// Whitespace, and whatever the lexer could not read.
    Plain,
}

/// A piece of source and its class.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HighlightSpan {
    /// The source text of the span.
    pub text: String,
    /// What the text is.
    pub class: HighlightClass,
}

/// Cuts `source` into spans whose texts, joined, are `source` exactly.
/// Adjacent spans never have the same class.
pub fn highlight_python(source: &str) -> Vec<HighlightSpan> {
    let lexed = lex(source);
    let mut spans = SpanList::default();
    let mut cursor = 0;
    for token in &lexed.tokens {
        let class = match &token.kind {
            TokenKind::Name(name) if is_builtin_name(name) => HighlightClass::Builtin,
            TokenKind::Name(_) => HighlightClass::Name,
            TokenKind::Int { .. } | TokenKind::Float(_) | TokenKind::Imaginary(_) => {
                HighlightClass::Number
            }
            TokenKind::String { .. } | TokenKind::FString(_) => HighlightClass::String,
            TokenKind::Keyword(_) => HighlightClass::Keyword,
            TokenKind::Operator(_) => HighlightClass::Operator,
            // Their text (line ends, indentation, comments) is read as a gap.
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndOfFile => {
                continue;
            }
        };
        let (start, end) = (token.span.start as usize, token.span.end as usize);
        let (Some(gap), Some(text)) = (source.get(cursor..start), source.get(start..end)) else {
            continue;
        };
        spans.push_gap(gap);
        spans.push(text, class);
        cursor = end;
    }
    let rest = source.get(cursor..).unwrap_or_default();
    if lexed.error.is_some() {
        spans.push(rest, HighlightClass::Plain);
    } else {
        spans.push_gap(rest);
    }
    spans.spans
}

/// Whether `name` is a builtin function or type of the sandbox's Python.
fn is_builtin_name(name: &str) -> bool {
    builtin_names().any(|builtin| builtin == name) || TypeId::from_builtin_name(name).is_some()
}

/// The spans made so far.
#[derive(Default)]
struct SpanList {
    spans: Vec<HighlightSpan>,
}

impl SpanList {
    /// Adds `text` of `class`, joined to the last span if it has the same class.
    fn push(&mut self, text: &str, class: HighlightClass) {
        if text.is_empty() {
            return;
        }
        match self.spans.last_mut() {
            Some(last) if last.class == class => last.text.push_str(text),
            _ => self.spans.push(HighlightSpan {
                text: text.to_owned(),
                class,
            }),
        }
    }

    /// Adds text between tokens: comments (`#` to the line's end) and the rest plain.
    fn push_gap(&mut self, gap: &str) {
        let mut rest = gap;
        while let Some(comment_start) = rest.find('#') {
            let (before, comment_and_after) = rest.split_at(comment_start);
            let comment_end = comment_and_after
                .find(['\n', '\r'])
                .unwrap_or(comment_and_after.len());
            let (comment, after) = comment_and_after.split_at(comment_end);
            self.push(before, HighlightClass::Plain);
            self.push(comment, HighlightClass::Comment);
            rest = after;
        }
        self.push(rest, HighlightClass::Plain);
    }
}
