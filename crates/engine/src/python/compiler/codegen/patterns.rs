//! `match`: each `case` pushes the values its pattern compares with, then
//! one [`Instruction::MatchCase`] matches the subject against the compiled
//! [`MatchPattern`] and pushes what it captured, which is stored in the
//! pattern's names. CPython's compile-time errors about patterns are here.

use super::super::super::syntax::ast::{Expression, MatchCase, Pattern, PatternKind};
use super::super::super::syntax::token::Span;
use super::super::bytecode::{Instruction, MatchPattern};
use super::{CompileError, CompileErrorKind, Compiled, Compiler};

/// What compiling one pattern collects.
#[derive(Default)]
struct PatternState {
    /// Values pushed so far.
    values: u32,
    /// The captured names, by slot.
    names: Vec<String>,
}

impl PatternState {
    /// The slot of a new captured `name` (an error if the pattern has it already).
    fn capture(&mut self, name: &str, span: Span) -> Result<u32, CompileError> {
        if self.names.iter().any(|known| known == name) {
            return Err(CompileError::new(
                CompileErrorKind::PatternNameRepeated(name.to_owned()),
                span,
            ));
        }
        self.names.push(name.to_owned());
        Ok((self.names.len() - 1) as u32)
    }
}

impl<'a> Compiler<'a> {
    /// `match subject:` with its cases.
    pub(super) fn match_statement(
        &mut self,
        subject: &'a Expression,
        cases: &'a [MatchCase],
        span: Span,
    ) -> Compiled {
        self.expression(subject)?;
        let end = self.new_label();
        for (index, case) in cases.iter().enumerate() {
            let is_last = index + 1 == cases.len();
            if !is_last && case.guard.is_none() {
                if let Some(name) = irrefutable(&case.pattern) {
                    return Err(CompileError::new(
                        CompileErrorKind::UnreachablePatterns(name),
                        case.pattern.span,
                    ));
                }
            }
            let next = self.new_label();
            self.set_line(case.pattern.span);
            self.emit(Instruction::Duplicate);
            let mut state = PatternState::default();
            let pattern = self.pattern(&case.pattern, &mut state)?;
            let pattern_index = {
                let patterns = &mut self.unit().code.patterns;
                patterns.push(pattern);
                (patterns.len() - 1) as u32
            };
            self.set_line(case.pattern.span);
            let fail = next.0;
            self.emit(Instruction::MatchCase {
                pattern: pattern_index,
                values: state.values,
                captures: state.names.len() as u32,
                fail,
            });
            for name in state.names.iter().rev() {
                self.store_name(name);
            }
            if let Some(guard) = &case.guard {
                self.expression(guard)?;
                self.emit_jump(Instruction::PopJumpIfFalse, next);
            }
            self.emit(Instruction::Pop);
            self.statements(&case.body)?;
            self.emit_jump(Instruction::Jump, end);
            self.bind(next);
        }
        self.set_line(span);
        self.emit(Instruction::Pop);
        self.bind(end);
        Ok(())
    }

    /// Compiles `pattern`, pushing the values it compares with.
    fn pattern(
        &mut self,
        pattern: &'a Pattern,
        state: &mut PatternState,
    ) -> Result<MatchPattern, CompileError> {
        Ok(match &pattern.kind {
            PatternKind::Value(expression) => {
                MatchPattern::Equal(self.pattern_value(expression, state)?)
            }
            PatternKind::Singleton(expression) => {
                MatchPattern::Identical(self.pattern_value(expression, state)?)
            }
            PatternKind::Capture(name) => MatchPattern::Capture(state.capture(name, pattern.span)?),
            PatternKind::Wildcard => MatchPattern::Wildcard,
            PatternKind::Star(name) => MatchPattern::Star(match name {
                Some(name) => Some(state.capture(name, pattern.span)?),
                None => None,
            }),
            PatternKind::Sequence(items) => {
                let mut star = None;
                let mut compiled = Vec::with_capacity(items.len());
                for (position, item) in items.iter().enumerate() {
                    if matches!(item.kind, PatternKind::Star(_)) {
                        if star.is_some() {
                            return Err(CompileError::new(
                                CompileErrorKind::MultipleStarredInPattern,
                                item.span,
                            ));
                        }
                        star = Some(position);
                    }
                    compiled.push(self.pattern(item, state)?);
                }
                MatchPattern::Sequence {
                    items: compiled,
                    star,
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                let mut key_indexes = Vec::with_capacity(keys.len());
                let mut compiled = Vec::with_capacity(patterns.len());
                for (key, value_pattern) in keys.iter().zip(patterns) {
                    key_indexes.push(self.pattern_value(key, state)?);
                    compiled.push(self.pattern(value_pattern, state)?);
                }
                let rest = match rest {
                    Some(name) => Some(state.capture(name, pattern.span)?),
                    None => None,
                };
                MatchPattern::Mapping {
                    keys: key_indexes,
                    patterns: compiled,
                    rest,
                }
            }
            PatternKind::Class {
                class,
                positional,
                keywords,
            } => {
                let class = self.pattern_value(class, state)?;
                let mut compiled = Vec::with_capacity(positional.len());
                for item in positional {
                    compiled.push(self.pattern(item, state)?);
                }
                let mut compiled_keywords = Vec::with_capacity(keywords.len());
                for (position, (name, _)) in keywords.iter().enumerate() {
                    if keywords[..position]
                        .iter()
                        .any(|(known, _)| known.id == name.id)
                    {
                        return Err(CompileError::new(
                            CompileErrorKind::PatternAttributeRepeated(name.id.clone()),
                            name.span,
                        ));
                    }
                }
                for (name, item) in keywords {
                    compiled_keywords.push((name.id.clone(), self.pattern(item, state)?));
                }
                MatchPattern::Class {
                    class,
                    positional: compiled,
                    keywords: compiled_keywords,
                }
            }
            PatternKind::Or(alternatives) => self.or_pattern(alternatives, pattern.span, state)?,
            PatternKind::As {
                pattern: inner,
                name,
            } => {
                let inner = self.pattern(inner, state)?;
                MatchPattern::As(Box::new(inner), state.capture(name, pattern.span)?)
            }
        })
    }

    /// `a | b`: each alternative must capture the same names; they share
    /// the slots of the first.
    fn or_pattern(
        &mut self,
        alternatives: &'a [Pattern],
        span: Span,
        state: &mut PatternState,
    ) -> Result<MatchPattern, CompileError> {
        let before = state.names.len();
        let mut compiled = Vec::with_capacity(alternatives.len());
        let mut first_names: Option<Vec<String>> = None;
        for alternative in alternatives {
            let mut names: Vec<String> = state.names[..before].to_vec();
            std::mem::swap(&mut names, &mut state.names);
            let result = self.pattern(alternative, state);
            std::mem::swap(&mut names, &mut state.names);
            let mut pattern = result?;
            let new_names: Vec<String> = names[before..].to_vec();
            match &first_names {
                None => first_names = Some(new_names),
                Some(first) => {
                    let mut sorted_first = first.clone();
                    let mut sorted_new = new_names.clone();
                    sorted_first.sort();
                    sorted_new.sort();
                    if sorted_first != sorted_new {
                        return Err(CompileError::new(
                            CompileErrorKind::AlternativesBindDifferentNames,
                            span,
                        ));
                    }
                    // Renumber this alternative's slots to the first's.
                    let slots: Vec<u32> = new_names
                        .iter()
                        .map(|name| {
                            let position = first.iter().position(|known| known == name);
                            (before + position.unwrap_or(0)) as u32
                        })
                        .collect();
                    renumber(&mut pattern, before as u32, &slots);
                }
            }
            compiled.push(pattern);
        }
        state.names.extend(first_names.unwrap_or_default());
        Ok(MatchPattern::Or(compiled))
    }

    /// Pushes a value the pattern compares with; its index.
    fn pattern_value(
        &mut self,
        expression: &'a Expression,
        state: &mut PatternState,
    ) -> Result<u32, CompileError> {
        self.expression(expression)?;
        state.values += 1;
        Ok(state.values - 1)
    }
}

/// Moves capture slots `from..` of a pattern to `slots[slot - from]`.
fn renumber(pattern: &mut MatchPattern, from: u32, slots: &[u32]) {
    let map = |slot: &mut u32| {
        if *slot >= from {
            if let Some(new) = slots.get((*slot - from) as usize) {
                *slot = *new;
            }
        }
    };
    let mut pending = vec![pattern];
    while let Some(pattern) = pending.pop() {
        match pattern {
            MatchPattern::Capture(slot) | MatchPattern::Star(Some(slot)) => map(slot),
            MatchPattern::As(inner, slot) => {
                map(slot);
                pending.push(inner);
            }
            MatchPattern::Sequence { items, .. } | MatchPattern::Or(items) => {
                pending.extend(items.iter_mut())
            }
            MatchPattern::Mapping { patterns, rest, .. } => {
                if let Some(slot) = rest {
                    map(slot);
                }
                pending.extend(patterns.iter_mut());
            }
            MatchPattern::Class {
                positional,
                keywords,
                ..
            } => {
                pending.extend(positional.iter_mut());
                pending.extend(keywords.iter_mut().map(|(_, pattern)| pattern));
            }
            MatchPattern::Equal(_)
            | MatchPattern::Identical(_)
            | MatchPattern::Wildcard
            | MatchPattern::Star(None) => {}
        }
    }
}

/// Whether a pattern matches everything: `Some(Some(name))` for a capture,
/// `Some(None)` for `_`.
fn irrefutable(pattern: &Pattern) -> Option<Option<String>> {
    match &pattern.kind {
        PatternKind::Capture(name) => Some(Some(name.clone())),
        PatternKind::Wildcard => Some(None),
        PatternKind::As { pattern, .. } => irrefutable(pattern),
        PatternKind::Or(alternatives) => alternatives.iter().find_map(irrefutable),
        _ => None,
    }
}
