//! Operators by precedence climbing: `or`, `and`, `not`, comparisons, the
//! binary operators, unary `+ - ~`, `**` and `await`, down to primaries.
//!
//! Chains (`not not x`, `- - x`, `a ** b ** c`, `a + b + c`) are read in
//! loops, so a long chain does not go down the stack. While speculating, a
//! failed operand gives back what was parsed before it, as CPython's PEG
//! parser does when it backtracks.

use super::super::ast::{
    BinaryOperator, BooleanOperator, ComparisonOperator, Expression, ExpressionKind, UnaryOperator,
};
use super::super::token::{Keyword, Operator, Span, TokenKind};
use super::cursor::{Parsed, Parser};
use super::limits::Cost;

/// Binding levels of the operators, loosest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Level {
    /// `or`.
    Or,
    /// `and`.
    And,
    /// `not` (prefix).
    Not,
    /// `<`, `==`, `in`, `is not`...
    Comparison,
    /// `|`.
    BitOr,
    /// `^`.
    BitXor,
    /// `&`.
    BitAnd,
    /// `<<`, `>>`.
    Shift,
    /// `+`, `-`.
    Sum,
    /// `*`, `/`, `//`, `%`, `@`.
    Term,
    /// Unary `+`, `-`, `~` (and the operand of `**`).
    Unary,
}

impl Level {
    fn tighter(self) -> Level {
        match self {
            Level::Or => Level::And,
            Level::And => Level::Not,
            Level::Not => Level::Comparison,
            Level::Comparison => Level::BitOr,
            Level::BitOr => Level::BitXor,
            Level::BitXor => Level::BitAnd,
            Level::BitAnd => Level::Shift,
            Level::Shift => Level::Sum,
            Level::Sum => Level::Term,
            Level::Term | Level::Unary => Level::Unary,
        }
    }
}

/// An operator between two operands.
#[derive(Clone, Copy)]
enum Infix {
    Boolean(BooleanOperator),
    Comparison,
    Binary(BinaryOperator),
}

/// What follows the left operand.
enum Tail {
    Boolean(BooleanOperator, Vec<Expression>),
    Comparisons(Vec<(ComparisonOperator, Expression)>),
    Binary(BinaryOperator, Expression),
}

impl Parser<'_> {
    /// Operators from `level` up, by precedence climbing.
    pub(super) fn parse_level(&mut self, minimum: Level) -> Parsed<Expression> {
        self.enter(Cost::OPERATORS)?;
        let start = self.position;
        let mut left = if minimum <= Level::Not && self.at_keyword(Keyword::Not) {
            self.parse_prefixed(Level::Not)?
        } else if unary_operator(self.kind()).is_some() {
            self.parse_prefixed(Level::Unary)?
        } else {
            self.parse_power()?
        };
        let mut wrapped = 0;
        while let Some((infix, level)) = self.infix_here() {
            if level < minimum {
                break;
            }
            let operator_position = self.position;
            // The operator's node holds what comes next: the tree is one level taller.
            self.wrap()?;
            wrapped += 1;
            match self.parse_tail(infix, level) {
                Ok(tail) => left = build_tail(left, tail, self.span_from(start)),
                Err(_) if self.speculating > 0 => {
                    self.position = operator_position;
                    break;
                }
                Err(failure) => return Err(failure),
            }
        }
        self.unwrap(wrapped);
        self.leave(Cost::OPERATORS);
        Ok(left)
    }

    /// A chain of `not`s (for `Level::Not`) or of unary `+`, `-` and `~`,
    /// read in a loop, and their operand.
    fn parse_prefixed(&mut self, level: Level) -> Parsed<Expression> {
        let mut prefixes = Vec::new();
        loop {
            let operator = match level {
                Level::Not if self.at_keyword(Keyword::Not) => UnaryOperator::Not,
                Level::Not => break,
                _ => match unary_operator(self.kind()) {
                    Some(operator) => operator,
                    None => break,
                },
            };
            prefixes.push((self.position, operator));
            self.bump();
            self.wrap()?;
        }
        let operand = match level {
            Level::Not => self.parse_level(Level::Comparison)?,
            _ => self.parse_power()?,
        };
        self.unwrap(prefixes.len() as u32);
        Ok(self.apply_prefixes(&prefixes, operand))
    }

    /// `operand` under the unary operators `prefixes` (written before it).
    fn apply_prefixes(
        &self,
        prefixes: &[(usize, UnaryOperator)],
        mut operand: Expression,
    ) -> Expression {
        for &(start, operator) in prefixes.iter().rev() {
            let kind = ExpressionKind::Unary {
                operator,
                operand: Box::new(operand),
            };
            operand = Expression {
                kind,
                span: self.span_from(start),
            };
        }
        operand
    }

    /// CPython's `power`: `await_primary ** factor`, where the factor may
    /// itself be a power; a chain `a ** -b ** c` is read in a loop.
    pub(super) fn parse_power(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let base = self.parse_await_primary()?;
        if !self.at_operator(Operator::DoubleStar) {
            return Ok(base);
        }
        let mut exponents = Vec::new();
        while self.at_operator(Operator::DoubleStar) {
            let operator_position = self.position;
            self.bump();
            let mut prefixes = Vec::new();
            while let Some(operator) = unary_operator(self.kind()) {
                prefixes.push((self.position, operator));
                self.bump();
            }
            let operand_start = self.position;
            match self.parse_await_primary() {
                Ok(operand) => exponents.push((operand_start, prefixes, operand)),
                Err(_) if self.speculating > 0 => {
                    self.position = operator_position;
                    break;
                }
                Err(failure) => return Err(failure),
            }
            self.grow(
                1 + exponents
                    .last()
                    .map_or(0, |(_, prefixes, _)| prefixes.len() as u32),
            )?;
        }
        let levels: u32 = exponents
            .iter()
            .map(|(_, prefixes, _)| 1 + prefixes.len() as u32)
            .sum();
        self.unwrap(levels);
        let mut result = None;
        for (operand_start, prefixes, operand) in exponents.into_iter().rev() {
            let power = match result.take() {
                Some(exponent) => power(operand, exponent, self.span_from(operand_start)),
                None => operand,
            };
            result = Some(self.apply_prefixes(&prefixes, power));
        }
        Ok(match result {
            Some(exponent) => power(base, exponent, self.span_from(start)),
            None => base,
        })
    }

    /// CPython's `await_primary`.
    fn parse_await_primary(&mut self) -> Parsed<Expression> {
        let start = self.position;
        if self.eat_keyword(Keyword::Await).is_none() {
            return self.parse_primary();
        }
        self.wrap()?;
        let value = self.parse_primary()?;
        self.unwrap(1);
        Ok(Expression {
            kind: ExpressionKind::Await(Box::new(value)),
            span: self.span_from(start),
        })
    }

    /// The operator at the current token, with its level.
    fn infix_here(&self) -> Option<(Infix, Level)> {
        let binary = |operator, level| Some((Infix::Binary(operator), level));
        match self.kind() {
            TokenKind::Keyword(Keyword::Or) => {
                Some((Infix::Boolean(BooleanOperator::Or), Level::Or))
            }
            TokenKind::Keyword(Keyword::And) => {
                Some((Infix::Boolean(BooleanOperator::And), Level::And))
            }
            TokenKind::Keyword(Keyword::In | Keyword::Is) => {
                Some((Infix::Comparison, Level::Comparison))
            }
            TokenKind::Keyword(Keyword::Not) if self.keyword_at(1) == Some(Keyword::In) => {
                Some((Infix::Comparison, Level::Comparison))
            }
            TokenKind::Operator(operator) => match operator {
                Operator::EqualEqual
                | Operator::NotEqual
                | Operator::Less
                | Operator::LessEqual
                | Operator::Greater
                | Operator::GreaterEqual => Some((Infix::Comparison, Level::Comparison)),
                Operator::Pipe => binary(BinaryOperator::BitOr, Level::BitOr),
                Operator::Caret => binary(BinaryOperator::BitXor, Level::BitXor),
                Operator::Ampersand => binary(BinaryOperator::BitAnd, Level::BitAnd),
                Operator::LeftShift => binary(BinaryOperator::LeftShift, Level::Shift),
                Operator::RightShift => binary(BinaryOperator::RightShift, Level::Shift),
                Operator::Plus => binary(BinaryOperator::Add, Level::Sum),
                Operator::Minus => binary(BinaryOperator::Subtract, Level::Sum),
                Operator::Star => binary(BinaryOperator::Multiply, Level::Term),
                Operator::Slash => binary(BinaryOperator::Divide, Level::Term),
                Operator::DoubleSlash => binary(BinaryOperator::FloorDivide, Level::Term),
                Operator::Percent => binary(BinaryOperator::Modulo, Level::Term),
                Operator::At => binary(BinaryOperator::MatrixMultiply, Level::Term),
                _ => None,
            },
            _ => None,
        }
    }

    /// The operators and right operands after a left operand.
    fn parse_tail(&mut self, infix: Infix, level: Level) -> Parsed<Tail> {
        match infix {
            Infix::Binary(operator) => {
                self.bump();
                let right = self.parse_level(level.tighter())?;
                Ok(Tail::Binary(operator, right))
            }
            Infix::Boolean(operator) => {
                let keyword = match operator {
                    BooleanOperator::Or => Keyword::Or,
                    BooleanOperator::And => Keyword::And,
                };
                let mut values = Vec::new();
                while self.at_keyword(keyword) {
                    let operator_position = self.position;
                    self.bump();
                    match self.parse_level(level.tighter()) {
                        Ok(value) => values.push(value),
                        Err(_) if self.speculating > 0 && !values.is_empty() => {
                            self.position = operator_position;
                            break;
                        }
                        Err(failure) => return Err(failure),
                    }
                }
                Ok(Tail::Boolean(operator, values))
            }
            Infix::Comparison => {
                let mut comparisons = Vec::new();
                while let Some(operator) = self.comparison_here() {
                    let operator_position = self.position;
                    self.bump();
                    if matches!(
                        operator,
                        ComparisonOperator::NotIn | ComparisonOperator::IsNot
                    ) {
                        self.bump();
                    }
                    match self.parse_level(Level::BitOr) {
                        Ok(value) => comparisons.push((operator, value)),
                        Err(_) if self.speculating > 0 && !comparisons.is_empty() => {
                            self.position = operator_position;
                            break;
                        }
                        Err(failure) => return Err(failure),
                    }
                }
                Ok(Tail::Comparisons(comparisons))
            }
        }
    }

    /// The comparison operator at the current token (`not in` and `is not` are two tokens).
    fn comparison_here(&self) -> Option<ComparisonOperator> {
        match self.kind() {
            TokenKind::Keyword(Keyword::In) => Some(ComparisonOperator::In),
            TokenKind::Keyword(Keyword::Not) if self.keyword_at(1) == Some(Keyword::In) => {
                Some(ComparisonOperator::NotIn)
            }
            TokenKind::Keyword(Keyword::Is) if self.keyword_at(1) == Some(Keyword::Not) => {
                Some(ComparisonOperator::IsNot)
            }
            TokenKind::Keyword(Keyword::Is) => Some(ComparisonOperator::Is),
            TokenKind::Operator(Operator::EqualEqual) => Some(ComparisonOperator::Equal),
            TokenKind::Operator(Operator::NotEqual) => Some(ComparisonOperator::NotEqual),
            TokenKind::Operator(Operator::Less) => Some(ComparisonOperator::Less),
            TokenKind::Operator(Operator::LessEqual) => Some(ComparisonOperator::LessEqual),
            TokenKind::Operator(Operator::Greater) => Some(ComparisonOperator::Greater),
            TokenKind::Operator(Operator::GreaterEqual) => Some(ComparisonOperator::GreaterEqual),
            _ => None,
        }
    }
}

/// The unary operator (`+`, `-`, `~`) at a token, if it is one.
fn unary_operator(kind: &TokenKind) -> Option<UnaryOperator> {
    match kind {
        TokenKind::Operator(Operator::Minus) => Some(UnaryOperator::Negative),
        TokenKind::Operator(Operator::Plus) => Some(UnaryOperator::Positive),
        TokenKind::Operator(Operator::Tilde) => Some(UnaryOperator::Invert),
        _ => None,
    }
}

/// `base ** exponent`.
fn power(base: Expression, exponent: Expression, span: Span) -> Expression {
    let kind = ExpressionKind::Binary {
        left: Box::new(base),
        operator: BinaryOperator::Power,
        right: Box::new(exponent),
    };
    Expression { kind, span }
}

/// The left operand joined with what follows it.
fn build_tail(left: Expression, tail: Tail, span: Span) -> Expression {
    let kind = match tail {
        Tail::Binary(operator, right) => ExpressionKind::Binary {
            left: Box::new(left),
            operator,
            right: Box::new(right),
        },
        Tail::Boolean(operator, values) => {
            let mut all = Vec::with_capacity(values.len() + 1);
            all.push(left);
            all.extend(values);
            ExpressionKind::Boolean {
                operator,
                values: all,
            }
        }
        Tail::Comparisons(comparisons) => ExpressionKind::Compare {
            left: Box::new(left),
            comparisons,
        },
    };
    Expression { kind, span }
}
