//! Expression statements and the three assignments (`=`, `+=` and friends,
//! annotations), with CPython's `invalid_assignment` messages.

use super::super::ast::{BinaryOperator, Expression, ExpressionKind, Statement, StatementKind};
use super::super::grammar_error::{ExpressionCategory, GrammarError};
use super::super::token::{Keyword, Operator, TokenKind};
use super::cursor::{Failure, Parsed, Parser};
use super::expressions::is_plain_invalid_syntax;
use super::operators::Level;
use super::targets::{category, invalid_target, is_bitwise_or, starts_with_display, TargetContext};

impl Parser<'_> {
    /// An expression statement or an assignment.
    pub(super) fn parse_expression_statement(&mut self) -> Parsed<Statement> {
        let start = self.position;
        let first = if self.at_keyword(Keyword::Yield) {
            self.parse_yield_expression()?
        } else {
            self.parse_star_expressions()?
        };
        if matches!(first.kind, ExpressionKind::Tuple(_))
            && self.starts_star_expression()
            && !self.is_parenthesized(start, &first)
        {
            return Err(self.elements_after_missing_comma());
        }
        let kind = match self.kind() {
            TokenKind::Operator(Operator::Colon) => self.parse_annotated(start, first)?,
            TokenKind::Operator(Operator::Equal) => self.parse_assignment(start, first)?,
            TokenKind::Operator(operator) => match augmented_operator(*operator) {
                Some(operator) => self.parse_augmented(first, operator)?,
                None => StatementKind::Expression(first),
            },
            _ => StatementKind::Expression(first),
        };
        Ok(Statement {
            kind,
            span: self.span_from(start),
        })
    }

    /// `a, b c = 1`: CPython's `invalid_assignment` reads on after `b` as
    /// more targets, where `c = 1` is "Maybe you meant '==' or ':='".
    fn elements_after_missing_comma(&mut self) -> Box<Failure> {
        let stop = self.position;
        self.checking += 1;
        let mut precise = None;
        while self.starts_star_expression() {
            match self.parse_star_named_expression() {
                Ok(_) => {}
                Err(failure) if is_plain_invalid_syntax(&failure) => break,
                Err(failure) => {
                    precise = Some(failure);
                    break;
                }
            }
            self.eat_operator(Operator::Comma);
        }
        self.checking -= 1;
        precise.unwrap_or_else(|| self.invalid_syntax_at(stop))
    }

    /// `a = b = value`, from the first `=`.
    fn parse_assignment(&mut self, start: usize, first: Expression) -> Parsed<StatementKind> {
        let first_equal = self.position;
        let mut targets = vec![first];
        let value = loop {
            self.bump();
            let parsed = if self.at_keyword(Keyword::Yield) {
                self.parse_yield_expression()
            } else {
                self.parse_star_expressions()
            };
            match parsed {
                Ok(value) if self.at_operator(Operator::Equal) => targets.push(value),
                other => break other,
            }
        };
        let all_valid = targets
            .iter()
            .all(|target| invalid_target(target, TargetContext::Assignment).is_none());
        if !all_valid {
            let failure = self.invalid_assignment(start, &targets, first_equal);
            return Err(failure.unwrap_or_else(|| self.invalid_syntax_at(first_equal)));
        }
        Ok(StatementKind::Assign {
            targets,
            value: value?,
        })
    }

    /// CPython's `invalid_assignment` for `=`: the error for the first target that cannot be one.
    fn invalid_assignment(
        &mut self,
        start: usize,
        targets: &[Expression],
        first_equal: usize,
    ) -> Option<Box<Failure>> {
        let first = targets.first()?;
        // The element just before the first `=`, read as CPython's named_expression.
        let last = match &first.kind {
            ExpressionKind::Tuple(elements) if !self.is_parenthesized(start, first) => {
                elements.last()?
            }
            _ => first,
        };
        // With a comma before `=`, nothing stands right before it.
        let comma_before_equal =
            self.operator_at_index(first_equal.saturating_sub(1)) == Some(Operator::Comma);
        if !matches!(last.kind, ExpressionKind::Starred(_)) && !comma_before_equal {
            let grouped = self.is_grouped(last);
            let bare_name = matches!(last.kind, ExpressionKind::Name(_)) && !grouped;
            let first_token = self.first_token_start(last, grouped);
            let error = if bare_name {
                Some(GrammarError::EqualsInsteadOfComparison)
            } else if !starts_with_display(last, first_token) && is_bitwise_or(last, grouped) {
                Some(GrammarError::CannotAssignMaybeComparison {
                    target: category(last),
                })
            } else {
                None
            };
            if let Some(error) = error {
                if self.bitwise_or_without_equals_at(first_equal + 1) {
                    let span = match error {
                        GrammarError::EqualsInsteadOfComparison => {
                            last.span.cover(self.span_at(first_equal))
                        }
                        _ => last.span,
                    };
                    return Some(self.error_at(error, span));
                }
            }
        }
        let invalid = targets
            .iter()
            .find(|target| invalid_target(target, TargetContext::Assignment).is_some())?;
        if matches!(
            invalid.kind,
            ExpressionKind::Yield(_) | ExpressionKind::YieldFrom(_)
        ) && !self.is_grouped(invalid)
        {
            return Some(self.error_at(GrammarError::AssignmentToYield, invalid.span));
        }
        let bad = invalid_target(invalid, TargetContext::Assignment)?;
        Some(self.error_at(
            GrammarError::CannotAssign {
                target: category(bad),
            },
            bad.span,
        ))
    }

    /// Whether a bitwise-or expression starts at token `index`, not followed by `=` or `:=`.
    pub(super) fn bitwise_or_without_equals_at(&mut self, index: usize) -> bool {
        let saved = self.position;
        self.position = index;
        let fits = self.speculate(false, |parser| {
            parser.parse_level(Level::BitOr)?;
            match parser.operator_at(0) {
                Some(Operator::Equal | Operator::ColonEqual) => Err(parser.invalid_syntax()),
                _ => Ok(()),
            }
        });
        self.position = saved;
        fits.is_some()
    }

    /// `target op= value`, from the operator.
    fn parse_augmented(
        &mut self,
        first: Expression,
        operator: BinaryOperator,
    ) -> Parsed<StatementKind> {
        let operator_position = self.position;
        let valid = matches!(
            first.kind,
            ExpressionKind::Name(_)
                | ExpressionKind::Attribute { .. }
                | ExpressionKind::Subscript { .. }
        );
        self.bump();
        if valid {
            let value = self.parse_assigned_value()?;
            return Ok(StatementKind::AugmentedAssign {
                target: first,
                operator,
                value,
            });
        }
        let bare_yield = matches!(
            first.kind,
            ExpressionKind::Yield(_) | ExpressionKind::YieldFrom(_)
        ) && !self.is_grouped(&first);
        if !bare_yield
            && self
                .speculate(false, |parser| parser.parse_assigned_value())
                .is_some()
        {
            let error = GrammarError::IllegalAugmentedAssignmentTarget {
                target: category(&first),
            };
            return Err(self.error_at(error, first.span));
        }
        Err(self.invalid_syntax_at(operator_position))
    }

    /// `target: annotation = value`, from the `:`.
    fn parse_annotated(&mut self, start: usize, target: Expression) -> Parsed<StatementKind> {
        let colon = self.position;
        let valid = matches!(
            target.kind,
            ExpressionKind::Name(_)
                | ExpressionKind::Attribute { .. }
                | ExpressionKind::Subscript { .. }
        );
        self.bump();
        if valid {
            let annotation = self.parse_expression()?;
            let value = match self.eat_operator(Operator::Equal) {
                Some(_) => Some(self.parse_assigned_value()?),
                None => None,
            };
            return Ok(StatementKind::AnnotatedAssign {
                target,
                annotation,
                value,
            });
        }
        if self
            .speculate(false, |parser| parser.parse_expression())
            .is_none()
        {
            return Err(self.invalid_syntax_at(colon));
        }
        let error = match &target.kind {
            ExpressionKind::Tuple(elements) if !self.is_parenthesized(start, &target) => {
                let span = elements.first().map_or(target.span, |first| first.span);
                self.error_at(
                    GrammarError::AnnotatedSeveralTargets {
                        target: ExpressionCategory::Tuple,
                    },
                    span,
                )
            }
            ExpressionKind::Tuple(_) | ExpressionKind::List(_) => self.error_at(
                GrammarError::AnnotatedSeveralTargets {
                    target: category(&target),
                },
                target.span,
            ),
            ExpressionKind::Starred(_) => self.invalid_syntax_at(colon),
            _ => self.error_at(GrammarError::IllegalAnnotationTarget, target.span),
        };
        Err(error)
    }

    /// The value of an assignment: a yield expression or `star_expressions`.
    fn parse_assigned_value(&mut self) -> Parsed<Expression> {
        if self.at_keyword(Keyword::Yield) {
            return self.parse_yield_expression();
        }
        self.parse_star_expressions()
    }

    /// `yield`, `yield value` or `yield from value`.
    pub(super) fn parse_yield_expression(&mut self) -> Parsed<Expression> {
        let start = self.position;
        self.bump();
        self.wrap()?;
        let kind = if self.eat_keyword(Keyword::From).is_some() {
            ExpressionKind::YieldFrom(Box::new(self.parse_expression()?))
        } else if self.starts_star_expression() {
            ExpressionKind::Yield(Some(Box::new(self.parse_star_expressions()?)))
        } else {
            ExpressionKind::Yield(None)
        };
        self.unwrap(1);
        Ok(Expression {
            kind,
            span: self.span_from(start),
        })
    }

    /// Whether `expression` was written in brackets of its own, `(x)`.
    pub(super) fn is_grouped(&self, expression: &Expression) -> bool {
        match self.token_index_at(expression.span.start) {
            Some(index) if index > 0 => {
                self.operator_at_index(index - 1) == Some(Operator::LeftParen)
                    && self.span_at(index - 1).end <= expression.span.start
            }
            _ => false,
        }
    }

    /// Where the text of `expression` starts, with its own brackets if `grouped`.
    fn first_token_start(&self, expression: &Expression, grouped: bool) -> u32 {
        match self.token_index_at(expression.span.start) {
            Some(index) if grouped && index > 0 => self.span_at(index - 1).start,
            _ => expression.span.start,
        }
    }

    /// Whether `expression`, whose first token is at `start`, is a tuple in brackets.
    fn is_parenthesized(&self, start: usize, expression: &Expression) -> bool {
        if self.operator_at_index(start) != Some(Operator::LeftParen) {
            return false;
        }
        let mut depth = 0u32;
        let mut index = start;
        loop {
            match self.operator_at_index(index) {
                Some(Operator::LeftParen | Operator::LeftBracket | Operator::LeftBrace) => {
                    depth += 1
                }
                Some(Operator::RightParen | Operator::RightBracket | Operator::RightBrace) => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return self.span_at(index).end == expression.span.end;
                    }
                }
                None if self.raw_token(index).is_none() => return false,
                _ => {}
            }
            index += 1;
        }
    }
}

/// The binary operator of an augmented assignment's operator.
fn augmented_operator(operator: Operator) -> Option<BinaryOperator> {
    Some(match operator {
        Operator::PlusEqual => BinaryOperator::Add,
        Operator::MinusEqual => BinaryOperator::Subtract,
        Operator::StarEqual => BinaryOperator::Multiply,
        Operator::AtEqual => BinaryOperator::MatrixMultiply,
        Operator::SlashEqual => BinaryOperator::Divide,
        Operator::DoubleSlashEqual => BinaryOperator::FloorDivide,
        Operator::PercentEqual => BinaryOperator::Modulo,
        Operator::DoubleStarEqual => BinaryOperator::Power,
        Operator::LeftShiftEqual => BinaryOperator::LeftShift,
        Operator::RightShiftEqual => BinaryOperator::RightShift,
        Operator::PipeEqual => BinaryOperator::BitOr,
        Operator::CaretEqual => BinaryOperator::BitXor,
        Operator::AmpersandEqual => BinaryOperator::BitAnd,
        _ => return None,
    })
}
