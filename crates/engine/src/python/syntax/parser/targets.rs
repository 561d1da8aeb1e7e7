//! Assignment, `for`, `with` and `del` targets: parsing them as CPython's
//! `star_targets` do, and finding the part that cannot be a target (CPython's
//! `_PyPegen_get_invalid_target`) with the words CPython uses for it.

use super::super::ast::{Constant, Expression, ExpressionKind, UnaryOperator};
use super::super::grammar_error::{ExpressionCategory, GrammarError};
use super::super::token::{Keyword, Operator, TokenKind};
use super::cursor::{Parsed, Parser};
use super::expressions::is_plain_invalid_syntax;
use super::limits::Cost;

/// Where a target is, which changes what CPython accepts in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TargetContext {
    /// After `=`, `as`, in a `for` (CPython's `STAR_TARGETS`).
    Assignment,
    /// Between `for` and `in`, where `a in b` is read as a comparison.
    For,
    /// After `del`, where starred targets are not allowed.
    Delete,
}

/// The first part of `expression` that cannot be a target, if any.
pub(super) fn invalid_target(
    expression: &Expression,
    context: TargetContext,
) -> Option<&Expression> {
    match &expression.kind {
        ExpressionKind::List(elements) | ExpressionKind::Tuple(elements) => elements
            .iter()
            .find_map(|element| invalid_target(element, context)),
        ExpressionKind::Starred(value) => match context {
            TargetContext::Delete => Some(expression),
            _ => invalid_target(value, context),
        },
        ExpressionKind::Compare { left, comparisons } => match context {
            TargetContext::For => match comparisons.first() {
                Some((super::super::ast::ComparisonOperator::In, _)) => {
                    invalid_target(left, context)
                }
                _ => None,
            },
            _ => Some(expression),
        },
        ExpressionKind::Name(_)
        | ExpressionKind::Subscript { .. }
        | ExpressionKind::Attribute { .. } => None,
        _ => Some(expression),
    }
}

/// CPython's name for the kind of `expression` (`_PyPegen_get_expr_name`).
pub(super) fn category(expression: &Expression) -> ExpressionCategory {
    match &expression.kind {
        ExpressionKind::Attribute { .. } => ExpressionCategory::Attribute,
        ExpressionKind::Subscript { .. } => ExpressionCategory::Subscript,
        ExpressionKind::Starred(_) => ExpressionCategory::Starred,
        ExpressionKind::Name(_) => ExpressionCategory::Name,
        ExpressionKind::List(_) => ExpressionCategory::List,
        ExpressionKind::Tuple(_) => ExpressionCategory::Tuple,
        ExpressionKind::Lambda { .. } => ExpressionCategory::Lambda,
        ExpressionKind::Call { .. } => ExpressionCategory::FunctionCall,
        ExpressionKind::Boolean { .. }
        | ExpressionKind::Binary { .. }
        | ExpressionKind::Unary { .. } => ExpressionCategory::Expression,
        ExpressionKind::Generator { .. } => ExpressionCategory::GeneratorExpression,
        ExpressionKind::Yield(_) | ExpressionKind::YieldFrom(_) => {
            ExpressionCategory::YieldExpression
        }
        ExpressionKind::Await(_) => ExpressionCategory::AwaitExpression,
        ExpressionKind::ListComprehension { .. } => ExpressionCategory::ListComprehension,
        ExpressionKind::SetComprehension { .. } => ExpressionCategory::SetComprehension,
        ExpressionKind::DictComprehension { .. } => ExpressionCategory::DictComprehension,
        ExpressionKind::Dict(_) => ExpressionCategory::DictLiteral,
        ExpressionKind::Set(_) => ExpressionCategory::SetDisplay,
        ExpressionKind::FString(_) => ExpressionCategory::FStringExpression,
        ExpressionKind::Constant(Constant::None) => ExpressionCategory::None,
        ExpressionKind::Constant(Constant::Bool(true)) => ExpressionCategory::True,
        ExpressionKind::Constant(Constant::Bool(false)) => ExpressionCategory::False,
        ExpressionKind::Constant(Constant::Ellipsis) => ExpressionCategory::Ellipsis,
        ExpressionKind::Constant(_) | ExpressionKind::Slice { .. } => ExpressionCategory::Literal,
        ExpressionKind::Compare { .. } => ExpressionCategory::Comparison,
        ExpressionKind::Conditional { .. } => ExpressionCategory::ConditionalExpression,
        ExpressionKind::Named { .. } => ExpressionCategory::NamedExpression,
    }
}

/// Whether `expression` is one of CPython's `bitwise_or` expressions (an
/// operand that binds at least as tightly as `|`); `grouped` tells whether it
/// was written in brackets of its own.
pub(super) fn is_bitwise_or(expression: &Expression, grouped: bool) -> bool {
    grouped
        || !matches!(
            expression.kind,
            ExpressionKind::Compare { .. }
                | ExpressionKind::Boolean { .. }
                | ExpressionKind::Unary {
                    operator: UnaryOperator::Not,
                    ..
                }
                | ExpressionKind::Conditional { .. }
                | ExpressionKind::Lambda { .. }
                | ExpressionKind::Named { .. }
                | ExpressionKind::Starred(_)
                | ExpressionKind::Yield(_)
                | ExpressionKind::YieldFrom(_)
        )
}

/// Whether `expression`, written from byte `start`, begins with a list, a
/// tuple, a generator or `True`/`False`/`None` (CPython's lookahead
/// `!(list|tuple|genexp|'True'|'None'|'False')`).
pub(super) fn starts_with_display(expression: &Expression, start: u32) -> bool {
    let mut node = expression;
    loop {
        if node.span.start != start {
            return false;
        }
        match &node.kind {
            ExpressionKind::List(_)
            | ExpressionKind::Tuple(_)
            | ExpressionKind::Generator { .. }
            | ExpressionKind::Constant(Constant::None | Constant::Bool(_)) => return true,
            ExpressionKind::Binary { left, .. } => node = left,
            ExpressionKind::Attribute { value, .. }
            | ExpressionKind::Subscript { value, .. }
            | ExpressionKind::Call {
                function: value, ..
            } => node = value,
            _ => return false,
        }
    }
}

impl Parser<'_> {
    /// CPython's `star_targets`: targets separated by commas.
    pub(super) fn parse_star_targets(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let first = self.parse_star_target()?;
        if !self.at_operator(Operator::Comma) {
            return Ok(first);
        }
        let mut elements = vec![first];
        while self.eat_operator(Operator::Comma).is_some() {
            if !self.starts_target() {
                break;
            }
            elements.push(self.parse_star_target()?);
        }
        Ok(Expression {
            kind: ExpressionKind::Tuple(elements),
            span: self.span_from(start),
        })
    }

    /// CPython's `star_target`: a primary, perhaps starred.
    pub(super) fn parse_star_target(&mut self) -> Parsed<Expression> {
        if !self.at_operator(Operator::Star) {
            return self.parse_primary();
        }
        let start = self.position;
        self.enter_node(Cost::STARRED)?;
        self.bump();
        if self.at_operator(Operator::Star) {
            return Err(self.invalid_syntax());
        }
        let value = self.parse_star_target()?;
        self.leave_node(Cost::STARRED);
        Ok(Expression {
            kind: ExpressionKind::Starred(Box::new(value)),
            span: self.span_from(start),
        })
    }

    /// Whether the current token can begin a target.
    fn starts_target(&self) -> bool {
        match self.kind() {
            TokenKind::Name(_)
            | TokenKind::Int { .. }
            | TokenKind::Float(_)
            | TokenKind::Imaginary(_)
            | TokenKind::String { .. }
            | TokenKind::FString(_) => true,
            TokenKind::Keyword(keyword) => {
                matches!(keyword, Keyword::None | Keyword::True | Keyword::False)
            }
            TokenKind::Operator(operator) => matches!(
                operator,
                Operator::Star
                    | Operator::LeftParen
                    | Operator::LeftBracket
                    | Operator::LeftBrace
                    | Operator::Ellipsis
            ),
            _ => false,
        }
    }

    /// The targets of a `for` loop or clause and the `in` after them, from after `for`.
    pub(super) fn parse_for_target(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let target = match self.parse_star_targets() {
            Ok(target) => target,
            Err(failure) if is_plain_invalid_syntax(&failure) => {
                return Err(self
                    .invalid_target_error(start, TargetContext::For)
                    .unwrap_or(failure));
            }
            Err(failure) => return Err(failure),
        };
        if self.at_keyword(Keyword::In)
            && invalid_target(&target, TargetContext::Assignment).is_none()
        {
            self.bump();
            return Ok(target);
        }
        let stop = self.position;
        if let Some(failure) = self.invalid_target_error(start, TargetContext::For) {
            return Err(failure);
        }
        // Read again while speculating, deep groups are placeholders: the
        // targets as parsed still tell what cannot be assigned to.
        Err(match invalid_target(&target, TargetContext::Assignment) {
            Some(bad) => self.error_at(
                GrammarError::CannotAssign {
                    target: category(bad),
                },
                bad.span,
            ),
            None => self.invalid_syntax_at(stop),
        })
    }

    /// CPython's `invalid_for_target` and friends: the targets from `start`
    /// read as expressions (a precise error met on the way is the one); the
    /// error for the first part that cannot be a target.
    pub(super) fn invalid_target_error(
        &mut self,
        start: usize,
        context: TargetContext,
    ) -> Option<Box<super::cursor::Failure>> {
        let saved = self.position;
        self.position = start;
        self.checking += 1;
        let expressions = match context {
            TargetContext::For => self.parse_star_expressions(),
            _ => self
                .parse_expression()
                .and_then(|expression| match self.operator_at(0) {
                    Some(Operator::Comma | Operator::RightParen | Operator::Colon) => {
                        Ok(expression)
                    }
                    _ => Err(self.invalid_syntax()),
                }),
        };
        self.checking -= 1;
        self.position = saved;
        let expressions = match expressions {
            Ok(expressions) => expressions,
            Err(failure) if is_plain_invalid_syntax(&failure) => return None,
            Err(failure) => return Some(failure),
        };
        let bad = invalid_target(&expressions, context)?;
        let target = category(bad);
        let error = match context {
            TargetContext::Delete => GrammarError::CannotDelete { target },
            _ => GrammarError::CannotAssign { target },
        };
        Some(self.error_at(error, bad.span))
    }
}
