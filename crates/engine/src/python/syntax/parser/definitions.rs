//! Definitions: decorators, `def` and `class`.

use super::super::ast::{
    Argument, ClassDefinition, Expression, FunctionDefinition, Statement, StatementKind,
};
use super::super::grammar_error::{BlockKind, GrammarError};
use super::super::token::{Keyword, Operator, TokenKind};
use super::cursor::{Parsed, Parser};

impl Parser<'_> {
    /// Decorators, then the `def` or `class` they decorate.
    pub(super) fn parse_decorated(&mut self) -> Parsed<Statement> {
        let mut decorators = Vec::new();
        while self.eat_operator(Operator::At).is_some() {
            decorators.push(self.parse_named_expression()?);
            if !matches!(self.kind(), TokenKind::Newline) {
                return Err(self.invalid_syntax());
            }
            self.bump();
        }
        match self.kind() {
            TokenKind::Keyword(Keyword::Def) => self.parse_function_definition(decorators),
            TokenKind::Keyword(Keyword::Class) => self.parse_class_definition(decorators),
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `def name(parameters) -> returns: body`.
    pub(super) fn parse_function_definition(
        &mut self,
        decorators: Vec<Expression>,
    ) -> Parsed<Statement> {
        let keyword = self.position;
        self.bump();
        let Some(name) = self.eat_name() else {
            return Err(self.invalid_syntax());
        };
        if self.eat_operator(Operator::LeftParen).is_none() {
            let error = GrammarError::ExpectedParenthesis { function: name.id };
            return Err(self.immediate_error_at(error, self.span()));
        }
        let parameters = self.parse_parameters(false)?;
        self.expect_closing(Operator::RightParen)?;
        let mut returns = None;
        let annotated = self.at_operator(Operator::Arrow)
            && self
                .speculate(false, |parser| {
                    parser.bump();
                    parser.parse_expression()
                })
                .is_some();
        if annotated {
            self.bump();
            returns = Some(self.parse_expression()?);
        }
        self.expect_forced_colon(BlockKind::FunctionDefinition, keyword)?;
        let body = self.parse_block(BlockKind::FunctionDefinition, keyword)?;
        let definition = FunctionDefinition {
            name,
            parameters,
            body,
            decorators,
            returns,
        };
        Ok(Statement {
            kind: StatementKind::FunctionDefinition(Box::new(definition)),
            span: self.span_from(keyword),
        })
    }

    /// `class name(bases, keywords): body`.
    pub(super) fn parse_class_definition(
        &mut self,
        decorators: Vec<Expression>,
    ) -> Parsed<Statement> {
        let keyword = self.position;
        self.bump();
        let Some(name) = self.eat_name() else {
            return Err(self.invalid_syntax());
        };
        let mut bases = Vec::new();
        let mut keywords = Vec::new();
        if self.at_operator(Operator::LeftParen) {
            let open = self.position;
            for argument in self.parse_call_arguments(false)? {
                match argument {
                    Argument::Positional(base) => bases.push(base),
                    Argument::Starred(value) => {
                        let span = value.span;
                        let kind = super::super::ast::ExpressionKind::Starred(Box::new(value));
                        bases.push(Expression { kind, span });
                    }
                    Argument::Keyword(keyword) => keywords.push(keyword),
                    // The tree has no place for `**mapping` in a class header.
                    Argument::DoubleStarred(_) => return Err(self.invalid_syntax_at(open)),
                }
            }
        }
        self.expect_colon(BlockKind::ClassDefinition, keyword)?;
        let body = self.parse_block(BlockKind::ClassDefinition, keyword)?;
        let definition = ClassDefinition {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(Statement {
            kind: StatementKind::ClassDefinition(Box::new(definition)),
            span: self.span_from(keyword),
        })
    }
}
