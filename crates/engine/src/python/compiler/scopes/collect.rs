//! The symbol table's first pass: how each scope uses each name.
//!
//! Every symbol starts as `GlobalImplicit`, or `GlobalExplicit` / `Free` when
//! a `global` / `nonlocal` statement declares it; `resolve` in `mod.rs` decides
//! the rest. Misplaced declarations are reported here, in source order, with
//! CPython's precedence (parameter, then use, then annotation, then assignment).

use super::super::super::syntax::ast::{
    Argument, Comprehension, DictEntry, ExceptHandler, Expression, ExpressionKind, FStringElement,
    Module, Parameters, Statement, StatementKind,
};
use super::super::super::syntax::token::Span;
use super::{Scope, ScopeError, ScopeErrorKind, ScopeKind, ScopeTable, Symbol, SymbolScope};

/// Walks `module` and records every scope and name.
pub(super) fn collect_scopes(module: &Module) -> Result<ScopeTable, ScopeError> {
    let mut collector = Collector {
        table: ScopeTable { scopes: Vec::new() },
        current: Vec::new(),
    };
    collector.open_scope(ScopeKind::Module, "<module>", Span::default());
    collector.statements(&module.body)?;
    Ok(collector.table)
}

/// How a statement or expression touches a name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Usage {
    Bound,
    Used,
    Parameter,
    Annotated,
}

struct Collector {
    table: ScopeTable,
    /// The open scopes, innermost last.
    current: Vec<usize>,
}

impl Collector {
    fn open_scope(&mut self, kind: ScopeKind, name: &str, span: Span) {
        let index = self.table.scopes.len();
        self.table.scopes.push(Scope {
            kind,
            name: name.to_owned(),
            span,
            symbols: Vec::new(),
            children: Vec::new(),
        });
        if let Some(parent) = self.current.last() {
            self.table.scopes[*parent].children.push(index);
        }
        self.current.push(index);
    }

    fn close_scope(&mut self) {
        self.current.pop();
    }

    fn scope_mut(&mut self) -> &mut Scope {
        let index = self.current.last().copied().unwrap_or(0);
        &mut self.table.scopes[index]
    }

    fn symbol_mut(&mut self, name: &str) -> &mut Symbol {
        let scope = self.scope_mut();
        let position = match scope.symbols.iter().position(|symbol| symbol.name == name) {
            Some(position) => position,
            None => {
                scope.symbols.push(Symbol {
                    name: name.to_owned(),
                    scope: SymbolScope::GlobalImplicit,
                    is_parameter: false,
                    is_bound: false,
                    is_used: false,
                    declared_at: None,
                });
                scope.symbols.len() - 1
            }
        };
        &mut scope.symbols[position]
    }

    fn note(&mut self, name: &str, usage: Usage) {
        let symbol = self.symbol_mut(name);
        match usage {
            Usage::Bound | Usage::Annotated => symbol.is_bound = true,
            Usage::Used => symbol.is_used = true,
            Usage::Parameter => symbol.is_parameter = true,
        }
    }

    fn declare(&mut self, name: &str, span: Span, is_global: bool) -> Result<(), ScopeError> {
        let symbol = self.symbol_mut(name);
        let name = name.to_owned();
        let error = if symbol.is_parameter {
            Some(if is_global {
                ScopeErrorKind::ParameterAndGlobal(name)
            } else {
                ScopeErrorKind::ParameterAndNonlocal(name)
            })
        } else if symbol.is_used {
            Some(if is_global {
                ScopeErrorKind::UsedBeforeGlobal(name)
            } else {
                ScopeErrorKind::UsedBeforeNonlocal(name)
            })
        } else if symbol.is_bound {
            Some(if is_global {
                ScopeErrorKind::AssignedBeforeGlobal(name)
            } else {
                ScopeErrorKind::AssignedBeforeNonlocal(name)
            })
        } else {
            let already = symbol.scope;
            if let (SymbolScope::Free, true) | (SymbolScope::GlobalExplicit, false) =
                (already, is_global)
            {
                // CPython points at the first of the two declarations.
                let first_declaration = symbol.declared_at.unwrap_or(span);
                return Err(ScopeError::new(
                    ScopeErrorKind::NonlocalAndGlobal(name),
                    first_declaration,
                ));
            }
            None
        };
        if let Some(kind) = error {
            return Err(ScopeError::new(kind, span));
        }
        symbol.scope = if is_global {
            SymbolScope::GlobalExplicit
        } else {
            SymbolScope::Free
        };
        symbol.declared_at = Some(span);
        Ok(())
    }

    fn statements(&mut self, statements: &[Statement]) -> Result<(), ScopeError> {
        statements
            .iter()
            .try_for_each(|statement| self.statement(statement))
    }

    fn statement(&mut self, statement: &Statement) -> Result<(), ScopeError> {
        match &statement.kind {
            StatementKind::Expression(expression) => self.expression(expression)?,
            StatementKind::Assign { targets, value } => {
                self.expression(value)?;
                for target in targets {
                    self.target(target)?;
                }
            }
            StatementKind::AugmentedAssign { target, value, .. } => {
                self.expression(value)?;
                if let ExpressionKind::Name(name) = &target.kind {
                    self.note(name, Usage::Used);
                }
                self.target(target)?;
            }
            StatementKind::AnnotatedAssign {
                target,
                annotation,
                value,
            } => {
                if let ExpressionKind::Name(name) = &target.kind {
                    let declared = self.scope_mut().symbol(name).map(|symbol| symbol.scope);
                    if matches!(
                        declared,
                        Some(SymbolScope::GlobalExplicit | SymbolScope::Free)
                    ) {
                        return Err(ScopeError::new(
                            ScopeErrorKind::AnnotatedAndDeclared(name.clone()),
                            statement.span,
                        ));
                    }
                    self.note(name, Usage::Annotated);
                }
                self.expression(annotation)?;
                if let Some(value) = value {
                    self.expression(value)?;
                }
                if !matches!(target.kind, ExpressionKind::Name(_)) {
                    self.target(target)?;
                }
            }
            StatementKind::If {
                condition,
                body,
                orelse,
            }
            | StatementKind::While {
                condition,
                body,
                orelse,
            } => {
                self.expression(condition)?;
                self.statements(body)?;
                self.statements(orelse)?;
            }
            StatementKind::For {
                target,
                iterable,
                body,
                orelse,
            } => {
                self.expression(iterable)?;
                self.target(target)?;
                self.statements(body)?;
                self.statements(orelse)?;
            }
            StatementKind::Break | StatementKind::Continue | StatementKind::Pass => {}
            StatementKind::FunctionDefinition(definition) => {
                for decorator in &definition.decorators {
                    self.expression(decorator)?;
                }
                self.parameter_defaults_and_annotations(&definition.parameters)?;
                if let Some(returns) = &definition.returns {
                    self.expression(returns)?;
                }
                self.note(&definition.name.id, Usage::Bound);
                self.open_scope(ScopeKind::Function, &definition.name.id, statement.span);
                self.parameters(&definition.parameters);
                self.statements(&definition.body)?;
                self.close_scope();
            }
            StatementKind::ClassDefinition(definition) => {
                for decorator in &definition.decorators {
                    self.expression(decorator)?;
                }
                for base in &definition.bases {
                    self.expression(base)?;
                }
                for keyword in &definition.keywords {
                    self.expression(&keyword.value)?;
                }
                self.note(&definition.name.id, Usage::Bound);
                self.open_scope(ScopeKind::Class, &definition.name.id, statement.span);
                self.statements(&definition.body)?;
                self.close_scope();
            }
            StatementKind::Return(value) => {
                if let Some(value) = value {
                    self.expression(value)?;
                }
            }
            StatementKind::Delete(targets) => {
                for target in targets {
                    self.target(target)?;
                }
            }
            StatementKind::Global(names) | StatementKind::Nonlocal(names) => {
                let is_global = matches!(statement.kind, StatementKind::Global(_));
                for name in names {
                    self.declare(&name.id, statement.span, is_global)?;
                }
            }
            StatementKind::Assert { condition, message } => {
                self.expression(condition)?;
                if let Some(message) = message {
                    self.expression(message)?;
                }
            }
            StatementKind::Raise { exception, cause } => {
                for expression in [exception, cause].into_iter().flatten() {
                    self.expression(expression)?;
                }
            }
            StatementKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.statements(body)?;
                for ExceptHandler {
                    exception_type,
                    name,
                    body,
                    ..
                } in handlers
                {
                    if let Some(exception_type) = exception_type {
                        self.expression(exception_type)?;
                    }
                    if let Some(name) = name {
                        self.note(&name.id, Usage::Bound);
                    }
                    self.statements(body)?;
                }
                self.statements(orelse)?;
                self.statements(finally)?;
            }
            StatementKind::Import(aliases) | StatementKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases.iter().filter(|alias| alias.name != "*") {
                    let bound_name = match &alias.as_name {
                        Some(as_name) => as_name.id.as_str(),
                        // `import a.b` binds `a`.
                        None => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    self.note(bound_name, Usage::Bound);
                }
            }
            StatementKind::With { items, body } => {
                for item in items {
                    self.expression(&item.context)?;
                    if let Some(target) = &item.target {
                        self.target(target)?;
                    }
                }
                self.statements(body)?;
            }
            StatementKind::Match { subject, cases } => {
                self.expression(subject)?;
                for case in cases {
                    for expression in case.pattern.expressions() {
                        self.expression(expression)?;
                    }
                    for name in case.pattern.bound_names() {
                        self.note(name, Usage::Bound);
                    }
                    if let Some(guard) = &case.guard {
                        self.expression(guard)?;
                    }
                    self.statements(&case.body)?;
                }
            }
        }
        Ok(())
    }

    fn parameter_defaults_and_annotations(
        &mut self,
        parameters: &Parameters,
    ) -> Result<(), ScopeError> {
        for parameter in all_parameters(parameters) {
            if let Some(default) = &parameter.default {
                self.expression(default)?;
            }
            if let Some(annotation) = &parameter.annotation {
                self.expression(annotation)?;
            }
        }
        Ok(())
    }

    fn parameters(&mut self, parameters: &Parameters) {
        for parameter in all_parameters(parameters) {
            self.note(&parameter.name.id, Usage::Parameter);
        }
    }

    /// An assignment, `for`, `with` or `del` target: names in it are bound.
    fn target(&mut self, target: &Expression) -> Result<(), ScopeError> {
        match &target.kind {
            ExpressionKind::Name(name) => {
                self.note(name, Usage::Bound);
                Ok(())
            }
            ExpressionKind::Tuple(elements) | ExpressionKind::List(elements) => {
                elements.iter().try_for_each(|element| self.target(element))
            }
            ExpressionKind::Starred(inner) => self.target(inner),
            _ => self.expression(target),
        }
    }

    fn expressions(&mut self, expressions: &[Expression]) -> Result<(), ScopeError> {
        expressions
            .iter()
            .try_for_each(|expression| self.expression(expression))
    }

    fn expression(&mut self, expression: &Expression) -> Result<(), ScopeError> {
        match &expression.kind {
            ExpressionKind::Name(name) => self.note(name, Usage::Used),
            ExpressionKind::Constant(_) => {}
            ExpressionKind::FString(elements) => self.fstring(elements)?,
            ExpressionKind::List(elements)
            | ExpressionKind::Tuple(elements)
            | ExpressionKind::Set(elements) => {
                self.expressions(elements)?;
            }
            ExpressionKind::Dict(entries) => {
                for entry in entries {
                    match entry {
                        DictEntry::KeyValue(key, value) => {
                            self.expression(key)?;
                            self.expression(value)?;
                        }
                        DictEntry::Unpack(mapping) => self.expression(mapping)?,
                    }
                }
            }
            ExpressionKind::Starred(inner)
            | ExpressionKind::Await(inner)
            | ExpressionKind::YieldFrom(inner)
            | ExpressionKind::Unary { operand: inner, .. } => self.expression(inner)?,
            ExpressionKind::Attribute { value, .. } => self.expression(value)?,
            ExpressionKind::Subscript { value, index } => {
                self.expression(value)?;
                self.expression(index)?;
            }
            ExpressionKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expression(part)?;
                }
            }
            ExpressionKind::Call {
                function,
                arguments,
            } => {
                self.expression(function)?;
                for argument in arguments {
                    match argument {
                        Argument::Positional(value)
                        | Argument::Starred(value)
                        | Argument::DoubleStarred(value) => self.expression(value)?,
                        Argument::Keyword(keyword) => self.expression(&keyword.value)?,
                    }
                }
            }
            ExpressionKind::Binary { left, right, .. } => {
                self.expression(left)?;
                self.expression(right)?;
            }
            ExpressionKind::Boolean { values, .. } => self.expressions(values)?,
            ExpressionKind::Compare { left, comparisons } => {
                self.expression(left)?;
                for (_, right) in comparisons {
                    self.expression(right)?;
                }
            }
            ExpressionKind::Conditional {
                condition,
                body,
                orelse,
            } => {
                self.expression(condition)?;
                self.expression(body)?;
                self.expression(orelse)?;
            }
            ExpressionKind::Lambda { parameters, body } => {
                self.parameter_defaults_and_annotations(parameters)?;
                self.open_scope(ScopeKind::Lambda, "<lambda>", expression.span);
                self.parameters(parameters);
                self.expression(body)?;
                self.close_scope();
            }
            ExpressionKind::ListComprehension {
                element,
                generators,
            } => {
                self.comprehension("<listcomp>", expression.span, generators, &[element])?;
            }
            ExpressionKind::SetComprehension {
                element,
                generators,
            } => {
                self.comprehension("<setcomp>", expression.span, generators, &[element])?;
            }
            ExpressionKind::Generator {
                element,
                generators,
            } => {
                self.comprehension("<genexpr>", expression.span, generators, &[element])?;
            }
            ExpressionKind::DictComprehension {
                key,
                value,
                generators,
            } => {
                self.comprehension("<dictcomp>", expression.span, generators, &[key, value])?;
            }
            ExpressionKind::Named { target, value } => {
                self.expression(value)?;
                self.bind_named_target(&target.id);
            }
            ExpressionKind::Yield(value) => {
                if let Some(value) = value {
                    self.expression(value)?;
                }
            }
        }
        Ok(())
    }

    fn fstring(&mut self, elements: &[FStringElement]) -> Result<(), ScopeError> {
        for element in elements {
            if let FStringElement::Replacement {
                value, format_spec, ..
            } = element
            {
                self.expression(value)?;
                self.fstring(format_spec)?;
            }
        }
        Ok(())
    }

    /// A comprehension is a function of its own: its first iterable is
    /// evaluated outside (and passed in as `.0`), everything else inside.
    fn comprehension(
        &mut self,
        name: &str,
        span: Span,
        generators: &[Comprehension],
        elements: &[&Expression],
    ) -> Result<(), ScopeError> {
        let Some((first, rest)) = generators.split_first() else {
            return Ok(());
        };
        self.expression(&first.iterable)?;
        self.open_scope(ScopeKind::Comprehension, name, span);
        self.note(".0", Usage::Parameter);
        self.target(&first.target)?;
        self.expressions(&first.conditions)?;
        for generator in rest {
            self.expression(&generator.iterable)?;
            self.target(&generator.target)?;
            self.expressions(&generator.conditions)?;
        }
        for element in elements {
            self.expression(element)?;
        }
        self.close_scope();
        Ok(())
    }

    /// `name := value` binds in the nearest scope that is not a comprehension;
    /// the comprehensions between reach it as a free variable (or a global).
    fn bind_named_target(&mut self, name: &str) {
        let Some(target_position) = self
            .current
            .iter()
            .rposition(|index| self.table.scopes[*index].kind != ScopeKind::Comprehension)
        else {
            return;
        };
        let comprehensions = self.current.len() - 1 - target_position;
        if comprehensions == 0 {
            self.note(name, Usage::Bound);
            return;
        }
        let saved = self.current.split_off(target_position + 1);
        self.note(name, Usage::Bound);
        let target_is_module =
            self.table.scopes[self.current[target_position]].kind == ScopeKind::Module;
        self.current.extend(saved);
        // Inside the comprehensions the name is the outer one: global when the
        // outer scope is the module, otherwise free.
        for position in target_position + 1..self.current.len() {
            let index = self.current[position];
            let scope = &mut self.table.scopes[index];
            let declared = if target_is_module {
                SymbolScope::GlobalExplicit
            } else {
                SymbolScope::Free
            };
            match scope.symbols.iter_mut().find(|symbol| symbol.name == name) {
                Some(symbol) => symbol.scope = declared,
                None => scope.symbols.push(Symbol {
                    name: name.to_owned(),
                    scope: declared,
                    is_parameter: false,
                    is_bound: false,
                    is_used: true,
                    declared_at: None,
                }),
            }
        }
    }
}

/// Every parameter of a `def` or `lambda`, in order.
fn all_parameters(
    parameters: &Parameters,
) -> impl Iterator<Item = &super::super::super::syntax::ast::Parameter> {
    parameters
        .positional_only
        .iter()
        .chain(&parameters.positional)
        .chain(&parameters.var_positional)
        .chain(&parameters.keyword_only)
        .chain(&parameters.var_keyword)
}
