//! `collections.deque`: a double-ended queue (a ring buffer), with the
//! methods a breadth-first search and a sliding window need. `maxlen` is not
//! supported yet and says so.

use std::collections::VecDeque;

use super::super::call::{Arguments, CallOutcome, PreludeFunction};
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::operations::equality::is_identical;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::keywords;
use super::iteration::prelude;
use super::str_methods::method_arguments;
use super::BuiltinFunction;

impl Vm {
    /// `deque(iterable=(), maxlen=None)`.
    pub(super) fn construct_deque(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        let options = keywords("deque", arguments, &["iterable", "maxlen"])?;
        if arguments.positional.len() > 2 {
            return Err(PythonError::type_error(format!(
                "deque() takes at most 2 arguments ({} given)",
                arguments.positional.len()
            )));
        }
        let maxlen = arguments.positional.get(1).copied().or(options[1]);
        if maxlen.is_some_and(|value| value != Value::None) {
            return Err(PythonError::not_supported("deque(maxlen=...)"));
        }
        let source = arguments.positional.first().copied().or(options[0]);
        let mut items = VecDeque::new();
        if let Some(source) = source {
            if !self.is_natively_iterable(source) {
                return Ok(prelude(
                    PreludeFunction::CallDrained,
                    vec![Value::Type(TypeId::Deque), source],
                ));
            }
            items.extend(self.collect_items(source)?);
        }
        self.charge(items.len() as u64 + 1)?;
        Ok(CallOutcome::Return(self.allocate(Object::Deque(items))?))
    }

    /// Counts the room `additional` more items need against the heap's budget
    /// before they are added.
    fn grow_deque(&mut self, reference: ObjectRef, additional: usize) -> PythonResult<()> {
        let new_size = match self.object(reference) {
            Object::Deque(items) => deque_size_after_growth(items, additional),
            _ => None,
        };
        if let Some(new_size) = new_size {
            self.heap.resize(reference, new_size)?;
        }
        Ok(())
    }

    fn deque_items(&mut self, reference: ObjectRef) -> Option<&mut VecDeque<Value>> {
        match self.object_mut(reference) {
            Some(Object::Deque(items)) => Some(items),
            _ => None,
        }
    }

    /// Calls a deque method; `None` when `function` is not one.
    pub(super) fn call_deque_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        if !matches!(
            function,
            B::DequeAppend
                | B::DequeAppendleft
                | B::DequeClear
                | B::DequeCopy
                | B::DequeCount
                | B::DequeExtend
                | B::DequeExtendleft
                | B::DequePop
                | B::DequePopleft
                | B::DequeRemove
                | B::DequeReverse
                | B::DequeRotate
        ) {
            return Ok(None);
        }
        let method = function.name();
        let receiver = self.receiver(TypeId::Deque, method, arguments)?;
        let Some(reference) = receiver.object() else {
            return Ok(None);
        };
        let value = match function {
            B::DequeAppend | B::DequeAppendleft => {
                let values = method_arguments("deque", method, arguments, 1, 1, &[])?;
                let item = values[0].unwrap_or(Value::None);
                self.grow_deque(reference, 1)?;
                if let Some(items) = self.deque_items(reference) {
                    if function == B::DequeAppend {
                        items.push_back(item);
                    } else {
                        items.push_front(item);
                    }
                }
                Value::None
            }
            B::DequePop | B::DequePopleft => {
                method_arguments("deque", method, arguments, 0, 0, &[])?;
                let taken = self.deque_items(reference).and_then(|items| {
                    if function == B::DequePop {
                        items.pop_back()
                    } else {
                        items.pop_front()
                    }
                });
                taken.ok_or_else(|| {
                    PythonError::new(TypeId::IndexError, "pop from an empty deque")
                })?
            }
            B::DequeExtend | B::DequeExtendleft => {
                let values = method_arguments("deque", method, arguments, 1, 1, &[])?;
                let source = values[0].unwrap_or(Value::None);
                if !self.is_natively_iterable(source) {
                    return Ok(Some(CallOutcome::Materialize {
                        function,
                        arguments: arguments.clone(),
                        argument_index: 1,
                    }));
                }
                let new_items = self.collect_items(source)?;
                self.charge(new_items.len() as u64)?;
                self.grow_deque(reference, new_items.len())?;
                if let Some(items) = self.deque_items(reference) {
                    for item in new_items {
                        if function == B::DequeExtend {
                            items.push_back(item);
                        } else {
                            items.push_front(item);
                        }
                    }
                }
                Value::None
            }
            B::DequeClear => {
                method_arguments("deque", method, arguments, 0, 0, &[])?;
                if let Some(items) = self.deque_items(reference) {
                    items.clear();
                }
                Value::None
            }
            B::DequeCopy => {
                method_arguments("deque", method, arguments, 0, 0, &[])?;
                let items = self.deque_items(reference).cloned().unwrap_or_default();
                self.charge(items.len() as u64)?;
                self.allocate(Object::Deque(items))?
            }
            B::DequeReverse => {
                method_arguments("deque", method, arguments, 0, 0, &[])?;
                if let Some(items) = self.deque_items(reference) {
                    items.make_contiguous().reverse();
                }
                Value::None
            }
            B::DequeRotate => {
                let values = method_arguments("deque", method, arguments, 0, 1, &[])?;
                let steps = match values[0] {
                    None => 1,
                    Some(value) => match self.int_of(value).and_then(|number| number.to_i64()) {
                        Some(steps) => steps,
                        None => {
                            return Err(PythonError::type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                self.type_name(value)
                            )))
                        }
                    },
                };
                if let Some(items) = self.deque_items(reference) {
                    let length = items.len() as i64;
                    if length > 0 {
                        let shift = steps.rem_euclid(length) as usize;
                        items.rotate_right(shift);
                    }
                }
                Value::None
            }
            B::DequeCount | B::DequeRemove => {
                let values = method_arguments("deque", method, arguments, 1, 1, &[])?;
                let wanted = values[0].unwrap_or(Value::None);
                let items: Vec<Value> = self
                    .deque_items(reference)
                    .map(|items| items.iter().copied().collect())
                    .unwrap_or_default();
                self.charge(items.len() as u64)?;
                let mut matches = Vec::new();
                for (position, item) in items.iter().enumerate() {
                    if is_identical(*item, wanted) || self.values_equal(*item, wanted)? {
                        matches.push(position);
                        if function == B::DequeRemove {
                            break;
                        }
                    }
                }
                if function == B::DequeCount {
                    Value::Int(matches.len() as i64)
                } else {
                    let Some(&position) = matches.first() else {
                        let shown = self.repr(wanted)?;
                        return Err(PythonError::value_error(format!("{shown} is not in deque")));
                    };
                    if let Some(items) = self.deque_items(reference) {
                        items.remove(position);
                    }
                    Value::None
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }
}

/// The size (as the heap's budget counts it) a deque takes once it holds
/// `additional` more items, when that needs more room; `None` when its
/// room is enough.
pub(crate) fn deque_size_after_growth(items: &VecDeque<Value>, additional: usize) -> Option<usize> {
    if items.len() + additional <= items.capacity() {
        return None;
    }
    let capacity = (items.capacity().max(4) * 2).max(items.len() + additional);
    Some(capacity * std::mem::size_of::<Value>() + std::mem::size_of::<Object>())
}
