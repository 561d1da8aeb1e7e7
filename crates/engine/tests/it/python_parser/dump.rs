//! A compact text form of the syntax tree, for snapshots: one statement per
//! line with its line number, blocks indented, expressions as S-expressions
//! (written by `dump_expressions.rs`).

use engine::python::syntax::ast::{Statement, StatementKind};

use super::dump_expressions::{binary, expression, parameters};
use engine::python::syntax::LineIndex;

/// The statements of a module, one per line.
pub(super) fn statements(body: &[Statement], lines: &LineIndex, indent: usize, out: &mut String) {
    for statement in body {
        let line = lines.line(statement.span.start);
        out.push_str(&format!("{}{line}: ", "  ".repeat(indent)));
        let nested = |out: &mut String, label: &str, body: &[Statement]| {
            if !label.is_empty() {
                out.push_str(&format!("{}{label}\n", "  ".repeat(indent)));
            }
            statements(body, lines, indent + 1, out);
        };
        match &statement.kind {
            StatementKind::Expression(value) => {
                out.push_str(&format!("expr {}\n", expression(value)))
            }
            StatementKind::Assign { targets, value } => {
                let targets: Vec<String> = targets.iter().map(expression).collect();
                out.push_str(&format!(
                    "assign {} = {}\n",
                    targets.join(" = "),
                    expression(value)
                ));
            }
            StatementKind::AugmentedAssign {
                target,
                operator,
                value,
            } => out.push_str(&format!(
                "augassign {} {}= {}\n",
                expression(target),
                binary(*operator),
                expression(value)
            )),
            StatementKind::AnnotatedAssign {
                target,
                annotation,
                value,
            } => {
                let value = value
                    .as_ref()
                    .map_or(String::new(), |value| format!(" = {}", expression(value)));
                out.push_str(&format!(
                    "annassign {}: {}{value}\n",
                    expression(target),
                    expression(annotation)
                ));
            }
            StatementKind::If {
                condition,
                body,
                orelse,
            } => {
                out.push_str(&format!("if {}\n", expression(condition)));
                nested(out, "", body);
                if !orelse.is_empty() {
                    nested(out, "else", orelse);
                }
            }
            StatementKind::While {
                condition,
                body,
                orelse,
            } => {
                out.push_str(&format!("while {}\n", expression(condition)));
                nested(out, "", body);
                if !orelse.is_empty() {
                    nested(out, "else", orelse);
                }
            }
            StatementKind::For {
                target,
                iterable,
                body,
                orelse,
            } => {
                out.push_str(&format!(
                    "for {} in {}\n",
                    expression(target),
                    expression(iterable)
                ));
                nested(out, "", body);
                if !orelse.is_empty() {
                    nested(out, "else", orelse);
                }
            }
            StatementKind::Break => out.push_str("break\n"),
            StatementKind::Continue => out.push_str("continue\n"),
            StatementKind::Pass => out.push_str("pass\n"),
            StatementKind::FunctionDefinition(definition) => {
                let decorators: String = definition
                    .decorators
                    .iter()
                    .map(|decorator| format!(" @{}", expression(decorator)))
                    .collect();
                let returns = definition
                    .returns
                    .as_ref()
                    .map_or(String::new(), |returns| {
                        format!(" -> {}", expression(returns))
                    });
                out.push_str(&format!(
                    "def {} {}{returns}{decorators}\n",
                    definition.name.id,
                    parameters(&definition.parameters)
                ));
                nested(out, "", &definition.body);
            }
            StatementKind::ClassDefinition(definition) => {
                let mut header: Vec<String> = definition.bases.iter().map(expression).collect();
                header.extend(
                    definition.keywords.iter().map(|keyword| {
                        format!("{}={}", keyword.name.id, expression(&keyword.value))
                    }),
                );
                let decorators: String = definition
                    .decorators
                    .iter()
                    .map(|decorator| format!(" @{}", expression(decorator)))
                    .collect();
                out.push_str(&format!(
                    "class {} ({}){decorators}\n",
                    definition.name.id,
                    header.join(" ")
                ));
                nested(out, "", &definition.body);
            }
            StatementKind::Return(value) => match value {
                Some(value) => out.push_str(&format!("return {}\n", expression(value))),
                None => out.push_str("return\n"),
            },
            StatementKind::Delete(targets) => {
                let targets: Vec<String> = targets.iter().map(expression).collect();
                out.push_str(&format!("del {}\n", targets.join(" ")));
            }
            StatementKind::Global(names) | StatementKind::Nonlocal(names) => {
                let keyword = if matches!(statement.kind, StatementKind::Global(_)) {
                    "global"
                } else {
                    "nonlocal"
                };
                let names: Vec<&str> = names.iter().map(|name| name.id.as_str()).collect();
                out.push_str(&format!("{keyword} {}\n", names.join(" ")));
            }
            StatementKind::Assert { condition, message } => {
                let message = message
                    .as_ref()
                    .map_or(String::new(), |message| format!(" {}", expression(message)));
                out.push_str(&format!("assert {}{message}\n", expression(condition)));
            }
            StatementKind::Raise { exception, cause } => {
                let exception = exception.as_ref().map_or(String::new(), |exception| {
                    format!(" {}", expression(exception))
                });
                let cause = cause.as_ref().map_or(String::new(), |cause| {
                    format!(" from {}", expression(cause))
                });
                out.push_str(&format!("raise{exception}{cause}\n"));
            }
            StatementKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                out.push_str("try\n");
                nested(out, "", body);
                for handler in handlers {
                    let mut label = "except".to_owned();
                    if let Some(exception_type) = &handler.exception_type {
                        label.push_str(&format!(" {}", expression(exception_type)));
                    }
                    if let Some(name) = &handler.name {
                        label.push_str(&format!(" as {}", name.id));
                    }
                    nested(
                        out,
                        &format!("{}: {label}", lines.line(handler.span.start)),
                        &handler.body,
                    );
                }
                if !orelse.is_empty() {
                    nested(out, "else", orelse);
                }
                if !finally.is_empty() {
                    nested(out, "finally", finally);
                }
            }
            StatementKind::Import(names) => out.push_str(&format!("import {}\n", aliases(names))),
            StatementKind::ImportFrom {
                module,
                names,
                level,
            } => out.push_str(&format!(
                "from {}{module} import {}\n",
                ".".repeat(*level as usize),
                aliases(names)
            )),
            StatementKind::With { items, body } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| match &item.target {
                        Some(target) => {
                            format!("{} as {}", expression(&item.context), expression(target))
                        }
                        None => expression(&item.context),
                    })
                    .collect();
                out.push_str(&format!("with {}\n", items.join(", ")));
                nested(out, "", body);
            }
            StatementKind::Match { subject, cases } => {
                out.push_str(&format!("match {}\n", expression(subject)));
                for case in cases {
                    let guard = match &case.guard {
                        Some(guard) => format!(" if {}", expression(guard)),
                        None => String::new(),
                    };
                    let label = format!("case {}{guard}", pattern(&case.pattern));
                    nested(out, &label, &case.body);
                }
            }
        }
    }
}

fn aliases(names: &[engine::python::syntax::ast::ImportAlias]) -> String {
    let names: Vec<String> = names
        .iter()
        .map(|alias| match &alias.as_name {
            Some(as_name) => format!("{} as {}", alias.name, as_name.id),
            None => alias.name.clone(),
        })
        .collect();
    names.join(", ")
}

/// A pattern as an S-expression.
fn pattern(pattern: &engine::python::syntax::ast::Pattern) -> String {
    use engine::python::syntax::ast::PatternKind;
    let list = |items: &[engine::python::syntax::ast::Pattern]| -> String {
        items
            .iter()
            .map(self::pattern)
            .collect::<Vec<_>>()
            .join(" ")
    };
    match &pattern.kind {
        PatternKind::Value(value) => format!("(value {})", expression(value)),
        PatternKind::Singleton(value) => format!("(is {})", expression(value)),
        PatternKind::Capture(name) => name.clone(),
        PatternKind::Wildcard => String::from("_"),
        PatternKind::Sequence(items) => format!("(seq {})", list(items)),
        PatternKind::Star(name) => format!("(* {})", name.as_deref().unwrap_or("_")),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let pairs: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(key, value)| format!("{}: {}", expression(key), self::pattern(value)))
                .collect();
            let rest = rest
                .as_ref()
                .map(|rest| format!(" **{rest}"))
                .unwrap_or_default();
            format!("(map {}{rest})", pairs.join(" "))
        }
        PatternKind::Class {
            class,
            positional,
            keywords,
        } => {
            let keywords: Vec<String> = keywords
                .iter()
                .map(|(name, value)| format!("{}={}", name.id, self::pattern(value)))
                .collect();
            format!(
                "(class {} {} {})",
                expression(class),
                list(positional),
                keywords.join(" ")
            )
        }
        PatternKind::Or(alternatives) => format!("(or {})", list(alternatives)),
        PatternKind::As { pattern, name } => format!("(as {} {name})", self::pattern(pattern)),
    }
}
