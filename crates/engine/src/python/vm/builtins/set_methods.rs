//! The methods of `set` and `frozenset`.

use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::set::SetObject;
use super::super::types::TypeId;
use super::super::value::Value;
use super::str_methods::method_arguments;
use super::BuiltinFunction;

impl Vm {
    /// A new set (or frozenset) of `items`.
    pub(super) fn new_set_of(&mut self, items: Vec<Value>, frozen: bool) -> PythonResult<Value> {
        let empty = SetObject::new();
        let set = self.allocate(if frozen {
            Object::FrozenSet(Box::new(empty))
        } else {
            Object::Set(Box::new(empty))
        })?;
        if let Some(reference) = set.object() {
            self.charge(items.len() as u64)?;
            for item in items {
                self.set_add(reference, item)?;
            }
        }
        Ok(set)
    }

    /// The items of the set or frozenset at `reference`.
    pub(super) fn set_items(&self, reference: ObjectRef) -> Vec<Value> {
        match self.object(reference) {
            Object::Set(set) | Object::FrozenSet(set) => set.iter().map(|(_, item)| item).collect(),
            _ => Vec::new(),
        }
    }

    /// A set to look items up in: `value` itself when it is a set, else a new one.
    fn lookup_set(&mut self, value: Value) -> PythonResult<ObjectRef> {
        if let Some(reference) = value.object() {
            if matches!(
                self.object(reference),
                Object::Set(_) | Object::FrozenSet(_)
            ) {
                return Ok(reference);
            }
        }
        let items = self.collect_items(value)?;
        let set = self.new_set_of(items, true)?;
        set.object()
            .ok_or_else(|| PythonError::type_error("set expected"))
    }

    /// Replaces the items of the set at `reference`.
    fn replace_set_items(&mut self, reference: ObjectRef, items: Vec<Value>) -> PythonResult<()> {
        if let Some(Object::Set(set)) = self.object_mut(reference) {
            set.clear();
        }
        for item in items {
            self.set_add(reference, item)?;
        }
        Ok(())
    }

    /// Calls a `set` or `frozenset` method; `None` when `function` is not one.
    pub(super) fn call_set_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let method = function.name();
        let mutates = matches!(
            function,
            B::SetAdd
                | B::SetRemove
                | B::SetDiscard
                | B::SetPop
                | B::SetClear
                | B::SetUpdate
                | B::SetIntersectionUpdate
                | B::SetDifferenceUpdate
                | B::SetSymmetricDifferenceUpdate
        );
        let reads = matches!(
            function,
            B::SetCopy
                | B::SetUnion
                | B::SetIntersection
                | B::SetDifference
                | B::SetSymmetricDifference
                | B::SetIssubset
                | B::SetIssuperset
                | B::SetIsdisjoint
        );
        if !mutates && !reads {
            return Ok(None);
        }
        let receiver = self.receiver(TypeId::Set, method, arguments)?;
        let frozen = self.type_of(receiver) == TypeId::FrozenSet;
        if mutates && frozen {
            return Err(PythonError::type_error(format!(
                "descriptor '{method}' for 'set' objects doesn't apply to a 'frozenset' object"
            )));
        }
        let Some(reference) = receiver.object() else {
            return Ok(None);
        };
        // Every other argument must be iterable natively first.
        for (index, other) in arguments.positional.iter().enumerate().skip(1) {
            if !matches!(function, B::SetAdd | B::SetRemove | B::SetDiscard)
                && !self.is_natively_iterable(*other)
            {
                return Ok(Some(CallOutcome::Materialize {
                    function,
                    arguments: arguments.clone(),
                    argument_index: index,
                }));
            }
        }
        let own_items = if matches!(
            function,
            B::SetAdd | B::SetRemove | B::SetDiscard | B::SetPop
        ) {
            Vec::new()
        } else {
            self.set_items(reference)
        };
        self.charge(own_items.len() as u64 / 4 + 1)?;
        let others = &arguments.positional[1..];
        let value = match function {
            B::SetAdd | B::SetRemove | B::SetDiscard => {
                let values = method_arguments("set", method, arguments, 1, 1, &[])?;
                let item = values[0].unwrap_or(Value::None);
                match function {
                    B::SetAdd => self.set_add(reference, item)?,
                    B::SetRemove => {
                        if !self.set_remove(reference, item)? {
                            return Err(self.key_error(item)?);
                        }
                    }
                    _ => {
                        self.set_remove(reference, item)?;
                    }
                }
                Value::None
            }
            B::SetPop => {
                method_arguments("set", method, arguments, 0, 0, &[])?;
                // CPython starts at a "finger" left by the last pop; SetObject
                // keeps none, so the scan starts at slot 0 (the same item
                // unless items were added in between) and is charged.
                let first = match self.object(reference) {
                    Object::Set(set) => set.item_from(0),
                    _ => None,
                };
                if let Some((slot, _)) = first {
                    self.charge(slot as u64 / 8)?;
                }
                let first = first.map(|(_, item)| item);
                let Some(item) = first else {
                    let message = self.new_str("pop from an empty set".to_owned())?;
                    return Err(self.key_error(message)?);
                };
                self.set_remove(reference, item)?;
                item
            }
            B::SetClear => {
                method_arguments("set", method, arguments, 0, 0, &[])?;
                self.replace_set_items(reference, Vec::new())?;
                Value::None
            }
            B::SetCopy => {
                method_arguments("set", method, arguments, 0, 0, &[])?;
                if frozen {
                    receiver
                } else {
                    self.new_set_of(own_items, false)?
                }
            }
            B::SetIssubset
            | B::SetIssuperset
            | B::SetIsdisjoint
            | B::SetSymmetricDifference
            | B::SetSymmetricDifferenceUpdate => {
                let values = method_arguments("set", method, arguments, 1, 1, &[])?;
                let other = values[0].unwrap_or(Value::None);
                let other_set = self.lookup_set(other)?;
                let other_items = self.set_items(other_set);
                self.charge(other_items.len() as u64 / 4 + 1)?;
                match function {
                    B::SetIssubset => {
                        let mut all_inside = true;
                        for item in &own_items {
                            if !self.set_contains(other_set, *item)? {
                                all_inside = false;
                                break;
                            }
                        }
                        Value::Bool(all_inside)
                    }
                    B::SetIssuperset | B::SetIsdisjoint => {
                        let mut inside_count = 0;
                        for item in &other_items {
                            if self.set_contains(reference, *item)? {
                                inside_count += 1;
                            }
                        }
                        Value::Bool(if function == B::SetIssuperset {
                            inside_count == other_items.len()
                        } else {
                            inside_count == 0
                        })
                    }
                    _ => {
                        let mut result = Vec::new();
                        for item in &own_items {
                            if !self.set_contains(other_set, *item)? {
                                result.push(*item);
                            }
                        }
                        for item in &other_items {
                            if !self.set_contains(reference, *item)? {
                                result.push(*item);
                            }
                        }
                        if function == B::SetSymmetricDifference {
                            self.new_set_of(result, frozen)?
                        } else {
                            self.replace_set_items(reference, result)?;
                            Value::None
                        }
                    }
                }
            }
            B::SetUnion | B::SetUpdate => {
                let mut result = own_items;
                for other in others {
                    let items = self.collect_items(*other)?;
                    self.charge(items.len() as u64)?;
                    result.extend(items);
                }
                if function == B::SetUnion {
                    self.new_set_of(result, frozen)?
                } else {
                    for item in result {
                        self.set_add(reference, item)?;
                    }
                    Value::None
                }
            }
            _ => {
                // intersection, difference and their updates.
                let keep_if_inside =
                    matches!(function, B::SetIntersection | B::SetIntersectionUpdate);
                let mut result = own_items;
                for other in others {
                    let other_set = self.lookup_set(*other)?;
                    let mut kept = Vec::with_capacity(result.len());
                    for item in result {
                        if self.set_contains(other_set, item)? == keep_if_inside {
                            kept.push(item);
                        }
                    }
                    result = kept;
                }
                if matches!(function, B::SetIntersection | B::SetDifference) {
                    self.new_set_of(result, frozen)?
                } else {
                    self.replace_set_items(reference, result)?;
                    Value::None
                }
            }
        };
        Ok(Some(CallOutcome::Return(value)))
    }
}
