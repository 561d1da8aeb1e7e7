//! Expressions: `star_expressions` (tuples without brackets), starred
//! operands, and CPython's `expression` rule: lambdas and conditional
//! expressions over the operators of `operators.rs`.
//!
//! `parse_expression` makes the checks of CPython's `invalid_expression`
//! where an expression ends too early ("Perhaps you forgot a comma?",
//! "expected 'else' after 'if' expression"), and notes expressions that
//! start with `print` for CPython's `invalid_legacy_expression`.
//!
//! While speculating, a conditional whose condition or `else` part fails is
//! its body alone, as CPython's PEG parser has it when it backtracks.

use super::super::ast::{Expression, ExpressionKind, Parameters};
use super::super::grammar_error::GrammarError;
use super::super::token::{Keyword, Operator, TokenKind};
use super::cursor::{Failure, Parsed, Parser};
use super::limits::Cost;
use super::operators::Level;

impl Parser<'_> {
    /// CPython's `star_expressions`: `a, *b, c` is a tuple without brackets.
    pub(super) fn parse_star_expressions(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let first = self.parse_star_expression()?;
        if !self.at_operator(Operator::Comma) {
            return Ok(first);
        }
        let mut elements = vec![first];
        while self.eat_operator(Operator::Comma).is_some() {
            if !self.starts_star_expression() {
                break;
            }
            elements.push(self.parse_star_expression()?);
        }
        Ok(Expression {
            kind: ExpressionKind::Tuple(elements),
            span: self.span_from(start),
        })
    }

    /// CPython's `star_expression`: `*a` or an expression.
    pub(super) fn parse_star_expression(&mut self) -> Parsed<Expression> {
        if self.at_operator(Operator::Star) {
            return self.parse_starred();
        }
        self.parse_expression()
    }

    /// `*` and a bitwise-or operand.
    pub(super) fn parse_starred(&mut self) -> Parsed<Expression> {
        let start = self.position;
        self.bump();
        self.wrap()?;
        let value = self.parse_level(Level::BitOr)?;
        self.unwrap(1);
        Ok(Expression {
            kind: ExpressionKind::Starred(Box::new(value)),
            span: self.span_from(start),
        })
    }

    /// Whether the current token can begin a `star_expression`.
    pub(super) fn starts_star_expression(&self) -> bool {
        self.at_operator(Operator::Star) || self.starts_expression()
    }

    /// Whether the current token can begin an expression.
    pub(super) fn starts_expression(&self) -> bool {
        match self.kind() {
            TokenKind::Name(_)
            | TokenKind::Int { .. }
            | TokenKind::Float(_)
            | TokenKind::Imaginary(_)
            | TokenKind::String { .. }
            | TokenKind::FString(_) => true,
            TokenKind::Keyword(keyword) => matches!(
                keyword,
                Keyword::None
                    | Keyword::True
                    | Keyword::False
                    | Keyword::Not
                    | Keyword::Lambda
                    | Keyword::Await
            ),
            TokenKind::Operator(operator) => matches!(
                operator,
                Operator::LeftParen
                    | Operator::LeftBracket
                    | Operator::LeftBrace
                    | Operator::Minus
                    | Operator::Plus
                    | Operator::Tilde
                    | Operator::Ellipsis
            ),
            _ => false,
        }
    }

    /// CPython's `expression`: a lambda, a conditional expression or a disjunction.
    ///
    /// Chains such as `a if b else c if d else e` and `lambda: lambda: x` are
    /// read in a loop, each part waiting on a list until the last one is known.
    pub(super) fn parse_expression(&mut self) -> Parsed<Expression> {
        self.enter(Cost::EXPRESSION)?;
        let mut pending = Vec::new();
        let mut last = match self.parse_expression_parts(&mut pending) {
            Ok(last) => last,
            Err(failure) if self.speculating == 0 => return Err(failure),
            // Speculating, a conditional whose `else` part does not parse is its body alone.
            Err(failure) => loop {
                match pending.pop() {
                    Some(Pending::Conditional {
                        body, if_position, ..
                    }) => {
                        self.position = if_position;
                        break body;
                    }
                    Some(Pending::Lambda { .. }) => {}
                    None => return Err(failure),
                }
            },
        };
        self.unwrap(pending.len() as u32);
        while let Some(part) = pending.pop() {
            last = part.complete(last, self);
        }
        self.leave(Cost::EXPRESSION);
        Ok(last)
    }

    /// The parts of an expression: lambdas' headers and conditionals' bodies
    /// and conditions go to `pending`; the last part is returned.
    fn parse_expression_parts(&mut self, pending: &mut Vec<Pending>) -> Parsed<Expression> {
        loop {
            let start = self.position;
            if self.at_keyword(Keyword::Lambda) {
                let parameters = Box::new(self.parse_lambda_header()?);
                self.wrap()?;
                pending.push(Pending::Lambda { start, parameters });
                continue;
            }
            self.note_legacy_candidate(start);
            let body = self.parse_level(Level::Or)?;
            if !self.at_keyword(Keyword::If) {
                if self.speculating == 0 {
                    self.check_expression_end(start, &body)?;
                }
                return Ok(body);
            }
            let if_position = self.position;
            self.bump();
            let condition = match self.parse_level(Level::Or) {
                Ok(condition) => condition,
                Err(_) if self.speculating > 0 => {
                    self.position = if_position;
                    return Ok(body);
                }
                Err(failure) => {
                    return Err(self.condition_failure(start, &body, if_position, failure))
                }
            };
            if self.eat_keyword(Keyword::Else).is_none() {
                // Without `else`, the expression is its body alone (what
                // follows fails where it stands), unless CPython's second pass
                // finds the `else` missing: not before `:`, where a slice or a
                // dictionary's value may go on.
                if self.speculating > 0 || self.at_operator(Operator::Colon) {
                    self.position = if_position;
                    return Ok(body);
                }
                let span = body.span.cover(condition.span);
                let mut failure = self.error_at(GrammarError::ExpectedElse, span);
                failure.origin = start;
                return Err(failure);
            }
            self.wrap()?;
            pending.push(Pending::Conditional {
                start,
                body,
                condition,
                if_position,
            });
        }
    }

    /// A conditional expression's condition failed: CPython's
    /// `invalid_expression` reads as much of it as it can, and without an
    /// `else` after that, reports "expected 'else' after 'if' expression".
    fn condition_failure(
        &mut self,
        start: usize,
        body: &Expression,
        if_position: usize,
        failure: Box<Failure>,
    ) -> Box<Failure> {
        if !is_plain_invalid_syntax(&failure) {
            return failure;
        }
        let saved = self.position;
        self.position = if_position + 1;
        let condition = self.speculate(true, |parser| parser.parse_level(Level::Or));
        let followed = matches!(
            self.kind(),
            TokenKind::Keyword(Keyword::Else) | TokenKind::Operator(Operator::Colon)
        );
        self.position = saved;
        match condition {
            Some(condition) if !followed => {
                let mut failure =
                    self.error_at(GrammarError::ExpectedElse, body.span.cover(condition.span));
                failure.origin = start;
                failure
            }
            _ => failure,
        }
    }

    /// CPython's `invalid_expression`: another expression right after this one,
    /// inside brackets, means a forgotten comma.
    fn check_expression_end(&mut self, start: usize, body: &Expression) -> Parsed<()> {
        if self.dictionary_key_at == Some(start) {
            return Ok(());
        }
        if !self.starts_expression() {
            return Ok(());
        }
        let first_is_name = matches!(
            self.token_at(start).map(|token| &token.kind),
            Some(TokenKind::Name(_))
        );
        let name_then_string = first_is_name
            && matches!(
                self.token_at(start + 1).map(|token| &token.kind),
                Some(TokenKind::String { .. } | TokenKind::FString(_))
            );
        // CPython 3.11 takes any name that begins a soft keyword (`c`, `ma`...) for one.
        let name = self.text_at(start);
        let soft_keyword = first_is_name
            && ["match", "case", "_"]
                .iter()
                .any(|keyword| keyword.starts_with(name));
        let legacy = matches!(&body.kind, ExpressionKind::Name(id) if is_legacy_name(id));
        if name_then_string || soft_keyword {
            return Ok(());
        }
        // CPython reads the next expression even where it reports nothing:
        // how far it read decides between its error and a bracket never closed.
        let next_parses = self.expression_start_parses(self.position, false);
        if next_parses && !legacy && self.level_here() > 0 {
            let span = body.span.cover(self.span());
            let mut failure = self.error_at(GrammarError::ForgotComma, span);
            failure.origin = start;
            return Err(failure);
        }
        Ok(())
    }

    /// Records an expression starting with `print` or `exec` not followed by
    /// `(`: CPython's second pass reports it if the program has an error later.
    fn note_legacy_candidate(&mut self, start: usize) {
        if self.speculating > 0 {
            return;
        }
        if matches!(self.kind(), TokenKind::Name(id) if is_legacy_name(id))
            && !matches!(self.kind_at(1), TokenKind::Operator(Operator::LeftParen))
        {
            self.legacy_candidates.push(start);
        }
    }

    /// Whether an expression (CPython's `expression_without_invalid`, or a
    /// `star_expression` if `allow_star`) can be parsed at `index`: as the PEG
    /// parser does, a prefix that fits is enough.
    pub(super) fn expression_start_parses(&mut self, index: usize, allow_star: bool) -> bool {
        let saved = self.position;
        self.position = index;
        let parses = match allow_star {
            true => self
                .speculate(false, |parser| parser.parse_star_expression())
                .is_some(),
            false => self
                .speculate(false, |parser| parser.parse_expression())
                .is_some(),
        };
        self.position = saved;
        parses
    }
}

/// A part of an expression waiting for the part after it.
enum Pending {
    /// `lambda parameters:`, waiting for its body.
    Lambda {
        start: usize,
        parameters: Box<Parameters>,
    },
    /// `body if condition else`, waiting for what comes after `else`.
    Conditional {
        start: usize,
        body: Expression,
        condition: Expression,
        if_position: usize,
    },
}

impl Pending {
    /// The part completed with `last`, the part after it.
    fn complete(self, last: Expression, parser: &Parser<'_>) -> Expression {
        let (start, kind) = match self {
            Pending::Lambda { start, parameters } => (
                start,
                ExpressionKind::Lambda {
                    parameters,
                    body: Box::new(last),
                },
            ),
            Pending::Conditional {
                start,
                body,
                condition,
                ..
            } => (
                start,
                ExpressionKind::Conditional {
                    condition: Box::new(condition),
                    body: Box::new(body),
                    orelse: Box::new(last),
                },
            ),
        };
        Expression {
            kind,
            span: parser.span_from(start),
        }
    }
}
/// Whether `failure` is CPython's plain "invalid syntax", which its invalid
/// rules may replace with a more precise message.
pub(super) fn is_plain_invalid_syntax(failure: &Failure) -> bool {
    matches!(
        failure.error.kind,
        super::super::SyntaxErrorKind::Grammar(GrammarError::InvalidSyntax { .. })
    )
}

/// Whether `name` is one of Python 2's statements that CPython recognises.
pub(super) fn is_legacy_name(name: &str) -> bool {
    name == "print" || name == "exec"
}
