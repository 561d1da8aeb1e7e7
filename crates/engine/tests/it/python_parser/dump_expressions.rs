//! Expressions as S-expressions, for the snapshots of `dump.rs`.

use engine::python::syntax::ast::{
    Argument, BinaryOperator, BooleanOperator, ComparisonOperator, Comprehension, Constant,
    DictEntry, Expression, ExpressionKind, FStringElement, Parameter, Parameters, UnaryOperator,
};

/// One expression as an S-expression.
pub(super) fn expression(expression: &Expression) -> String {
    let list = |items: &[Expression]| {
        items
            .iter()
            .map(self::expression)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let boxed = |item: &Expression| self::expression(item);
    match &expression.kind {
        ExpressionKind::Name(id) => id.clone(),
        ExpressionKind::Constant(constant) => self::constant(constant),
        ExpressionKind::FString(elements) => format!("(f {})", fstring(elements)),
        ExpressionKind::List(items) => format!("(list {})", list(items)),
        ExpressionKind::Tuple(items) => format!("(tuple {})", list(items)),
        ExpressionKind::Set(items) => format!("(set {})", list(items)),
        ExpressionKind::Dict(entries) => {
            let entries: Vec<String> = entries
                .iter()
                .map(|entry| match entry {
                    DictEntry::KeyValue(key, value) => format!("{}: {}", boxed(key), boxed(value)),
                    DictEntry::Unpack(value) => format!("**{}", boxed(value)),
                })
                .collect();
            format!("(dict {})", entries.join(", "))
        }
        ExpressionKind::Starred(value) => format!("(* {})", boxed(value)),
        ExpressionKind::Attribute { value, attribute } => {
            format!("(. {} {})", boxed(value), attribute.id)
        }
        ExpressionKind::Subscript { value, index } => {
            format!("(sub {} {})", boxed(value), boxed(index))
        }
        ExpressionKind::Slice { lower, upper, step } => {
            let part =
                |part: &Option<Box<Expression>>| part.as_deref().map_or("_".to_owned(), boxed);
            format!("(slice {} {} {})", part(lower), part(upper), part(step))
        }
        ExpressionKind::Call {
            function,
            arguments,
        } => {
            let mut parts = vec![boxed(function)];
            parts.extend(arguments.iter().map(|argument| match argument {
                Argument::Positional(value) => boxed(value),
                Argument::Starred(value) => format!("*{}", boxed(value)),
                Argument::Keyword(keyword) => {
                    format!("{}={}", keyword.name.id, boxed(&keyword.value))
                }
                Argument::DoubleStarred(value) => format!("**{}", boxed(value)),
            }));
            format!("(call {})", parts.join(" "))
        }
        ExpressionKind::Unary { operator, operand } => {
            let operator = match operator {
                UnaryOperator::Negative => "-",
                UnaryOperator::Positive => "+",
                UnaryOperator::Invert => "~",
                UnaryOperator::Not => "not",
            };
            format!("({operator} {})", boxed(operand))
        }
        ExpressionKind::Binary {
            left,
            operator,
            right,
        } => {
            format!("({} {} {})", binary(*operator), boxed(left), boxed(right))
        }
        ExpressionKind::Boolean { operator, values } => {
            let operator = if *operator == BooleanOperator::And {
                "and"
            } else {
                "or"
            };
            format!("({operator} {})", list(values))
        }
        ExpressionKind::Compare { left, comparisons } => {
            let mut parts = vec![boxed(left)];
            for (operator, value) in comparisons {
                parts.push(comparison(*operator).to_owned());
                parts.push(boxed(value));
            }
            format!("(compare {})", parts.join(" "))
        }
        ExpressionKind::Conditional {
            condition,
            body,
            orelse,
        } => {
            format!(
                "(ifexp {} {} {})",
                boxed(condition),
                boxed(body),
                boxed(orelse)
            )
        }
        ExpressionKind::Lambda { parameters, body } => {
            format!("(lambda {} {})", self::parameters(parameters), boxed(body))
        }
        ExpressionKind::ListComprehension {
            element,
            generators,
        } => {
            format!(
                "(listcomp {}{})",
                boxed(element),
                comprehensions(generators)
            )
        }
        ExpressionKind::SetComprehension {
            element,
            generators,
        } => {
            format!("(setcomp {}{})", boxed(element), comprehensions(generators))
        }
        ExpressionKind::DictComprehension {
            key,
            value,
            generators,
        } => {
            format!(
                "(dictcomp {}: {}{})",
                boxed(key),
                boxed(value),
                comprehensions(generators)
            )
        }
        ExpressionKind::Generator {
            element,
            generators,
        } => {
            format!("(genexp {}{})", boxed(element), comprehensions(generators))
        }
        ExpressionKind::Named { target, value } => format!("(:= {} {})", target.id, boxed(value)),
        ExpressionKind::Yield(value) => match value {
            Some(value) => format!("(yield {})", boxed(value)),
            None => "(yield)".to_owned(),
        },
        ExpressionKind::YieldFrom(value) => format!("(yield-from {})", boxed(value)),
        ExpressionKind::Await(value) => format!("(await {})", boxed(value)),
    }
}

fn constant(constant: &Constant) -> String {
    match constant {
        Constant::None => "None".to_owned(),
        Constant::Bool(value) => if *value { "True" } else { "False" }.to_owned(),
        Constant::Ellipsis => "...".to_owned(),
        Constant::Int { digits, radix: 10 } => digits.clone(),
        Constant::Int { digits, radix } => format!("{digits}_base{radix}"),
        Constant::Float(value) => format!("{value:?}"),
        Constant::Imaginary(value) => format!("{value:?}j"),
        Constant::String(value) => format!("{value:?}"),
        Constant::Bytes(value) => format!("b\"{}\"", value.escape_ascii()),
    }
}

fn fstring(elements: &[FStringElement]) -> String {
    let parts: Vec<String> = elements
        .iter()
        .map(|element| match element {
            FStringElement::Literal(text) => format!("{text:?}"),
            FStringElement::Replacement {
                value,
                debug_text,
                conversion,
                format_spec,
            } => {
                let mut field = format!("{{{}", expression(value));
                if let Some(debug_text) = debug_text {
                    field.push_str(&format!(" ={debug_text:?}"));
                }
                if let Some(conversion) = conversion {
                    field.push_str(&format!(" !{conversion}"));
                }
                if !format_spec.is_empty() {
                    field.push_str(&format!(" :{}", fstring(format_spec)));
                }
                field.push('}');
                field
            }
        })
        .collect();
    parts.join(" ")
}

fn comprehensions(generators: &[Comprehension]) -> String {
    let mut text = String::new();
    for generator in generators {
        text.push_str(&format!(
            " (for {} in {}",
            expression(&generator.target),
            expression(&generator.iterable)
        ));
        for condition in &generator.conditions {
            text.push_str(&format!(" if {}", expression(condition)));
        }
        text.push(')');
    }
    text
}

pub(super) fn parameters(parameters: &Parameters) -> String {
    let one = |parameter: &Parameter| {
        let mut text = parameter.name.id.clone();
        if let Some(annotation) = &parameter.annotation {
            text.push_str(&format!(":{}", expression(annotation)));
        }
        if let Some(default) = &parameter.default {
            text.push_str(&format!("={}", expression(default)));
        }
        text
    };
    let mut parts: Vec<String> = parameters.positional_only.iter().map(one).collect();
    if !parameters.positional_only.is_empty() {
        parts.push("/".to_owned());
    }
    parts.extend(parameters.positional.iter().map(one));
    match &parameters.var_positional {
        Some(parameter) => parts.push(format!("*{}", one(parameter))),
        None if !parameters.keyword_only.is_empty() => parts.push("*".to_owned()),
        None => {}
    }
    parts.extend(parameters.keyword_only.iter().map(one));
    if let Some(parameter) = &parameters.var_keyword {
        parts.push(format!("**{}", one(parameter)));
    }
    format!("({})", parts.join(" "))
}

pub(super) fn binary(operator: BinaryOperator) -> &'static str {
    match operator {
        BinaryOperator::Add => "+",
        BinaryOperator::Subtract => "-",
        BinaryOperator::Multiply => "*",
        BinaryOperator::MatrixMultiply => "@",
        BinaryOperator::Divide => "/",
        BinaryOperator::FloorDivide => "//",
        BinaryOperator::Modulo => "%",
        BinaryOperator::Power => "**",
        BinaryOperator::LeftShift => "<<",
        BinaryOperator::RightShift => ">>",
        BinaryOperator::BitOr => "|",
        BinaryOperator::BitXor => "^",
        BinaryOperator::BitAnd => "&",
    }
}

fn comparison(operator: ComparisonOperator) -> &'static str {
    match operator {
        ComparisonOperator::Equal => "==",
        ComparisonOperator::NotEqual => "!=",
        ComparisonOperator::Less => "<",
        ComparisonOperator::LessEqual => "<=",
        ComparisonOperator::Greater => ">",
        ComparisonOperator::GreaterEqual => ">=",
        ComparisonOperator::Is => "is",
        ComparisonOperator::IsNot => "is not",
        ComparisonOperator::In => "in",
        ComparisonOperator::NotIn => "not in",
    }
}
