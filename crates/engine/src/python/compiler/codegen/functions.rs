//! Code objects inside code objects: `def`, `lambda`, comprehensions and
//! generator expressions, with their defaults, closures and decorators.

use super::super::super::syntax::ast::{
    ClassDefinition, Comprehension, Expression, FunctionDefinition, Parameters, Statement,
    StatementKind,
};
use super::super::super::syntax::token::Span;
use super::super::bytecode::{CodeKind, Constant, Instruction, ParameterLayout};
use super::super::scopes::ScopeKind;
use super::{CompileError, CompileErrorKind, Compiled, Compiler, Label, NameAccess};

/// Which comprehension, with what each item adds.
#[derive(Clone, Copy, Debug)]
pub(super) enum ComprehensionKind<'a> {
    /// `[element for ...]`.
    List(&'a Expression),
    /// `{element for ...}`.
    Set(&'a Expression),
    /// `{key: value for ...}`.
    Dict(&'a Expression, &'a Expression),
    /// `(element for ...)`.
    Generator(&'a Expression),
}

/// `def f(a, a)`: CPython's error at the repeated parameter.
fn check_duplicate_parameters(parameters: &Parameters) -> Result<(), CompileError> {
    let mut seen: Vec<&str> = Vec::new();
    for parameter in parameters
        .positional_only
        .iter()
        .chain(&parameters.positional)
        .chain(&parameters.var_positional)
        .chain(&parameters.keyword_only)
        .chain(&parameters.var_keyword)
    {
        if seen.contains(&parameter.name.id.as_str()) {
            return Err(CompileError::new(
                CompileErrorKind::DuplicateArgument(parameter.name.id.clone()),
                parameter.name.span,
            ));
        }
        seen.push(&parameter.name.id);
    }
    Ok(())
}

/// The layout and names of a parameter list, in `local_names` order.
fn parameter_layout(parameters: &Parameters) -> (ParameterLayout, Vec<&str>) {
    let layout = ParameterLayout {
        positional_only: parameters.positional_only.len() as u32,
        positional: (parameters.positional_only.len() + parameters.positional.len()) as u32,
        keyword_only: parameters.keyword_only.len() as u32,
        var_positional: parameters.var_positional.is_some(),
        var_keyword: parameters.var_keyword.is_some(),
    };
    let names = parameters
        .positional_only
        .iter()
        .chain(&parameters.positional)
        .chain(&parameters.keyword_only)
        .chain(&parameters.var_positional)
        .chain(&parameters.var_keyword)
        .map(|parameter| parameter.name.id.as_str())
        .collect();
    (layout, names)
}

/// The docstring of a body: its first statement, when that is a string.
fn docstring_of(body: &[Statement]) -> Option<String> {
    match &body.first()?.kind {
        StatementKind::Expression(expression) => match &expression.kind {
            super::super::super::syntax::ast::ExpressionKind::Constant(
                super::super::super::syntax::ast::Constant::String(text),
            ) => Some(text.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The error for a definition the symbol table has no scope for (which
/// would be a bug of the compiler, reported rather than panicking).
fn scope_missing(span: Span) -> CompileError {
    CompileError::new(
        CompileErrorKind::NotSupportedYet {
            feature: "unanalysed-scope",
        },
        span,
    )
}

impl<'a> Compiler<'a> {
    /// `def name(parameters): body`, with its decorators.
    pub(super) fn function_definition(
        &mut self,
        definition: &'a FunctionDefinition,
        span: Span,
    ) -> Compiled {
        check_duplicate_parameters(&definition.parameters)?;
        for decorator in &definition.decorators {
            self.expression(decorator)?;
        }
        self.set_line(span);
        let (has_defaults, has_keyword_defaults) = self.defaults(&definition.parameters)?;
        let scope = self
            .child_scope(ScopeKind::Function, span)
            .ok_or_else(|| scope_missing(span))?;
        let (layout, names) = parameter_layout(&definition.parameters);
        // CPython's `co_firstlineno` is the first decorator's line.
        let first_line = match definition.decorators.first() {
            Some(decorator) => self.line_of(decorator.span),
            None => self.line_of(span),
        };
        self.enter_unit(
            scope,
            CodeKind::Function,
            &definition.name.id,
            first_line,
            layout,
            &names,
        );
        self.unit().code.docstring = docstring_of(&definition.body);
        self.statements(&definition.body)?;
        if let Some(last) = definition.body.last() {
            self.set_line(last_line_statement(last));
        }
        self.emit_implicit_return();
        let code = self.leave_unit()?;
        self.set_line(span);
        self.make_function(code, has_defaults, has_keyword_defaults);
        // Innermost first, each call at its decorator's line (CPython 3.11).
        for decorator in definition.decorators.iter().rev() {
            self.set_line(decorator.span);
            self.emit(Instruction::Call(1));
        }
        self.set_line(span);
        self.store_name(&definition.name.id);
        Ok(())
    }

    /// `class name(bases): body`, with its decorators: the body is compiled
    /// as a function that [`Instruction::BuildClass`] runs once.
    pub(super) fn class_definition(
        &mut self,
        definition: &'a ClassDefinition,
        span: Span,
    ) -> Compiled {
        if let Some(keyword) = definition.keywords.first() {
            return Err(CompileError::new(
                CompileErrorKind::NotSupportedYet {
                    feature: "class-keywords",
                },
                keyword.name.span,
            ));
        }
        for decorator in &definition.decorators {
            self.expression(decorator)?;
        }
        self.set_line(span);
        let scope = self
            .child_scope(ScopeKind::Class, span)
            .ok_or_else(|| scope_missing(span))?;
        let first_line = match definition.decorators.first() {
            Some(decorator) => self.line_of(decorator.span),
            None => self.line_of(span),
        };
        self.enter_unit(
            scope,
            CodeKind::ClassBody,
            &definition.name.id,
            first_line,
            ParameterLayout::default(),
            &[],
        );
        if let Some(docstring) = docstring_of(&definition.body) {
            self.unit().code.docstring = Some(docstring.clone());
            self.load_constant(Constant::Str(docstring));
            self.store_name("__doc__");
        }
        self.statements(&definition.body)?;
        if let Some(last) = definition.body.last() {
            self.set_line(last_line_statement(last));
        }
        self.emit_implicit_return();
        let code = self.leave_unit()?;
        self.set_line(span);
        self.make_function(code, false, false);
        self.load_constant(Constant::Str(definition.name.id.clone()));
        for base in &definition.bases {
            self.expression(base)?;
        }
        self.set_line(span);
        self.emit(Instruction::BuildClass(definition.bases.len() as u32));
        for decorator in definition.decorators.iter().rev() {
            self.set_line(decorator.span);
            self.emit(Instruction::Call(1));
        }
        self.set_line(span);
        self.store_name(&definition.name.id);
        Ok(())
    }

    /// `lambda parameters: body`.
    pub(super) fn lambda(
        &mut self,
        parameters: &'a Parameters,
        body: &'a Expression,
        span: Span,
    ) -> Compiled {
        check_duplicate_parameters(parameters)?;
        let (has_defaults, has_keyword_defaults) = self.defaults(parameters)?;
        let scope = self
            .child_scope(ScopeKind::Lambda, span)
            .ok_or_else(|| scope_missing(span))?;
        let (layout, names) = parameter_layout(parameters);
        let first_line = self.line_of(span);
        self.enter_unit(
            scope,
            CodeKind::Lambda,
            "<lambda>",
            first_line,
            layout,
            &names,
        );
        self.expression(body)?;
        self.set_line(body.span);
        self.emit(Instruction::Return);
        let code = self.leave_unit()?;
        self.set_line(span);
        self.make_function(code, has_defaults, has_keyword_defaults);
        Ok(())
    }

    /// Pushes the tuple of positional defaults and the dict of keyword-only
    /// defaults, those that exist; says which.
    fn defaults(&mut self, parameters: &'a Parameters) -> Result<(bool, bool), CompileError> {
        let positional_defaults: Vec<&'a Expression> = parameters
            .positional_only
            .iter()
            .chain(&parameters.positional)
            .filter_map(|parameter| parameter.default.as_ref())
            .collect();
        for default in &positional_defaults {
            self.expression(default)?;
        }
        if !positional_defaults.is_empty() {
            self.emit(Instruction::BuildTuple(positional_defaults.len() as u32));
        }
        let mut keyword_defaults = 0;
        for parameter in &parameters.keyword_only {
            if let Some(default) = &parameter.default {
                self.load_constant(Constant::Str(parameter.name.id.clone()));
                self.expression(default)?;
                keyword_defaults += 1;
            }
        }
        if keyword_defaults > 0 {
            self.emit(Instruction::BuildDict(keyword_defaults));
        }
        Ok((!positional_defaults.is_empty(), keyword_defaults > 0))
    }

    /// `MakeFunction` for `codes[code]`, with its closure tuple if it has free names.
    fn make_function(&mut self, code: usize, has_defaults: bool, has_keyword_defaults: bool) {
        let free_names = self.codes[code].free_names.clone();
        let has_closure = !free_names.is_empty();
        if has_closure {
            for name in &free_names {
                if let NameAccess::Deref(index) = self.deref_access(name) {
                    self.emit(Instruction::LoadClosure(index));
                }
            }
            self.emit(Instruction::BuildTuple(free_names.len() as u32));
        }
        self.emit(Instruction::MakeFunction {
            code: code as u32,
            has_defaults,
            has_keyword_defaults,
            has_closure,
        });
    }

    /// A comprehension or generator expression: a function called at once
    /// with the iterator of its outermost iterable.
    pub(super) fn comprehension(
        &mut self,
        kind: ComprehensionKind<'a>,
        generators: &'a [Comprehension],
        span: Span,
    ) -> Compiled {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        let scope = self
            .child_scope(ScopeKind::Comprehension, span)
            .ok_or_else(|| scope_missing(span))?;
        let (code_kind, name) = match kind {
            ComprehensionKind::List(_) => (CodeKind::Comprehension, "<listcomp>"),
            ComprehensionKind::Set(_) => (CodeKind::Comprehension, "<setcomp>"),
            ComprehensionKind::Dict(..) => (CodeKind::Comprehension, "<dictcomp>"),
            ComprehensionKind::Generator(_) => (CodeKind::GeneratorExpression, "<genexpr>"),
        };
        let layout = ParameterLayout {
            positional: 1,
            ..ParameterLayout::default()
        };
        let first_line = self.line_of(span);
        self.enter_unit(scope, code_kind, name, first_line, layout, &[".0"]);
        match kind {
            ComprehensionKind::List(_) => {
                self.emit(Instruction::BuildList(0));
            }
            ComprehensionKind::Set(_) => {
                self.emit(Instruction::BuildSet(0));
            }
            ComprehensionKind::Dict(..) => {
                self.emit(Instruction::BuildDict(0));
            }
            ComprehensionKind::Generator(_) => {}
        }
        self.comprehension_generator(kind, generators, 0, span)?;
        self.set_line(span);
        if matches!(kind, ComprehensionKind::Generator(_)) {
            self.load_constant(Constant::None);
        }
        self.emit(Instruction::Return);
        let code = self.leave_unit()?;
        self.set_line(span);
        self.make_function(code, false, false);
        self.expression(&first.iterable)?;
        self.emit(Instruction::GetIterator);
        self.emit(Instruction::Call(1));
        Ok(())
    }

    /// The `for` clause `generators[index]` and everything inside it; the
    /// loop's own instructions take the line where the comprehension (`span`)
    /// starts, as in CPython 3.11.
    fn comprehension_generator(
        &mut self,
        kind: ComprehensionKind<'a>,
        generators: &'a [Comprehension],
        index: usize,
        span: Span,
    ) -> Compiled {
        let generator = &generators[index];
        let start: Label = self.new_label();
        let end: Label = self.new_label();
        self.set_line(span);
        if index == 0 {
            self.emit(Instruction::LoadFast(0));
        } else {
            self.expression(&generator.iterable)?;
            self.emit(Instruction::GetIterator);
        }
        self.bind(start);
        self.set_line(span);
        self.emit_jump(Instruction::ForIterator, end);
        self.store_target(&generator.target)?;
        self.set_line(span);
        for condition in &generator.conditions {
            self.jump_if(condition, false, start, None)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(kind, generators, index + 1, span)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                ComprehensionKind::List(element) => {
                    self.expression(element)?;
                    self.emit(Instruction::ListAppend(depth));
                }
                ComprehensionKind::Set(element) => {
                    self.expression(element)?;
                    self.emit(Instruction::SetAdd(depth));
                }
                ComprehensionKind::Dict(key, value) => {
                    self.expression(key)?;
                    self.expression(value)?;
                    self.emit(Instruction::DictSet(depth + 1));
                }
                ComprehensionKind::Generator(element) => {
                    self.expression(element)?;
                    self.emit(Instruction::Yield);
                    self.emit(Instruction::Pop);
                }
            }
        }
        self.set_line(span);
        self.emit_jump(Instruction::Jump, start);
        self.bind(end);
        Ok(())
    }
}

/// The span whose line the code after `statement` takes: its own first line.
fn last_line_statement(statement: &Statement) -> Span {
    match &statement.kind {
        StatementKind::Expression(expression) => expression.span,
        _ => statement.span,
    }
}
