//! `repr()` and `str()` of every value, as CPython 3.11 writes them.
//!
//! Containers are written with an explicit stack of tasks, never by Rust
//! recursion; a container met again inside itself is written `[...]`, and
//! nesting deeper than the recursion limit is a RecursionError. The output's
//! size is checked against the heap budget as it grows.

use compact_str::CompactString;
use std::collections::HashSet;

use super::super::super::text::{float_repr, int_to_decimal_text, python_string_repr};
use super::super::dict::DictFlavour;
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::{DictViewKind, Object};
use super::super::types::TypeId;
use super::super::value::Value;
use super::truth_and_types::dict_view_name;
use super::{recursion_error, type_from_name, MAXIMUM_NESTING};

/// One step of writing a repr.
enum Task {
    /// Write the repr of a value, nested `depth` containers deep.
    Value(Value, usize),
    /// Write fixed text.
    Text(&'static str),
    /// Write owned text.
    Owned(String),
    /// The container is done: it may be met again without being a cycle.
    Leave(ObjectRef),
}

/// How many tasks run between checks of the work and memory budgets.
const CHECK_INTERVAL: u64 = 1024;

impl Vm {
    /// `repr(value)`.
    pub(crate) fn repr(&mut self, value: Value) -> PythonResult<String> {
        if let Some(text) = scalar_repr(value) {
            // What the tasks charge for one value and its text.
            self.charge(1 + text.len() as u64 / 16)?;
            self.heap.reserve(text.len())?;
            return Ok(text.into_string());
        }
        self.run_repr_tasks(vec![Task::Value(value, 0)])
    }

    /// `str(value)`.
    pub(crate) fn str_of(&mut self, value: Value) -> PythonResult<String> {
        // An exception's str is its single argument's str: followed in a loop.
        let mut value = value;
        for _ in 0..=MAXIMUM_NESTING {
            let Value::Object(reference) = value else {
                return self.repr(value);
            };
            if self.has_program_class(value) {
                if let Some(text) = self.program_str(value)? {
                    return Ok(text);
                }
            }
            match self.object(reference) {
                Object::Str(text) => return Ok(text.text.to_string()),
                Object::Exception(exception) => {
                    let args = exception.args.clone();
                    match args.as_slice() {
                        [] => return Ok(String::new()),
                        [argument] if exception.type_id == TypeId::KeyError => {
                            return self.repr(*argument)
                        }
                        [argument] => value = *argument,
                        _ => {
                            let mut tasks = Vec::new();
                            push_sequence(&mut tasks, "(", &args, ")", 0);
                            return self.run_repr_tasks(tasks);
                        }
                    }
                }
                _ => return self.repr(value),
            }
        }
        Err(recursion_error(" while getting the str of an object"))
    }

    /// Runs the tasks, giving the text they write (a single value outside the
    /// heap is written by [`scalar_repr`] without them, charged the same).
    fn run_repr_tasks(&mut self, mut tasks: Vec<Task>) -> PythonResult<String> {
        let mut output = String::new();
        let mut on_path: HashSet<ObjectRef> = HashSet::new();
        let mut steps: u64 = 0;
        let mut charged_length = 0;
        while let Some(task) = tasks.pop() {
            steps += 1;
            if steps.is_multiple_of(CHECK_INTERVAL) {
                let written = output.len() - charged_length;
                charged_length = output.len();
                self.charge(CHECK_INTERVAL + written as u64 / 16)?;
                self.heap
                    .reserve(output.len().saturating_add(tasks.len() * 16))?;
            }
            match task {
                Task::Text(text) => output.push_str(text),
                Task::Owned(text) => output.push_str(&text),
                Task::Leave(reference) => {
                    on_path.remove(&reference);
                }
                Task::Value(value, depth) => {
                    if depth > MAXIMUM_NESTING {
                        return Err(recursion_error(" while getting the repr of an object"));
                    }
                    if let Some(text) = self.program_repr(value)? {
                        output.push_str(&text);
                        continue;
                    }
                    self.repr_step(value, depth, &mut output, &mut tasks, &mut on_path)?;
                }
            }
        }
        self.charge(steps % CHECK_INTERVAL + (output.len() - charged_length) as u64 / 16)?;
        self.heap.reserve(output.len())?;
        Ok(output)
    }

    /// Writes a value's repr, or its opening and the tasks for the rest.
    fn repr_step(
        &self,
        value: Value,
        depth: usize,
        output: &mut String,
        tasks: &mut Vec<Task>,
        on_path: &mut HashSet<ObjectRef>,
    ) -> PythonResult<()> {
        let reference = match value {
            Value::Unbound => {
                output.push_str("<unbound>");
                return Ok(());
            }
            Value::None => {
                output.push_str("None");
                return Ok(());
            }
            Value::Bool(flag) => {
                output.push_str(if flag { "True" } else { "False" });
                return Ok(());
            }
            Value::Int(number) => {
                output.push_str(itoa::Buffer::new().format(number));
                return Ok(());
            }
            Value::Float(number) => {
                output.push_str(&float_repr(number));
                return Ok(());
            }
            Value::Builtin(function) => {
                output.push_str(&format!("<built-in function {}>", function.name()));
                return Ok(());
            }
            Value::Type(TypeId::Ellipsis) => {
                output.push_str("Ellipsis");
                return Ok(());
            }
            Value::Type(TypeId::NotImplementedType) => {
                output.push_str("NotImplemented");
                return Ok(());
            }
            Value::Type(TypeId::Traceback) => {
                output.push_str("<traceback object>");
                return Ok(());
            }
            Value::Type(TypeId::TurtleScreen) => {
                output.push_str("<turtle._Screen object>");
                return Ok(());
            }
            Value::Type(type_id @ (TypeId::Counter | TypeId::DefaultDict)) => {
                output.push_str(&format!("<class 'collections.{}'>", type_id.name()));
                return Ok(());
            }
            Value::Type(type_id) => {
                output.push_str(&format!("<class '{}'>", type_id.name()));
                return Ok(());
            }
            Value::Module(module) => {
                output.push_str(&format!("<module '{}' (built-in)>", module.name()));
                return Ok(());
            }
            Value::Object(reference) => reference,
        };
        let address = Vm::fake_address(reference);
        let child = depth + 1;
        match self.object(reference) {
            Object::BigInt(big) => match int_to_decimal_text(big) {
                Ok(text) => output.push_str(&text),
                Err(error) => {
                    return Err(PythonError::new(
                        type_from_name(error.python_type()),
                        error.cpython_message(),
                    ))
                }
            },
            Object::Str(text) => output.push_str(&python_string_repr(&text.text)),
            Object::Bytes(data) => output.push_str(&super::super::builtins::bytes_repr(data)),
            Object::Turtle(_) => output.push_str(&format!("<turtle.Turtle object at {address}>")),
            Object::List(items) => {
                if !on_path.insert(reference) {
                    output.push_str("[...]");
                    return Ok(());
                }
                tasks.push(Task::Leave(reference));
                push_sequence(tasks, "[", items, "]", child);
            }
            Object::Deque(items) => {
                if !on_path.insert(reference) {
                    output.push_str("[...]");
                    return Ok(());
                }
                tasks.push(Task::Leave(reference));
                let items: Vec<Value> = items.iter().copied().collect();
                push_sequence(tasks, "deque([", &items, "])", child);
            }
            Object::Tuple(items) => {
                if !on_path.insert(reference) {
                    output.push_str("(...)");
                    return Ok(());
                }
                tasks.push(Task::Leave(reference));
                if items.len() == 1 {
                    tasks.push(Task::Text(",)"));
                    tasks.push(Task::Value(items[0], child));
                    tasks.push(Task::Text("("));
                } else {
                    push_sequence(tasks, "(", items, ")", child);
                }
            }
            Object::Dict(dict) => {
                if !on_path.insert(reference) {
                    output.push_str("{...}");
                    return Ok(());
                }
                let flavour = dict.flavour;
                let entries: Vec<(Value, Value)> = match flavour {
                    DictFlavour::Counter => self.counter_entries_by_count(reference),
                    _ => dict.iter().map(|entry| (entry.key, entry.value)).collect(),
                };
                tasks.push(Task::Leave(reference));
                match flavour {
                    DictFlavour::Plain => {}
                    DictFlavour::Counter if entries.is_empty() => {
                        output.push_str("Counter()");
                        return Ok(());
                    }
                    DictFlavour::Counter => {
                        output.push_str("Counter(");
                        tasks.push(Task::Text(")"));
                    }
                    DictFlavour::Default(_) => {
                        tasks.push(Task::Text(")"));
                    }
                }
                tasks.push(Task::Text("}"));
                for (position, (key, item)) in entries.iter().enumerate().rev() {
                    tasks.push(Task::Value(*item, child));
                    tasks.push(Task::Text(": "));
                    tasks.push(Task::Value(*key, child));
                    if position > 0 {
                        tasks.push(Task::Text(", "));
                    }
                }
                if let DictFlavour::Default(factory) = flavour {
                    tasks.push(Task::Text("{"));
                    tasks.push(Task::Text(", "));
                    tasks.push(Task::Value(factory.map_or(Value::None, Value::Type), child));
                    output.push_str("defaultdict(");
                } else {
                    output.push('{');
                }
            }
            Object::Set(set) | Object::FrozenSet(set) => {
                let frozen = matches!(self.object(reference), Object::FrozenSet(_));
                let name = if frozen { "frozenset" } else { "set" };
                if set.is_empty() {
                    output.push_str(name);
                    output.push_str("()");
                    return Ok(());
                }
                if !on_path.insert(reference) {
                    output.push_str(name);
                    output.push_str("(...)");
                    return Ok(());
                }
                tasks.push(Task::Leave(reference));
                let items: Vec<Value> = set.iter().map(|(_, item)| item).collect();
                if frozen {
                    tasks.push(Task::Text(")"));
                    push_sequence(tasks, "{", &items, "}", child);
                    tasks.push(Task::Text("frozenset("));
                } else {
                    push_sequence(tasks, "{", &items, "}", child);
                }
            }
            Object::Range(range) => {
                if range.step == 1 {
                    output.push_str(&format!("range({}, {})", range.start, range.stop));
                } else {
                    output.push_str(&format!(
                        "range({}, {}, {})",
                        range.start, range.stop, range.step
                    ));
                }
            }
            Object::Slice(slice) => {
                push_sequence(
                    tasks,
                    "slice(",
                    &[slice.start, slice.stop, slice.step],
                    ")",
                    child,
                );
            }
            Object::Function(function) => {
                output.push_str(&format!(
                    "<function {} at {address}>",
                    self.qualified_name_of(function)
                ));
            }
            Object::BoundMethod { receiver, function } => match function {
                Value::Builtin(builtin) => output.push_str(&format!(
                    "<built-in method {} of {} object at {}>",
                    builtin.name(),
                    self.type_name(*receiver),
                    receiver.object().map_or(address.clone(), Vm::fake_address)
                )),
                _ => {
                    let name = match function {
                        Value::Object(function) => match self.object(*function) {
                            Object::Function(function) => self.qualified_name_of(function),
                            _ => "method".to_owned(),
                        },
                        _ => "method".to_owned(),
                    };
                    tasks.push(Task::Text(">"));
                    tasks.push(Task::Value(*receiver, child));
                    output.push_str(&format!("<bound method {name} of "));
                }
            },
            Object::Cell(_) => output.push_str(&format!("<cell at {address}>")),
            Object::Iterator(iterator) => output.push_str(&format!(
                "<{} object at {address}>",
                self.iterator_type_name(iterator)
            )),
            Object::DictView { dict, kind } => {
                let entries: Vec<(Value, Value)> = match self.object(*dict) {
                    Object::Dict(dict) => {
                        dict.iter().map(|entry| (entry.key, entry.value)).collect()
                    }
                    _ => Vec::new(),
                };
                tasks.push(Task::Text("])"));
                for (position, (key, item)) in entries.iter().enumerate().rev() {
                    match kind {
                        DictViewKind::Keys => tasks.push(Task::Value(*key, child)),
                        DictViewKind::Values => tasks.push(Task::Value(*item, child)),
                        DictViewKind::Items => {
                            tasks.push(Task::Text(")"));
                            tasks.push(Task::Value(*item, child));
                            tasks.push(Task::Text(", "));
                            tasks.push(Task::Value(*key, child));
                            tasks.push(Task::Text("("));
                        }
                    }
                    if position > 0 {
                        tasks.push(Task::Text(", "));
                    }
                }
                output.push_str(dict_view_name(*kind));
                output.push_str("([");
            }
            Object::Generator(generator) => output.push_str(&format!(
                "<generator object {} at {address}>",
                generator.name
            )),
            Object::Class(_)
            | Object::Instance(_)
            | Object::StaticMethod(_)
            | Object::ClassMethod(_)
            | Object::Property(_)
            | Object::Super { .. } => output.push_str(&self.default_repr(value)),
            Object::Exception(exception) => {
                let name = self.type_name(value);
                if exception.args.len() == 1 {
                    tasks.push(Task::Text(")"));
                    tasks.push(Task::Value(exception.args[0], child));
                    tasks.push(Task::Owned(format!("{name}(")));
                } else {
                    push_sequence(tasks, "(", &exception.args, ")", child);
                    tasks.push(Task::Owned(name.to_owned()));
                }
            }
        }
        Ok(())
    }
}

/// Pushes the tasks that write `open`, the items separated by `, `, and `close`.
fn push_sequence(
    tasks: &mut Vec<Task>,
    open: &'static str,
    items: &[Value],
    close: &'static str,
    depth: usize,
) {
    tasks.push(Task::Text(close));
    for (position, item) in items.iter().enumerate().rev() {
        tasks.push(Task::Value(*item, depth));
        if position > 0 {
            tasks.push(Task::Text(", "));
        }
    }
    tasks.push(Task::Text(open));
}

/// The repr of None, a bool, an int or a float (the values `str()` and
/// f-strings meet most), written at once; `None` for other values.
pub(crate) fn scalar_repr(value: Value) -> Option<CompactString> {
    match value {
        Value::None => Some(CompactString::const_new("None")),
        Value::Bool(flag) => Some(CompactString::const_new(if flag {
            "True"
        } else {
            "False"
        })),
        // An int has at most 20 characters: its text is kept inside the str.
        Value::Int(number) => Some(CompactString::from(itoa::Buffer::new().format(number))),
        Value::Float(number) => Some(CompactString::from(float_repr(number))),
        _ => None,
    }
}
