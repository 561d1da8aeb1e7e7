//! `str.maketrans` and `str.translate`: a table from code points to
//! replacements (an int, a str or `None`), as CPython builds and applies it.

use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::BuiltinFunction;

impl Vm {
    /// Calls `maketrans` or `translate`; `None` when `function` is neither.
    pub(super) fn call_str_translate_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        let value = match function {
            BuiltinFunction::StrMaketrans => self.str_maketrans(arguments)?,
            BuiltinFunction::StrTranslate => self.str_translate(arguments)?,
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// `str.maketrans(mapping)`, `(from, to)` or `(from, to, delete)`.
    fn str_maketrans(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        if !arguments.keywords.is_empty() {
            return Err(PythonError::type_error(
                "maketrans() takes no keyword arguments",
            ));
        }
        let values = arguments.positional.clone();
        let table = self.new_dict_object()?;
        match values[..] {
            [mapping] => {
                let is_dict = mapping
                    .object()
                    .is_some_and(|reference| matches!(self.object(reference), Object::Dict(_)));
                let Some(reference) = mapping.object().filter(|_| is_dict) else {
                    return Err(PythonError::type_error(
                        "if you give only one argument to maketrans it must be a dict",
                    ));
                };
                for (key, value) in self.dict_entries(reference) {
                    let key = match self.str_text(key) {
                        Some(text) => {
                            let mut characters = text.chars();
                            match (characters.next(), characters.next()) {
                                (Some(character), None) => {
                                    Value::Int(i64::from(u32::from(character)))
                                }
                                _ => {
                                    return Err(PythonError::value_error(
                                        "string keys in translate table must be of length 1",
                                    ))
                                }
                            }
                        }
                        None if self.type_of(key) == TypeId::Int => key,
                        None => {
                            return Err(PythonError::type_error(
                                "keys in translate table must be strings or integers",
                            ))
                        }
                    };
                    self.dict_set(table, key, value)?;
                }
            }
            [from, to] | [from, to, _] => {
                let (Some(from_text), Some(to_text)) = (self.str_text(from), self.str_text(to))
                else {
                    if self.str_text(from).is_none() {
                        return Err(PythonError::type_error(
                            "first maketrans argument must be a string if there is a second argument",
                        ));
                    }
                    return Err(PythonError::type_error(format!(
                        "maketrans() argument 2 must be str, not {}",
                        self.type_name(to)
                    )));
                };
                let from_characters: Vec<char> = from_text.chars().collect();
                let to_characters: Vec<char> = to_text.chars().collect();
                if from_characters.len() != to_characters.len() {
                    return Err(PythonError::value_error(
                        "the first two maketrans arguments must have equal length",
                    ));
                }
                let mut pairs: Vec<(Value, Value)> = from_characters
                    .iter()
                    .zip(&to_characters)
                    .map(|(a, b)| {
                        (
                            Value::Int(i64::from(u32::from(*a))),
                            Value::Int(i64::from(u32::from(*b))),
                        )
                    })
                    .collect();
                if let [_, _, delete] = values[..] {
                    let Some(delete_text) = self.str_text(delete) else {
                        return Err(PythonError::type_error(format!(
                            "maketrans() argument 3 must be str, not {}",
                            self.type_name(delete)
                        )));
                    };
                    pairs.extend(delete_text.chars().map(|character| {
                        (Value::Int(i64::from(u32::from(character))), Value::None)
                    }));
                }
                self.charge(pairs.len() as u64)?;
                for (key, value) in pairs {
                    self.dict_set(table, key, value)?;
                }
            }
            _ => {
                return Err(PythonError::type_error(format!(
                    "maketrans() takes at least 1 argument ({} given)",
                    values.len()
                )))
            }
        }
        Ok(Value::Object(table))
    }

    /// `text.translate(table)`.
    fn str_translate(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        let [receiver, table] = arguments.positional[..] else {
            return Err(PythonError::type_error(format!(
                "translate() takes exactly one argument ({} given)",
                arguments.positional.len().saturating_sub(1)
            )));
        };
        let Some(text) = self.str_text(receiver).map(str::to_owned) else {
            return Err(PythonError::type_error(
                "descriptor 'translate' requires a 'str' object",
            ));
        };
        let Some(reference) = table
            .object()
            .filter(|reference| matches!(self.object(*reference), Object::Dict(_)))
        else {
            return Err(PythonError::not_supported(
                "str.translate with a table that is not a dict",
            ));
        };
        self.charge(text.len() as u64 / 8 + 1)?;
        let mut result = String::with_capacity(text.len());
        for character in text.chars() {
            let key = Value::Int(i64::from(u32::from(character)));
            match self.dict_get(reference, key)? {
                None => result.push(character),
                Some(Value::None) => {}
                Some(Value::Int(code)) => match u32::try_from(code).ok().and_then(char::from_u32) {
                    Some(replacement) => result.push(replacement),
                    None => {
                        return Err(PythonError::value_error(
                            "character mapping must be in range(0x110000)",
                        ))
                    }
                },
                Some(other) => match self.str_text(other) {
                    Some(replacement) => result.push_str(replacement),
                    None => {
                        return Err(PythonError::type_error(
                            "character mapping must return integer, None or str",
                        ))
                    }
                },
            }
        }
        self.new_str(result)
    }
}
