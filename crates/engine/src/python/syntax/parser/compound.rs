//! Compound statements with a condition or items: `if`/`elif`/`else`,
//! `while`, `for`, `try`/`except`/`finally` and `with`; their blocks, and
//! CPython's "expected ':'" and "expected an indented block" errors.

use super::super::ast::{ExceptHandler, Expression, Statement, StatementKind, WithItem};
use super::super::grammar_error::{BlockKind, GrammarError};
use super::super::token::{Keyword, LineIndex, Operator, TokenKind};
use super::cursor::{Parsed, Parser};
use super::deep::GroupKind;
use super::expressions::is_plain_invalid_syntax;
use super::limits::Cost;
use super::targets::{invalid_target, TargetContext};

impl Parser<'_> {
    /// The 1-based line of the token at `index` (for error messages only).
    pub(super) fn line_at(&self, index: usize) -> u32 {
        LineIndex::new(self.source).line(self.span_at(index).start)
    }

    /// Where CPython points when the token after a NEWLINE is not an INDENT:
    /// at that token; for a DEDENT, after the next line's indentation; at
    /// the end, at the end of the last line.
    fn where_a_block_is_missing(
        &self,
        newline: super::super::token::Span,
    ) -> super::super::token::Span {
        let mut next = self.position;
        while matches!(
            self.raw_token(next).map(|token| &token.kind),
            Some(TokenKind::Dedent)
        ) {
            next += 1;
        }
        match self.raw_token(next).map(|token| &token.kind) {
            Some(TokenKind::EndOfFile) | None => self.end_of_last_line(newline),
            Some(_) if next > self.position => self.indentation_span(self.position),
            Some(_) => self.span(),
        }
    }

    /// Where CPython points at the end of the program: the end of its last
    /// line (without the final line break).
    fn end_of_last_line(&self, newline: super::super::token::Span) -> super::super::token::Span {
        let text = self.source.trim_end_matches(['\n', '\r']);
        let ends_with_break = text.len() < self.source.len();
        let end = match ends_with_break {
            true => self.source.len() - if self.source.ends_with("\r\n") { 2 } else { 1 },
            false => self.source.len(),
        };
        let end = (end as u32).max(newline.start);
        super::super::token::Span::new(end, end)
    }

    /// The `:` ending a statement's header; a NEWLINE instead of it is
    /// CPython's "expected ':'".
    pub(super) fn expect_colon(&mut self, statement: BlockKind, keyword: usize) -> Parsed<()> {
        if self.eat_operator(Operator::Colon).is_some() {
            return Ok(());
        }
        if !matches!(self.kind(), TokenKind::Newline) {
            return Err(self.invalid_syntax());
        }
        let line = self.line_at(keyword);
        Err(self.error_at(GrammarError::ExpectedColon { statement, line }, self.span()))
    }

    /// A `:` that CPython requires at once (after `else`, `try`, `finally`
    /// and a function's header), whatever stands there instead.
    pub(super) fn expect_forced_colon(
        &mut self,
        statement: BlockKind,
        keyword: usize,
    ) -> Parsed<()> {
        if self.eat_operator(Operator::Colon).is_some() {
            return Ok(());
        }
        let line = self.line_at(keyword);
        Err(self.immediate_error_at(GrammarError::ExpectedColon { statement, line }, self.span()))
    }

    /// The block after a header's `:`: an indented block or simple statements on the same line.
    pub(super) fn parse_block(
        &mut self,
        statement: BlockKind,
        keyword: usize,
    ) -> Parsed<Vec<Statement>> {
        self.enter_node(Cost::BLOCK)?;
        let mut body = Vec::new();
        if !matches!(self.kind(), TokenKind::Newline) {
            self.parse_simple_statements(&mut body)?;
            self.leave_node(Cost::BLOCK);
            return Ok(body);
        }
        let newline = self.bump();
        if !matches!(self.kind(), TokenKind::Indent) {
            let span = self.where_a_block_is_missing(newline);
            let line = self.line_at(keyword);
            return Err(self.error_at(
                GrammarError::ExpectedIndentedBlock { statement, line },
                span,
            ));
        }
        let body = match self.take_group(GroupKind::Block) {
            Some(cached) => cached?.block(),
            None => self.parse_indented_statements()?,
        };
        self.leave_node(Cost::BLOCK);
        Ok(body)
    }

    /// The statements of an indented block, from its INDENT to its DEDENT.
    pub(super) fn parse_indented_statements(&mut self) -> Parsed<Vec<Statement>> {
        let mut body = Vec::new();
        self.bump();
        while !matches!(self.kind(), TokenKind::Dedent | TokenKind::EndOfFile) {
            self.parse_statement(&mut body)?;
        }
        if !matches!(self.kind(), TokenKind::Dedent) {
            return Err(self.invalid_syntax());
        }
        self.bump();
        Ok(body)
    }

    /// `if`, its `elif`s and its `else`.
    pub(super) fn parse_if(&mut self) -> Parsed<Statement> {
        let mut clauses = Vec::new();
        let mut kind = BlockKind::If;
        loop {
            let keyword = self.position;
            self.bump();
            let condition = self.parse_named_expression()?;
            self.expect_colon(kind, keyword)?;
            let body = self.parse_block(kind, keyword)?;
            clauses.push((keyword, condition, body));
            if !self.at_keyword(Keyword::Elif) {
                break;
            }
            self.wrap()?;
            kind = BlockKind::Elif;
        }
        let mut orelse = self.parse_else_block()?;
        self.unwrap(clauses.len().saturating_sub(1) as u32);
        let mut statement: Option<Statement> = None;
        for (keyword, condition, body) in clauses.into_iter().rev() {
            let orelse = match statement.take() {
                Some(inner) => vec![inner],
                None => std::mem::take(&mut orelse),
            };
            let kind = StatementKind::If {
                condition,
                body,
                orelse,
            };
            statement = Some(Statement {
                kind,
                span: self.span_from(keyword),
            });
        }
        statement.ok_or_else(|| self.invalid_syntax())
    }

    /// An optional `else:` block.
    fn parse_else_block(&mut self) -> Parsed<Vec<Statement>> {
        let keyword = self.position;
        if self.eat_keyword(Keyword::Else).is_none() {
            return Ok(Vec::new());
        }
        self.expect_forced_colon(BlockKind::Else, keyword)?;
        self.parse_block(BlockKind::Else, keyword)
    }

    /// `while condition: body else: orelse`.
    pub(super) fn parse_while(&mut self) -> Parsed<Statement> {
        let keyword = self.position;
        self.bump();
        let condition = self.parse_named_expression()?;
        self.expect_colon(BlockKind::While, keyword)?;
        let body = self.parse_block(BlockKind::While, keyword)?;
        let orelse = self.parse_else_block()?;
        let kind = StatementKind::While {
            condition,
            body,
            orelse,
        };
        Ok(Statement {
            kind,
            span: self.span_from(keyword),
        })
    }

    /// `for target in iterable: body else: orelse`.
    pub(super) fn parse_for(&mut self) -> Parsed<Statement> {
        let keyword = self.position;
        self.bump();
        let target = self.parse_for_target()?;
        let iterable = self.parse_star_expressions()?;
        self.expect_colon(BlockKind::For, keyword)?;
        let body = self.parse_block(BlockKind::For, keyword)?;
        let orelse = self.parse_else_block()?;
        let kind = StatementKind::For {
            target,
            iterable,
            body,
            orelse,
        };
        Ok(Statement {
            kind,
            span: self.span_from(keyword),
        })
    }

    /// `try` with its handlers, `else` and `finally`.
    pub(super) fn parse_try(&mut self) -> Parsed<Statement> {
        let keyword = self.position;
        self.bump();
        self.expect_forced_colon(BlockKind::Try, keyword)?;
        let body = self.parse_block(BlockKind::Try, keyword)?;
        let mut handlers = Vec::new();
        while self.at_keyword(Keyword::Except) {
            handlers.push(self.parse_except()?);
        }
        let orelse = match handlers.is_empty() {
            true => Vec::new(),
            false => self.parse_else_block()?,
        };
        let finally_keyword = self.position;
        let finally = match self.eat_keyword(Keyword::Finally) {
            Some(_) => {
                self.expect_forced_colon(BlockKind::Finally, finally_keyword)?;
                self.parse_block(BlockKind::Finally, finally_keyword)?
            }
            None if handlers.is_empty() => {
                let span = match self.next_real_token() > self.position {
                    true => self.indentation_span(self.position),
                    false => self.span(),
                };
                return Err(self.error_at(GrammarError::ExpectedExceptOrFinally, span));
            }
            None => Vec::new(),
        };
        let kind = StatementKind::Try {
            body,
            handlers,
            orelse,
            finally,
        };
        Ok(Statement {
            kind,
            span: self.span_from(keyword),
        })
    }

    /// The index of the first token from the current one that is not a DEDENT.
    fn next_real_token(&self) -> usize {
        let mut index = self.position;
        while matches!(
            self.raw_token(index).map(|token| &token.kind),
            Some(TokenKind::Dedent)
        ) {
            index += 1;
        }
        index
    }

    /// An `except` clause.
    fn parse_except(&mut self) -> Parsed<ExceptHandler> {
        let keyword = self.position;
        self.bump();
        let mut exception_type = None;
        let mut name = None;
        if self.at_operator(Operator::Star) {
            return Err(self.invalid_syntax());
        }
        if !matches!(
            self.kind(),
            TokenKind::Operator(Operator::Colon) | TokenKind::Newline
        ) {
            let expression = self.parse_expression()?;
            if self.at_operator(Operator::Comma) {
                return Err(self.unparenthesized_exception_types(&expression));
            }
            exception_type = Some(expression);
            if self.eat_keyword(Keyword::As).is_some() {
                match self.eat_name() {
                    Some(as_name) => name = Some(as_name),
                    None => return Err(self.invalid_syntax()),
                }
            }
        }
        self.expect_colon(BlockKind::Except, keyword)?;
        let span = self.span_from(keyword);
        let body = self.parse_block(BlockKind::Except, keyword)?;
        Ok(ExceptHandler {
            exception_type,
            name,
            body,
            span,
        })
    }

    /// `except A, B:`: CPython's "multiple exception types must be
    /// parenthesized" if the rest fits, else "invalid syntax" at the comma.
    fn unparenthesized_exception_types(
        &mut self,
        first: &Expression,
    ) -> Box<super::cursor::Failure> {
        let fits = self.speculate(false, |parser| {
            parser.bump();
            parser.parse_expression()?;
            while parser.eat_operator(Operator::Comma).is_some() {
                if !parser.starts_expression() {
                    break;
                }
                parser.parse_expression()?;
            }
            if parser.eat_keyword(Keyword::As).is_some() && parser.eat_name().is_none() {
                return Err(parser.invalid_syntax());
            }
            parser.expect_closing(Operator::Colon)
        });
        match fits {
            Some(()) => self.error_at(GrammarError::UnparenthesizedExceptionTypes, first.span),
            None => self.invalid_syntax(),
        }
    }

    /// `with a as b, c: body` (the items may be in brackets).
    pub(super) fn parse_with(&mut self) -> Parsed<Statement> {
        let keyword = self.position;
        self.bump();
        let bracketed = self.at_operator(Operator::LeftParen)
            && self
                .speculate(false, |parser| parser.parse_bracketed_with_items())
                .is_some();
        let items = match bracketed {
            true => self.parse_bracketed_with_items()?,
            false => self.parse_with_items(None)?,
        };
        self.expect_colon(BlockKind::With, keyword)?;
        let body = self.parse_block(BlockKind::With, keyword)?;
        Ok(Statement {
            kind: StatementKind::With { items, body },
            span: self.span_from(keyword),
        })
    }

    /// `(` items `)` followed by `:` (CPython reads a `with` this way first).
    fn parse_bracketed_with_items(&mut self) -> Parsed<Vec<WithItem>> {
        self.bump();
        let items = self.parse_with_items(Some(Operator::RightParen))?;
        self.expect_closing(Operator::RightParen)?;
        match self.at_operator(Operator::Colon) {
            true => Ok(items),
            false => Err(self.invalid_syntax()),
        }
    }

    /// `with` items separated by commas; `closing` allows a trailing comma before it.
    fn parse_with_items(&mut self, closing: Option<Operator>) -> Parsed<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let context = self.parse_expression()?;
            let target = match self.eat_keyword(Keyword::As) {
                Some(_) => Some(self.parse_with_target()?),
                None => None,
            };
            items.push(WithItem { context, target });
            if self.eat_operator(Operator::Comma).is_none() {
                return Ok(items);
            }
            if closing.is_some_and(|closing| self.at_operator(closing)) {
                return Ok(items);
            }
        }
    }

    /// The target after `as` in a `with` item.
    fn parse_with_target(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let target = match self.parse_star_target() {
            Ok(target) => target,
            Err(failure) if is_plain_invalid_syntax(&failure) => {
                return Err(self
                    .invalid_target_error(start, TargetContext::Assignment)
                    .unwrap_or(failure));
            }
            Err(failure) => return Err(failure),
        };
        let valid = invalid_target(&target, TargetContext::Assignment).is_none();
        let followed = matches!(
            self.operator_at(0),
            Some(Operator::Comma | Operator::RightParen | Operator::Colon)
        );
        if valid && followed {
            return Ok(target);
        }
        let stop = self.position;
        match self.invalid_target_error(start, TargetContext::Assignment) {
            Some(failure) => Err(failure),
            // What follows a valid target is checked by the caller.
            None if valid => Ok(target),
            None => Err(self.invalid_syntax_at(stop)),
        }
    }
}
