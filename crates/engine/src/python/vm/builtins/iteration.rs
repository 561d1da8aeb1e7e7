//! The builtin functions over iterables: `min`, `max`, `sum`, `sorted`,
//! `reversed`, `enumerate`, `zip`, `map`, `filter`, `any`, `all`, `iter`, `next`.
//!
//! They work natively over the builtin containers; a `key=` function, `map`
//! and `filter` (which call the program's functions), and generators (which
//! must run Python code to give items) go to the prelude.

use super::super::super::syntax::ast::{BinaryOperator, ComparisonOperator};
use super::super::call::{Arguments, CallOutcome, PreludeFunction};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::{IteratorObject, Object};
use super::super::quick::quick_arithmetic;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::{argument_count_error, keywords, positional};
use super::BuiltinFunction;

impl Vm {
    /// Calls one of the functions of this file; `None` when `function` is not one.
    pub(super) fn call_iteration_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let outcome = match function {
            B::Min | B::Max => self.builtin_min_max(function, arguments)?,
            B::Sum => self.builtin_sum(arguments)?,
            B::Sorted => self.builtin_sorted(arguments)?,
            B::Reversed => {
                let values = positional("reversed", arguments, 1, 1)?;
                if self.has_program_class(values[0]) {
                    // `__reversed__`, else the sequence protocol (the prelude's).
                    let function = match self.special_method(values[0], "__reversed__") {
                        Some(method) => method,
                        None if self.special_method(values[0], "__len__").is_some()
                            && self.special_method(values[0], "__getitem__").is_some() =>
                        {
                            match self.prelude_global("__reversed_sequence") {
                                Some(function) => function,
                                None => return Err(PythonError::not_supported("reversed()")),
                            }
                        }
                        None => return Err(not_reversible(self.type_name(values[0]))),
                    };
                    return Ok(Some(CallOutcome::TailCall {
                        function,
                        arguments: Arguments::positional(vec![values[0]]),
                    }));
                }
                CallOutcome::Return(self.builtin_reversed(values[0])?)
            }
            B::Enumerate => self.builtin_enumerate(arguments)?,
            B::Zip => {
                let options = keywords("zip", arguments, &["strict"])?;
                if options[0].is_some_and(|strict| self.is_truthy(strict)) {
                    return Err(PythonError::not_supported("zip(strict=True)"));
                }
                let iterables = arguments.positional.clone();
                if iterables
                    .iter()
                    .all(|value| self.is_natively_iterable(*value))
                {
                    let mut inners = Vec::with_capacity(iterables.len());
                    for iterable in iterables {
                        inners.push(self.get_iterator(iterable)?);
                    }
                    CallOutcome::Return(
                        self.allocate(Object::Iterator(IteratorObject::Zip { inners }))?,
                    )
                } else {
                    prelude(PreludeFunction::Zip, iterables)
                }
            }
            B::Map => {
                if !arguments.keywords.is_empty() {
                    return Err(PythonError::type_error("map() takes no keyword arguments"));
                }
                if arguments.positional.len() < 2 {
                    return Err(PythonError::type_error(
                        "map() must have at least two arguments.",
                    ));
                }
                for iterable in &arguments.positional[1..] {
                    self.check_iterable(*iterable)?;
                }
                match self.eager_map_or_filter(false, &arguments.positional)? {
                    Some(iterator) => CallOutcome::Return(iterator),
                    None => prelude(PreludeFunction::Map, arguments.positional.clone()),
                }
            }
            B::Filter => {
                let values = positional("filter", arguments, 2, 2)?;
                self.check_iterable(values[1])?;
                match self.eager_map_or_filter(true, values)? {
                    Some(iterator) => CallOutcome::Return(iterator),
                    None => prelude(PreludeFunction::Filter, values.to_vec()),
                }
            }
            B::Any | B::All => {
                let values = positional(function.name(), arguments, 1, 1)?;
                let looking_for = function == B::Any;
                if let Some(generator) = self.generator_of(values[0]) {
                    return Ok(Some(CallOutcome::AnyAllGenerator {
                        generator,
                        looking_for,
                    }));
                }
                if !self.is_natively_iterable(values[0]) {
                    let which = if looking_for {
                        PreludeFunction::Any
                    } else {
                        PreludeFunction::All
                    };
                    prelude(which, values.to_vec())
                } else {
                    let iterator = self.get_iterator(values[0])?;
                    let mut found = false;
                    while let Some(item) = self.iterator_next(iterator)? {
                        self.charge(1)?;
                        if self.truth(item)? == looking_for {
                            found = true;
                            break;
                        }
                    }
                    CallOutcome::Return(Value::Bool(if looking_for { found } else { !found }))
                }
            }
            B::Iter => {
                let values = positional("iter", arguments, 1, 2)?;
                if values.len() == 2 {
                    return Err(PythonError::not_supported("iter(callable, sentinel)"));
                }
                CallOutcome::Return(self.get_iterator(values[0])?)
            }
            B::Next => {
                let values = positional("next", arguments, 1, 2)?;
                self.builtin_next(values[0], values.get(1).copied())?
            }
            B::GeneratorSend | B::GeneratorThrow | B::GeneratorClose => {
                return self.generator_method(function, arguments).map(Some)
            }
            _ => return Ok(None),
        };
        Ok(Some(outcome))
    }

    /// The generator `value` is, if it is one.
    fn generator_of(&self, value: Value) -> Option<ObjectRef> {
        value
            .object()
            .filter(|reference| matches!(self.object(*reference), Object::Generator(_)))
    }

    /// A TypeError now (as CPython raises it when the call is made) if
    /// `value` cannot be iterated.
    fn check_iterable(&mut self, value: Value) -> PythonResult<()> {
        if self.is_natively_iterable(value) {
            return Ok(());
        }
        if let Value::Object(reference) = value {
            if matches!(
                self.object(reference),
                Object::Generator(_) | Object::Iterator(_)
            ) {
                return Ok(());
            }
        }
        self.get_iterator(value).map(|_| ())
    }

    /// `map` or `filter` with a builtin function (or `filter(None, ...)`)
    /// over builtin containers, computed at once: an iterator over the
    /// results. `None` when the prelude's lazy version must do it (the
    /// function is the program's, has effects, or an iterable is a generator).
    ///
    /// Computing at once differs from CPython only in when a builtin's error
    /// is raised; it keeps `a, b = map(int, input().split())` native.
    fn eager_map_or_filter(
        &mut self,
        is_filter: bool,
        values: &[Value],
    ) -> PythonResult<Option<Value>> {
        use BuiltinFunction as B;
        let function = values[0];
        let pure = match function {
            Value::Builtin(builtin) => {
                !matches!(
                    builtin,
                    B::Print
                        | B::Input
                        | B::Next
                        | B::Exit
                        | B::Quit
                        | B::Iter
                        | B::Map
                        | B::Filter
                        | B::Zip
                        | B::Enumerate
                        | B::Reversed
                ) && !builtin.name().starts_with("__")
                    && !matches!(
                        builtin,
                        B::RandomRandom
                            | B::RandomRandint
                            | B::RandomRandrange
                            | B::RandomChoice
                            | B::RandomChoices
                            | B::RandomShuffle
                            | B::RandomUniform
                            | B::RandomSample
                            | B::RandomSeed
                            | B::RandomGetrandbits
                            | B::RandomGauss
                            | B::TimeSleep
                            | B::ListAppend
                            | B::ListExtend
                            | B::ListInsert
                            | B::ListRemove
                            | B::ListPop
                            | B::ListClear
                            | B::ListSort
                            | B::ListReverse
                            | B::DictPop
                            | B::DictPopitem
                            | B::DictSetdefault
                            | B::DictUpdate
                            | B::DictClear
                            | B::SetAdd
                            | B::SetRemove
                            | B::SetDiscard
                            | B::SetPop
                            | B::SetClear
                            | B::SetUpdate
                            | B::SetIntersectionUpdate
                            | B::SetDifferenceUpdate
                            | B::SetSymmetricDifferenceUpdate
                    )
            }
            Value::Type(type_id) => !type_id.is_exception(),
            Value::None => is_filter,
            _ => false,
        };
        if !pure
            || !values[1..]
                .iter()
                .all(|value| self.is_natively_iterable(*value))
        {
            return Ok(None);
        }
        let mut columns = Vec::with_capacity(values.len() - 1);
        for iterable in &values[1..] {
            let items = self.collect_items(*iterable)?;
            if items.iter().any(|item| !self.is_natively_iterable(*item)) {
                return Ok(None);
            }
            columns.push(items);
        }
        let length = columns.iter().map(Vec::len).min().unwrap_or(0);
        self.charge(length as u64)?;
        let mut results = Vec::with_capacity(length);
        for index in 0..length {
            let arguments =
                Arguments::positional(columns.iter().map(|column| column[index]).collect());
            let outcome = match function {
                Value::None => Ok(CallOutcome::Return(arguments.positional[0])),
                Value::Type(type_id) => self.call_type(type_id, arguments),
                Value::Builtin(builtin) => self.call_builtin(builtin, arguments),
                _ => return Ok(None),
            };
            // An error is the lazy version's to raise, where CPython raises it.
            let outcome = match outcome {
                Ok(outcome) => outcome,
                Err(error) if error.uncatchable => return Err(error),
                Err(_) => return Ok(None),
            };
            let CallOutcome::Return(result) = outcome else {
                return Ok(None);
            };
            if !is_filter {
                results.push(result);
            } else if self.truth(result)? {
                results.push(columns[0][index]);
            }
        }
        let sequence = self.new_tuple(results)?;
        let Some(sequence) = sequence.object() else {
            return Ok(None);
        };
        self.allocate(Object::Iterator(IteratorObject::Sequence {
            sequence,
            index: 0,
        }))
        .map(Some)
    }

    /// `min(...)` and `max(...)`.
    fn builtin_min_max(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<CallOutcome> {
        let name = function.name();
        let options = keywords(name, arguments, &["key", "default"])?;
        let (key, default) = (options[0].filter(|key| !key.is_none()), options[1]);
        let count = arguments.positional.len();
        if count == 0 {
            return Err(argument_count_error(name, 1, usize::MAX, 0));
        }
        if count > 1 && default.is_some() {
            return Err(PythonError::type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        let iterable = if count == 1 {
            arguments.positional[0]
        } else {
            self.new_tuple(arguments.positional.clone())?
        };
        if let (None, 1, Some(generator)) = (key, count, self.generator_of(iterable)) {
            return Ok(CallOutcome::MinMaxGenerator {
                generator,
                is_max: function == BuiltinFunction::Max,
                default,
            });
        }
        if key.is_some() || !self.is_natively_iterable(iterable) {
            let is_max = Value::Bool(function == BuiltinFunction::Max);
            return Ok(prelude(
                PreludeFunction::MinMax,
                vec![
                    is_max,
                    iterable,
                    key.unwrap_or(Value::None),
                    default.unwrap_or(Value::None),
                    Value::Bool(default.is_some()),
                ],
            ));
        }
        let iterator = self.get_iterator(iterable)?;
        let Some(first) = self.iterator_next(iterator)? else {
            return match default {
                Some(default) => Ok(CallOutcome::Return(default)),
                None => Err(
                    PythonError::value_error(format!("{name}() arg is an empty sequence"))
                        .explained(
                            Explanation::new("python-builtins-empty-min-max").with("name", name),
                        ),
                ),
            };
        };
        let operator = if function == BuiltinFunction::Max {
            ComparisonOperator::Greater
        } else {
            ComparisonOperator::Less
        };
        let mut best = first;
        while let Some(item) = self.iterator_next(iterator)? {
            self.charge(1)?;
            let result = self.compare(operator, item, best)?;
            if self.is_truthy(result) {
                best = item;
            }
        }
        Ok(CallOutcome::Return(best))
    }

    /// `sum(iterable, start=0)`.
    fn builtin_sum(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        let options = keywords("sum", arguments, &["start"])?;
        let count = arguments.positional.len();
        if count == 0 {
            return Err(PythonError::type_error(
                "sum() takes at least 1 positional argument (0 given)",
            ));
        }
        if count > 2 || (count == 2 && options[0].is_some()) {
            return Err(PythonError::type_error(format!(
                "sum() takes at most 2 arguments ({} given)",
                count + arguments.keywords.len()
            )));
        }
        let iterable = arguments.positional[0];
        let start = arguments
            .positional
            .get(1)
            .copied()
            .or(options[0])
            .unwrap_or(Value::Int(0));
        if self.str_text(start).is_some() {
            return Err(PythonError::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ));
        }
        if let Some(generator) = self.generator_of(iterable) {
            return Ok(CallOutcome::SumGenerator { generator, start });
        }
        if !self.is_natively_iterable(iterable) {
            return Ok(prelude(PreludeFunction::Sum, vec![iterable, start]));
        }
        let iterator = self.get_iterator(iterable)?;
        let mut total = start;
        while let Some(item) = self.iterator_next(iterator)? {
            self.charge(1)?;
            // Ints and floats as the quick loop adds them, with the same work.
            if let Some((sum, work)) = quick_arithmetic(BinaryOperator::Add, &[total, item]) {
                self.charge(work)?;
                total = sum;
                continue;
            }
            total = self.binary_operation(BinaryOperator::Add, total, item)?;
        }
        Ok(CallOutcome::Return(total))
    }

    /// `sorted(iterable, key=None, reverse=False)`.
    fn builtin_sorted(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        let options = keywords("sorted", arguments, &["key", "reverse"])?;
        let count = arguments.positional.len();
        if count != 1 {
            return Err(argument_count_error("sorted", 1, 1, count).with_sorted_message(count));
        }
        let iterable = arguments.positional[0];
        let reverse = options[1].unwrap_or(Value::Bool(false));
        let reverse_flag = self.reverse_flag(reverse)?;
        if let Some(key) = options[0].filter(|key| !key.is_none()) {
            return Ok(prelude(
                PreludeFunction::SortedWithKey,
                vec![iterable, key, Value::Bool(reverse_flag)],
            ));
        }
        if !self.is_natively_iterable(iterable) {
            return Ok(CallOutcome::Materialize {
                function: BuiltinFunction::Sorted,
                arguments: arguments.clone(),
                argument_index: 0,
            });
        }
        let items = self.collect_items(iterable)?;
        self.heap
            .reserve(items.len() * std::mem::size_of::<Value>())?;
        let sorted = self.sort_values_by_keys(&items, &items, reverse_flag)?;
        Ok(CallOutcome::Return(self.new_list(sorted)?))
    }

    /// The `reverse=` flag of `sorted` and `list.sort` (an int or bool).
    pub(super) fn reverse_flag(&self, value: Value) -> PythonResult<bool> {
        match value {
            Value::Bool(flag) => Ok(flag),
            Value::Int(number) => Ok(number != 0),
            _ => match self.int_of(value) {
                Some(_) => Ok(true),
                None => Err(PythonError::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(value)
                ))),
            },
        }
    }

    /// `reversed(sequence)`.
    fn builtin_reversed(&mut self, value: Value) -> PythonResult<Value> {
        let Some(reference) = value.object() else {
            return Err(not_reversible(self.type_name(value)));
        };
        let items = match self.object(reference) {
            sequence @ (Object::List(_) | Object::Tuple(_)) => {
                let remaining = sequence.sequence_items().map_or(0, <[Value]>::len);
                return self.allocate(Object::Iterator(IteratorObject::ReversedSequence {
                    sequence: reference,
                    remaining,
                }));
            }
            Object::Str(_)
            | Object::Range(_)
            | Object::Dict(_)
            | Object::DictView { .. }
            | Object::Deque(_) => {
                let mut items = self.collect_items(value)?;
                items.reverse();
                items
            }
            _ => return Err(not_reversible(self.type_name(value))),
        };
        self.charge(items.len() as u64)?;
        let sequence = self.new_tuple(items)?;
        let Some(sequence) = sequence.object() else {
            return Err(not_reversible(self.type_name(value)));
        };
        self.allocate(Object::Iterator(IteratorObject::Sequence {
            sequence,
            index: 0,
        }))
    }

    /// `enumerate(iterable, start=0)`.
    fn builtin_enumerate(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        super::arguments::check_keyword_names("enumerate", arguments, &["iterable", "start"])?;
        let iterable = super::arguments::argument_or_keyword(arguments, 0, "iterable");
        let start = super::arguments::argument_or_keyword(arguments, 1, "start");
        let count = arguments.positional.len() + arguments.keywords.len();
        let Some(iterable) = iterable.filter(|_| count <= 2) else {
            return Err(if count > 2 {
                argument_count_error("enumerate", 1, 2, count)
            } else {
                PythonError::type_error("enumerate() missing required argument 'iterable' (pos 1)")
            });
        };
        let start = match start {
            Some(start) => start,
            None => Value::Int(0),
        };
        let Value::Int(first) = start else {
            if self.int_of(start).is_some() {
                return Err(PythonError::not_supported("enumerate() with a huge start"));
            }
            return Err(PythonError::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(start)
            )));
        };
        if !self.is_natively_iterable(iterable) {
            self.check_iterable(iterable)?;
            return Ok(prelude(PreludeFunction::Enumerate, vec![iterable, start]));
        }
        let inner = self.get_iterator(iterable)?;
        let value = self.allocate(Object::Iterator(IteratorObject::Enumerate {
            inner,
            count: first,
        }))?;
        Ok(CallOutcome::Return(value))
    }

    /// `next(iterator, default)`.
    fn builtin_next(
        &mut self,
        iterator: Value,
        default: Option<Value>,
    ) -> PythonResult<CallOutcome> {
        let kind = iterator
            .object()
            .map(|reference| (reference, self.object(reference)));
        match kind {
            Some((reference, Object::Generator(_))) => Ok(CallOutcome::ResumeGenerator {
                generator: reference,
                default,
                sent: Value::None,
                thrown: None,
            }),
            Some((_, Object::Instance(_))) if default.is_none() => {
                match self.special_method(iterator, "__next__") {
                    Some(method) => Ok(CallOutcome::TailCall {
                        function: method,
                        arguments: Arguments::positional(vec![iterator]),
                    }),
                    None => Err(PythonError::type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(iterator)
                    ))),
                }
            }
            Some((_, Object::Iterator(_) | Object::Instance(_))) => {
                match self.iterator_next(iterator)? {
                    Some(item) => Ok(CallOutcome::Return(item)),
                    None => match default {
                        Some(default) => Ok(CallOutcome::Return(default)),
                        None => Err(PythonError::new(TypeId::StopIteration, "")),
                    },
                }
            }
            _ => Err(PythonError::type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(iterator)
            ))),
        }
    }
}

impl Vm {
    /// `generator.send(value)`, `generator.throw(exception)` and
    /// `generator.close()`.
    fn generator_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<CallOutcome> {
        let name = function.name();
        let count = match function {
            BuiltinFunction::GeneratorClose => 1,
            _ => 2,
        };
        let values = positional(name, arguments, count, count)?;
        let Some(generator) = self.generator_of(values[0]) else {
            return Err(PythonError::type_error(format!(
                "descriptor '{name}' requires a 'generator' object"
            )));
        };
        match function {
            BuiltinFunction::GeneratorSend => Ok(CallOutcome::ResumeGenerator {
                generator,
                default: None,
                sent: values[1],
                thrown: None,
            }),
            BuiltinFunction::GeneratorThrow => {
                let exception = self.exception_instance(values[1])?;
                Ok(CallOutcome::ResumeGenerator {
                    generator,
                    default: None,
                    sent: Value::None,
                    thrown: Some(exception),
                })
            }
            _ => {
                let inside_try = match self.object(generator) {
                    Object::Generator(state) => state
                        .frame
                        .as_ref()
                        .is_some_and(|frame| frame.instruction > 0 && !frame.blocks.is_empty()),
                    _ => false,
                };
                if inside_try {
                    return Err(PythonError::not_supported(
                        "close() of a generator paused inside try",
                    ));
                }
                if let Some(Object::Generator(state)) = self.object_mut(generator) {
                    state.frame = None;
                    state.running = false;
                }
                Ok(CallOutcome::Return(Value::None))
            }
        }
    }
}

/// A call of a prelude function.
pub(super) fn prelude(function: PreludeFunction, positional: Vec<Value>) -> CallOutcome {
    CallOutcome::TailCallPrelude {
        function,
        arguments: Arguments::positional(positional),
    }
}

/// `'int' object is not reversible`.
fn not_reversible(type_name: &str) -> PythonError {
    PythonError::type_error(format!("'{type_name}' object is not reversible"))
}

/// CPython words `sorted`'s count error its own way.
trait SortedMessage {
    /// `sorted expected 1 argument, got 0`.
    fn with_sorted_message(self, count: usize) -> PythonError;
}

impl SortedMessage for PythonError {
    fn with_sorted_message(mut self, count: usize) -> PythonError {
        self.message = format!("sorted expected 1 argument, got {count}");
        self
    }
}
