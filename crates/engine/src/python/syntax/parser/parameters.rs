//! The parameters of `def` and `lambda`: positional-only before `/`,
//! `*args` or a bare `*`, keyword-only, `**kwargs`; with CPython's messages
//! for parameters in the wrong order or place.

use super::super::ast::{Parameter, Parameters};
use super::super::grammar_error::GrammarError;
use super::super::token::{Operator, TokenKind};
use super::cursor::{Failure, Parsed, Parser};
use super::limits::Cost;

impl Parser<'_> {
    /// `lambda parameters:`, before the body.
    pub(super) fn parse_lambda_header(&mut self) -> Parsed<Parameters> {
        self.enter_node(Cost::LAMBDA)?;
        self.bump();
        let parameters = self.parse_parameters(true)?;
        self.expect_closing(Operator::Colon)?;
        self.leave_node(Cost::LAMBDA);
        Ok(parameters)
    }

    /// The parameters of a `def` (up to its `)`) or a `lambda` (up to its `:`).
    pub(super) fn parse_parameters(&mut self, lambda: bool) -> Parsed<Parameters> {
        let closing = if lambda {
            Operator::Colon
        } else {
            Operator::RightParen
        };
        let mut parameters = Parameters::default();
        let mut positional = Vec::new();
        let mut seen_default = false;
        let mut seen_slash = false;
        while !self.at_operator(closing)
            && !matches!(
                self.operator_at(0),
                Some(Operator::Star | Operator::DoubleStar)
            )
        {
            match self.kind() {
                TokenKind::Name(_) => {
                    let parameter = self.parse_parameter(lambda, true, false)?;
                    if parameter.default.is_none() && seen_default && self.ends_parameter(closing) {
                        return Err(self
                            .error_at(GrammarError::NonDefaultAfterDefault, parameter.name.span));
                    }
                    seen_default |= parameter.default.is_some();
                    positional.push(parameter);
                }
                TokenKind::Operator(Operator::Slash) => {
                    let slash = self.span();
                    if seen_slash {
                        return Err(self.error_at(GrammarError::SlashTwice, slash));
                    }
                    if positional.is_empty() {
                        return Err(
                            match self.operator_at_index(self.position + 1) == Some(Operator::Comma)
                            {
                                true => self.error_at(GrammarError::SlashWithoutParameters, slash),
                                false => self.invalid_syntax(),
                            },
                        );
                    }
                    seen_slash = true;
                    parameters.positional_only = std::mem::take(&mut positional);
                    self.bump();
                    if self.at_operator(Operator::Star) {
                        return Err(self.error_at(
                            GrammarError::ExpectedCommaBetweenSlashAndStar,
                            self.span(),
                        ));
                    }
                }
                TokenKind::Operator(Operator::LeftParen) if !seen_default && !seen_slash => {
                    return Err(self.parenthesized_parameters(lambda));
                }
                _ => return Err(self.invalid_syntax()),
            }
            self.expect_parameter_separator(closing)?;
        }
        parameters.positional = positional;
        if self.at_operator(Operator::Star) {
            self.parse_star_parameters(lambda, closing, &mut parameters)?;
        }
        if self.eat_operator(Operator::DoubleStar).is_some() {
            let parameter = self.parse_parameter(lambda, false, false)?;
            if self.at_operator(Operator::Equal) {
                return Err(self.error_at(GrammarError::VarKeywordDefault, self.span()));
            }
            parameters.var_keyword = Some(parameter);
            if self.eat_operator(Operator::Comma).is_some() {
                let after = match self.kind() {
                    TokenKind::Name(_)
                    | TokenKind::Operator(
                        Operator::Star | Operator::DoubleStar | Operator::Slash,
                    ) => Some(self.span()),
                    _ => None,
                };
                if let Some(span) = after {
                    return Err(self.error_at(GrammarError::ParameterAfterVarKeyword, span));
                }
            }
        }
        if !self.at_operator(closing) {
            return Err(self.invalid_syntax());
        }
        Ok(parameters)
    }

    /// `*args` or a bare `*`, and the keyword-only parameters after it.
    fn parse_star_parameters(
        &mut self,
        lambda: bool,
        closing: Operator,
        parameters: &mut Parameters,
    ) -> Parsed<()> {
        let star = self.bump();
        if self.at_name() {
            let parameter = self.parse_parameter(lambda, false, !lambda)?;
            if self.at_operator(Operator::Equal) {
                return Err(self.error_at(GrammarError::VarPositionalDefault, self.span()));
            }
            parameters.var_positional = Some(parameter);
        } else {
            let comma = self.at_operator(Operator::Comma);
            let after = self.operator_at(usize::from(comma));
            if after == Some(closing) || (comma && after == Some(Operator::DoubleStar)) {
                let span = match lambda {
                    true => self.span_at(self.position + usize::from(comma)),
                    false => star,
                };
                return Err(self.error_at(GrammarError::BareStarWithoutNames, span));
            }
            if !comma {
                return Err(self.invalid_syntax());
            }
        }
        self.expect_parameter_separator(closing)?;
        while !self.at_operator(closing) && !self.at_operator(Operator::DoubleStar) {
            match self.kind() {
                TokenKind::Name(_) => {
                    let parameter = self.parse_parameter(lambda, true, false)?;
                    parameters.keyword_only.push(parameter);
                }
                TokenKind::Operator(Operator::Star) if self.star_parameter_follows(closing) => {
                    return Err(self.error_at(GrammarError::StarTwice, self.span()));
                }
                TokenKind::Operator(Operator::Slash) => {
                    return Err(self.error_at(GrammarError::SlashAfterStar, self.span()));
                }
                _ => return Err(self.invalid_syntax()),
            }
            self.expect_parameter_separator(closing)?;
        }
        Ok(())
    }

    /// One parameter: its name, its annotation (in a `def`) and its default (if allowed).
    fn parse_parameter(
        &mut self,
        lambda: bool,
        allow_default: bool,
        star_annotation: bool,
    ) -> Parsed<Parameter> {
        let Some(name) = self.eat_name() else {
            return Err(self.invalid_syntax());
        };
        let mut annotation = None;
        if !lambda && self.eat_operator(Operator::Colon).is_some() {
            annotation = Some(match star_annotation && self.at_operator(Operator::Star) {
                true => self.parse_starred(),
                false => self.parse_expression(),
            }?);
        }
        let mut default = None;
        if allow_default && self.at_operator(Operator::Equal) {
            let equal = self.bump();
            if matches!(
                self.operator_at(0),
                Some(Operator::RightParen | Operator::Comma)
            ) {
                return Err(self.error_at(GrammarError::ExpectedDefaultValue, equal));
            }
            default = Some(self.parse_expression()?);
        }
        Ok(Parameter {
            name,
            default,
            annotation,
        })
    }

    /// Whether after the `*` here comes `,` or a parameter without a default
    /// (CPython's condition for "* argument may appear only once").
    fn star_parameter_follows(&self, closing: Operator) -> bool {
        let after = self.raw_token(self.position + 1).map(|token| &token.kind);
        match after {
            Some(TokenKind::Operator(Operator::Comma)) => true,
            Some(TokenKind::Name(_)) => matches!(
                self.operator_at_index(self.position + 2),
                Some(operator) if operator == Operator::Comma || operator == closing || (operator == Operator::Colon && closing != Operator::Colon)
            ),
            _ => false,
        }
    }

    /// Whether a parameter ends here (at `,` or the closing token).
    fn ends_parameter(&self, closing: Operator) -> bool {
        matches!(self.operator_at(0), Some(operator) if operator == Operator::Comma || operator == closing)
    }

    /// A `,` between parameters, or the closing token (not consumed).
    fn expect_parameter_separator(&mut self, closing: Operator) -> Parsed<()> {
        if self.eat_operator(Operator::Comma).is_some() || self.at_operator(closing) {
            return Ok(());
        }
        Err(self.invalid_syntax())
    }

    /// `def f((a, b)):`: CPython's "parameters cannot be parenthesized" if the
    /// brackets hold plain names, else "invalid syntax".
    fn parenthesized_parameters(&mut self, lambda: bool) -> Box<Failure> {
        let open = self.position;
        let mut index = open + 1;
        let mut names = 0;
        loop {
            if !matches!(
                self.raw_token(index).map(|token| &token.kind),
                Some(TokenKind::Name(_))
            ) {
                break;
            }
            names += 1;
            index += 1;
            if self.operator_at_index(index) != Some(Operator::Comma) {
                break;
            }
            index += 1;
        }
        if names > 0 && self.operator_at_index(index) == Some(Operator::RightParen) {
            let span = self.span_at(open).cover(self.span_at(index));
            return self.error_at(GrammarError::ParenthesizedParameters { lambda }, span);
        }
        self.invalid_syntax()
    }
}
