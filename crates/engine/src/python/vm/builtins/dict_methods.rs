//! The methods of `dict`, and filling a dict from a mapping or from pairs
//! (`dict(x)`, `dict.update(x)`).

use super::super::call::{Arguments, CallOutcome};
use super::super::dict::DictObject;
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::{DictViewKind, Object};
use super::super::types::TypeId;
use super::super::value::Value;
use super::str_methods::method_arguments;
use super::BuiltinFunction;

impl Vm {
    /// The keys and values of the dict at `reference`, in order.
    pub(crate) fn dict_entries(&self, reference: ObjectRef) -> Vec<(Value, Value)> {
        match self.object(reference) {
            Object::Dict(dict) => dict.iter().map(|entry| (entry.key, entry.value)).collect(),
            _ => Vec::new(),
        }
    }

    /// Adds to `dict` the entries of `source`: a dict, or an iterable of pairs.
    pub(super) fn dict_update_from(&mut self, dict: Value, source: Value) -> PythonResult<()> {
        let Some(target) = dict.object() else {
            return Ok(());
        };
        if let Some(reference) = source.object() {
            if let Object::Dict(_) = self.object(reference) {
                let entries = self.dict_entries(reference);
                self.charge(entries.len() as u64)?;
                for (key, value) in entries {
                    self.dict_set(target, key, value)?;
                }
                return Ok(());
            }
        }
        let items = self.collect_items(source)?;
        self.charge(items.len() as u64)?;
        for (index, item) in items.into_iter().enumerate() {
            let pair = match self.sequence_items(item) {
                Some(pair) => pair,
                None if self.is_natively_iterable(item) && self.type_of(item) != TypeId::Int => {
                    self.collect_items(item)
                        .map_err(|_| element_not_sequence(index))?
                }
                None => return Err(element_not_sequence(index)),
            };
            if pair.len() != 2 {
                return Err(PythonError::value_error(format!(
                    "dictionary update sequence element #{index} has length {}; 2 is required",
                    pair.len()
                )));
            }
            self.dict_set(target, pair[0], pair[1])?;
        }
        Ok(())
    }

    /// A KeyError for `key` (its `args[0]` is the key itself).
    pub(super) fn key_error(&mut self, key: Value) -> PythonResult<PythonError> {
        let shown = self.repr(key)?;
        let mut error = PythonError::new(TypeId::KeyError, shown);
        error.key = Some(key);
        Ok(error)
    }

    /// Calls a `dict` method; `None` when `function` is not one.
    pub(super) fn call_dict_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let method = function.name();
        if function == B::DictFromkeys {
            return self.dict_fromkeys(arguments).map(Some);
        }
        if !matches!(
            function,
            B::DictGet
                | B::DictKeys
                | B::DictValues
                | B::DictItems
                | B::DictPop
                | B::DictPopitem
                | B::DictSetdefault
                | B::DictUpdate
                | B::DictClear
                | B::DictCopy
        ) {
            return Ok(None);
        }
        let receiver = self.receiver(TypeId::Dict, method, arguments)?;
        let Some(reference) = receiver.object() else {
            return Ok(None);
        };
        let value = match function {
            B::DictGet => {
                let values = method_arguments("dict", method, arguments, 1, 2, &[])?;
                let key = values[0].unwrap_or(Value::None);
                self.dict_get(reference, key)?
                    .unwrap_or(values[1].unwrap_or(Value::None))
            }
            B::DictKeys | B::DictValues | B::DictItems => {
                method_arguments("dict", method, arguments, 0, 0, &[])?;
                let kind = match function {
                    B::DictKeys => DictViewKind::Keys,
                    B::DictValues => DictViewKind::Values,
                    _ => DictViewKind::Items,
                };
                self.allocate(Object::DictView {
                    dict: reference,
                    kind,
                })?
            }
            B::DictPop => {
                let values = method_arguments("dict", method, arguments, 1, 2, &[])?;
                let key = values[0].unwrap_or(Value::None);
                match (self.dict_remove(reference, key)?, values[1]) {
                    (Some(value), _) | (None, Some(value)) => value,
                    (None, None) => return Err(self.key_error(key)?),
                }
            }
            B::DictPopitem => {
                method_arguments("dict", method, arguments, 0, 0, &[])?;
                let removed = match self.object_mut(reference) {
                    Some(Object::Dict(dict)) => {
                        dict.last_index().and_then(|index| dict.remove(index))
                    }
                    _ => None,
                };
                match removed {
                    Some(entry) => self.new_pair(entry.key, entry.value)?,
                    None => {
                        let message = self.new_str("popitem(): dictionary is empty".to_owned())?;
                        return Err(self.key_error(message)?);
                    }
                }
            }
            B::DictSetdefault => {
                let values = method_arguments("dict", method, arguments, 1, 2, &[])?;
                let key = values[0].unwrap_or(Value::None);
                match self.dict_get(reference, key)? {
                    Some(value) => value,
                    None => {
                        let default = values[1].unwrap_or(Value::None);
                        self.dict_set(reference, key, default)?;
                        default
                    }
                }
            }
            B::DictUpdate => {
                if arguments.positional.len() > 2 {
                    return Err(PythonError::type_error(format!(
                        "update expected at most 1 argument, got {}",
                        arguments.positional.len() - 1
                    )));
                }
                if let Some(&source) = arguments.positional.get(1) {
                    if !self.is_natively_iterable(source) && self.type_of(source) != TypeId::Dict {
                        return Ok(Some(CallOutcome::Materialize {
                            function,
                            arguments: arguments.clone(),
                            argument_index: 1,
                        }));
                    }
                    self.dict_update_from(receiver, source)?;
                }
                for (key, value) in &arguments.keywords {
                    let key = self.new_str(key.clone())?;
                    self.dict_set(reference, key, *value)?;
                }
                Value::None
            }
            B::DictClear => {
                method_arguments("dict", method, arguments, 0, 0, &[])?;
                if let Some(Object::Dict(dict)) = self.object_mut(reference) {
                    dict.clear();
                }
                Value::None
            }
            _ => {
                method_arguments("dict", method, arguments, 0, 0, &[])?;
                let copy = match self.object(reference) {
                    Object::Dict(dict) => dict.clone(),
                    _ => Box::new(DictObject::new()),
                };
                self.charge(copy.len() as u64 / 8 + 1)?;
                self.allocate(Object::Dict(copy))?
            }
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// `dict.fromkeys(iterable, value=None)` (the receiver is the type or a dict).
    fn dict_fromkeys(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        let values = method_arguments("dict", "fromkeys", arguments, 1, 2, &[])?;
        let iterable = values[0].unwrap_or(Value::None);
        if !self.is_natively_iterable(iterable) {
            return Ok(CallOutcome::Materialize {
                function: BuiltinFunction::DictFromkeys,
                arguments: arguments.clone(),
                argument_index: 1,
            });
        }
        let keys = self.collect_items(iterable)?;
        self.charge(keys.len() as u64)?;
        let dict = self.allocate(Object::Dict(Box::new(DictObject::new())))?;
        let default = values[1].unwrap_or(Value::None);
        if let Some(reference) = dict.object() {
            for key in keys {
                self.dict_set(reference, key, default)?;
            }
        }
        Ok(CallOutcome::Return(dict))
    }
}

/// `cannot convert dictionary update sequence element #0 to a sequence`.
fn element_not_sequence(index: usize) -> PythonError {
    PythonError::type_error(format!(
        "cannot convert dictionary update sequence element #{index} to a sequence"
    ))
}
