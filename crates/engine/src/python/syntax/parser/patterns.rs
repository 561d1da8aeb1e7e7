//! `match` and its patterns (Python 3.10). `match` and `case` are soft
//! keywords: a line is a `match` statement when it starts with the name
//! `match`, ends with `:` and is followed by an indented `case`.

use super::super::ast::{
    Expression, ExpressionKind, MatchCase, Name, Pattern, PatternKind, Statement, StatementKind,
    UnaryOperator,
};
use super::super::grammar_error::BlockKind;
use super::super::token::{Keyword, Operator, TokenKind};
use super::cursor::{Parsed, Parser};
use super::limits::Cost;

impl Parser<'_> {
    /// Whether the statement here is a `match` statement.
    pub(super) fn at_match_statement(&self) -> bool {
        if !self.at_soft_keyword(self.position, "match") {
            return false;
        }
        let mut index = self.position + 1;
        loop {
            match self.raw_token(index).map(|token| &token.kind) {
                Some(TokenKind::Newline) => break,
                Some(TokenKind::EndOfFile) | None => return false,
                Some(_) => index += 1,
            }
        }
        index > self.position + 1
            && self.operator_at_index(index - 1) == Some(Operator::Colon)
            && matches!(
                self.raw_token(index + 1).map(|token| &token.kind),
                Some(TokenKind::Indent)
            )
            && self.at_soft_keyword(index + 2, "case")
    }

    /// Whether the token at `index` is the name `word`.
    fn at_soft_keyword(&self, index: usize, word: &str) -> bool {
        matches!(
            self.raw_token(index).map(|token| &token.kind),
            Some(TokenKind::Name(name)) if name == word
        )
    }

    /// `match subject:` and its indented `case` blocks.
    pub(super) fn parse_match(&mut self) -> Parsed<Statement> {
        let keyword = self.position;
        self.bump();
        let subject = self.parse_star_expressions()?;
        self.expect_colon(BlockKind::Match, keyword)?;
        if !matches!(self.kind(), TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        self.bump();
        if !matches!(self.kind(), TokenKind::Indent) {
            return Err(self.invalid_syntax());
        }
        self.bump();
        let mut cases = Vec::new();
        while self.at_soft_keyword(self.position, "case") {
            cases.push(self.parse_case()?);
        }
        if !matches!(self.kind(), TokenKind::Dedent) {
            return Err(self.invalid_syntax());
        }
        self.bump();
        Ok(Statement {
            kind: StatementKind::Match { subject, cases },
            span: self.span_from(keyword),
        })
    }

    /// `case pattern if guard: body`.
    fn parse_case(&mut self) -> Parsed<MatchCase> {
        let keyword = self.position;
        self.bump();
        let pattern = self.parse_patterns()?;
        let guard = match self.eat_keyword(Keyword::If) {
            Some(_) => Some(self.parse_named_expression()?),
            None => None,
        };
        let span = self.span_from(keyword);
        self.expect_colon(BlockKind::Case, keyword)?;
        let body = self.parse_block(BlockKind::Case, keyword)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
            span,
        })
    }

    /// A case's pattern: `a, b` without brackets is a sequence pattern.
    fn parse_patterns(&mut self) -> Parsed<Pattern> {
        let start = self.position;
        let first = self.parse_maybe_star_pattern()?;
        if !self.at_operator(Operator::Comma) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_operator(Operator::Comma).is_some() {
            if self.at_keyword(Keyword::If) || self.at_operator(Operator::Colon) {
                break;
            }
            items.push(self.parse_maybe_star_pattern()?);
        }
        Ok(Pattern {
            kind: PatternKind::Sequence(items),
            span: self.span_from(start),
        })
    }

    /// A pattern or, inside a sequence, `*name`.
    fn parse_maybe_star_pattern(&mut self) -> Parsed<Pattern> {
        let start = self.position;
        if self.eat_operator(Operator::Star).is_none() {
            return self.parse_pattern();
        }
        let Some(name) = self.eat_name() else {
            return Err(self.invalid_syntax());
        };
        let name = (name.id != "_").then_some(name.id);
        Ok(Pattern {
            kind: PatternKind::Star(name),
            span: self.span_from(start),
        })
    }

    /// `or_pattern ['as' name]`.
    fn parse_pattern(&mut self) -> Parsed<Pattern> {
        self.enter_node(Cost::BRACKET)?;
        let start = self.position;
        let mut alternatives = vec![self.parse_closed_pattern()?];
        while self.eat_operator(Operator::Pipe).is_some() {
            alternatives.push(self.parse_closed_pattern()?);
        }
        let mut pattern = match alternatives.len() {
            1 => alternatives.remove(0),
            _ => Pattern {
                kind: PatternKind::Or(alternatives),
                span: self.span_from(start),
            },
        };
        if self.eat_keyword(Keyword::As).is_some() {
            let Some(name) = self.eat_name() else {
                return Err(self.invalid_syntax());
            };
            if name.id == "_" {
                return Err(self.invalid_syntax());
            }
            pattern = Pattern {
                kind: PatternKind::As {
                    pattern: Box::new(pattern),
                    name: name.id,
                },
                span: self.span_from(start),
            };
        }
        self.leave_node(Cost::BRACKET);
        Ok(pattern)
    }

    /// A pattern without `|` or `as` at its top.
    fn parse_closed_pattern(&mut self) -> Parsed<Pattern> {
        let start = self.position;
        let kind = match self.kind().clone() {
            TokenKind::Keyword(Keyword::None | Keyword::True | Keyword::False) => {
                PatternKind::Singleton(self.parse_atom()?)
            }
            TokenKind::Int { .. }
            | TokenKind::Float(_)
            | TokenKind::Imaginary(_)
            | TokenKind::String { .. } => PatternKind::Value(self.parse_atom()?),
            TokenKind::Operator(Operator::Minus) => {
                self.bump();
                if !matches!(
                    self.kind(),
                    TokenKind::Int { .. } | TokenKind::Float(_) | TokenKind::Imaginary(_)
                ) {
                    return Err(self.invalid_syntax());
                }
                let operand = self.parse_atom()?;
                PatternKind::Value(Expression {
                    kind: ExpressionKind::Unary {
                        operator: UnaryOperator::Negative,
                        operand: Box::new(operand),
                    },
                    span: self.span_from(start),
                })
            }
            TokenKind::Name(name) => return self.parse_name_pattern(name),
            TokenKind::Operator(Operator::LeftBracket) => {
                self.bump();
                let items = self.parse_sequence_items(Operator::RightBracket)?;
                PatternKind::Sequence(items)
            }
            TokenKind::Operator(Operator::LeftParen) => {
                self.bump();
                if self.eat_operator(Operator::RightParen).is_some() {
                    PatternKind::Sequence(Vec::new())
                } else {
                    let first = self.parse_maybe_star_pattern()?;
                    if self.eat_operator(Operator::RightParen).is_some()
                        && !matches!(first.kind, PatternKind::Star(_))
                    {
                        // `(pattern)` groups.
                        return Ok(Pattern {
                            kind: first.kind,
                            span: self.span_from(start),
                        });
                    }
                    if !self.at_operator(Operator::Comma) {
                        return Err(self.invalid_syntax());
                    }
                    self.bump();
                    let mut items = vec![first];
                    items.extend(self.parse_sequence_items(Operator::RightParen)?);
                    PatternKind::Sequence(items)
                }
            }
            TokenKind::Operator(Operator::LeftBrace) => {
                self.bump();
                self.parse_mapping_pattern()?
            }
            _ => return Err(self.invalid_syntax()),
        };
        Ok(Pattern {
            kind,
            span: self.span_from(start),
        })
    }

    /// Items up to `closing` (consumed), separated by commas.
    fn parse_sequence_items(&mut self, closing: Operator) -> Parsed<Vec<Pattern>> {
        let mut items = Vec::new();
        while !self.at_operator(closing) {
            items.push(self.parse_maybe_star_pattern()?);
            if self.eat_operator(Operator::Comma).is_none() {
                break;
            }
        }
        self.expect_closing(closing)?;
        Ok(items)
    }

    /// A capture (`x`), the wildcard (`_`), a dotted value (`Color.RED`)
    /// or a class pattern (`Point(x, y=0)`).
    fn parse_name_pattern(&mut self, first: String) -> Parsed<Pattern> {
        let start = self.position;
        let first_span = self.bump();
        let mut value = Expression {
            kind: ExpressionKind::Name(first.clone()),
            span: first_span,
        };
        let mut dotted = false;
        while self.eat_operator(Operator::Dot).is_some() {
            let Some(attribute) = self.eat_name() else {
                return Err(self.invalid_syntax());
            };
            value = Expression {
                kind: ExpressionKind::Attribute {
                    value: Box::new(value),
                    attribute,
                },
                span: self.span_from(start),
            };
            dotted = true;
        }
        let kind = if self.eat_operator(Operator::LeftParen).is_some() {
            self.parse_class_pattern_arguments(value)?
        } else if dotted {
            PatternKind::Value(value)
        } else if first == "_" {
            PatternKind::Wildcard
        } else {
            PatternKind::Capture(first)
        };
        Ok(Pattern {
            kind,
            span: self.span_from(start),
        })
    }

    /// The `(...)` of a class pattern, after its `(`.
    fn parse_class_pattern_arguments(&mut self, class: Expression) -> Parsed<PatternKind> {
        let mut positional = Vec::new();
        let mut keywords: Vec<(Name, Pattern)> = Vec::new();
        while !self.at_operator(Operator::RightParen) {
            let is_keyword = matches!(self.kind(), TokenKind::Name(_))
                && self.operator_at(1) == Some(Operator::Equal);
            if is_keyword {
                let Some(name) = self.eat_name() else {
                    return Err(self.invalid_syntax());
                };
                self.bump();
                keywords.push((name, self.parse_pattern()?));
            } else {
                if !keywords.is_empty() {
                    return Err(self.invalid_syntax());
                }
                positional.push(self.parse_pattern()?);
            }
            if self.eat_operator(Operator::Comma).is_none() {
                break;
            }
        }
        self.expect_closing(Operator::RightParen)?;
        Ok(PatternKind::Class {
            class,
            positional,
            keywords,
        })
    }

    /// The inside of `{...}` (after `{`): `key: pattern` pairs and `**rest`.
    fn parse_mapping_pattern(&mut self) -> Parsed<PatternKind> {
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at_operator(Operator::RightBrace) {
            if self.eat_operator(Operator::DoubleStar).is_some() {
                let Some(name) = self.eat_name() else {
                    return Err(self.invalid_syntax());
                };
                rest = Some(name.id);
                self.eat_operator(Operator::Comma);
                break;
            }
            let key = self.parse_closed_pattern()?;
            let key = match key.kind {
                PatternKind::Value(expression) | PatternKind::Singleton(expression) => expression,
                _ => return Err(self.invalid_syntax()),
            };
            if self.eat_operator(Operator::Colon).is_none() {
                return Err(self.invalid_syntax());
            }
            keys.push(key);
            patterns.push(self.parse_pattern()?);
            if self.eat_operator(Operator::Comma).is_none() {
                break;
            }
        }
        self.expect_closing(Operator::RightBrace)?;
        Ok(PatternKind::Mapping {
            keys,
            patterns,
            rest,
        })
    }
}
