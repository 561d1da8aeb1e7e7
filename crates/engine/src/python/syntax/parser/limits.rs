//! The parser's limits: how deep it may go down the stack, how tall the
//! tree may grow, and trying a parse without consequence (speculating).
//!
//! The lexer allows 200 nested brackets and 99 nested blocks; `deep.rs` keeps
//! those from going deep on the stack. What else nests (operators, lambdas'
//! defaults, f-strings' fields) is counted here, weighted by the stack it
//! takes, and past the limits the program is "too complex" instead of
//! overflowing the stack, which on the web would end the whole page.

use super::super::grammar_error::GrammarError;
use super::cursor::{Parsed, Parser};

/// How much stack one parse may use, in the units of [`Cost`]: about KiB of
/// a debug build's stack. (Deep groups, see `deep.rs`, start afresh.)
pub(super) const MAX_RECURSION: u32 = 120;

/// How tall the tree may grow (dropping a tree goes down it recursively).
pub(super) const MAX_HEIGHT: u32 = 500;

/// What entering a recursive function costs against [`MAX_RECURSION`]: about
/// the KiB of stack (in a debug build) until the next such function.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cost(u32);

impl Cost {
    /// A level of operators.
    pub(super) const OPERATORS: Cost = Cost(2);
    /// An expression.
    pub(super) const EXPRESSION: Cost = Cost(3);
    /// A bracket and what goes down to the expressions in it.
    pub(super) const BRACKET: Cost = Cost(12);
    /// A lambda's parameters.
    pub(super) const LAMBDA: Cost = Cost(12);
    /// An indented block.
    pub(super) const BLOCK: Cost = Cost(12);
    /// An f-string's field, parsed by a parser of its own.
    pub(super) const FIELD: Cost = Cost(6);
    /// A starred target.
    pub(super) const STARRED: Cost = Cost(2);
}

impl Parser<'_> {
    /// Enters a function that may call itself again: deeper on the stack by
    /// `cost`. Fails when the program nests too deeply.
    pub(super) fn enter(&mut self, cost: Cost) -> Parsed<()> {
        self.recursion += cost.0;
        if self.recursion > MAX_RECURSION {
            return Err(self.immediate_error_at(GrammarError::TooComplex, self.span()));
        }
        Ok(())
    }

    /// Leaves what [`Parser::enter`] entered.
    pub(super) fn leave(&mut self, cost: Cost) {
        self.recursion = self.recursion.saturating_sub(cost.0);
    }

    /// Enters a function that builds a node around what it parses: deeper on
    /// the stack by `cost` and one level deeper in the tree.
    pub(super) fn enter_node(&mut self, cost: Cost) -> Parsed<()> {
        self.enter(cost)?;
        self.wrap()
    }

    /// Leaves what [`Parser::enter_node`] entered.
    pub(super) fn leave_node(&mut self, cost: Cost) {
        self.leave(cost);
        self.unwrap(1);
    }

    /// One level taller in the tree (an operator or trailer wrapping what came before).
    pub(super) fn wrap(&mut self) -> Parsed<()> {
        self.grow(1)
    }

    /// `levels` levels taller in the tree (a deep group taken whole).
    pub(super) fn grow(&mut self, levels: u32) -> Parsed<()> {
        self.height += levels;
        if self.height > MAX_HEIGHT {
            return Err(self.immediate_error_at(GrammarError::TooComplex, self.span()));
        }
        self.max_height = self.max_height.max(self.height);
        Ok(())
    }

    /// Undoes `levels` of [`Parser::wrap`].
    pub(super) fn unwrap(&mut self, levels: u32) {
        self.height = self.height.saturating_sub(levels);
    }

    /// Tries `parse`; on failure, nothing happened (apart from the lexical
    /// error being met). On success, the position stays after what was parsed
    /// only if `keep` is true. (Deep groups come out of it as placeholders,
    /// see `deep.rs`, so its trees serve for checks only.)
    pub(super) fn speculate<T>(
        &mut self,
        keep: bool,
        parse: impl FnOnce(&mut Self) -> Parsed<T>,
    ) -> Option<T> {
        let position = self.position;
        let (recursion, height) = (self.recursion, self.height);
        let candidates = self.legacy_candidates.len();
        self.speculating += 1;
        let result = parse(self);
        self.speculating -= 1;
        self.recursion = recursion;
        self.height = height;
        self.legacy_candidates.truncate(candidates);
        if result.is_err() || !keep {
            self.position = position;
        }
        result.ok()
    }
}
