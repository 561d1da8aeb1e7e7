//! Statements: the file, the dispatch between compound and simple
//! statements, and the simple statements (`return`, `import`, `del`...).

use super::super::ast::{ImportAlias, Name, Statement, StatementKind};
use super::super::grammar_error::GrammarError;
use super::super::token::{Keyword, Operator, TokenKind};
use super::cursor::{Parsed, Parser};
use super::targets::{category, invalid_target, TargetContext};

impl Parser<'_> {
    /// CPython's `file`: statements up to the end.
    pub(super) fn parse_file(&mut self) -> Parsed<Vec<Statement>> {
        let mut body = Vec::new();
        while !matches!(self.kind(), TokenKind::EndOfFile) {
            self.parse_statement(&mut body)?;
        }
        Ok(body)
    }

    /// One statement, or a line of simple statements, added to `body`.
    pub(super) fn parse_statement(&mut self, body: &mut Vec<Statement>) -> Parsed<()> {
        let statement = match self.kind() {
            TokenKind::Keyword(Keyword::If) => self.parse_if()?,
            TokenKind::Keyword(Keyword::While) => self.parse_while()?,
            TokenKind::Keyword(Keyword::For) => self.parse_for()?,
            TokenKind::Keyword(Keyword::Try) => self.parse_try()?,
            TokenKind::Keyword(Keyword::With) => self.parse_with()?,
            TokenKind::Keyword(Keyword::Def) => self.parse_function_definition(Vec::new())?,
            TokenKind::Keyword(Keyword::Class) => self.parse_class_definition(Vec::new())?,
            TokenKind::Operator(Operator::At) => self.parse_decorated()?,
            TokenKind::Name(_) if self.at_match_statement() => self.parse_match()?,
            _ => return self.parse_simple_statements(body),
        };
        body.push(statement);
        Ok(())
    }

    /// Simple statements separated by `;`, to the end of the line.
    pub(super) fn parse_simple_statements(&mut self, body: &mut Vec<Statement>) -> Parsed<()> {
        loop {
            body.push(self.parse_simple_statement()?);
            if self.eat_operator(Operator::Semicolon).is_none()
                || matches!(self.kind(), TokenKind::Newline)
            {
                break;
            }
        }
        if !matches!(self.kind(), TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        self.bump();
        Ok(())
    }

    fn parse_simple_statement(&mut self) -> Parsed<Statement> {
        let start = self.position;
        let kind = match self.kind() {
            TokenKind::Keyword(Keyword::Pass) => {
                self.bump();
                StatementKind::Pass
            }
            TokenKind::Keyword(Keyword::Break) => {
                self.bump();
                StatementKind::Break
            }
            TokenKind::Keyword(Keyword::Continue) => {
                self.bump();
                StatementKind::Continue
            }
            TokenKind::Keyword(Keyword::Return) => {
                self.bump();
                let value = match self.starts_star_expression() {
                    true => Some(self.parse_star_expressions()?),
                    false => None,
                };
                StatementKind::Return(value)
            }
            TokenKind::Keyword(Keyword::Raise) => self.parse_raise()?,
            TokenKind::Keyword(Keyword::Global) => {
                self.bump();
                StatementKind::Global(self.parse_names()?)
            }
            TokenKind::Keyword(Keyword::Nonlocal) => {
                self.bump();
                StatementKind::Nonlocal(self.parse_names()?)
            }
            TokenKind::Keyword(Keyword::Del) => self.parse_delete()?,
            TokenKind::Keyword(Keyword::Assert) => {
                self.bump();
                let condition = self.parse_expression()?;
                let message = match self.eat_operator(Operator::Comma) {
                    Some(_) => Some(self.parse_expression()?),
                    None => None,
                };
                StatementKind::Assert { condition, message }
            }
            TokenKind::Keyword(Keyword::Import) => self.parse_import()?,
            TokenKind::Keyword(Keyword::From) => self.parse_from_import()?,
            _ => return self.parse_expression_statement(),
        };
        Ok(Statement {
            kind,
            span: self.span_from(start),
        })
    }

    fn parse_raise(&mut self) -> Parsed<StatementKind> {
        self.bump();
        if !self.starts_expression() {
            return Ok(StatementKind::Raise {
                exception: None,
                cause: None,
            });
        }
        let exception = Some(self.parse_expression()?);
        let cause = match self.eat_keyword(Keyword::From) {
            Some(_) => Some(self.parse_expression()?),
            None => None,
        };
        Ok(StatementKind::Raise { exception, cause })
    }

    /// Names separated by commas (after `global` and `nonlocal`).
    fn parse_names(&mut self) -> Parsed<Vec<Name>> {
        let mut names = Vec::new();
        loop {
            match self.eat_name() {
                Some(name) => names.push(name),
                None => return Err(self.invalid_syntax()),
            }
            if self.eat_operator(Operator::Comma).is_none() {
                return Ok(names);
            }
        }
    }

    /// `del` and its targets.
    fn parse_delete(&mut self) -> Parsed<StatementKind> {
        self.bump();
        let mut targets = vec![self.parse_star_expression()?];
        while self.eat_operator(Operator::Comma).is_some() {
            if !self.starts_star_expression() {
                break;
            }
            targets.push(self.parse_star_expression()?);
        }
        if let Some(bad) = targets
            .iter()
            .find_map(|target| invalid_target(target, TargetContext::Delete))
        {
            return Err(self.error_at(
                GrammarError::CannotDelete {
                    target: category(bad),
                },
                bad.span,
            ));
        }
        if !matches!(
            self.kind(),
            TokenKind::Newline | TokenKind::Operator(Operator::Semicolon)
        ) {
            return Err(self.invalid_syntax());
        }
        Ok(StatementKind::Delete(targets))
    }

    /// `import a.b as c, d`.
    fn parse_import(&mut self) -> Parsed<StatementKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.position;
            let name = self.parse_dotted_name()?;
            let as_name = self.parse_as_name()?;
            names.push(ImportAlias {
                name,
                as_name,
                span: self.span_from(start),
            });
            if self.eat_operator(Operator::Comma).is_none() {
                return Ok(StatementKind::Import(names));
            }
        }
    }

    /// `from .module import a as b, c` or `from module import *`.
    fn parse_from_import(&mut self) -> Parsed<StatementKind> {
        self.bump();
        let mut level = 0;
        loop {
            match self.operator_at(0) {
                Some(Operator::Dot) => level += 1,
                Some(Operator::Ellipsis) => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = match self.at_name() || level == 0 {
            true => self.parse_dotted_name()?,
            false => String::new(),
        };
        if self.eat_keyword(Keyword::Import).is_none() {
            return Err(self.invalid_syntax());
        }
        if self.at_operator(Operator::Star) {
            let span = self.bump();
            let star = ImportAlias {
                name: "*".to_owned(),
                as_name: None,
                span,
            };
            return Ok(StatementKind::ImportFrom {
                module,
                names: vec![star],
                level,
            });
        }
        let parenthesized = self.eat_operator(Operator::LeftParen).is_some();
        let mut names = Vec::new();
        loop {
            let start = self.position;
            let Some(name) = self.eat_name() else {
                return Err(self.invalid_syntax());
            };
            let as_name = self.parse_as_name()?;
            names.push(ImportAlias {
                name: name.id,
                as_name,
                span: self.span_from(start),
            });
            if self.eat_operator(Operator::Comma).is_none() {
                break;
            }
            if parenthesized && self.at_operator(Operator::RightParen) {
                break;
            }
            if !parenthesized && matches!(self.kind(), TokenKind::Newline) {
                return Err(self.error_at(GrammarError::ImportTrailingComma, self.span()));
            }
        }
        if parenthesized {
            self.expect_closing(Operator::RightParen)?;
        }
        Ok(StatementKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// `a.b.c`, as one string.
    fn parse_dotted_name(&mut self) -> Parsed<String> {
        let mut dotted = String::new();
        loop {
            match self.eat_name() {
                Some(name) => dotted.push_str(&name.id),
                None => return Err(self.invalid_syntax()),
            }
            if self.eat_operator(Operator::Dot).is_none() {
                return Ok(dotted);
            }
            dotted.push('.');
        }
    }

    /// An optional `as name`.
    fn parse_as_name(&mut self) -> Parsed<Option<Name>> {
        if self.eat_keyword(Keyword::As).is_none() {
            return Ok(None);
        }
        match self.eat_name() {
            Some(name) => Ok(Some(name)),
            None => Err(self.invalid_syntax()),
        }
    }
}
