//! Primaries: an atom followed by `.name`, calls and subscripts; the call
//! arguments with CPython's checks on their order; slices.

use super::super::ast::{Argument, Expression, ExpressionKind, KeywordArgument, Name};
use super::super::grammar_error::{ExpressionCategory, GrammarError};
use super::super::token::{Keyword, Operator, Span, TokenKind};
use super::cursor::{Parsed, Parser};
use super::deep::GroupKind;
use super::expressions::is_plain_invalid_syntax;
use super::limits::Cost;

/// What follows a primary.
enum Trailer {
    Attribute(Name),
    Call(Vec<Argument>),
    Subscript(Expression),
}

impl Parser<'_> {
    /// CPython's `primary`: an atom and its trailers.
    pub(super) fn parse_primary(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let mut value = self.parse_atom()?;
        let mut wrapped = 0;
        loop {
            let trailer_position = self.position;
            if !matches!(
                self.operator_at(0),
                Some(Operator::Dot | Operator::LeftParen | Operator::LeftBracket)
            ) {
                break;
            }
            // The trailer's node holds what came before and what is in it.
            self.wrap()?;
            wrapped += 1;
            let trailer = match self.operator_at(0) {
                Some(Operator::Dot) => self.parse_attribute_name(),
                Some(Operator::LeftParen) => match self.take_group(GroupKind::Call) {
                    Some(cached) => cached.map(|cached| Trailer::Call(cached.arguments())),
                    None => self.parse_bracketed_trailer(GroupKind::Call),
                },
                Some(Operator::LeftBracket) => match self.take_group(GroupKind::Subscript) {
                    Some(cached) => cached.map(|cached| Trailer::Subscript(cached.expression())),
                    None => self.parse_bracketed_trailer(GroupKind::Subscript),
                },
                _ => break,
            };
            match trailer {
                Ok(trailer) => value = build_trailer(value, trailer, self.span_from(start)),
                // Like CPython's PEG parser, a trailer that does not fit leaves the
                // primary before it, and what follows is checked as CPython's
                // second pass would (say, `[x [y for y in z]]` lacks a comma).
                Err(failure) if self.speculating > 0 || is_plain_invalid_syntax(&failure) => {
                    self.position = trailer_position;
                    break;
                }
                Err(failure) => return Err(failure),
            }
        }
        self.unwrap(wrapped);
        Ok(value)
    }

    /// A call's arguments or a subscript's index.
    fn parse_bracketed_trailer(&mut self, kind: GroupKind) -> Parsed<Trailer> {
        // The trailer's node is counted in the tree's height by `parse_primary`.
        self.enter(Cost::BRACKET)?;
        let trailer = match kind {
            GroupKind::Call => Trailer::Call(self.parse_call_arguments(true)?),
            _ => Trailer::Subscript(self.parse_subscript_index()?),
        };
        self.leave(Cost::BRACKET);
        Ok(trailer)
    }

    fn parse_attribute_name(&mut self) -> Parsed<Trailer> {
        self.bump();
        match self.eat_name() {
            Some(name) => Ok(Trailer::Attribute(name)),
            None => Err(self.invalid_syntax()),
        }
    }

    /// `[` slices `]`, from `[`: the index.
    pub(super) fn parse_subscript_index(&mut self) -> Parsed<Expression> {
        self.bump();
        let start = self.position;
        let first = self.parse_slice_element()?;
        let index = if self.at_operator(Operator::Comma)
            || matches!(first.kind, ExpressionKind::Starred(_))
        {
            let mut elements = vec![first];
            while self.eat_operator(Operator::Comma).is_some() {
                if self.at_operator(Operator::RightBracket) {
                    break;
                }
                elements.push(self.parse_slice_element()?);
            }
            Expression {
                kind: ExpressionKind::Tuple(elements),
                span: self.span_from(start),
            }
        } else {
            first
        };
        if self.eat_operator(Operator::RightBracket).is_none() {
            return Err(self.invalid_syntax());
        }
        Ok(index)
    }

    /// CPython's `slice` (or a starred expression).
    fn parse_slice_element(&mut self) -> Parsed<Expression> {
        let start = self.position;
        if self.at_operator(Operator::Star) {
            let value = self.parse_starred_expression()?;
            return Ok(Expression {
                kind: ExpressionKind::Starred(Box::new(value)),
                span: self.span_from(start),
            });
        }
        let lower = if self.at_operator(Operator::Colon) {
            None
        } else {
            let lower = self.parse_named_expression()?;
            if !self.at_operator(Operator::Colon) {
                return Ok(lower);
            }
            if matches!(lower.kind, ExpressionKind::Named { .. })
                && lower.span.start == self.span_at(start).start
            {
                return Err(self.invalid_syntax());
            }
            Some(Box::new(lower))
        };
        self.bump();
        let ends_part = |parser: &Self| {
            matches!(
                parser.operator_at(0),
                Some(Operator::Colon | Operator::Comma | Operator::RightBracket)
            )
        };
        let upper = if ends_part(self) {
            None
        } else {
            Some(Box::new(self.parse_expression()?))
        };
        let mut step = None;
        if self.eat_operator(Operator::Colon).is_some() && !ends_part(self) {
            step = Some(Box::new(self.parse_expression()?));
        }
        Ok(Expression {
            kind: ExpressionKind::Slice { lower, upper, step },
            span: self.span_from(start),
        })
    }

    /// `*` and an expression (in calls and subscripts): the expression.
    pub(super) fn parse_starred_expression(&mut self) -> Parsed<Expression> {
        self.bump();
        self.wrap()?;
        let value = self.parse_expression()?;
        self.unwrap(1);
        Ok(value)
    }

    /// `(` arguments `)`, from `(`; `generator_alone` allows `f(x for x in y)`.
    ///
    /// The arguments come back as CPython orders (and evaluates) them:
    /// positional and starred ones first, then keyword and double-starred ones.
    pub(super) fn parse_call_arguments(&mut self, generator_alone: bool) -> Parsed<Vec<Argument>> {
        let open = self.bump();
        let mut arguments = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        let mut misplaced: Option<MisplacedPositional> = None;
        let mut lone_generator = false;
        while !self.at_operator(Operator::RightParen) {
            let start = self.position;
            let first = self.span();
            match self.kind() {
                TokenKind::Operator(Operator::Star) => {
                    let value = self.parse_starred_expression()?;
                    if seen_double_star && misplaced.is_none() {
                        let failure = GrammarError::IterableUnpackingAfterKeywordUnpacking;
                        return Err(self.error_at(failure, first));
                    }
                    note_argument(&mut misplaced, ArgumentKind::Starred, first);
                    arguments.push(Argument::Starred(value));
                }
                TokenKind::Operator(Operator::DoubleStar) => {
                    self.bump();
                    arguments.push(Argument::DoubleStarred(self.parse_expression()?));
                    note_argument(&mut misplaced, ArgumentKind::DoubleStarred, first);
                    seen_double_star = true;
                }
                TokenKind::Name(_) if self.operator_at(1) == Some(Operator::Equal) => {
                    arguments.push(Argument::Keyword(self.parse_keyword_argument()?));
                    note_argument(&mut misplaced, ArgumentKind::Keyword, first);
                    seen_keyword = true;
                }
                TokenKind::Keyword(keyword @ (Keyword::True | Keyword::False | Keyword::None))
                    if self.operator_at(1) == Some(Operator::Equal) =>
                {
                    let target = match keyword {
                        Keyword::True => ExpressionCategory::True,
                        Keyword::False => ExpressionCategory::False,
                        _ => ExpressionCategory::None,
                    };
                    let span = first.cover(self.span_at(self.position + 1));
                    return Err(self.error_at(GrammarError::CannotAssign { target }, span));
                }
                _ => {
                    let value = self.parse_assignment_or_expression()?;
                    if self.at_operator(Operator::Equal) {
                        let walrus = matches!(value.kind, ExpressionKind::Named { .. })
                            && value.span.start == first.start;
                        if walrus {
                            return Err(self.invalid_syntax());
                        }
                        let span = value.span.cover(self.span());
                        return Err(self.error_at(GrammarError::AssignmentInArgument, span));
                    }
                    if self.at_keyword(Keyword::For) {
                        let for_position = self.position;
                        // Only a generator alone is read by CPython's first pass.
                        let alone = generator_alone && arguments.is_empty();
                        self.checking += u32::from(!alone);
                        let generator = self.parse_generator_from(start, value);
                        let closed = self.at_operator(Operator::RightParen);
                        let comma = self.at_operator(Operator::Comma);
                        self.checking -= u32::from(!alone);
                        let generator = match generator {
                            Ok(generator) => generator,
                            Err(failure) if !alone && is_plain_invalid_syntax(&failure) => {
                                return Err(self.invalid_syntax_at(for_position))
                            }
                            Err(failure) => return Err(failure),
                        };
                        if !arguments.is_empty() || comma {
                            let failure = GrammarError::UnparenthesizedGenerator;
                            return Err(self.error_at(failure, self.span_from(start)));
                        }
                        if !closed {
                            return Err(self.invalid_syntax());
                        }
                        if !generator_alone {
                            return Err(self.invalid_syntax_at(for_position));
                        }
                        lone_generator = true;
                        arguments.push(Argument::Positional(generator));
                        break;
                    }
                    if (seen_keyword || seen_double_star) && misplaced.is_none() {
                        misplaced = Some(MisplacedPositional {
                            error: match seen_double_star {
                                true => GrammarError::PositionalAfterKeywordUnpacking,
                                false => GrammarError::PositionalAfterKeyword,
                            },
                            stop: None,
                            keywords_started: false,
                            double_starred: false,
                        });
                    } else {
                        note_argument(&mut misplaced, ArgumentKind::Positional, first);
                    }
                    arguments.push(Argument::Positional(value));
                }
            }
            if self.eat_operator(Operator::Comma).is_none() {
                break;
            }
        }
        if let Some(misplaced) = misplaced {
            // CPython points at the last token it read.
            let span = misplaced
                .stop
                .unwrap_or_else(|| self.span_at(self.position.max(self.first_pass_furthest())));
            return Err(self.error_at(misplaced.error, span));
        }
        if !self.at_operator(Operator::RightParen) {
            return Err(self.invalid_syntax());
        }
        let close = self.bump();
        if lone_generator {
            if let Some(Argument::Positional(generator)) = arguments.last_mut() {
                generator.span = open.cover(close);
            }
        }
        let (mut ordered, keywords): (Vec<Argument>, Vec<Argument>) =
            arguments.into_iter().partition(|argument| {
                matches!(argument, Argument::Positional(_) | Argument::Starred(_))
            });
        ordered.extend(keywords);
        Ok(ordered)
    }

    /// `name=value` in a call.
    fn parse_keyword_argument(&mut self) -> Parsed<KeywordArgument> {
        let start = self.position;
        let Some(name) = self.eat_name() else {
            return Err(self.invalid_syntax());
        };
        let equal = self.bump();
        let value = self.parse_expression()?;
        if self.at_keyword(Keyword::For) && self.comprehension_clauses_parse() {
            let failure = GrammarError::EqualsInsteadOfComparison;
            let mut failure = self.error_at(failure, self.span_at(start).cover(equal));
            failure.origin = start;
            return Err(failure);
        }
        Ok(KeywordArgument { name, value })
    }

    /// CPython's `assignment_expression | expression !':='`.
    pub(super) fn parse_assignment_or_expression(&mut self) -> Parsed<Expression> {
        if self.at_name() && self.operator_at(1) == Some(Operator::ColonEqual) {
            return self.parse_walrus();
        }
        let value = self.parse_expression()?;
        if self.at_operator(Operator::ColonEqual) {
            return Err(self.invalid_syntax());
        }
        Ok(value)
    }

    /// `name := value`, from the name.
    pub(super) fn parse_walrus(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let Some(target) = self.eat_name() else {
            return Err(self.invalid_syntax());
        };
        self.bump();
        self.wrap()?;
        let value = self.parse_expression()?;
        self.unwrap(1);
        Ok(Expression {
            kind: ExpressionKind::Named {
                target,
                value: Box::new(value),
            },
            span: self.span_from(start),
        })
    }
}

/// The kinds of arguments, for the order CPython requires.
#[derive(Clone, Copy)]
enum ArgumentKind {
    Positional,
    Starred,
    Keyword,
    DoubleStarred,
}

/// A positional argument after keyword ones. CPython reports it where its
/// second reading of the arguments, from that argument on, stops.
struct MisplacedPositional {
    error: GrammarError,
    stop: Option<Span>,
    keywords_started: bool,
    double_starred: bool,
}

/// Follows CPython's second reading of the arguments after a misplaced positional one.
fn note_argument(misplaced: &mut Option<MisplacedPositional>, kind: ArgumentKind, span: Span) {
    let Some(misplaced) = misplaced else { return };
    if misplaced.stop.is_some() {
        return;
    }
    let stops = match kind {
        ArgumentKind::Positional => misplaced.keywords_started,
        ArgumentKind::Starred => misplaced.double_starred,
        ArgumentKind::Keyword => {
            misplaced.keywords_started = true;
            false
        }
        ArgumentKind::DoubleStarred => {
            misplaced.keywords_started = true;
            misplaced.double_starred = true;
            false
        }
    };
    if stops {
        misplaced.stop = Some(span);
    }
}

/// The primary `value` with `trailer` applied.
fn build_trailer(value: Expression, trailer: Trailer, span: Span) -> Expression {
    let kind = match trailer {
        Trailer::Attribute(attribute) => ExpressionKind::Attribute {
            value: Box::new(value),
            attribute,
        },
        Trailer::Call(arguments) => ExpressionKind::Call {
            function: Box::new(value),
            arguments,
        },
        Trailer::Subscript(index) => ExpressionKind::Subscript {
            value: Box::new(value),
            index: Box::new(index),
        },
    };
    Expression { kind, span }
}
