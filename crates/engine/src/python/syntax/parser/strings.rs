//! String literals: adjacent literals joined (plain strings, bytes and
//! f-strings), and the fields of f-strings parsed as expressions.
//!
//! The lexer hands each `{...}` field's source text and where it starts; the
//! text is lexed again in brackets (as CPython 3.11 does, so it may span
//! lines) and parsed by a parser of its own, whose spans point into the
//! whole program. Its errors read "f-string: ..." as CPython's do.

use super::super::ast::{Constant, Expression, ExpressionKind, FStringElement};
use super::super::grammar_error::GrammarError;
use super::super::lexer::lex;
use super::super::token::{FStringPart, FStringReplacement, Span, Token, TokenKind};
use super::super::{SyntaxError, SyntaxErrorKind};
use super::cursor::{Parsed, Parser};
use super::limits::Cost;

impl Parser<'_> {
    /// One or more string literals written side by side.
    pub(super) fn parse_strings(&mut self) -> Parsed<Expression> {
        let start = self.position;
        let mut end = start;
        let (mut any_bytes, mut any_text, mut any_fstring) = (false, false, false);
        while let Some(token) = self.token_at(end) {
            match &token.kind {
                TokenKind::String { is_bytes: true, .. } => any_bytes = true,
                TokenKind::String { .. } => any_text = true,
                TokenKind::FString(_) => any_fstring = true,
                _ => break,
            }
            end += 1;
        }
        self.position = end;
        if any_bytes && (any_text || any_fstring) {
            return Err(self.immediate_error_at(GrammarError::MixedBytesAndText, self.span()));
        }
        let kind = if any_bytes {
            let mut bytes = Vec::new();
            for index in start..end {
                if let Some(TokenKind::String { value, .. }) =
                    self.raw_token(index).map(|token| &token.kind)
                {
                    bytes.extend(value.chars().map(|character| character as u32 as u8));
                }
            }
            ExpressionKind::Constant(Constant::Bytes(bytes))
        } else if !any_fstring {
            let mut text = String::new();
            for index in start..end {
                if let Some(TokenKind::String { value, .. }) =
                    self.raw_token(index).map(|token| &token.kind)
                {
                    text.push_str(value);
                }
            }
            ExpressionKind::Constant(Constant::String(text))
        } else {
            let mut elements = Vec::new();
            for index in start..end {
                match self.raw_token(index).map(|token| token.kind.clone()) {
                    Some(TokenKind::String { value, .. }) => push_literal(&mut elements, &value),
                    Some(TokenKind::FString(parts)) => {
                        self.fstring_elements(&parts, &mut elements)?
                    }
                    _ => {}
                }
            }
            ExpressionKind::FString(elements)
        };
        Ok(Expression {
            kind,
            span: self.span_from(start),
        })
    }

    /// The pieces of an f-string (or of a format spec), added to `elements`.
    fn fstring_elements(
        &mut self,
        parts: &[FStringPart],
        elements: &mut Vec<FStringElement>,
    ) -> Parsed<()> {
        for part in parts {
            match part {
                FStringPart::Literal(text) => push_literal(elements, text),
                FStringPart::Replacement(field) => {
                    let value = self.parse_fstring_field(field)?;
                    let mut format_spec = Vec::new();
                    self.enter_node(Cost::OPERATORS)?;
                    self.fstring_elements(&field.format_spec, &mut format_spec)?;
                    self.leave_node(Cost::OPERATORS);
                    elements.push(FStringElement::Replacement {
                        value: Box::new(value),
                        debug_text: field.debug_text.clone(),
                        conversion: field.conversion,
                        format_spec,
                    });
                }
            }
        }
        Ok(())
    }

    /// The expression of one `{...}` field.
    fn parse_fstring_field(&mut self, field: &FStringReplacement) -> Parsed<Expression> {
        let offset = field.expression_offset;
        let length = field.expression_source.len() as u32;
        let span = Span::new(offset, offset + length);
        if field
            .expression_source
            .chars()
            .all(|character| matches!(character, ' ' | '\t' | '\n' | '\r' | '\x0c'))
        {
            let after = self
                .source
                .get(span.end as usize..)
                .and_then(|rest| rest.chars().next());
            let error = match after {
                Some(before @ ('!' | ':' | '=')) => {
                    GrammarError::FStringExpressionRequired { before }
                }
                _ => GrammarError::EmptyFStringExpression,
            };
            return Err(self.immediate_error_at(error, span));
        }
        self.enter_node(Cost::FIELD)?;
        let lexed = lex(&format!("({})", field.expression_source));
        // The "(" added in front sits one byte before the field's text.
        let shift = offset.saturating_sub(1);
        let mut tokens = lexed.tokens;
        for token in &mut tokens {
            shift_token(token, shift);
        }
        let lexical = lexed.error.map(|mut error| {
            error.span = error.span.shifted(shift);
            error
        });
        let mut parser = Parser::new(self.source, tokens, lexical.is_some(), self.depth());
        parser.parse_deep_groups();
        let result = parser.parse_fstring_expression();
        let result = super::finish(&mut parser, result, lexical);
        self.leave_node(Cost::FIELD);
        match result {
            Ok(expression) => Ok(expression),
            Err(SyntaxError {
                kind: SyntaxErrorKind::Grammar(error),
                span,
            }) => {
                let error = match error {
                    GrammarError::InFString(_) => error,
                    other => GrammarError::InFString(Box::new(other)),
                };
                Err(self.immediate_error_at(error, span))
            }
            Err(error) => Err(self.immediate_failure(error)),
        }
    }

    /// The whole of a field's bracketed source: one atom, then the end.
    fn parse_fstring_expression(&mut self) -> Parsed<Expression> {
        let expression = self.parse_atom()?;
        while matches!(self.kind(), TokenKind::Newline) {
            self.bump();
        }
        if !matches!(self.kind(), TokenKind::EndOfFile) {
            return Err(self.invalid_syntax());
        }
        Ok(expression)
    }
}

/// Adds literal text, joined to the literal before it if there is one.
fn push_literal(elements: &mut Vec<FStringElement>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringElement::Literal(previous)) = elements.last_mut() {
        previous.push_str(text);
        return;
    }
    elements.push(FStringElement::Literal(text.to_owned()));
}

/// Moves a token of a field's source (and the fields nested in it) `shift` bytes later.
fn shift_token(token: &mut Token, shift: u32) {
    token.span = token.span.shifted(shift);
    let TokenKind::FString(parts) = &mut token.kind else {
        return;
    };
    let mut pending: Vec<&mut Vec<FStringPart>> = vec![parts];
    while let Some(parts) = pending.pop() {
        for part in parts.iter_mut() {
            if let FStringPart::Replacement(field) = part {
                field.expression_offset += shift;
                pending.push(&mut field.format_spec);
            }
        }
    }
}
