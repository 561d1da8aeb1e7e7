//! Operators and brackets, and the signs Python has no use for.

use super::{Failure, Lexer, OpenBracket};
use crate::python::syntax::lexical_error::LexicalError;
use crate::python::syntax::token::{Operator, Span, TokenKind};

/// The most brackets open at once (CPython's MAXLEVEL).
const MAXIMUM_OPEN_BRACKETS: usize = 200;

impl Lexer<'_> {
    /// An operator or bracket, or a sign Python has no use for.
    pub(super) fn operator(&mut self) -> Result<(), Failure> {
        let start = self.position;
        let rest = self.bytes.get(start..).unwrap_or_default();
        if rest.starts_with(b"<>") {
            return self.unknown_symbol_here("<>");
        }
        let Some(&operator) = Operator::LONGEST_FIRST
            .iter()
            .find(|operator| rest.starts_with(operator.text().as_bytes()))
        else {
            return match rest.first().copied().unwrap_or_default() {
                b'$' => self.unknown_symbol_here("$"),
                b'?' => self.unknown_symbol_here("?"),
                b'`' => self.unknown_symbol_here("`"),
                b'!' => self.unknown_symbol_here("!"),
                byte => {
                    let error = LexicalError::NonPrintableCharacter {
                        character: char::from(byte),
                    };
                    Err(Failure {
                        error,
                        span: Span::new(start as u32, start as u32 + 1),
                    })
                }
            };
        };
        let end = start + operator.text().len();
        let span = Span::new(start as u32, end as u32);
        let opening_for = |closing| match closing {
            b')' => b'(',
            b']' => b'[',
            _ => b'{',
        };
        match operator.text().as_bytes() {
            [byte @ (b'(' | b'[' | b'{')] => {
                if self.open_brackets.len() >= MAXIMUM_OPEN_BRACKETS {
                    return Err(Failure {
                        error: LexicalError::TooManyNestedBrackets,
                        span,
                    });
                }
                self.open_brackets.push(OpenBracket {
                    character: *byte,
                    offset: start,
                });
            }
            [closing @ (b')' | b']' | b'}')] => {
                let closing_character = char::from(*closing);
                let Some(open) = self.open_brackets.pop() else {
                    let error = LexicalError::UnmatchedClosingBracket {
                        closing: closing_character,
                    };
                    return Err(Failure { error, span });
                };
                if open.character != opening_for(*closing) {
                    let opening_line = self.line(open.offset);
                    let error = LexicalError::MismatchedBrackets {
                        closing: closing_character,
                        opening: char::from(open.character),
                        opening_line: (opening_line != self.line(start)).then_some(opening_line),
                    };
                    return Err(Failure { error, span });
                }
            }
            _ => {}
        }
        self.position = end;
        self.push(TokenKind::Operator(operator), span)
    }

    /// A sign CPython's parser rejects with "invalid syntax" (see the module's doc).
    fn unknown_symbol_here(&mut self, symbol: &'static str) -> Result<(), Failure> {
        let span = Span::new(self.position as u32, (self.position + symbol.len()) as u32);
        self.position += symbol.len();
        if self.provisional.is_some() || self.report_string_problem(span) {
            return Ok(());
        }
        let failure = Failure {
            error: LexicalError::UnknownSymbol { symbol },
            span,
        };
        self.set_provisional(failure, span);
        Ok(())
    }
}
