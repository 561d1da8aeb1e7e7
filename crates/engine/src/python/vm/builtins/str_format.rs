//! `str.format(*args, **kwargs)`: replacement fields `{}`, `{0}`, `{name}`,
//! `{0[1]}`, `{name.attribute}`, conversions `!r` `!s` `!a`, format specs
//! (nested fields included: `{:{width}}`) and `{{`/`}}`, with CPython's errors.

use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::types::TypeId;
use super::super::value::Value;

/// How fields are numbered: not yet known, automatically (`{}`) or manually (`{0}`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    /// No numbered field seen yet.
    Unknown,
    /// `{}` fields; the next index.
    Automatic(usize),
    /// `{0}` fields.
    Manual,
}

/// The arguments of a `format` call.
pub(super) struct FormatArguments<'a> {
    /// Positional arguments.
    pub positional: &'a [Value],
    /// Keyword arguments.
    pub keywords: &'a [(String, Value)],
}

impl Vm {
    /// `template.format(...)`.
    pub(super) fn str_format(
        &mut self,
        template: &str,
        arguments: &FormatArguments<'_>,
    ) -> PythonResult<String> {
        let mut numbering = Numbering::Unknown;
        self.str_format_template(template, arguments, &mut numbering, 2)
    }

    /// Formats `template`; `depth` bounds nesting in specs (CPython allows 2 levels).
    fn str_format_template(
        &mut self,
        template: &str,
        arguments: &FormatArguments<'_>,
        numbering: &mut Numbering,
        depth: u32,
    ) -> PythonResult<String> {
        self.charge(template.len() as u64 / 16 + 1)?;
        let characters: Vec<char> = template.chars().collect();
        let mut output = String::new();
        let mut position = 0;
        while position < characters.len() {
            let character = characters[position];
            if character == '}' {
                if characters.get(position + 1) == Some(&'}') {
                    output.push('}');
                    position += 2;
                    continue;
                }
                return Err(PythonError::value_error(
                    "Single '}' encountered in format string",
                ));
            }
            if character != '{' {
                output.push(character);
                position += 1;
                continue;
            }
            if characters.get(position + 1) == Some(&'{') {
                output.push('{');
                position += 2;
                continue;
            }
            // A replacement field: find its matching '}'.
            let start = position + 1;
            let mut nesting = 1;
            let mut end = start;
            while end < characters.len() {
                match characters[end] {
                    '{' => nesting += 1,
                    '}' => {
                        nesting -= 1;
                        if nesting == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                end += 1;
            }
            if end >= characters.len() {
                let message = if nesting > 1 || start < characters.len() {
                    "expected '}' before end of string"
                } else {
                    "Single '{' encountered in format string"
                };
                return Err(PythonError::value_error(message));
            }
            let field: String = characters[start..end].iter().collect();
            let text = self.str_format_field(&field, arguments, numbering, depth)?;
            output.push_str(&text);
            self.heap.reserve(output.len())?;
            position = end + 1;
        }
        Ok(output)
    }

    /// One replacement field's text (`field` is what is between the braces).
    fn str_format_field(
        &mut self,
        field: &str,
        arguments: &FormatArguments<'_>,
        numbering: &mut Numbering,
        depth: u32,
    ) -> PythonResult<String> {
        let (before_spec, spec) = split_field(field);
        let (name, conversion) = match before_spec.find('!') {
            Some(index) => (&before_spec[..index], Some(&before_spec[index + 1..])),
            None => (before_spec, None),
        };
        let value = self.str_format_field_value(name, arguments, numbering)?;
        let spec = match spec {
            Some(spec) if spec.contains('{') => {
                if depth == 0 {
                    return Err(PythonError::value_error("Max string recursion exceeded"));
                }
                self.str_format_template(spec, arguments, numbering, depth - 1)?
            }
            Some(spec) => spec.to_owned(),
            None => String::new(),
        };
        let value = match conversion {
            None => value,
            Some(conversion) => {
                let mut letters = conversion.chars();
                let text = match (letters.next(), letters.next()) {
                    (Some('r'), None) => self.repr(value)?,
                    (Some('s'), None) => self.str_of(value)?,
                    (Some('a'), None) => {
                        let text = self.repr(value)?;
                        text.chars()
                            .map(|character| match u32::from(character) {
                                0..=0x7f => character.to_string(),
                                code @ 0x80..=0xff => format!("\\x{code:02x}"),
                                code @ 0x100..=0xffff => format!("\\u{code:04x}"),
                                code => format!("\\U{code:08x}"),
                            })
                            .collect()
                    }
                    (None, _) => {
                        return Err(PythonError::value_error(
                            "end of string while looking for conversion specifier",
                        ))
                    }
                    (Some(_), Some(_)) => {
                        return Err(PythonError::value_error(
                            "expected ':' after conversion specifier",
                        ))
                    }
                    (Some(other), None) => {
                        return Err(PythonError::value_error(format!(
                            "Unknown conversion specifier {other}"
                        )))
                    }
                };
                self.new_str(text)?
            }
        };
        self.format_value(value, &spec)
    }

    /// The value a field name (`''`, `0`, `name`, `0[1]`, `name.attribute`) names.
    fn str_format_field_value(
        &mut self,
        name: &str,
        arguments: &FormatArguments<'_>,
        numbering: &mut Numbering,
    ) -> PythonResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(first_end);
        let mut value = if first.is_empty() {
            let index = match *numbering {
                Numbering::Manual => return Err(PythonError::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Unknown => 0,
                Numbering::Automatic(index) => index,
            };
            *numbering = Numbering::Automatic(index + 1);
            self.str_format_positional(index, arguments)?
        } else if let Ok(index) = first.parse::<usize>() {
            if let Numbering::Automatic(_) = numbering {
                return Err(PythonError::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *numbering = Numbering::Manual;
            self.str_format_positional(index, arguments)?
        } else {
            match arguments
                .keywords
                .iter()
                .find(|(keyword, _)| keyword == first)
            {
                Some((_, value)) => *value,
                None => {
                    let key = self.new_str(first.to_owned())?;
                    let mut error = PythonError::new(TypeId::KeyError, format!("'{first}'"));
                    error.key = Some(key);
                    return Err(error);
                }
            }
        };
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attribute = &after[..end];
                if attribute.is_empty() {
                    return Err(PythonError::value_error("Empty attribute in format string"));
                }
                value = self.get_attribute(value, attribute)?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let Some(end) = after.find(']') else {
                    return Err(PythonError::value_error("Missing ']' in format string"));
                };
                let key_text = &after[..end];
                let key = match key_text.parse::<i64>() {
                    Ok(number) if !key_text.starts_with(['-', '+']) => Value::Int(number),
                    _ => self.new_str(key_text.to_owned())?,
                };
                value = self.get_item(value, key)?;
                rest = &after[end + 1..];
            } else {
                return Err(PythonError::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        Ok(value)
    }

    /// Positional argument `index` of `format`.
    fn str_format_positional(
        &self,
        index: usize,
        arguments: &FormatArguments<'_>,
    ) -> PythonResult<Value> {
        arguments.positional.get(index).copied().ok_or_else(|| {
            PythonError::index_error(format!(
                "Replacement index {index} out of range for positional args tuple"
            ))
            .explained(
                super::super::error::Explanation::new("python-builtins-format-index")
                    .with("index", index.to_string())
                    .with("count", arguments.positional.len().to_string()),
            )
        })
    }
}

/// Splits a field at its format spec's ':' (outside brackets).
fn split_field(field: &str) -> (&str, Option<&str>) {
    let mut in_brackets = false;
    for (index, character) in field.char_indices() {
        match character {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            ':' if !in_brackets => return (&field[..index], Some(&field[index + 1..])),
            _ => {}
        }
    }
    (field, None)
}
