//! `iter()` and `next()` of the builtin containers and iterators, and
//! collecting all the items of an iterable at once.

use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::heap::{Heap, ObjectRef};
use super::super::machine::Vm;
use super::super::object::{DictViewKind, IteratorObject, Object};
use super::super::types::TypeId;
use super::super::value::Value;
use super::not_iterable;

/// How many iterators may be nested inside one another (`zip(enumerate(...))`)
/// before they are not iterated natively.
const MAXIMUM_ITERATOR_NESTING: usize = 64;

impl Vm {
    /// `iter(value)`: a generator or iterator gives itself.
    pub(crate) fn get_iterator(&mut self, value: Value) -> PythonResult<Value> {
        self.charge(1)?;
        let Value::Object(reference) = value else {
            return Err(not_iterable(self.type_name(value)));
        };
        match self.object(reference) {
            Object::Iterator(_) | Object::Generator(_) => return Ok(value),
            Object::Instance(_) => return self.iterator_special(value),
            _ => {}
        }
        let Some(iterator) = builtin_iterator_of(&self.heap, reference) else {
            return Err(not_iterable(self.type_name(value)));
        };
        self.allocate(Object::Iterator(iterator))
    }

    /// The next item of a builtin iterator (not a generator), or `None` when exhausted.
    pub(crate) fn iterator_next(&mut self, iterator: Value) -> PythonResult<Option<Value>> {
        self.iterator_next_nested(iterator, 0)
    }

    /// `iterator_next` of an iterator that `depth` builtin iterators wrap
    /// (`enumerate(zip(...))`): the depth is bounded, so Rust's stack is too.
    fn iterator_next_nested(
        &mut self,
        iterator: Value,
        depth: usize,
    ) -> PythonResult<Option<Value>> {
        if depth > MAXIMUM_ITERATOR_NESTING {
            return Err(super::recursion_error(""));
        }
        self.charge(1)?;
        let Value::Object(reference) = iterator else {
            return Err(not_an_iterator(self.type_name(iterator)));
        };
        let state = match self.object(reference) {
            Object::Iterator(state) => state.clone(),
            Object::Generator(_) => {
                return Err(PythonError::not_supported("iterating a generator natively"))
            }
            Object::Instance(_) => return self.next_special(iterator),
            _ => return Err(not_an_iterator(self.type_name(iterator))),
        };
        let (item, new_state) = match state {
            IteratorObject::Sequence { sequence, index } => {
                let item = match self.object(sequence) {
                    Object::Deque(items) => items.get(index).copied(),
                    object => object
                        .sequence_items()
                        .and_then(|items| items.get(index).copied()),
                };
                match item {
                    Some(item) => (
                        Some(item),
                        IteratorObject::Sequence {
                            sequence,
                            index: index + 1,
                        },
                    ),
                    // Exhausted for good (a list that grows later gives nothing more),
                    // keeping its kind for its repr.
                    None => (
                        None,
                        IteratorObject::Sequence {
                            sequence,
                            index: usize::MAX,
                        },
                    ),
                }
            }
            IteratorObject::ReversedSequence {
                sequence,
                remaining,
            } => {
                let item = remaining.checked_sub(1).and_then(|last| {
                    self.object(sequence)
                        .sequence_items()
                        .and_then(|items| items.get(last).copied())
                });
                match item {
                    Some(item) => (
                        Some(item),
                        IteratorObject::ReversedSequence {
                            sequence,
                            remaining: remaining - 1,
                        },
                    ),
                    None => (None, IteratorObject::Exhausted),
                }
            }
            IteratorObject::Bytes { bytes, index } => match self.object(bytes) {
                Object::Bytes(data) if index < data.len() => (
                    Some(Value::Int(i64::from(data[index]))),
                    IteratorObject::Bytes {
                        bytes,
                        index: index + 1,
                    },
                ),
                _ => (None, IteratorObject::Exhausted),
            },
            IteratorObject::Str { text, byte_offset } => {
                let character = match self.object(text) {
                    Object::Str(string) => string
                        .text
                        .get(byte_offset..)
                        .and_then(|rest| rest.chars().next()),
                    _ => None,
                };
                match character {
                    Some(character) => (
                        Some(self.character_str(character)?),
                        IteratorObject::Str {
                            text,
                            byte_offset: byte_offset + character.len_utf8(),
                        },
                    ),
                    None => (
                        None,
                        IteratorObject::Str {
                            text,
                            byte_offset: usize::MAX,
                        },
                    ),
                }
            }
            IteratorObject::Range {
                next,
                remaining,
                step,
            } => {
                if remaining == 0 {
                    (
                        None,
                        IteratorObject::Range {
                            next,
                            remaining,
                            step,
                        },
                    )
                } else {
                    (
                        Some(Value::Int(next)),
                        IteratorObject::Range {
                            next: next.wrapping_add(step),
                            remaining: remaining - 1,
                            step,
                        },
                    )
                }
            }
            IteratorObject::Dict {
                dict,
                position,
                length_at_start,
                kind,
            } => {
                let (length, found) = match self.object(dict) {
                    Object::Dict(table) => (
                        table.len(),
                        table
                            .entry_from(position)
                            .map(|(slot, entry)| (slot, entry.key, entry.value)),
                    ),
                    _ => (0, None),
                };
                if length != length_at_start {
                    self.replace_iterator(reference, IteratorObject::Exhausted);
                    return Err(PythonError::new(
                        TypeId::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                match found {
                    Some((slot, key, value)) => {
                        let item = match kind {
                            DictViewKind::Keys => key,
                            DictViewKind::Values => value,
                            DictViewKind::Items => self.new_pair(key, value)?,
                        };
                        (
                            Some(item),
                            IteratorObject::Dict {
                                dict,
                                position: slot + 1,
                                length_at_start,
                                kind,
                            },
                        )
                    }
                    None => (None, IteratorObject::Exhausted),
                }
            }
            IteratorObject::Set {
                set,
                position,
                length_at_start,
            } => {
                let (length, found) = match self.object(set) {
                    Object::Set(table) | Object::FrozenSet(table) => {
                        (table.len(), table.item_from(position))
                    }
                    _ => (0, None),
                };
                if length != length_at_start {
                    self.replace_iterator(reference, IteratorObject::Exhausted);
                    return Err(PythonError::new(
                        TypeId::RuntimeError,
                        "Set changed size during iteration",
                    ));
                }
                match found {
                    Some((next_position, item)) => (
                        Some(item),
                        IteratorObject::Set {
                            set,
                            position: next_position,
                            length_at_start,
                        },
                    ),
                    None => (None, IteratorObject::Exhausted),
                }
            }
            IteratorObject::Enumerate { inner, count } => {
                match self.iterator_next_nested(inner, depth + 1)? {
                    Some(item) => {
                        let pair = self.new_pair(Value::Int(count), item)?;
                        (
                            Some(pair),
                            IteratorObject::Enumerate {
                                inner,
                                count: count.wrapping_add(1),
                            },
                        )
                    }
                    None => (None, IteratorObject::Enumerate { inner, count }),
                }
            }
            IteratorObject::Zip { inners } => {
                let mut items = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.iterator_next_nested(*inner, depth + 1)? {
                        Some(item) => items.push(item),
                        None => return Ok(None),
                    }
                }
                if items.is_empty() {
                    return Ok(None);
                }
                return self.new_tuple(items).map(Some);
            }
            IteratorObject::Map { function, inners } => {
                let mut arguments = Vec::with_capacity(inners.len());
                for inner in &inners {
                    match self.iterator_next_nested(*inner, depth + 1)? {
                        Some(item) => arguments.push(item),
                        None => return Ok(None),
                    }
                }
                return self.call_builtin_for_value(function, arguments).map(Some);
            }
            IteratorObject::Filter { function, inner } => loop {
                let Some(item) = self.iterator_next_nested(inner, depth + 1)? else {
                    return Ok(None);
                };
                let keep = if function.is_none() {
                    self.truth(item)?
                } else {
                    let result = self.call_builtin_for_value(function, vec![item])?;
                    self.truth(result)?
                };
                if keep {
                    return Ok(Some(item));
                }
                self.charge(1)?;
            },
            IteratorObject::ItemByItem { object, index } => {
                return self.next_item_by_item(reference, object, index);
            }
            IteratorObject::Exhausted => (None, IteratorObject::Exhausted),
        };
        self.replace_iterator(reference, new_state);
        Ok(item)
    }

    /// Stores an iterator's new state.
    fn replace_iterator(
        &mut self,
        reference: super::super::heap::ObjectRef,
        state: IteratorObject,
    ) {
        if let Some(Object::Iterator(iterator)) = self.object_mut(reference) {
            *iterator = state;
        }
    }

    /// Calls a builtin function that must return at once (for `map` and `filter`).
    fn call_builtin_for_value(
        &mut self,
        function: Value,
        arguments: Vec<Value>,
    ) -> PythonResult<Value> {
        let Value::Builtin(builtin) = function else {
            return Err(PythonError::not_supported(
                "calling Python code from a native iterator",
            ));
        };
        match self.call_builtin(builtin, Arguments::positional(arguments))? {
            CallOutcome::Return(value) => Ok(value),
            _ => Err(PythonError::not_supported(
                "calling Python code from a native iterator",
            )),
        }
    }

    /// Whether iterating `value` needs no Python code: it is not a generator,
    /// nor a `map` or `filter`, nor a builtin iterator over one. Values that
    /// are not iterable at all count as native (iterating them fails at once
    /// with CPython's TypeError).
    pub(crate) fn is_natively_iterable(&self, value: Value) -> bool {
        let mut pending = vec![(value, 0usize)];
        while let Some((value, depth)) = pending.pop() {
            if depth > MAXIMUM_ITERATOR_NESTING {
                return false;
            }
            let Value::Object(reference) = value else {
                continue;
            };
            match self.object(reference) {
                Object::Generator(_) | Object::Instance(_) => return false,
                Object::Iterator(IteratorObject::Map { .. } | IteratorObject::Filter { .. }) => {
                    return false
                }
                Object::Iterator(IteratorObject::Enumerate { inner, .. }) => {
                    pending.push((*inner, depth + 1));
                }
                Object::Iterator(IteratorObject::Zip { inners }) => {
                    pending.extend(inners.iter().map(|inner| (*inner, depth + 1)));
                }
                _ => {}
            }
        }
        true
    }

    /// All items of a natively iterable value (TypeError if not iterable).
    pub(crate) fn collect_items(&mut self, iterable: Value) -> PythonResult<Vec<Value>> {
        let Value::Object(reference) = iterable else {
            return Err(not_iterable(self.type_name(iterable)));
        };
        const VALUE_SIZE: usize = std::mem::size_of::<Value>();
        match self.object(reference) {
            sequence @ (Object::List(_) | Object::Tuple(_)) => {
                let items = sequence.sequence_items().unwrap_or_default().to_vec();
                self.charge(items.len() as u64 / 8 + 1)?;
                self.heap.reserve(items.len() * VALUE_SIZE)?;
                return Ok(items);
            }
            Object::Range(range) => {
                let length = range.len();
                let range = *range;
                self.charge(length / 4 + 1)?;
                let length = usize::try_from(length).map_err(|_| PythonError::memory_error())?;
                self.heap.reserve(length.saturating_mul(VALUE_SIZE))?;
                return Ok((0..length)
                    .filter_map(|index| range.get(index as u64).map(Value::Int))
                    .collect());
            }
            Object::Dict(dict) => {
                let keys: Vec<Value> = dict.iter().map(|entry| entry.key).collect();
                self.charge(keys.len() as u64 / 8 + 1)?;
                self.heap.reserve(keys.len() * VALUE_SIZE)?;
                return Ok(keys);
            }
            Object::Set(set) | Object::FrozenSet(set) => {
                let items: Vec<Value> = set.iter().map(|(_, item)| item).collect();
                self.charge(items.len() as u64 / 8 + 1)?;
                self.heap.reserve(items.len() * VALUE_SIZE)?;
                return Ok(items);
            }
            Object::Str(text) => {
                let characters: Vec<char> = text.text.chars().collect();
                self.charge(characters.len() as u64 + 1)?;
                self.heap
                    .reserve(characters.len().saturating_mul(VALUE_SIZE + 40))?;
                let mut items = Vec::with_capacity(characters.len());
                for character in characters {
                    items.push(self.character_str(character)?);
                }
                return Ok(items);
            }
            _ => {}
        }
        let iterator = self.get_iterator(iterable)?;
        let mut items = Vec::new();
        while let Some(item) = self.iterator_next(iterator)? {
            items.push(item);
            if items.len().is_multiple_of(1024) {
                self.heap.reserve(items.len() * VALUE_SIZE)?;
            }
        }
        Ok(items)
    }
}

/// `TypeError: 'int' object is not an iterator`.
fn not_an_iterator(type_name: &str) -> PythonError {
    PythonError::type_error(format!("'{type_name}' object is not an iterator"))
}

/// The state of a new iterator over the builtin object at `reference`: a
/// list, tuple, deque, bytes, str, range, dict or dict view, or set; `None`
/// for anything else. For `iter()` and, without leaving it, the quick loop.
pub(crate) fn builtin_iterator_of(
    heap: &Heap<Object>,
    reference: ObjectRef,
) -> Option<IteratorObject> {
    Some(match heap.get(reference)? {
        Object::List(_) | Object::Tuple(_) | Object::Deque(_) => IteratorObject::Sequence {
            sequence: reference,
            index: 0,
        },
        Object::Bytes(_) => IteratorObject::Bytes {
            bytes: reference,
            index: 0,
        },
        Object::Str(_) => IteratorObject::Str {
            text: reference,
            byte_offset: 0,
        },
        Object::Range(range) => IteratorObject::Range {
            next: range.start,
            remaining: range.len(),
            step: range.step,
        },
        Object::Dict(dict) => IteratorObject::Dict {
            dict: reference,
            position: 0,
            length_at_start: dict.len(),
            kind: DictViewKind::Keys,
        },
        Object::DictView { dict, kind } => IteratorObject::Dict {
            dict: *dict,
            position: 0,
            length_at_start: match heap.get(*dict) {
                Some(Object::Dict(table)) => table.len(),
                _ => 0,
            },
            kind: *kind,
        },
        Object::Set(set) | Object::FrozenSet(set) => IteratorObject::Set {
            set: reference,
            position: 0,
            length_at_start: set.len(),
        },
        _ => return None,
    })
}
