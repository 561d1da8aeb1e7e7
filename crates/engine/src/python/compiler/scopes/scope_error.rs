//! The mistakes the symbol table finds: misplaced `global` and `nonlocal`.

use super::super::super::syntax::token::Span;

/// A `SyntaxError` found while sorting out the names.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeError {
    /// What is wrong.
    pub kind: ScopeErrorKind,
    /// The statement CPython reports.
    pub span: Span,
}

impl ScopeError {
    /// An error of `kind` at `span`.
    pub fn new(kind: ScopeErrorKind, span: Span) -> ScopeError {
        ScopeError { kind, span }
    }
}

/// The kinds of name errors found before a program runs.
#[derive(Clone, Debug, PartialEq)]
pub enum ScopeErrorKind {
    /// `x = 1` then `global x` in the same function.
    AssignedBeforeGlobal(String),
    /// `print(x)` then `global x` in the same function.
    UsedBeforeGlobal(String),
    /// `x = 1` then `nonlocal x`.
    AssignedBeforeNonlocal(String),
    /// `print(x)` then `nonlocal x`.
    UsedBeforeNonlocal(String),
    /// `def f(x): global x`.
    ParameterAndGlobal(String),
    /// `def f(x): nonlocal x`.
    ParameterAndNonlocal(String),
    /// Both `global x` and `nonlocal x`.
    NonlocalAndGlobal(String),
    /// `nonlocal` outside any function.
    NonlocalAtModuleLevel,
    /// `nonlocal x` where no enclosing function binds `x`.
    NoBindingForNonlocal(String),
    /// `x: int` in a function that also says `global x` or `nonlocal x`.
    AnnotatedAndDeclared(String),
}

impl ScopeErrorKind {
    /// CPython 3.11's message.
    pub fn cpython_message(&self) -> String {
        match self {
            ScopeErrorKind::AssignedBeforeGlobal(name) => {
                format!("name '{name}' is assigned to before global declaration")
            }
            ScopeErrorKind::UsedBeforeGlobal(name) => {
                format!("name '{name}' is used prior to global declaration")
            }
            ScopeErrorKind::AssignedBeforeNonlocal(name) => {
                format!("name '{name}' is assigned to before nonlocal declaration")
            }
            ScopeErrorKind::UsedBeforeNonlocal(name) => {
                format!("name '{name}' is used prior to nonlocal declaration")
            }
            ScopeErrorKind::ParameterAndGlobal(name) => {
                format!("name '{name}' is parameter and global")
            }
            ScopeErrorKind::ParameterAndNonlocal(name) => {
                format!("name '{name}' is parameter and nonlocal")
            }
            ScopeErrorKind::NonlocalAndGlobal(name) => {
                format!("name '{name}' is nonlocal and global")
            }
            ScopeErrorKind::NonlocalAtModuleLevel => {
                "nonlocal declaration not allowed at module level".to_owned()
            }
            ScopeErrorKind::NoBindingForNonlocal(name) => {
                format!("no binding for nonlocal '{name}' found")
            }
            ScopeErrorKind::AnnotatedAndDeclared(name) => {
                format!("annotated name '{name}' can't be global")
            }
        }
    }

    /// The Fluent message that explains the error to a pupil, with its arguments.
    pub fn explanation(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let name = |name: &String| vec![("name", name.clone())];
        match self {
            ScopeErrorKind::AssignedBeforeGlobal(variable) => {
                ("python-compiler-assigned-before-global", name(variable))
            }
            ScopeErrorKind::UsedBeforeGlobal(variable) => {
                ("python-compiler-used-before-global", name(variable))
            }
            ScopeErrorKind::AssignedBeforeNonlocal(variable) => {
                ("python-compiler-assigned-before-nonlocal", name(variable))
            }
            ScopeErrorKind::UsedBeforeNonlocal(variable) => {
                ("python-compiler-used-before-nonlocal", name(variable))
            }
            ScopeErrorKind::ParameterAndGlobal(variable) => {
                ("python-compiler-parameter-and-global", name(variable))
            }
            ScopeErrorKind::ParameterAndNonlocal(variable) => {
                ("python-compiler-parameter-and-nonlocal", name(variable))
            }
            ScopeErrorKind::NonlocalAndGlobal(variable) => {
                ("python-compiler-nonlocal-and-global", name(variable))
            }
            ScopeErrorKind::NonlocalAtModuleLevel => {
                ("python-compiler-nonlocal-at-module-level", Vec::new())
            }
            ScopeErrorKind::NoBindingForNonlocal(variable) => {
                ("python-compiler-no-binding-for-nonlocal", name(variable))
            }
            ScopeErrorKind::AnnotatedAndDeclared(variable) => {
                ("python-compiler-annotated-and-declared", name(variable))
            }
        }
    }
}
