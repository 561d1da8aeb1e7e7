//! Deep nesting on a shallow stack.
//!
//! A recursive-descent parser goes down the stack once per bracket and per
//! indented block; the lexer allows 200 brackets and 99 blocks, which would
//! take megabytes of stack. So before parsing, the bracket groups and blocks
//! nested a multiple of [`CUT`] levels deep are parsed on their own,
//! innermost first; each such parse meets the deeper groups already done and
//! takes their trees whole. The main parse then does the same. No parse goes
//! more than [`CUT`] levels down.
//!
//! A group's error waits in its place until the parser reaches it, so the
//! first error in the program's order is still the one reported. Trying a
//! parse (speculating) never takes a group's tree: it gets a placeholder.

use super::super::ast::{Argument, Expression, ExpressionKind, Statement};
use super::super::token::{Keyword, Operator, Token, TokenKind};
use super::cursor::{Failure, Parsed, Parser};

/// Every how many levels of nesting a group is parsed on its own.
pub(super) const CUT: usize = 3;

/// What a deep group is to the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum GroupKind {
    /// A bracketed atom: `(...)`, `[...]`, `{...}`.
    Atom,
    /// A call's arguments.
    Call,
    /// A subscript's `[...]`.
    Subscript,
    /// An indented block, from its INDENT to its DEDENT.
    Block,
}

/// A deep group's tree.
#[derive(Debug)]
pub(super) enum Cached {
    /// An atom or a subscript's index.
    Expression(Expression),
    /// A call's arguments.
    Arguments(Vec<Argument>),
    /// A block's statements.
    Block(Vec<Statement>),
}

impl Cached {
    /// The expression of an atom or subscript.
    pub(super) fn expression(self) -> Expression {
        match self {
            Cached::Expression(expression) => expression,
            Cached::Arguments(_) | Cached::Block(_) => Expression {
                kind: ExpressionKind::Name(String::new()),
                span: Default::default(),
            },
        }
    }

    /// The arguments of a call.
    pub(super) fn arguments(self) -> Vec<Argument> {
        match self {
            Cached::Arguments(arguments) => arguments,
            _ => Vec::new(),
        }
    }

    /// The statements of a block.
    pub(super) fn block(self) -> Vec<Statement> {
        match self {
            Cached::Block(block) => block,
            _ => Vec::new(),
        }
    }
}

/// A deep group parsed first.
#[derive(Debug)]
pub(super) struct CachedGroup {
    kind: GroupKind,
    /// The index of its last token.
    close: usize,
    /// How tall its tree is.
    height: u32,
    /// The furthest tokens its parse looked at (all, and outside speculation).
    furthest: (usize, usize),
    /// Its tree (`None` once taken) or its error (which stays).
    result: Result<Option<Cached>, Box<Failure>>,
}

impl Parser<'_> {
    /// Parses the deep groups, innermost first, before the main parse.
    pub(super) fn parse_deep_groups(&mut self) {
        let groups = deep_groups(self.tokens());
        if groups.is_empty() {
            return;
        }
        let furthest = self.furthest_tokens();
        let depth = self.depth();
        for (open, close, kind) in groups {
            self.position = open;
            self.set_depth((0, 0));
            self.set_furthest_tokens((open, open));
            let result = match kind {
                GroupKind::Atom => self.parse_atom().map(Cached::Expression),
                GroupKind::Call => self.parse_call_arguments(true).map(Cached::Arguments),
                GroupKind::Subscript => self.parse_subscript_index().map(Cached::Expression),
                GroupKind::Block => self.parse_indented_statements().map(Cached::Block),
            };
            let result = match result {
                Ok(_) if self.position != close + 1 => Err(self.invalid_syntax()),
                other => other.map(Some),
            };
            let (height, furthest) = (self.max_height, self.furthest_tokens());
            let group = CachedGroup {
                kind,
                close,
                height,
                furthest,
                result,
            };
            self.cache.insert(open, group);
        }
        self.position = 0;
        self.set_depth(depth);
        self.set_furthest_tokens(furthest);
    }

    /// The tree of the deep group of `kind` starting at the current token,
    /// if there is one; the position moves past it. Speculating, or when it
    /// was taken already, the tree is a placeholder; an error stays for
    /// whoever comes again.
    pub(super) fn take_group(&mut self, kind: GroupKind) -> Option<Parsed<Cached>> {
        let open = self.position;
        let speculating = self.speculating > 0;
        let entry = self
            .cache
            .get_mut(&open)
            .filter(|entry| entry.kind == kind)?;
        let (close, height, furthest) = (entry.close, entry.height, entry.furthest);
        let result = match &mut entry.result {
            Ok(cached) if !speculating => Ok(cached.take()),
            Ok(_) => Ok(None),
            Err(failure) => Err(failure.clone()),
        };
        self.note_furthest_tokens(furthest);
        let span = self.raw_span(open).cover(self.raw_span(close));
        self.position = close + 1;
        let cached = match result {
            Ok(cached) => cached.unwrap_or_else(|| placeholder(kind, span)),
            Err(failure) => return Some(Err(failure)),
        };
        if let Err(failure) = self.grow(height) {
            return Some(Err(failure));
        }
        self.unwrap(height);
        Some(Ok(cached))
    }
}

/// What a speculative parse gets for a deep group: something of the right kind.
fn placeholder(kind: GroupKind, span: super::super::token::Span) -> Cached {
    match kind {
        GroupKind::Call => Cached::Arguments(Vec::new()),
        GroupKind::Block => Cached::Block(Vec::new()),
        GroupKind::Atom | GroupKind::Subscript => Cached::Expression(Expression {
            kind: ExpressionKind::Name(String::new()),
            span,
        }),
    }
}

/// The groups to parse first, innermost first: `(first token, last token, kind)`.
fn deep_groups(tokens: &[Token]) -> Vec<(usize, usize, GroupKind)> {
    let mut by_depth: Vec<Vec<(usize, usize, GroupKind)>> = Vec::new();
    let mut brackets = Vec::new();
    let mut blocks = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let (stack, is_open) = match token.kind {
            TokenKind::Operator(
                Operator::LeftParen | Operator::LeftBracket | Operator::LeftBrace,
            ) => (&mut brackets, true),
            TokenKind::Operator(
                Operator::RightParen | Operator::RightBracket | Operator::RightBrace,
            ) => (&mut brackets, false),
            TokenKind::Indent => (&mut blocks, true),
            TokenKind::Dedent => (&mut blocks, false),
            _ => continue,
        };
        if is_open {
            stack.push(index);
            continue;
        }
        let Some(open) = stack.pop() else { continue };
        let depth = stack.len() + 1;
        if depth % CUT != 0 {
            continue;
        }
        let kind = match token.kind {
            TokenKind::Dedent => GroupKind::Block,
            _ => group_kind(tokens, open),
        };
        if by_depth.len() < depth + 1 {
            by_depth.resize_with(depth + 1, Vec::new);
        }
        if let Some(groups) = by_depth.get_mut(depth) {
            groups.push((open, index, kind));
        }
    }
    // Brackets hold no blocks, so all brackets come first; then the blocks.
    let mut groups = Vec::new();
    for blocks in [false, true] {
        for level in by_depth.iter().rev() {
            let of_kind = level
                .iter()
                .filter(|(_, _, kind)| (*kind == GroupKind::Block) == blocks);
            groups.extend(of_kind.copied());
        }
    }
    groups
}

/// Whether the bracket at `open` is an atom, a call's arguments or a subscript:
/// after what ends a primary, `(` and `[` are a call and a subscript.
fn group_kind(tokens: &[Token], open: usize) -> GroupKind {
    let Some(bracket) = tokens.get(open) else {
        return GroupKind::Atom;
    };
    let follows_primary = open
        .checked_sub(1)
        .and_then(|previous| tokens.get(previous))
        .is_some_and(|previous| match previous.kind {
            TokenKind::Name(_)
            | TokenKind::Int { .. }
            | TokenKind::Float(_)
            | TokenKind::Imaginary(_)
            | TokenKind::String { .. }
            | TokenKind::FString(_) => true,
            TokenKind::Keyword(keyword) => {
                matches!(keyword, Keyword::None | Keyword::True | Keyword::False)
            }
            TokenKind::Operator(operator) => matches!(
                operator,
                Operator::RightParen
                    | Operator::RightBracket
                    | Operator::RightBrace
                    | Operator::Ellipsis
            ),
            _ => false,
        });
    match (&bracket.kind, follows_primary) {
        (TokenKind::Operator(Operator::LeftParen), true) => GroupKind::Call,
        (TokenKind::Operator(Operator::LeftBracket), true) => GroupKind::Subscript,
        _ => GroupKind::Atom,
    }
}
