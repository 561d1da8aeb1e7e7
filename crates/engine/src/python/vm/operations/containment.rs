//! `item in container`: by equality in lists and tuples, substrings in strs,
//! by hash in dicts and sets, arithmetic in ranges, and by iterating builtin
//! iterators.

use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::{DictViewKind, Object};
use super::super::value::Value;
use super::equality::{is_identical, numeric_of, Numeric};

impl Vm {
    /// `item in container`.
    pub(crate) fn contains(&mut self, container: Value, item: Value) -> PythonResult<bool> {
        self.charge(1)?;
        if self.has_program_class(container) {
            return self.contains_special(container, item);
        }
        let Value::Object(reference) = container else {
            return Err(self.not_a_container(container));
        };
        match self.object(reference) {
            Object::Bytes(_) => Err(PythonError::not_supported("'in' on bytes")),
            Object::Deque(items) => {
                let items: Vec<Value> = items.iter().copied().collect();
                for candidate in items {
                    if is_identical(candidate, item) || self.values_equal(candidate, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            sequence @ (Object::List(_) | Object::Tuple(_)) => {
                let items = sequence.sequence_items().unwrap_or_default().to_vec();
                for candidate in items {
                    if is_identical(candidate, item) || self.values_equal(candidate, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Object::Str(text) => {
                let Some(needle) = self.str_text(item) else {
                    let type_name = self.type_name(item);
                    return Err(PythonError::type_error(format!(
                        "'in <string>' requires string as left operand, not {type_name}"
                    ))
                    .explained(
                        Explanation::new("python-operations-in-string").with("type", type_name),
                    ));
                };
                let (found, length) = (text.text.contains(needle), text.text.len());
                self.charge(length as u64 / 64)?;
                Ok(found)
            }
            Object::Dict(_) => Ok(self.dict_get(reference, item)?.is_some()),
            Object::Set(_) | Object::FrozenSet(_) => self.set_contains(reference, item),
            Object::Range(range) => {
                let range = *range;
                let number = match numeric_of(&self.heap, item) {
                    Some(Numeric::Small(small)) => Some(i128::from(small)),
                    Some(Numeric::Float(float)) if float.fract() == 0.0 && float.abs() < 9.2e18 => {
                        Some(float as i128)
                    }
                    Some(_) => None,
                    None => return Ok(false),
                };
                let Some(number) = number else {
                    return Ok(false);
                };
                let (start, step) = (i128::from(range.start), i128::from(range.step));
                let offset = number - start;
                let inside = if step > 0 {
                    number >= start && number < i128::from(range.stop)
                } else {
                    number <= start && number > i128::from(range.stop)
                };
                Ok(inside && offset % step == 0)
            }
            Object::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                match kind {
                    DictViewKind::Keys => Ok(self.dict_get(dict, item)?.is_some()),
                    DictViewKind::Values => {
                        let values: Vec<Value> = match self.object(dict) {
                            Object::Dict(table) => table.iter().map(|entry| entry.value).collect(),
                            _ => Vec::new(),
                        };
                        for candidate in values {
                            if is_identical(candidate, item)
                                || self.values_equal(candidate, item)?
                            {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    DictViewKind::Items => {
                        let pair = match item {
                            Value::Object(pair) => match self.object(pair) {
                                Object::Tuple(pair) if pair.len() == 2 => Some((pair[0], pair[1])),
                                _ => None,
                            },
                            _ => None,
                        };
                        let Some((key, value)) = pair else {
                            return Ok(false);
                        };
                        match self.dict_get(dict, key)? {
                            Some(found) => Ok(
                                is_identical(found, value) || self.values_equal(found, value)?
                            ),
                            None => Ok(false),
                        }
                    }
                }
            }
            Object::Iterator(_) => {
                while let Some(candidate) = self.iterator_next(container)? {
                    if is_identical(candidate, item) || self.values_equal(candidate, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Object::Generator(_) => Err(PythonError::not_supported("'in' on a generator")),
            _ => Err(self.not_a_container(container)),
        }
    }

    /// `TypeError: argument of type 'int' is not iterable`, explained.
    fn not_a_container(&self, container: Value) -> PythonError {
        let type_name = self.type_name(container);
        PythonError::type_error(format!("argument of type '{type_name}' is not iterable"))
            .explained(Explanation::new("python-operations-not-iterable").with("type", type_name))
    }
}
