//! "Must use" and "must not use" rules, read from the program's syntax tree:
//! which constructs it has and which functions it calls, each with its line.

use crate::pack::{Construct, RuleTarget};
use crate::python::syntax::ast::{
    Argument, Comprehension, DictEntry, Expression, ExpressionKind, FStringElement, Module,
    Statement, StatementKind,
};
use crate::python::syntax::token::LineIndex;

/// What a program contains, for the rules.
#[derive(Clone, Debug, Default)]
pub struct ProgramFacts {
    /// Each construct found, with its first line.
    constructs: Vec<(Construct, u32)>,
    /// Each function or method called by name, with its line.
    calls: Vec<(String, u32)>,
}

impl ProgramFacts {
    /// Walks `module` (parsed from `source`).
    pub fn of(module: &Module, source: &str) -> ProgramFacts {
        let lines = LineIndex::new(source);
        let mut walker = Walker {
            lines: &lines,
            facts: ProgramFacts::default(),
            functions: Vec::new(),
        };
        let mut pending: Vec<Node<'_>> = module.body.iter().rev().map(Node::Statement).collect();
        while let Some(node) = pending.pop() {
            walker.visit(node, &mut pending);
        }
        walker.facts
    }

    /// The first line where the program uses `target`, if it does.
    pub fn first_use(&self, target: &RuleTarget) -> Option<u32> {
        match target {
            RuleTarget::Construct(construct) => self
                .constructs
                .iter()
                .filter(|(found, _)| {
                    found == construct
                        || (*construct == Construct::Loop
                            && matches!(found, Construct::ForLoop | Construct::WhileLoop))
                })
                .map(|(_, line)| *line)
                .min(),
            RuleTarget::Call(name) => self
                .calls
                .iter()
                .filter(|(called, _)| called == name)
                .map(|(_, line)| *line)
                .min(),
        }
    }
}

/// The lines of code of `source`: not empty and not only a comment.
pub fn lines_of_code(source: &str) -> u32 {
    source
        .lines()
        .filter(|line| {
            let line = line.trim();
            !line.is_empty() && !line.starts_with('#')
        })
        .count() as u32
}

/// A node waiting to be walked (an explicit stack: deep programs cannot
/// overflow the Rust stack).
enum Node<'a> {
    Statement(&'a Statement),
    Expression(&'a Expression),
    /// The end of a function's body: it is no longer the one being walked.
    LeaveFunction,
}

struct Walker<'a> {
    lines: &'a LineIndex,
    facts: ProgramFacts,
    /// The functions being walked, innermost last.
    functions: Vec<String>,
}

impl<'a> Walker<'a> {
    fn line(&self, start: u32) -> u32 {
        self.lines.line(start)
    }

    fn found(&mut self, construct: Construct, start: u32) {
        let line = self.line(start);
        self.facts.constructs.push((construct, line));
    }

    fn visit(&mut self, node: Node<'a>, pending: &mut Vec<Node<'a>>) {
        match node {
            Node::LeaveFunction => {
                self.functions.pop();
            }
            Node::Statement(statement) => self.statement(statement, pending),
            Node::Expression(expression) => self.expression(expression, pending),
        }
    }

    fn statement(&mut self, statement: &'a Statement, pending: &mut Vec<Node<'a>>) {
        let start = statement.span.start;
        let mut expressions: Vec<&'a Expression> = Vec::new();
        let mut blocks: Vec<&'a [Statement]> = Vec::new();
        match &statement.kind {
            StatementKind::Expression(expression) => expressions.push(expression),
            StatementKind::Assign { targets, value } => {
                expressions.extend(targets);
                expressions.push(value);
            }
            StatementKind::AugmentedAssign { target, value, .. } => {
                expressions.extend([target, value]);
            }
            StatementKind::AnnotatedAssign { target, value, .. } => {
                expressions.push(target);
                expressions.extend(value);
            }
            StatementKind::If {
                condition,
                body,
                orelse,
            } => {
                self.found(Construct::If, start);
                expressions.push(condition);
                blocks.extend([body.as_slice(), orelse.as_slice()]);
            }
            StatementKind::While {
                condition,
                body,
                orelse,
            } => {
                self.found(Construct::WhileLoop, start);
                expressions.push(condition);
                blocks.extend([body.as_slice(), orelse.as_slice()]);
            }
            StatementKind::For {
                target,
                iterable,
                body,
                orelse,
            } => {
                self.found(Construct::ForLoop, start);
                expressions.extend([target, iterable]);
                blocks.extend([body.as_slice(), orelse.as_slice()]);
            }
            StatementKind::FunctionDefinition(definition) => {
                self.found(Construct::Function, start);
                expressions.extend(&definition.decorators);
                let parameters = &definition.parameters;
                for parameter in parameters
                    .positional_only
                    .iter()
                    .chain(&parameters.positional)
                    .chain(&parameters.keyword_only)
                {
                    expressions.extend(&parameter.default);
                }
                // The body is walked with the function as the current one.
                pending.push(Node::LeaveFunction);
                pending.extend(definition.body.iter().rev().map(Node::Statement));
                self.functions.push(definition.name.id.clone());
            }
            StatementKind::ClassDefinition(definition) => {
                self.found(Construct::Class, start);
                expressions.extend(&definition.bases);
                expressions.extend(&definition.decorators);
                blocks.push(&definition.body);
            }
            StatementKind::Return(value) => {
                self.found(Construct::Return, start);
                expressions.extend(value);
            }
            StatementKind::Delete(targets) => expressions.extend(targets),
            StatementKind::Assert { condition, message } => {
                expressions.push(condition);
                expressions.extend(message);
            }
            StatementKind::Raise { exception, cause } => {
                expressions.extend(exception);
                expressions.extend(cause);
            }
            StatementKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                self.found(Construct::Try, start);
                blocks.extend([body.as_slice(), orelse.as_slice(), finally.as_slice()]);
                for handler in handlers {
                    expressions.extend(&handler.exception_type);
                    blocks.push(&handler.body);
                }
            }
            StatementKind::Import(_) | StatementKind::ImportFrom { .. } => {
                self.found(Construct::Import, start)
            }
            StatementKind::With { items, body } => {
                self.found(Construct::With, start);
                for item in items {
                    expressions.push(&item.context);
                    expressions.extend(&item.target);
                }
                blocks.push(body);
            }
            StatementKind::Match { subject, cases } => {
                self.found(Construct::Match, start);
                expressions.push(subject);
                for case in cases {
                    expressions.extend(&case.guard);
                    expressions.extend(case.pattern.expressions());
                    blocks.push(&case.body);
                }
            }
            StatementKind::Break
            | StatementKind::Continue
            | StatementKind::Pass
            | StatementKind::Global(_)
            | StatementKind::Nonlocal(_) => {}
        }
        for block in blocks.into_iter().rev() {
            pending.extend(block.iter().rev().map(Node::Statement));
        }
        pending.extend(expressions.into_iter().rev().map(Node::Expression));
    }

    fn expression(&mut self, expression: &'a Expression, pending: &mut Vec<Node<'a>>) {
        let start = expression.span.start;
        let mut children: Vec<&'a Expression> = Vec::new();
        let comprehension = |generators: &'a [Comprehension],
                             children: &mut Vec<&'a Expression>| {
            for generator in generators {
                children.extend([&generator.target, &generator.iterable]);
                children.extend(&generator.conditions);
            }
        };
        match &expression.kind {
            ExpressionKind::Name(_) | ExpressionKind::Constant(_) => {}
            ExpressionKind::FString(elements) => {
                self.found(Construct::FString, start);
                let mut elements: Vec<&'a FStringElement> = elements.iter().collect();
                while let Some(element) = elements.pop() {
                    if let FStringElement::Replacement {
                        value, format_spec, ..
                    } = element
                    {
                        children.push(value);
                        elements.extend(format_spec);
                    }
                }
            }
            ExpressionKind::List(items)
            | ExpressionKind::Tuple(items)
            | ExpressionKind::Set(items) => children.extend(items),
            ExpressionKind::Dict(entries) => {
                for entry in entries {
                    match entry {
                        DictEntry::KeyValue(key, value) => children.extend([key, value]),
                        DictEntry::Unpack(mapping) => children.push(mapping),
                    }
                }
            }
            ExpressionKind::Starred(value)
            | ExpressionKind::Await(value)
            | ExpressionKind::YieldFrom(value) => children.push(value),
            ExpressionKind::Yield(value) => children.extend(value.as_deref()),
            ExpressionKind::Attribute { value, .. } => children.push(value),
            ExpressionKind::Subscript { value, index } => children.extend([&**value, &**index]),
            ExpressionKind::Slice { lower, upper, step } => {
                children.extend(lower.as_deref());
                children.extend(upper.as_deref());
                children.extend(step.as_deref());
            }
            ExpressionKind::Call {
                function,
                arguments,
            } => {
                let called = match &function.kind {
                    ExpressionKind::Name(name) => Some(name.clone()),
                    ExpressionKind::Attribute { attribute, .. } => Some(attribute.id.clone()),
                    _ => None,
                };
                if let Some(called) = called {
                    if self.functions.contains(&called)
                        && matches!(function.kind, ExpressionKind::Name(_))
                    {
                        self.found(Construct::Recursion, start);
                    }
                    let line = self.line(start);
                    self.facts.calls.push((called, line));
                }
                children.push(function);
                for argument in arguments {
                    match argument {
                        Argument::Positional(value)
                        | Argument::Starred(value)
                        | Argument::DoubleStarred(value) => children.push(value),
                        Argument::Keyword(keyword) => children.push(&keyword.value),
                    }
                }
            }
            ExpressionKind::Unary { operand, .. } => children.push(operand),
            ExpressionKind::Binary { left, right, .. } => children.extend([&**left, &**right]),
            ExpressionKind::Boolean { values, .. } => children.extend(values),
            ExpressionKind::Compare { left, comparisons } => {
                children.push(left);
                children.extend(comparisons.iter().map(|(_, right)| right));
            }
            ExpressionKind::Conditional {
                condition,
                body,
                orelse,
            } => {
                self.found(Construct::If, start);
                children.extend([&**condition, &**body, &**orelse]);
            }
            ExpressionKind::Lambda { body, .. } => children.push(body),
            ExpressionKind::ListComprehension {
                element,
                generators,
            }
            | ExpressionKind::SetComprehension {
                element,
                generators,
            }
            | ExpressionKind::Generator {
                element,
                generators,
            } => {
                self.found(Construct::Comprehension, start);
                children.push(element);
                comprehension(generators, &mut children);
            }
            ExpressionKind::DictComprehension {
                key,
                value,
                generators,
            } => {
                self.found(Construct::Comprehension, start);
                children.extend([&**key, &**value]);
                comprehension(generators, &mut children);
            }
            ExpressionKind::Named { value, .. } => children.push(value),
        }
        pending.extend(children.into_iter().rev().map(Node::Expression));
    }
}
