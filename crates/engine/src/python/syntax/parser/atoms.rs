//! Atoms: names, numbers, constants, and the bracketed displays (tuples,
//! groups, generators, lists, sets, dicts and their comprehensions), with
//! CPython's messages for their usual mistakes.

use super::super::ast::{Comprehension, Constant, DictEntry, Expression, ExpressionKind};
use super::super::grammar_error::GrammarError;
use super::super::token::{Keyword, Operator, Span, TokenKind};
use super::cursor::{Parsed, Parser};
use super::deep::{Cached, GroupKind};
use super::limits::Cost;
use super::operators::Level;

impl Parser<'_> {
    /// CPython's `atom`.
    pub(super) fn parse_atom(&mut self) -> Parsed<Expression> {
        let kind = match self.kind() {
            TokenKind::Name(id) => ExpressionKind::Name(id.clone()),
            TokenKind::Int { digits, radix } => ExpressionKind::Constant(Constant::Int {
                digits: digits.clone(),
                radix: *radix,
            }),
            TokenKind::Float(value) => ExpressionKind::Constant(Constant::Float(*value)),
            TokenKind::Imaginary(value) => ExpressionKind::Constant(Constant::Imaginary(*value)),
            TokenKind::String { .. } | TokenKind::FString(_) => return self.parse_strings(),
            TokenKind::Keyword(Keyword::None) => ExpressionKind::Constant(Constant::None),
            TokenKind::Keyword(Keyword::True) => ExpressionKind::Constant(Constant::Bool(true)),
            TokenKind::Keyword(Keyword::False) => ExpressionKind::Constant(Constant::Bool(false)),
            TokenKind::Operator(Operator::Ellipsis) => ExpressionKind::Constant(Constant::Ellipsis),
            TokenKind::Operator(
                Operator::LeftParen | Operator::LeftBracket | Operator::LeftBrace,
            ) => return self.parse_bracketed_atom(),
            _ => return Err(self.invalid_syntax()),
        };
        let span = self.bump();
        Ok(Expression { kind, span })
    }

    /// A bracketed atom: taken whole if it was parsed first, see `deep.rs`.
    fn parse_bracketed_atom(&mut self) -> Parsed<Expression> {
        if let Some(cached) = self.take_group(GroupKind::Atom) {
            return cached.map(Cached::expression);
        }
        self.enter_node(Cost::BRACKET)?;
        let atom = match self.operator_at(0) {
            Some(Operator::LeftParen) => self.parse_parenthesized()?,
            Some(Operator::LeftBracket) => self.parse_list_display()?,
            _ => self.parse_brace_display()?,
        };
        self.leave_node(Cost::BRACKET);
        Ok(atom)
    }

    /// A tuple, a group or a generator, from `(`.
    fn parse_parenthesized(&mut self) -> Parsed<Expression> {
        let start = self.position;
        self.bump();
        if self.eat_operator(Operator::RightParen).is_some() {
            return Ok(Expression {
                kind: ExpressionKind::Tuple(Vec::new()),
                span: self.span_from(start),
            });
        }
        if self.at_keyword(Keyword::Yield) {
            let value = self.parse_yield_expression()?;
            self.expect_closing(Operator::RightParen)?;
            return Ok(value);
        }
        if self.at_operator(Operator::DoubleStar) {
            let star = self.span();
            let grouped = self.speculate(false, |parser| {
                parser.bump();
                parser.parse_expression()?;
                parser.expect_closing(Operator::RightParen)
            });
            return Err(match grouped {
                Some(()) => self.error_at(GrammarError::DoubleStarredHere, star),
                None => self.invalid_syntax(),
            });
        }
        let first = self.parse_star_named_expression()?;
        if self.at_keyword(Keyword::For) {
            let generators = self.parse_comprehension_of(&first)?;
            self.expect_closing(Operator::RightParen)?;
            let kind = ExpressionKind::Generator {
                element: Box::new(first),
                generators,
            };
            return Ok(Expression {
                kind,
                span: self.span_from(start),
            });
        }
        if self.at_operator(Operator::Comma) {
            let elements = self.parse_display_elements(first, Operator::RightParen)?;
            self.expect_closing(Operator::RightParen)?;
            return Ok(Expression {
                kind: ExpressionKind::Tuple(elements),
                span: self.span_from(start),
            });
        }
        if !self.at_operator(Operator::RightParen) {
            return Err(self.invalid_syntax());
        }
        if matches!(first.kind, ExpressionKind::Starred(_)) {
            return Err(self.error_at(GrammarError::StarredHere, first.span));
        }
        self.bump();
        Ok(first)
    }

    /// A list or a list comprehension, from `[`.
    fn parse_list_display(&mut self) -> Parsed<Expression> {
        let start = self.position;
        self.bump();
        if self.eat_operator(Operator::RightBracket).is_some() {
            return Ok(Expression {
                kind: ExpressionKind::List(Vec::new()),
                span: self.span_from(start),
            });
        }
        let first = self.parse_star_named_expression()?;
        if self.at_keyword(Keyword::For) {
            let generators = self.parse_comprehension_of(&first)?;
            self.expect_closing(Operator::RightBracket)?;
            let kind = ExpressionKind::ListComprehension {
                element: Box::new(first),
                generators,
            };
            return Ok(Expression {
                kind,
                span: self.span_from(start),
            });
        }
        let elements = self.parse_display_elements(first, Operator::RightBracket)?;
        self.expect_closing(Operator::RightBracket)?;
        Ok(Expression {
            kind: ExpressionKind::List(elements),
            span: self.span_from(start),
        })
    }

    /// A set, a dict or their comprehensions, from `{`.
    fn parse_brace_display(&mut self) -> Parsed<Expression> {
        let start = self.position;
        self.bump();
        if self.eat_operator(Operator::RightBrace).is_some() {
            return Ok(Expression {
                kind: ExpressionKind::Dict(Vec::new()),
                span: self.span_from(start),
            });
        }
        if self.at_operator(Operator::DoubleStar) {
            let star = self.span();
            self.bump();
            let mapping = self.parse_level(Level::BitOr)?;
            if self.at_keyword(Keyword::For) {
                return Err(match self.comprehension_clauses_parse() {
                    true => self.error_at(GrammarError::DictUnpackingInComprehension, star),
                    false => self.invalid_syntax(),
                });
            }
            return self.parse_dict_rest(start, vec![DictEntry::Unpack(mapping)]);
        }
        let first_position = self.position;
        let first = self.parse_star_named_expression()?;
        if self.at_operator(Operator::Colon) {
            let plain = !matches!(
                first.kind,
                ExpressionKind::Starred(_) | ExpressionKind::Named { .. }
            ) || first.span.start != self.span_at(first_position).start;
            if !plain {
                return Err(self.invalid_syntax());
            }
            let value = self.parse_dictionary_value()?;
            if self.at_keyword(Keyword::For) {
                let generators = self.parse_comprehension_clauses()?;
                self.expect_closing(Operator::RightBrace)?;
                let kind = ExpressionKind::DictComprehension {
                    key: Box::new(first),
                    value: Box::new(value),
                    generators,
                };
                return Ok(Expression {
                    kind,
                    span: self.span_from(start),
                });
            }
            return self.parse_dict_rest(start, vec![DictEntry::KeyValue(first, value)]);
        }
        if self.at_keyword(Keyword::For) {
            let generators = self.parse_comprehension_of(&first)?;
            self.expect_closing(Operator::RightBrace)?;
            let kind = ExpressionKind::SetComprehension {
                element: Box::new(first),
                generators,
            };
            return Ok(Expression {
                kind,
                span: self.span_from(start),
            });
        }
        let elements = self.parse_display_elements(first, Operator::RightBrace)?;
        self.expect_closing(Operator::RightBrace)?;
        Ok(Expression {
            kind: ExpressionKind::Set(elements),
            span: self.span_from(start),
        })
    }

    /// The entries of a dict after its first one, and the closing `}`.
    fn parse_dict_rest(&mut self, start: usize, mut entries: Vec<DictEntry>) -> Parsed<Expression> {
        while self.eat_operator(Operator::Comma).is_some() {
            if self.at_operator(Operator::RightBrace) {
                break;
            }
            if self.eat_operator(Operator::DoubleStar).is_some() {
                entries.push(DictEntry::Unpack(self.parse_level(Level::BitOr)?));
                continue;
            }
            self.dictionary_key_at = Some(self.position);
            let key = self.parse_expression();
            self.dictionary_key_at = None;
            let key = key?;
            if !self.at_operator(Operator::Colon) {
                let span = self.last_character(key.span);
                return Err(self.error_at(GrammarError::ExpectedColonAfterDictionaryKey, span));
            }
            let value = self.parse_dictionary_value()?;
            entries.push(DictEntry::KeyValue(key, value));
        }
        self.expect_closing(Operator::RightBrace)?;
        Ok(Expression {
            kind: ExpressionKind::Dict(entries),
            span: self.span_from(start),
        })
    }

    /// The value after a dictionary key, from `:`.
    fn parse_dictionary_value(&mut self) -> Parsed<Expression> {
        let colon = self.bump();
        if self.at_operator(Operator::Star) {
            let star = self.span();
            let starred = self.speculate(false, |parser| parser.parse_starred());
            return Err(match starred {
                Some(_) => self.error_at(GrammarError::StarredDictionaryValue, star),
                None => self.invalid_syntax(),
            });
        }
        if matches!(
            self.operator_at(0),
            Some(Operator::RightBrace | Operator::Comma)
        ) {
            return Err(self.error_at(GrammarError::ExpectedDictionaryValue, colon));
        }
        self.parse_expression()
    }

    /// The elements of a display after its first one, up to (not including) `closing`.
    fn parse_display_elements(
        &mut self,
        first: Expression,
        closing: Operator,
    ) -> Parsed<Vec<Expression>> {
        let mut elements = vec![first];
        while self.eat_operator(Operator::Comma).is_some() {
            if self.at_operator(closing) || self.at_keyword(Keyword::For) {
                break;
            }
            elements.push(self.parse_star_named_expression()?);
        }
        if self.at_keyword(Keyword::For) && closing != Operator::RightParen {
            return Err(match self.comprehension_clauses_parse() {
                true => {
                    let span = elements.first().map_or(self.span(), |first| first.span);
                    self.error_at(GrammarError::ComprehensionTargetNeedsParentheses, span)
                }
                false => self.invalid_syntax(),
            });
        }
        Ok(elements)
    }

    /// The `for` clauses after the element of a comprehension, which may not be starred.
    fn parse_comprehension_of(&mut self, element: &Expression) -> Parsed<Vec<Comprehension>> {
        if matches!(element.kind, ExpressionKind::Starred(_)) {
            return Err(match self.comprehension_clauses_parse() {
                true => self.error_at(GrammarError::UnpackingInComprehension, element.span),
                false => self.invalid_syntax(),
            });
        }
        self.parse_comprehension_clauses()
    }

    /// A generator expression whose element (from token `start`) is parsed; the `for` is next.
    pub(super) fn parse_generator_from(
        &mut self,
        start: usize,
        element: Expression,
    ) -> Parsed<Expression> {
        let generators = self.parse_comprehension_of(&element)?;
        let kind = ExpressionKind::Generator {
            element: Box::new(element),
            generators,
        };
        Ok(Expression {
            kind,
            span: self.span_from(start),
        })
    }

    /// CPython's `for_if_clauses`.
    pub(super) fn parse_comprehension_clauses(&mut self) -> Parsed<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while self.at_keyword(Keyword::For) {
            let clause_position = self.position;
            match self.parse_comprehension_clause() {
                Ok(clause) => generators.push(clause),
                Err(_) if self.speculating > 0 && !generators.is_empty() => {
                    self.position = clause_position;
                    break;
                }
                Err(failure) => return Err(failure),
            }
        }
        Ok(generators)
    }

    fn parse_comprehension_clause(&mut self) -> Parsed<Comprehension> {
        self.bump();
        let target = self.parse_for_target()?;
        let iterable = self.parse_level(Level::Or)?;
        let mut conditions = Vec::new();
        while self.at_keyword(Keyword::If) {
            let if_position = self.position;
            self.bump();
            match self.parse_level(Level::Or) {
                Ok(condition) => conditions.push(condition),
                Err(_) if self.speculating > 0 => {
                    self.position = if_position;
                    break;
                }
                Err(failure) => return Err(failure),
            }
        }
        Ok(Comprehension {
            target,
            iterable,
            conditions,
        })
    }

    /// Whether `for` clauses can be parsed here.
    pub(super) fn comprehension_clauses_parse(&mut self) -> bool {
        self.speculate(false, |parser| parser.parse_comprehension_clauses())
            .is_some()
    }

    /// Moves past `closing`, or fails with "invalid syntax".
    pub(super) fn expect_closing(&mut self, closing: Operator) -> Parsed<()> {
        match self.eat_operator(closing) {
            Some(_) => Ok(()),
            None => Err(self.invalid_syntax()),
        }
    }

    /// The last character of `span`, where CPython points for "':' expected after dictionary key".
    fn last_character(&self, span: Span) -> Span {
        let text = self
            .source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("");
        let width = text.chars().next_back().map_or(0, char::len_utf8) as u32;
        Span::new(span.end.saturating_sub(width), span.end)
    }
}
