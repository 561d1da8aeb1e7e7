//! What can stop a program from compiling: its syntax, its names, or the code generator.

use super::super::super::syntax::token::Span;
use super::super::super::syntax::{SyntaxError, SyntaxErrorKind};
use super::super::scopes::{ScopeError, ScopeErrorKind};

/// A program that cannot be compiled, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    /// What is wrong.
    pub kind: CompileErrorKind,
    /// Where CPython reports it (its first line is the error's line).
    pub span: Span,
}

impl CompileError {
    /// An error of `kind` at `span`.
    pub fn new(kind: CompileErrorKind, span: Span) -> CompileError {
        CompileError { kind, span }
    }
}

impl From<SyntaxError> for CompileError {
    fn from(error: SyntaxError) -> CompileError {
        CompileError::new(CompileErrorKind::Syntax(error.kind), error.span)
    }
}

impl From<ScopeError> for CompileError {
    fn from(error: ScopeError) -> CompileError {
        CompileError::new(CompileErrorKind::Scope(error.kind), error.span)
    }
}

/// The kinds of compile errors.
#[derive(Clone, Debug, PartialEq)]
pub enum CompileErrorKind {
    /// The lexer or the parser refused the text.
    Syntax(SyntaxErrorKind),
    /// The symbol table refused a `global` or `nonlocal`.
    Scope(ScopeErrorKind),
    /// `return` outside any function.
    ReturnOutsideFunction,
    /// `break` outside any loop.
    BreakOutsideLoop,
    /// `continue` outside any loop.
    ContinueNotInLoop,
    /// `yield` outside any function.
    YieldOutsideFunction,
    /// `yield` inside a comprehension or generator expression; the text names
    /// which (`list comprehension`, `generator expression`...).
    YieldInsideComprehension(&'static str),
    /// `from module import *` inside a function.
    ImportStarNotAtModuleLevel,
    /// An int literal with more than 4300 decimal digits.
    IntLiteralTooLong {
        /// How many digits it has.
        digit_count: u64,
    },
    /// `*value` where no starred expression is allowed.
    StarredHere,
    /// `a, *b, *c = ...`.
    MultipleStarredInAssignment,
    /// `*a = ...`.
    StarredTargetAlone,
    /// An assignment to something that cannot be assigned.
    CannotAssign,
    /// A `del` of something that cannot be deleted.
    CannotDelete,
    /// A bare `except:` before another handler.
    DefaultExceptNotLast,
    /// `await` outside any function.
    AwaitOutsideFunction,
    /// `await` in a function that is not `async def`.
    AwaitOutsideAsyncFunction,
    /// `def f(a, a)`.
    DuplicateArgument(String),
    /// `f(a=1, a=2)`.
    KeywordArgumentRepeated(String),
    /// A `case` whose pattern always matches, before other cases: the name
    /// it captures, or `None` for `_`.
    UnreachablePatterns(Option<String>),
    /// `case [x, x]`.
    PatternNameRepeated(String),
    /// `case [x] | [y]`.
    AlternativesBindDifferentNames,
    /// `case [*a, *b]`.
    MultipleStarredInPattern,
    /// `case Point(x=1, x=2)`.
    PatternAttributeRepeated(String),
    /// Valid Python that the sandbox does not run yet.
    NotSupportedYet {
        /// A stable id of the feature: `class-keywords`, `await`, `complex`,
        /// `bytes`, `relative-import`.
        feature: &'static str,
    },
}

impl CompileErrorKind {
    /// The Python exception type: `SyntaxError` (or `IndentationError`,
    /// `TabError`), and `NotImplementedError` for what the sandbox lacks.
    pub fn python_type(&self) -> &'static str {
        match self {
            CompileErrorKind::Syntax(kind) => kind.python_type(),
            CompileErrorKind::NotSupportedYet { .. } => "NotImplementedError",
            _ => "SyntaxError",
        }
    }

    /// The message CPython 3.11 prints after the type.
    pub fn cpython_message(&self) -> String {
        match self {
            CompileErrorKind::Syntax(kind) => kind.cpython_message(),
            CompileErrorKind::Scope(kind) => kind.cpython_message(),
            CompileErrorKind::ReturnOutsideFunction => "'return' outside function".to_owned(),
            CompileErrorKind::BreakOutsideLoop => "'break' outside loop".to_owned(),
            CompileErrorKind::ContinueNotInLoop => "'continue' not properly in loop".to_owned(),
            CompileErrorKind::YieldOutsideFunction => "'yield' outside function".to_owned(),
            CompileErrorKind::YieldInsideComprehension(what) => format!("'yield' inside {what}"),
            CompileErrorKind::ImportStarNotAtModuleLevel => {
                "import * only allowed at module level".to_owned()
            }
            CompileErrorKind::IntLiteralTooLong { digit_count } => format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has \
                 {digit_count} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
            CompileErrorKind::StarredHere => "can't use starred expression here".to_owned(),
            CompileErrorKind::MultipleStarredInAssignment => {
                "multiple starred expressions in assignment".to_owned()
            }
            CompileErrorKind::StarredTargetAlone => {
                "starred assignment target must be in a list or tuple".to_owned()
            }
            CompileErrorKind::CannotAssign => "cannot assign to expression".to_owned(),
            CompileErrorKind::CannotDelete => "cannot delete expression".to_owned(),
            CompileErrorKind::DefaultExceptNotLast => "default 'except:' must be last".to_owned(),
            CompileErrorKind::AwaitOutsideFunction => "'await' outside function".to_owned(),
            CompileErrorKind::AwaitOutsideAsyncFunction => {
                "'await' outside async function".to_owned()
            }
            CompileErrorKind::DuplicateArgument(name) => {
                format!("duplicate argument '{name}' in function definition")
            }
            CompileErrorKind::KeywordArgumentRepeated(name) => {
                format!("keyword argument repeated: {name}")
            }
            CompileErrorKind::UnreachablePatterns(Some(name)) => {
                format!("name capture '{name}' makes remaining patterns unreachable")
            }
            CompileErrorKind::UnreachablePatterns(None) => {
                "wildcard makes remaining patterns unreachable".to_owned()
            }
            CompileErrorKind::PatternNameRepeated(name) => {
                format!("multiple assignments to name '{name}' in pattern")
            }
            CompileErrorKind::AlternativesBindDifferentNames => {
                "alternative patterns bind different names".to_owned()
            }
            CompileErrorKind::MultipleStarredInPattern => {
                "multiple starred names in sequence pattern".to_owned()
            }
            CompileErrorKind::PatternAttributeRepeated(name) => {
                format!("attribute name repeated in class pattern: {name}")
            }
            CompileErrorKind::NotSupportedYet { feature } => {
                format!("the sandbox does not support '{feature}' yet")
            }
        }
    }

    /// The Fluent message that explains the error to a pupil, with its arguments.
    pub fn explanation(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let plain = |id: &'static str| (id, Vec::new());
        match self {
            CompileErrorKind::Syntax(kind) => kind.explanation(),
            CompileErrorKind::Scope(kind) => kind.explanation(),
            CompileErrorKind::ReturnOutsideFunction => {
                plain("python-compiler-return-outside-function")
            }
            CompileErrorKind::BreakOutsideLoop => plain("python-compiler-break-outside-loop"),
            CompileErrorKind::ContinueNotInLoop => plain("python-compiler-continue-not-in-loop"),
            CompileErrorKind::YieldOutsideFunction => {
                plain("python-compiler-yield-outside-function")
            }
            CompileErrorKind::YieldInsideComprehension(_) => {
                plain("python-compiler-yield-inside-comprehension")
            }
            CompileErrorKind::ImportStarNotAtModuleLevel => {
                plain("python-compiler-import-star-not-at-module-level")
            }
            CompileErrorKind::IntLiteralTooLong { digit_count } => (
                "python-compiler-int-literal-too-long",
                vec![("digits", digit_count.to_string())],
            ),
            CompileErrorKind::StarredHere => plain("python-compiler-starred-here"),
            CompileErrorKind::MultipleStarredInAssignment => {
                plain("python-compiler-multiple-starred-in-assignment")
            }
            CompileErrorKind::StarredTargetAlone => plain("python-compiler-starred-target-alone"),
            CompileErrorKind::CannotAssign => plain("python-compiler-cannot-assign"),
            CompileErrorKind::CannotDelete => plain("python-compiler-cannot-delete"),
            CompileErrorKind::DefaultExceptNotLast => {
                plain("python-compiler-default-except-not-last")
            }
            CompileErrorKind::AwaitOutsideFunction => {
                plain("python-compiler-await-outside-function")
            }
            CompileErrorKind::AwaitOutsideAsyncFunction => {
                plain("python-compiler-await-outside-async-function")
            }
            CompileErrorKind::DuplicateArgument(name) => (
                "python-compiler-duplicate-argument",
                vec![("name", name.clone())],
            ),
            CompileErrorKind::KeywordArgumentRepeated(name) => (
                "python-compiler-keyword-argument-repeated",
                vec![("name", name.clone())],
            ),
            CompileErrorKind::UnreachablePatterns(_) => {
                plain("python-compiler-unreachable-patterns")
            }
            CompileErrorKind::PatternNameRepeated(name) => (
                "python-compiler-pattern-name-repeated",
                vec![("name", name.clone())],
            ),
            CompileErrorKind::AlternativesBindDifferentNames => {
                plain("python-compiler-alternatives-bind-different-names")
            }
            CompileErrorKind::MultipleStarredInPattern => {
                plain("python-compiler-multiple-starred-in-pattern")
            }
            CompileErrorKind::PatternAttributeRepeated(name) => (
                "python-compiler-pattern-attribute-repeated",
                vec![("name", name.clone())],
            ),
            CompileErrorKind::NotSupportedYet { feature } => (
                "python-compiler-not-supported-yet",
                vec![("feature", (*feature).to_owned())],
            ),
        }
    }
}
