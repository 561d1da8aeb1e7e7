//! The methods of `list` and `tuple`, and the few of `int` and `float`.

use super::super::super::builtins::numbers::float_is_integer;
use super::super::call::{Arguments, CallOutcome, PreludeFunction};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::iteration::prelude;
use super::str_methods::method_arguments;
use super::BuiltinFunction;

/// What a list's items cost the budget.
const VALUE_SIZE: usize = std::mem::size_of::<Value>();

impl Vm {
    /// Records that the list at `reference` is about to hold `length` items.
    pub(super) fn reserve_list_length(
        &mut self,
        reference: ObjectRef,
        length: usize,
    ) -> PythonResult<()> {
        let capacity = match self.object(reference) {
            Object::List(items) => items.capacity(),
            _ => 0,
        };
        let size = std::mem::size_of::<Object>() + length.max(capacity).saturating_mul(VALUE_SIZE);
        self.heap.resize(reference, size)?;
        Ok(())
    }

    /// The items of the list at `reference`, to change them.
    fn list_items_mut(&mut self, reference: ObjectRef) -> Option<&mut Vec<Value>> {
        match self.object_mut(reference) {
            Some(Object::List(items)) => Some(items),
            _ => None,
        }
    }

    /// The position of the first item equal to `item` in `items[start..end]`.
    fn position_of(
        &mut self,
        items: &[Value],
        item: Value,
        start: usize,
        end: usize,
    ) -> PythonResult<Option<usize>> {
        for (index, candidate) in items.iter().enumerate().take(end).skip(start) {
            self.charge(1)?;
            if *candidate == item || self.values_equal(*candidate, item)? {
                return Ok(Some(index));
            }
        }
        Ok(None)
    }

    /// A `start`/`end` argument of `index`, clamped to `0..=length`.
    fn clamped_index(
        &self,
        value: Option<Value>,
        length: usize,
        default: usize,
    ) -> PythonResult<usize> {
        let Some(value) = value else {
            return Ok(default);
        };
        let Some(int) = self.int_of(value) else {
            return Err(PythonError::type_error(
                "slice indices must be integers or have an __index__ method",
            ));
        };
        let length_signed = length as i64;
        let index = int.to_i64().unwrap_or(if int.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        });
        let index = if index < 0 {
            index.saturating_add(length_signed).max(0)
        } else {
            index.min(length_signed)
        };
        Ok(index as usize)
    }

    /// Calls a method of `list`, `tuple`, `int` or `float`; `None` when `function` is not one.
    pub(super) fn call_list_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let method = function.name();
        let type_id = match function {
            B::ListAppend
            | B::ListExtend
            | B::ListInsert
            | B::ListRemove
            | B::ListPop
            | B::ListClear
            | B::ListIndex
            | B::ListCount
            | B::ListSort
            | B::ListReverse
            | B::ListCopy => TypeId::List,
            B::TupleIndex | B::TupleCount => TypeId::Tuple,
            B::IntBitLength | B::IntBitCount | B::IntToBytes => TypeId::Int,
            B::FloatIsInteger => TypeId::Float,
            _ => return Ok(None),
        };
        let receiver = self.receiver(type_id, method, arguments)?;
        let type_name = type_id.name();
        let value = match function {
            B::IntBitLength | B::IntBitCount => {
                method_arguments(type_name, method, arguments, 0, 0, &[])?;
                let int = self.int_argument(receiver)?;
                let big = int.to_big();
                let count = if function == B::IntBitLength {
                    big.bits()
                } else {
                    big.magnitude().count_ones()
                };
                Value::Int(count as i64)
            }
            B::IntToBytes => return Err(PythonError::not_supported("int.to_bytes()")),
            B::FloatIsInteger => {
                method_arguments(type_name, method, arguments, 0, 0, &[])?;
                Value::Bool(matches!(receiver, Value::Float(number) if float_is_integer(number)))
            }
            _ => {
                let Some(reference) = receiver.object() else {
                    return Ok(None);
                };
                return self
                    .call_sequence_method(function, reference, arguments)
                    .map(Some);
            }
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// The methods of `list` and `tuple`, on the object at `reference`.
    fn call_sequence_method(
        &mut self,
        function: BuiltinFunction,
        reference: ObjectRef,
        arguments: &Arguments,
    ) -> PythonResult<CallOutcome> {
        use BuiltinFunction as B;
        let method = function.name();
        let type_name = if matches!(function, B::TupleIndex | B::TupleCount) {
            "tuple"
        } else {
            "list"
        };
        let length = match self.object(reference) {
            Object::List(items) => items.len(),
            Object::Tuple(items) => items.len(),
            _ => 0,
        };
        let value = match function {
            B::ListAppend => {
                let values = method_arguments(type_name, method, arguments, 1, 1, &[])?;
                self.reserve_list_length(reference, length + 1)?;
                if let Some(list) = self.list_items_mut(reference) {
                    list.push(values[0].unwrap_or(Value::None));
                }
                Value::None
            }
            B::ListExtend => {
                method_arguments(type_name, method, arguments, 1, 1, &[])?;
                let iterable = arguments.positional[1];
                if !self.is_natively_iterable(iterable) {
                    return Ok(CallOutcome::Materialize {
                        function,
                        arguments: arguments.clone(),
                        argument_index: 1,
                    });
                }
                let new_items = self.collect_items(iterable)?;
                self.charge(new_items.len() as u64)?;
                self.reserve_list_length(reference, length + new_items.len())?;
                if let Some(list) = self.list_items_mut(reference) {
                    list.extend(new_items);
                }
                Value::None
            }
            B::ListInsert => {
                let values = method_arguments(type_name, method, arguments, 2, 2, &[])?;
                let index = self.index_argument(values[0].unwrap_or(Value::None))?;
                let signed_length = length as i64;
                let position = if index < 0 {
                    (index + signed_length).max(0)
                } else {
                    index.min(signed_length)
                } as usize;
                self.charge(length as u64 / 16 + 1)?;
                self.reserve_list_length(reference, length + 1)?;
                if let Some(list) = self.list_items_mut(reference) {
                    list.insert(position.min(list.len()), values[1].unwrap_or(Value::None));
                }
                Value::None
            }
            B::ListRemove => {
                let values = method_arguments(type_name, method, arguments, 1, 1, &[])?;
                let item = values[0].unwrap_or(Value::None);
                let items = self
                    .sequence_items(Value::Object(reference))
                    .unwrap_or_default();
                match self.position_of(&items, item, 0, length)? {
                    Some(index) => {
                        if let Some(list) = self.list_items_mut(reference) {
                            if index < list.len() {
                                list.remove(index);
                            }
                        }
                    }
                    None => {
                        return Err(PythonError::value_error("list.remove(x): x not in list")
                            .explained(Explanation::new("python-builtins-list-remove-missing")))
                    }
                }
                Value::None
            }
            B::ListPop => {
                let values = method_arguments(type_name, method, arguments, 0, 1, &[])?;
                let index = match values[0] {
                    None => -1,
                    Some(value) => self.index_argument(value)?,
                };
                if length == 0 {
                    return Err(PythonError::index_error("pop from empty list").explained(
                        super::super::error::Explanation::new("python-builtins-pop-from-empty"),
                    ));
                }
                let signed_length = length as i64;
                let position = if index < 0 {
                    index + signed_length
                } else {
                    index
                };
                if position < 0 || position >= signed_length {
                    return Err(PythonError::index_error("pop index out of range"));
                }
                self.charge(length as u64 / 16 + 1)?;
                match self.list_items_mut(reference) {
                    Some(list) if (position as usize) < list.len() => {
                        list.remove(position as usize)
                    }
                    _ => Value::None,
                }
            }
            B::ListClear => {
                method_arguments(type_name, method, arguments, 0, 0, &[])?;
                if let Some(list) = self.list_items_mut(reference) {
                    *list = Vec::new();
                }
                self.reserve_list_length(reference, 0)?;
                Value::None
            }
            B::ListIndex | B::TupleIndex => {
                let values = method_arguments(type_name, method, arguments, 1, 3, &[])?;
                let item = values[0].unwrap_or(Value::None);
                let items = self
                    .sequence_items(Value::Object(reference))
                    .unwrap_or_default();
                let start = self.clamped_index(values[1], length, 0)?;
                let end = self.clamped_index(values[2], length, length)?;
                match self.position_of(&items, item, start, end)? {
                    Some(index) => Value::Int(index as i64),
                    None if function == B::TupleIndex => {
                        return Err(PythonError::value_error("tuple.index(x): x not in tuple"))
                    }
                    None => {
                        let shown = self.repr(item)?;
                        return Err(PythonError::value_error(format!("{shown} is not in list"))
                            .explained(
                                Explanation::new("python-builtins-list-index-missing")
                                    .with("item", shown),
                            ));
                    }
                }
            }
            B::ListCount | B::TupleCount => {
                let values = method_arguments(type_name, method, arguments, 1, 1, &[])?;
                let item = values[0].unwrap_or(Value::None);
                let items = self
                    .sequence_items(Value::Object(reference))
                    .unwrap_or_default();
                let mut count = 0;
                for candidate in &items {
                    self.charge(1)?;
                    if *candidate == item || self.values_equal(*candidate, item)? {
                        count += 1;
                    }
                }
                Value::Int(count)
            }
            B::ListSort => {
                if arguments.positional.len() > 1 {
                    return Err(PythonError::type_error(
                        "sort() takes no positional arguments",
                    ));
                }
                let options = super::arguments::keywords("sort", arguments, &["key", "reverse"])?;
                let reverse = self.reverse_flag(options[1].unwrap_or(Value::Bool(false)))?;
                let list = Value::Object(reference);
                if let Some(key) = options[0].filter(|key| !key.is_none()) {
                    return Ok(prelude(
                        PreludeFunction::ListSortWithKey,
                        vec![list, key, Value::Bool(reverse)],
                    ));
                }
                self.sort_list_in_place(list, reverse)?;
                Value::None
            }
            B::ListReverse => {
                method_arguments(type_name, method, arguments, 0, 0, &[])?;
                self.charge(length as u64 / 16 + 1)?;
                if let Some(list) = self.list_items_mut(reference) {
                    list.reverse();
                }
                Value::None
            }
            B::ListCopy => {
                method_arguments(type_name, method, arguments, 0, 0, &[])?;
                self.charge(length as u64 / 16 + 1)?;
                let items = self
                    .sequence_items(Value::Object(reference))
                    .unwrap_or_default();
                self.new_list(items)?
            }
            _ => {
                return Err(PythonError::not_supported(format!(
                    "{type_name}.{method}()"
                )))
            }
        };
        Ok(CallOutcome::Return(value))
    }
}
