//! `collections.Counter` and `collections.defaultdict`: dicts with a flavour
//! ([`DictFlavour`]), so every dict operation works on them unchanged; only
//! a missing key, `update`, their constructors, their own methods and their
//! repr differ. A defaultdict's factory may be a builtin type (or `None`); a
//! function as factory is not supported yet and says so.

use std::cmp::Ordering;

use super::super::super::syntax::ast::{BinaryOperator, UnaryOperator};
use super::super::call::{Arguments, CallOutcome, PreludeFunction};
use super::super::dict::{DictFlavour, DictObject};
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::operations::equality::{numeric_of, numeric_order};
use super::super::types::TypeId;
use super::super::value::Value;
use super::iteration::prelude;
use super::str_methods::method_arguments;
use super::BuiltinFunction;

impl Vm {
    /// `Counter(iterable_or_mapping, **counts)`.
    pub(super) fn construct_counter(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        if arguments.positional.len() > 1 {
            return Err(PythonError::type_error(format!(
                "expected at most 1 argument, got {}",
                arguments.positional.len()
            )));
        }
        if let Some(&source) = arguments.positional.first() {
            if !self.is_natively_iterable(source)
                && !self.type_of(source).is_subtype_of(TypeId::Dict)
            {
                return Ok(prelude(
                    PreludeFunction::CallDrained,
                    vec![Value::Type(TypeId::Counter), source],
                ));
            }
        }
        let mut table = DictObject::new();
        table.flavour = DictFlavour::Counter;
        let counter = self.allocate(Object::Dict(Box::new(table)))?;
        if let Some(reference) = counter.object() {
            self.count_into(
                reference,
                arguments.positional.first().copied(),
                &arguments.keywords,
                1,
            )?;
        }
        Ok(CallOutcome::Return(counter))
    }

    /// `defaultdict(default_factory=None, mapping_or_iterable, **items)`.
    pub(super) fn construct_defaultdict(
        &mut self,
        arguments: &Arguments,
    ) -> PythonResult<CallOutcome> {
        let factory = match arguments.positional.first() {
            None | Some(Value::None) => None,
            Some(Value::Type(type_id)) if !type_id.is_exception() => Some(*type_id),
            Some(value) if self.is_callable(*value) => {
                return Err(PythonError::not_supported("defaultdict(function)"));
            }
            Some(_) => {
                return Err(PythonError::type_error(
                    "first argument must be callable or None",
                ));
            }
        };
        let rest = Arguments {
            positional: arguments.positional.iter().skip(1).copied().collect(),
            keywords: arguments.keywords.clone(),
        };
        let dict = match self.call_type(TypeId::Dict, rest)? {
            CallOutcome::Return(dict) => dict,
            _ => return Err(PythonError::not_supported("defaultdict(generator)")),
        };
        if let Some(Object::Dict(table)) = dict
            .object()
            .and_then(|reference| self.object_mut(reference))
        {
            table.flavour = DictFlavour::Default(factory);
        }
        Ok(CallOutcome::Return(dict))
    }

    /// The value a missing key of a flavoured dict gets: `Some` for a
    /// Counter (0) or a defaultdict with a factory (stored under the key).
    pub(crate) fn missing_dict_value(
        &mut self,
        reference: ObjectRef,
        key: Value,
    ) -> PythonResult<Option<Value>> {
        let flavour = match self.object(reference) {
            Object::Dict(dict) => dict.flavour,
            _ => return Ok(None),
        };
        match flavour {
            DictFlavour::Plain | DictFlavour::Default(None) => Ok(None),
            DictFlavour::Counter => Ok(Some(Value::Int(0))),
            DictFlavour::Default(Some(factory)) => {
                let value = match self.call_type(factory, Arguments::default())? {
                    CallOutcome::Return(value) => value,
                    _ => return Err(PythonError::not_supported("defaultdict(function)")),
                };
                self.dict_set(reference, key, value)?;
                Ok(Some(value))
            }
        }
    }

    /// Adds `sign` times each item of `source` (or each count of a mapping,
    /// and of `keywords`) to the counter `reference`.
    fn count_into(
        &mut self,
        reference: ObjectRef,
        source: Option<Value>,
        keywords: &[(String, Value)],
        sign: i64,
    ) -> PythonResult<()> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        if let Some(source) = source {
            match source.object().map(|object| self.object(object)) {
                Some(Object::Dict(_)) => {
                    if let Some(object) = source.object() {
                        pairs = self.dict_entries(object);
                    }
                }
                _ => {
                    let items = self.collect_items(source)?;
                    pairs = items
                        .into_iter()
                        .map(|item| (item, Value::Int(1)))
                        .collect();
                }
            }
        }
        for (name, value) in keywords {
            let key = self.new_str(name.clone())?;
            pairs.push((key, *value));
        }
        self.charge(pairs.len() as u64)?;
        for (key, amount) in pairs {
            let current = self.dict_get(reference, key)?.unwrap_or(Value::Int(0));
            let amount = if sign < 0 {
                self.unary_operation(UnaryOperator::Negative, amount)?
            } else {
                amount
            };
            let total = self.binary_operation(BinaryOperator::Add, current, amount)?;
            self.dict_set(reference, key, total)?;
        }
        Ok(())
    }

    /// Calls a Counter method; `None` when `function` is not one.
    pub(super) fn call_counter_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        if !matches!(
            function,
            B::CounterMostCommon
                | B::CounterTotal
                | B::CounterElements
                | B::CounterUpdate
                | B::CounterSubtract
        ) {
            return Ok(None);
        }
        let method = function.name();
        let receiver = self.receiver(TypeId::Counter, method, arguments)?;
        let Some(reference) = receiver.object() else {
            return Ok(None);
        };
        let value = match function {
            B::CounterMostCommon => {
                let values = method_arguments("Counter", method, arguments, 0, 1, &["n"])?;
                let mut entries = self.counter_entries_by_count(reference);
                if let Some(limit) = values[0].filter(|value| *value != Value::None) {
                    let Some(limit) = self.int_of(limit).and_then(|limit| limit.to_i64()) else {
                        return Err(PythonError::type_error(
                            "'<' not supported between instances",
                        ));
                    };
                    entries.truncate(usize::try_from(limit.max(0)).unwrap_or(0));
                }
                let mut pairs = Vec::with_capacity(entries.len());
                for (key, count) in entries {
                    pairs.push(self.new_pair(key, count)?);
                }
                self.new_list(pairs)?
            }
            B::CounterTotal => {
                method_arguments("Counter", method, arguments, 0, 0, &[])?;
                let mut total = Value::Int(0);
                for (_, count) in self.dict_entries(reference) {
                    total = self.binary_operation(BinaryOperator::Add, total, count)?;
                }
                total
            }
            B::CounterElements => {
                method_arguments("Counter", method, arguments, 0, 0, &[])?;
                let mut items = Vec::new();
                for (key, count) in self.dict_entries(reference) {
                    let times = self
                        .int_of(count)
                        .and_then(|count| count.to_i64())
                        .unwrap_or(0);
                    self.charge(times.max(0) as u64)?;
                    for _ in 0..times {
                        items.push(key);
                    }
                }
                let list = self.new_list(items)?;
                self.get_iterator(list)?
            }
            B::CounterUpdate | B::CounterSubtract => {
                if arguments.positional.len() > 2 {
                    return Err(PythonError::type_error(format!(
                        "expected at most 1 argument, got {}",
                        arguments.positional.len() - 1
                    )));
                }
                let source = arguments.positional.get(1).copied();
                if let Some(source) = source {
                    if !self.is_natively_iterable(source)
                        && !self.type_of(source).is_subtype_of(TypeId::Dict)
                    {
                        return Ok(Some(CallOutcome::Materialize {
                            function,
                            arguments: arguments.clone(),
                            argument_index: 1,
                        }));
                    }
                }
                let sign = if function == B::CounterUpdate { 1 } else { -1 };
                self.count_into(reference, source, &arguments.keywords, sign)?;
                Value::None
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// A counter's (key, count) pairs, largest count first, ties in insertion
    /// order (as `most_common` and the repr give them).
    pub(crate) fn counter_entries_by_count(&self, reference: ObjectRef) -> Vec<(Value, Value)> {
        let mut entries = self.dict_entries(reference);
        entries.sort_by(|(_, left), (_, right)| {
            match (
                numeric_of(&self.heap, *left),
                numeric_of(&self.heap, *right),
            ) {
                (Some(left), Some(right)) => numeric_order(right, left).unwrap_or(Ordering::Equal),
                _ => Ordering::Equal,
            }
        });
        entries
    }
}
