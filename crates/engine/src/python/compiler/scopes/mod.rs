//! Which names live where: CPython 3.11's symbol table.
//!
//! [`analyze_scopes`] walks a module in two passes, as CPython's `symtable.c`
//! does. The first (`collect.rs`) records, per scope, how each name is used:
//! bound (assigned, a parameter, imported, defined), used, declared `global` or
//! `nonlocal`. The second (here) resolves each name to a [`SymbolScope`],
//! passing the names bound in enclosing functions down and the free names of
//! inner functions up, which turns the outer locals they use into cells.
//!
//! Scopes are numbered in the order their definitions appear in the source;
//! the code generator walks the tree in the same order and takes
//! [`Scope::children`] one by one.

mod collect;
mod scope_error;

use std::collections::BTreeSet;

use super::super::syntax::ast::Module;
use super::super::syntax::token::Span;

pub use scope_error::{ScopeError, ScopeErrorKind};

/// The scopes of a module; the module itself is scope 0.
#[derive(Clone, Debug, PartialEq)]
pub struct ScopeTable {
    /// Every scope, parents before children.
    pub scopes: Vec<Scope>,
}

/// A module, class body, function, lambda or comprehension.
#[derive(Clone, Debug, PartialEq)]
pub struct Scope {
    /// What kind of block it is.
    pub kind: ScopeKind,
    /// The function's or class's name; `<lambda>`, `<listcomp>` and the like otherwise.
    pub name: String,
    /// Where its definition is written.
    pub span: Span,
    /// Its names, in the order they first appear.
    pub symbols: Vec<Symbol>,
    /// The scopes defined directly inside it, in source order.
    pub children: Vec<usize>,
}

/// The kinds of scopes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The whole program.
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// A `lambda`.
    Lambda,
    /// A list, set or dict comprehension or a generator expression.
    Comprehension,
}

impl ScopeKind {
    /// Whether names bound here are visible to nested functions (not so for
    /// the module, whose names are globals, nor for class bodies).
    fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// One name in one scope.
#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    /// The name.
    pub name: String,
    /// Where the VM keeps it.
    pub scope: SymbolScope,
    /// Whether it is one of the scope's parameters.
    pub is_parameter: bool,
    /// Whether the scope assigns it (or imports or defines it).
    pub is_bound: bool,
    /// Whether the scope reads it.
    pub is_used: bool,
    /// The `global` or `nonlocal` statement that declared it, if any.
    pub declared_at: Option<Span>,
}

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    /// In the scope's own namespace: a function's fast local, or a module's
    /// or class body's dictionary.
    Local,
    /// A function's local that inner functions use: kept in a shared cell.
    Cell,
    /// Taken from an enclosing function's cell.
    Free,
    /// Declared with `global`.
    GlobalExplicit,
    /// Neither bound here nor in an enclosing function: a global or a builtin.
    GlobalImplicit,
}

impl Scope {
    /// The symbol called `name`, if the scope mentions it.
    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbols.iter().find(|symbol| symbol.name == name)
    }

    /// The names with `scope`, in order of first appearance.
    pub fn names_with(&self, scope: SymbolScope) -> impl Iterator<Item = &str> {
        self.symbols
            .iter()
            .filter(move |symbol| symbol.scope == scope)
            .map(|symbol| symbol.name.as_str())
    }
}

/// Builds the symbol table of `module`, or the first error CPython would report.
pub fn analyze_scopes(module: &Module) -> Result<ScopeTable, ScopeError> {
    let mut table = collect::collect_scopes(module)?;
    resolve(&mut table, 0, &BTreeSet::new())?;
    Ok(table)
}

/// Resolves the names of scope `scope_index` and, first, of its children;
/// `bound_outside` holds the names bound in enclosing functions. Returns the
/// names this scope takes from outside (its free names), for its parent.
///
/// Recursion follows the nesting of definitions, which the parser bounds.
fn resolve(
    table: &mut ScopeTable,
    scope_index: usize,
    bound_outside: &BTreeSet<String>,
) -> Result<BTreeSet<String>, ScopeError> {
    let kind = table.scopes[scope_index].kind;
    let span = table.scopes[scope_index].span;

    // First pass over the scope's own declarations.
    for symbol in &mut table.scopes[scope_index].symbols {
        symbol.scope = match symbol.scope {
            SymbolScope::GlobalExplicit => SymbolScope::GlobalExplicit,
            SymbolScope::Free => {
                if kind == ScopeKind::Module {
                    return Err(ScopeError::new(
                        ScopeErrorKind::NonlocalAtModuleLevel,
                        symbol.declared_at.unwrap_or(span),
                    ));
                }
                if !bound_outside.contains(&symbol.name) {
                    return Err(ScopeError::new(
                        ScopeErrorKind::NoBindingForNonlocal(symbol.name.clone()),
                        symbol.declared_at.unwrap_or(span),
                    ));
                }
                SymbolScope::Free
            }
            _ if symbol.is_bound || symbol.is_parameter => SymbolScope::Local,
            _ if bound_outside.contains(&symbol.name) => SymbolScope::Free,
            _ => SymbolScope::GlobalImplicit,
        };
    }

    // What the children can see: the names bound in enclosing functions, plus
    // this function's own locals; a `global` here hides an outer binding.
    let mut bound_for_children = bound_outside.clone();
    for symbol in &table.scopes[scope_index].symbols {
        match symbol.scope {
            SymbolScope::Local if kind.is_function_like() => {
                bound_for_children.insert(symbol.name.clone());
            }
            SymbolScope::GlobalExplicit => {
                bound_for_children.remove(&symbol.name);
            }
            _ => {}
        }
    }

    let mut free_in_children = BTreeSet::new();
    for child_index in table.scopes[scope_index].children.clone() {
        free_in_children.extend(resolve(table, child_index, &bound_for_children)?);
    }

    // A child's free name is this function's cell if it binds it; otherwise
    // the name passes through this scope (as CPython's classes and
    // intermediate functions do) and is free here too.
    let scope = &mut table.scopes[scope_index];
    for name in free_in_children {
        match scope.symbols.iter_mut().find(|symbol| symbol.name == name) {
            Some(symbol) if symbol.scope == SymbolScope::Local && kind.is_function_like() => {
                symbol.scope = SymbolScope::Cell;
            }
            Some(symbol) if symbol.scope == SymbolScope::GlobalImplicit => {
                symbol.scope = SymbolScope::Free;
            }
            Some(_) => {}
            None => scope.symbols.push(Symbol {
                name,
                scope: SymbolScope::Free,
                is_parameter: false,
                is_bound: false,
                is_used: false,
                declared_at: None,
            }),
        }
    }
    Ok(scope
        .symbols
        .iter()
        .filter(|symbol| symbol.scope == SymbolScope::Free)
        .map(|symbol| symbol.name.clone())
        .collect())
}
