//! `a[i]`, `a[i] = v` and `del a[i]`: lists, tuples, strs and ranges by index
//! (negative counts from the end) or slice, dicts by key, with CPython's errors.

use super::super::super::builtins::numbers::Int;
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;

/// What an index is.
enum Index {
    /// An int that fits 64 bits.
    Int(i64),
    /// An int too big for an index.
    Big,
    /// A slice object.
    Slice(ObjectRef),
    /// Something else.
    Other,
}

/// `IndexError: list index out of range` and the like, explained.
fn index_out_of_range(message: &str, type_name: &str) -> PythonError {
    PythonError::index_error(message)
        .explained(Explanation::new("python-operations-index-out-of-range").with("type", type_name))
}

/// The position `index` (negative counts from the end) names in a sequence of `length`.
fn position_of(index: i64, length: usize) -> Option<usize> {
    let position = if index < 0 {
        i128::from(index) + length as i128
    } else {
        i128::from(index)
    };
    usize::try_from(position)
        .ok()
        .filter(|position| *position < length)
}

/// `IndexError: cannot fit 'int' into an index-sized integer`.
fn index_too_big() -> PythonError {
    PythonError::index_error("cannot fit 'int' into an index-sized integer")
}

impl Vm {
    /// What kind of index a value is.
    fn index_kind(&self, index: Value) -> Index {
        match self.int_of(index) {
            Some(Int::Small(small)) => Index::Int(small),
            Some(Int::Big(_)) => Index::Big,
            None => match index {
                Value::Object(reference) if matches!(self.object(reference), Object::Slice(_)) => {
                    Index::Slice(reference)
                }
                _ => Index::Other,
            },
        }
    }

    /// `TypeError: list indices must be integers or slices, not str`, explained.
    fn wrong_index_type(&self, container: Value, index: Value) -> PythonError {
        let (container_name, index_name) = (self.type_name(container), self.type_name(index));
        let message = if container_name == "str" {
            format!("string indices must be integers, not '{index_name}'")
        } else {
            format!("{container_name} indices must be integers or slices, not {index_name}")
        };
        PythonError::type_error(message).explained(
            Explanation::new("python-operations-index-type")
                .with("type", container_name)
                .with("index", index_name),
        )
    }

    /// `container[index]`.
    pub(crate) fn get_item(&mut self, container: Value, index: Value) -> PythonResult<Value> {
        self.charge(1)?;
        if self.has_program_class(container) {
            return self.get_item_special(container, index);
        }
        let Value::Object(reference) = container else {
            return Err(self.not_subscriptable(container));
        };
        let kind = self.index_kind(index);
        match (self.object(reference), kind) {
            (Object::Dict(_), _) => match self.dict_get(reference, index)? {
                Some(value) => Ok(value),
                None => match self.missing_dict_value(reference, index)? {
                    Some(value) => Ok(value),
                    None => Err(self.missing_key_error(index)),
                },
            },
            (
                Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Range(_),
                Index::Slice(slice),
            ) => self.slice_of(reference, slice),
            (Object::Range(_), Index::Big) => Err(index_out_of_range(
                "range object index out of range",
                "range",
            )),
            (Object::List(_) | Object::Tuple(_) | Object::Str(_), Index::Big) => {
                Err(index_too_big())
            }
            (Object::List(items), Index::Int(index)) => match position_of(index, items.len()) {
                Some(position) => Ok(items[position]),
                None => Err(index_out_of_range("list index out of range", "list")),
            },
            (Object::Bytes(data), Index::Int(index)) => match position_of(index, data.len()) {
                Some(position) => Ok(Value::Int(i64::from(data[position]))),
                None => Err(index_out_of_range("index out of range", "bytes")),
            },
            (Object::Bytes(data), Index::Slice(slice)) => {
                let indices = self.slice_indices(slice, data.len())?;
                let picked: Vec<u8> = indices
                    .positions()
                    .filter_map(|position| data.get(position).copied())
                    .collect();
                self.allocate(Object::Bytes(picked))
            }
            (Object::Bytes(_), Index::Big) => Err(index_too_big()),
            (Object::Deque(items), Index::Int(index)) => match position_of(index, items.len()) {
                Some(position) => Ok(items[position]),
                None => Err(index_out_of_range("deque index out of range", "deque")),
            },
            (Object::Deque(_), Index::Big) => Err(index_too_big()),
            (Object::Deque(_), _) => Err(PythonError::type_error(format!(
                "sequence index must be integer, not '{}'",
                self.type_name(index)
            ))),
            (Object::Tuple(items), Index::Int(index)) => match position_of(index, items.len()) {
                Some(position) => Ok(items[position]),
                None => Err(index_out_of_range("tuple index out of range", "tuple")),
            },
            (Object::Str(text), Index::Int(index)) => {
                let Some(position) = position_of(index, text.char_count) else {
                    return Err(index_out_of_range("string index out of range", "str"));
                };
                let character = if text.is_ascii() {
                    text.text
                        .as_bytes()
                        .get(position)
                        .map(|byte| char::from(*byte))
                } else {
                    text.text.chars().nth(position)
                };
                self.charge(position as u64 / 64)?;
                match character {
                    Some(character) => self.character_str(character),
                    None => self.new_str(String::new()),
                }
            }
            (Object::Range(range), Index::Int(index)) => {
                let length = usize::try_from(range.len()).unwrap_or(usize::MAX);
                match position_of(index, length).and_then(|position| range.get(position as u64)) {
                    Some(value) => Ok(Value::Int(value)),
                    None => Err(index_out_of_range(
                        "range object index out of range",
                        "range",
                    )),
                }
            }
            (
                Object::List(_) | Object::Tuple(_) | Object::Str(_) | Object::Range(_),
                Index::Other,
            ) => Err(self.wrong_index_type(container, index)),
            _ => Err(self.not_subscriptable(container)),
        }
    }

    /// `TypeError: 'int' object is not subscriptable`, explained.
    fn not_subscriptable(&self, container: Value) -> PythonError {
        let type_name = self.type_name(container);
        let message = match container {
            Value::Type(type_id) => format!("type '{}' is not subscriptable", type_id.name()),
            _ => format!("'{type_name}' object is not subscriptable"),
        };
        PythonError::type_error(message).explained(
            Explanation::new("python-operations-not-subscriptable").with("type", type_name),
        )
    }

    /// `TypeError: 'str' object does not support item assignment`, explained.
    fn no_item_assignment(&self, container: Value, deletion: bool) -> PythonError {
        let type_name = self.type_name(container);
        let message = if deletion {
            format!("'{type_name}' object doesn't support item deletion")
        } else {
            format!("'{type_name}' object does not support item assignment")
        };
        PythonError::type_error(message).explained(
            Explanation::new("python-operations-item-assignment").with("type", type_name),
        )
    }

    /// `container[index] = value`.
    pub(crate) fn set_item(
        &mut self,
        container: Value,
        index: Value,
        value: Value,
    ) -> PythonResult<()> {
        self.charge(1)?;
        if self.has_program_class(container) {
            return self.set_item_special(container, index, Some(value));
        }
        let Value::Object(reference) = container else {
            return Err(self.no_item_assignment(container, false));
        };
        let kind = self.index_kind(index);
        match (self.object(reference), kind) {
            (Object::Dict(_), _) => self.dict_set(reference, index, value),
            (Object::List(_), Index::Slice(slice)) => self.assign_slice(reference, slice, value),
            (Object::List(_), Index::Big) => Err(index_too_big()),
            (Object::List(items), Index::Int(index)) => {
                let Some(position) = position_of(index, items.len()) else {
                    return Err(index_out_of_range(
                        "list assignment index out of range",
                        "list",
                    ));
                };
                if let Some(Object::List(items)) = self.object_mut(reference) {
                    items[position] = value;
                }
                Ok(())
            }
            (Object::List(_), Index::Other) => Err(self.wrong_index_type(container, index)),
            (Object::Deque(items), Index::Int(index)) => {
                let Some(position) = position_of(index, items.len()) else {
                    return Err(index_out_of_range("deque index out of range", "deque"));
                };
                if let Some(Object::Deque(items)) = self.object_mut(reference) {
                    items[position] = value;
                }
                Ok(())
            }
            (Object::Deque(_), _) => Err(PythonError::type_error(format!(
                "sequence index must be integer, not '{}'",
                self.type_name(index)
            ))),
            _ => Err(self.no_item_assignment(container, false)),
        }
    }

    /// `del container[index]`.
    pub(crate) fn delete_item(&mut self, container: Value, index: Value) -> PythonResult<()> {
        self.charge(1)?;
        if self.has_program_class(container) {
            return self.set_item_special(container, index, None);
        }
        let Value::Object(reference) = container else {
            return Err(self.no_item_assignment(container, true));
        };
        let kind = self.index_kind(index);
        match (self.object(reference), kind) {
            (Object::Dict(_), _) => match self.dict_remove(reference, index)? {
                Some(_) => Ok(()),
                None => Err(self.missing_key_error(index)),
            },
            (Object::List(items), Index::Slice(slice)) => {
                let indices = self.slice_indices(slice, items.len())?;
                let mut removed = vec![false; items.len()];
                for position in indices.positions() {
                    if let Some(flag) = removed.get_mut(position) {
                        *flag = true;
                    }
                }
                self.charge(removed.len() as u64 / 8 + 1)?;
                if let Some(Object::List(items)) = self.object_mut(reference) {
                    let mut position = 0;
                    items.retain(|_| {
                        let keep = !removed[position];
                        position += 1;
                        keep
                    });
                }
                Ok(())
            }
            (Object::List(_), Index::Big) => Err(index_too_big()),
            (Object::List(items), Index::Int(index)) => {
                let Some(position) = position_of(index, items.len()) else {
                    return Err(index_out_of_range(
                        "list assignment index out of range",
                        "list",
                    ));
                };
                self.charge(items.len() as u64 / 8)?;
                if let Some(Object::List(items)) = self.object_mut(reference) {
                    items.remove(position);
                }
                Ok(())
            }
            (Object::List(_), Index::Other) => Err(self.wrong_index_type(container, index)),
            _ => Err(self.no_item_assignment(container, true)),
        }
    }

    /// `list[slice] = iterable`.
    fn assign_slice(
        &mut self,
        list: ObjectRef,
        slice: ObjectRef,
        value: Value,
    ) -> PythonResult<()> {
        let length = match self.object(list) {
            Object::List(items) => items.len(),
            _ => 0,
        };
        let indices = self.slice_indices(slice, length)?;
        let new_items = self.collect_items(value).map_err(|error| {
            if error.message.ends_with("is not iterable") {
                let message = if indices.step == 1 {
                    "can only assign an iterable"
                } else {
                    "must assign iterable to extended slice"
                };
                PythonError::type_error(message)
            } else {
                error
            }
        })?;
        self.charge((length + new_items.len()) as u64 / 8 + 1)?;
        if indices.step == 1 {
            let start = indices.start.max(0) as usize;
            let stop = (indices.stop.max(indices.start).max(0) as usize).max(start);
            let new_length = length - (stop - start) + new_items.len();
            self.reserve_list_items(list, new_length)?;
            if let Some(Object::List(items)) = self.object_mut(list) {
                items.splice(start..stop.min(items.len()), new_items);
            }
            return Ok(());
        }
        if new_items.len() != indices.length {
            return Err(PythonError::value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                indices.length
            )));
        }
        if let Some(Object::List(items)) = self.object_mut(list) {
            for (position, item) in indices.positions().zip(new_items) {
                if let Some(slot) = items.get_mut(position) {
                    *slot = item;
                }
            }
        }
        Ok(())
    }
}
