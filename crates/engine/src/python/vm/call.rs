//! Calls: the arguments a call passes and what a builtin asks the VM to do next.

use super::builtins::BuiltinFunction;
use super::heap::ObjectRef;
use super::value::Value;

/// The arguments of a call.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    /// Positional arguments, in order.
    pub positional: Vec<Value>,
    /// Keyword arguments, in order.
    pub keywords: Vec<(String, Value)>,
}

impl Arguments {
    /// Positional arguments only.
    pub fn positional(values: Vec<Value>) -> Arguments {
        Arguments {
            positional: values,
            keywords: Vec::new(),
        }
    }

    /// Pushes every object the arguments refer to.
    pub fn trace(&self, references: &mut Vec<ObjectRef>) {
        references.extend(self.positional.iter().filter_map(|value| value.object()));
        references.extend(self.keywords.iter().filter_map(|(_, value)| value.object()));
    }
}

/// Functions of the sandbox's Python prelude (`builtins/prelude.py`), which
/// builtins hand work to when it needs the program's own functions called: a
/// `key=`, `map` and `filter`, or iterating a generator lazily.
///
/// Each variant names the prelude function ([`PreludeFunction::python_name`])
/// and documents the positional arguments the builtins pass it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PreludeFunction {
    /// `__drain(iterable)`: a list of the items (used by `CallOutcome::Materialize`).
    Drain,
    /// `__call_drained(callable, iterable)`: `callable(__drain(iterable))`, for
    /// a type called with a generator (`list(gen)`, `set(gen)`, `dict(gen)`).
    CallDrained,
    /// `__sorted_with_key(iterable, key, reverse)`: `sorted` with a `key=`.
    SortedWithKey,
    /// `__list_sort_with_key(list, key, reverse)`: `list.sort` with a `key=`.
    ListSortWithKey,
    /// `__min_max(is_max, iterable, key, default, has_default)`: `min`/`max`
    /// with a `key=` or over a generator (`key` may be None).
    MinMax,
    /// `__min_max_rest(iterable, is_max, best, item)`: the rest of `min` or
    /// `max` over a generator, from an item the VM's own comparisons do not
    /// cover.
    MinMaxRest,
    /// `__sum(iterable, start)`: `sum` over an iterator of the program's own.
    Sum,
    /// `__sum_rest(iterable, total, item)`: the rest of `sum` over a
    /// generator, from an item the VM's own additions do not cover.
    SumRest,
    /// `__any(iterable)`: `any` over an iterator of the program's own (lazy).
    Any,
    /// `__all(iterable)`: `all` over an iterator of the program's own (lazy).
    All,
    /// `__any_rest(iterable, item)`: the rest of `any` over a generator, from
    /// an item whose truth may call the program's `__bool__`.
    AnyRest,
    /// `__all_rest(iterable, item)`: the same for `all`.
    AllRest,
    /// `__map(function, *iterables)`: `map`, as a generator.
    Map,
    /// `__filter(function, iterable)`: `filter`, as a generator (`function` may be None).
    Filter,
    /// `__enumerate(iterable, start)`: `enumerate` over a generator.
    Enumerate,
    /// `__zip(*iterables)`: `zip` when an iterable is a generator.
    Zip,
    /// `__contains(iterable, item)`: `item in generator`.
    Contains,
    /// `__not_contains(iterable, item)`: `item not in generator`.
    NotContains,
}

impl PreludeFunction {
    /// Every prelude function.
    pub const ALL: &'static [PreludeFunction] = &[
        PreludeFunction::Drain,
        PreludeFunction::CallDrained,
        PreludeFunction::SortedWithKey,
        PreludeFunction::ListSortWithKey,
        PreludeFunction::MinMax,
        PreludeFunction::MinMaxRest,
        PreludeFunction::Sum,
        PreludeFunction::SumRest,
        PreludeFunction::Any,
        PreludeFunction::All,
        PreludeFunction::AnyRest,
        PreludeFunction::AllRest,
        PreludeFunction::Map,
        PreludeFunction::Filter,
        PreludeFunction::Enumerate,
        PreludeFunction::Zip,
        PreludeFunction::Contains,
        PreludeFunction::NotContains,
    ];

    /// The name of the function in `prelude.py`.
    pub fn python_name(self) -> &'static str {
        match self {
            PreludeFunction::Drain => "__drain",
            PreludeFunction::CallDrained => "__call_drained",
            PreludeFunction::SortedWithKey => "__sorted_with_key",
            PreludeFunction::ListSortWithKey => "__list_sort_with_key",
            PreludeFunction::MinMax => "__min_max",
            PreludeFunction::MinMaxRest => "__min_max_rest",
            PreludeFunction::Sum => "__sum",
            PreludeFunction::SumRest => "__sum_rest",
            PreludeFunction::Any => "__any",
            PreludeFunction::All => "__all",
            PreludeFunction::AnyRest => "__any_rest",
            PreludeFunction::AllRest => "__all_rest",
            PreludeFunction::Map => "__map",
            PreludeFunction::Filter => "__filter",
            PreludeFunction::Enumerate => "__enumerate",
            PreludeFunction::Zip => "__zip",
            PreludeFunction::Contains => "__contains",
            PreludeFunction::NotContains => "__not_contains",
        }
    }
}

/// What calling a builtin gives.
#[derive(Clone, Debug, PartialEq)]
pub enum CallOutcome {
    /// The result.
    Return(Value),
    /// Call `function` with `arguments` instead; its result is the call's
    /// result (a builtin handing work to Python code).
    TailCall {
        /// What to call (a prelude function, or one of the program's).
        function: Value,
        /// Its arguments.
        arguments: Arguments,
    },
    /// Call the prelude function `function` with `arguments` instead.
    TailCallPrelude {
        /// The prelude function.
        function: PreludeFunction,
        /// Its arguments.
        arguments: Arguments,
    },
    /// Positional argument `argument_index` must first be turned into a list
    /// (it is a generator, or iterates one); then call `function` again.
    Materialize {
        /// The builtin to call again.
        function: BuiltinFunction,
        /// Its arguments, as given.
        arguments: Arguments,
        /// Which positional argument to turn into a list.
        argument_index: usize,
    },
    /// `next(generator)`: resume the generator; `default` is returned when it
    /// is exhausted (StopIteration otherwise).
    ResumeGenerator {
        /// The generator.
        generator: ObjectRef,
        /// The default.
        default: Option<Value>,
        /// What the paused `yield` gives inside the generator (`send`'s
        /// argument; None for `next`).
        sent: Value,
        /// An exception to raise at the paused `yield` instead (`throw`).
        thrown: Option<ObjectRef>,
    },
    /// `sum(generator, start)`: resume the generator, which adds what it
    /// yields to `start` itself ([`super::frame::ReturnAction::Sum`]).
    SumGenerator {
        /// The generator.
        generator: ObjectRef,
        /// The sum's start.
        start: Value,
    },
    /// `any(generator)` (`looking_for` true) or `all(generator)` (false):
    /// resume the generator, which tests what it yields itself
    /// ([`super::frame::ReturnAction::AnyAll`]).
    AnyAllGenerator {
        /// The generator.
        generator: ObjectRef,
        /// True for `any`, false for `all`.
        looking_for: bool,
    },
    /// `max(generator)` (`is_max`) or `min(generator)`, without `key=`:
    /// resume the generator, which keeps the best item itself
    /// ([`super::frame::ReturnAction::MinMax`]).
    MinMaxGenerator {
        /// The generator.
        generator: ObjectRef,
        /// True for `max`, false for `min`.
        is_max: bool,
        /// `default=`, if given.
        default: Option<Value>,
    },
    /// `input()`: the prompt has been written; wait for a line.
    WaitForInput,
    /// `__canvas_next_frame()`: wait for the host's next frame.
    WaitForFrame,
}
