//! Named expressions (`name := value`) where CPython allows them, and the
//! checks of CPython's `invalid_named_expression`: `if x = 5:` and its kin.

use super::super::ast::Expression;
use super::super::grammar_error::GrammarError;
use super::super::token::Operator;
use super::cursor::{Parsed, Parser};
use super::targets::{category, is_bitwise_or, starts_with_display};

impl Parser<'_> {
    /// CPython's `star_named_expression`: `*a` or a named expression.
    pub(super) fn parse_star_named_expression(&mut self) -> Parsed<Expression> {
        if self.at_operator(Operator::Star) {
            return self.parse_starred();
        }
        self.parse_named_expression()
    }

    /// CPython's `named_expression`: `name := value` or an expression.
    pub(super) fn parse_named_expression(&mut self) -> Parsed<Expression> {
        if self.at_name() && self.operator_at(1) == Some(Operator::ColonEqual) {
            return self.parse_walrus();
        }
        let start = self.position;
        let expression = self.parse_expression()?;
        if self.speculating > 0 {
            return Ok(expression);
        }
        match self.operator_at(0) {
            Some(Operator::ColonEqual) => {
                let colon_equal = self.position;
                let value_parses = self.speculate(false, |parser| {
                    parser.bump();
                    parser.parse_expression()
                });
                Err(match value_parses {
                    Some(_) => {
                        let error = GrammarError::WalrusTarget {
                            target: category(&expression),
                        };
                        self.error_at(error, expression.span)
                    }
                    None => self.invalid_syntax_at(colon_equal),
                })
            }
            Some(Operator::Equal) => {
                let first_token = self.span_at(start).start;
                let grouped = expression.span.start != first_token;
                let bare_name = !grouped
                    && self.position == start + 1
                    && matches!(expression.kind, super::super::ast::ExpressionKind::Name(_));
                let error = if bare_name {
                    GrammarError::EqualsInsteadOfComparison
                } else if !starts_with_display(&expression, first_token)
                    && is_bitwise_or(&expression, grouped)
                {
                    GrammarError::CannotAssignMaybeComparison {
                        target: category(&expression),
                    }
                } else {
                    return Ok(expression);
                };
                if !self.bitwise_or_without_equals_at(self.position + 1) {
                    return Ok(expression);
                }
                let span = match error {
                    GrammarError::EqualsInsteadOfComparison => expression.span.cover(self.span()),
                    _ => expression.span,
                };
                Err(self.error_at(error, span))
            }
            _ => Ok(expression),
        }
    }
}
