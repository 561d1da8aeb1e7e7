//! Calling a builtin type: `int("5")`, `float(x)`, `str(x)`, `list(x)`,
//! `dict(pairs, **kw)`, `range(1, 10, 2)`, `type(x)`, `ValueError("m")`...
//!
//! A container built from a generator goes through the prelude's
//! `__call_drained` (the generator runs as Python code first).

use super::super::super::builtins::numbers::{float_to_int, int_to_float, Int};
use super::super::super::text::{parse_float_text, parse_int_literal_text};
use super::super::call::{Arguments, CallOutcome, PreludeFunction};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::{ExceptionObject, Object, RangeObject, SliceObject};
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::{argument_count_error, error_of_type, keywords, numeric_error, positional};
use super::iteration::prelude;

impl Vm {
    /// Calls a builtin type: `int("5")`, `list(x)`, `ValueError("message")`.
    pub(crate) fn call_type(
        &mut self,
        type_id: TypeId,
        arguments: Arguments,
    ) -> PythonResult<CallOutcome> {
        self.charge(1)?;
        let name = type_id.name();
        if type_id.is_exception() {
            if !arguments.keywords.is_empty() {
                return Err(PythonError::type_error(format!(
                    "{name}() takes no keyword arguments"
                )));
            }
            let exception = self.allocate(Object::Exception(Box::new(ExceptionObject {
                type_id,
                args: arguments.positional,
                traceback: Vec::new(),
                context: None,
                cause: None,
                explanation: None,
                class: None,
                attributes: Vec::new(),
            })))?;
            return Ok(CallOutcome::Return(exception));
        }
        if let Some(value) = self.call_class_type(type_id, &arguments)? {
            return Ok(CallOutcome::Return(value));
        }
        if type_id == TypeId::Turtle {
            return Ok(CallOutcome::Return(self.new_turtle(&arguments)?));
        }
        let value = match type_id {
            TypeId::Type => {
                let values = &arguments.positional;
                match values.len() {
                    1 if arguments.keywords.is_empty() => self.class_of(values[0]),
                    3 => return Err(PythonError::not_supported("type(name, bases, dict)")),
                    _ => return Err(PythonError::type_error("type() takes 1 or 3 arguments")),
                }
            }
            TypeId::Int => self.construct_int(&arguments)?,
            TypeId::Float => {
                let values = positional("float", &arguments, 0, 1)?;
                match values.first() {
                    None => Value::Float(0.0),
                    Some(value) => self.float_of(*value)?,
                }
            }
            TypeId::Str => {
                let options = keywords("str", &arguments, &["object", "encoding", "errors"])?;
                if options[1].is_some() || options[2].is_some() || arguments.positional.len() > 1 {
                    if arguments.positional.len() > 3 {
                        return Err(PythonError::type_error(format!(
                            "str() takes at most 3 arguments ({} given)",
                            arguments.positional.len()
                        )));
                    }
                    return Err(PythonError::not_supported("str(bytes, encoding)"));
                }
                match arguments.positional.first().copied().or(options[0]) {
                    None => self.new_str(String::new())?,
                    Some(value) if self.type_of(value) == TypeId::Str => value,
                    Some(value) => {
                        let text = self.str_of(value)?;
                        self.new_str(text)?
                    }
                }
            }
            TypeId::Bool => {
                let values = positional("bool", &arguments, 0, 1)?;
                match values.first() {
                    Some(value) => Value::Bool(self.truth(*value)?),
                    None => Value::Bool(false),
                }
            }
            TypeId::List | TypeId::Tuple | TypeId::Set | TypeId::FrozenSet => {
                let values = positional(name, &arguments, 0, 1)?;
                let Some(&iterable) = values.first() else {
                    return Ok(CallOutcome::Return(
                        self.new_container(type_id, Vec::new())?,
                    ));
                };
                if !self.is_natively_iterable(iterable) {
                    return Ok(prelude(
                        PreludeFunction::CallDrained,
                        vec![Value::Type(type_id), iterable],
                    ));
                }
                if self.type_of(iterable) == type_id
                    && matches!(type_id, TypeId::Tuple | TypeId::FrozenSet)
                {
                    return Ok(CallOutcome::Return(iterable));
                }
                let items = self.collect_items(iterable)?;
                self.charge(items.len() as u64)?;
                self.new_container(type_id, items)?
            }
            TypeId::Dict => {
                if arguments.positional.len() > 1 {
                    return Err(PythonError::type_error(format!(
                        "dict expected at most 1 argument, got {}",
                        arguments.positional.len()
                    )));
                }
                if let Some(&source) = arguments.positional.first() {
                    if !self.is_natively_iterable(source) {
                        return Ok(prelude(
                            PreludeFunction::CallDrained,
                            vec![Value::Type(type_id), source],
                        ));
                    }
                }
                let dict = self.allocate(Object::Dict(Box::new(
                    super::super::dict::DictObject::new(),
                )))?;
                if let Some(&source) = arguments.positional.first() {
                    self.dict_update_from(dict, source)?;
                }
                for (key, value) in &arguments.keywords {
                    let key = self.new_str(key.clone())?;
                    if let Some(reference) = dict.object() {
                        self.dict_set(reference, key, *value)?;
                    }
                }
                dict
            }
            TypeId::Counter => return self.construct_counter(&arguments),
            TypeId::Deque => return self.construct_deque(&arguments),
            TypeId::DefaultDict => return self.construct_defaultdict(&arguments),
            TypeId::Range => self.construct_range(&arguments)?,
            TypeId::Slice => {
                let values = positional("slice", &arguments, 1, 3)?;
                let (start, stop, step) = match values {
                    [stop] => (Value::None, *stop, Value::None),
                    [start, stop] => (*start, *stop, Value::None),
                    _ => (values[0], values[1], values[2]),
                };
                self.allocate(Object::Slice(Box::new(SliceObject { start, stop, step })))?
            }
            TypeId::Object => return Err(PythonError::not_supported("object()")),
            _ => {
                return Err(PythonError::type_error(format!(
                    "cannot create '{name}' instances"
                )));
            }
        };
        Ok(CallOutcome::Return(value))
    }

    /// A new list, tuple, set or frozenset of `items`.
    pub(super) fn new_container(
        &mut self,
        type_id: TypeId,
        items: Vec<Value>,
    ) -> PythonResult<Value> {
        match type_id {
            TypeId::List => self.new_list(items),
            TypeId::Tuple => self.new_tuple(items),
            _ => self.new_set_of(items, type_id == TypeId::FrozenSet),
        }
    }

    /// `int(x)` and `int(text, base)`.
    fn construct_int(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        let options = keywords("int", arguments, &["base"])?;
        let count = arguments.positional.len();
        if count > 2 || (count == 2 && options[0].is_some()) {
            return Err(PythonError::type_error(format!(
                "int() takes at most 2 arguments ({} given)",
                count + arguments.keywords.len()
            )));
        }
        let base = arguments.positional.get(1).copied().or(options[0]);
        let Some(value) = arguments.positional.first().copied() else {
            if base.is_some() {
                return Err(PythonError::type_error("int() missing string argument"));
            }
            return Ok(Value::Int(0));
        };
        if let Some(base) = base {
            let base = self.index_argument(base)?;
            let Some(text) = self.str_text(value) else {
                return Err(PythonError::type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            let base = u32::try_from(base)
                .ok()
                .filter(|base| *base == 0 || (2..=36).contains(base));
            let Some(base) = base else {
                return Err(PythonError::value_error(
                    "int() base must be >= 2 and <= 36, or 0",
                ));
            };
            let text = text.to_owned();
            return self.int_from_text(&text, base);
        }
        match value {
            Value::Int(_) => Ok(value),
            Value::Bool(flag) => Ok(Value::Int(i64::from(flag))),
            Value::Float(number) => {
                let int = float_to_int(number).map_err(numeric_error)?;
                self.new_int(int)
            }
            _ => {
                if let Some(text) = self.str_text(value) {
                    let text = text.to_owned();
                    return self.int_from_text(&text, 10);
                }
                if self.int_of(value).is_some() {
                    return Ok(value);
                }
                Err(PythonError::type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    self.type_name(value)
                )))
            }
        }
    }

    /// `int(text, base)` for a str.
    fn int_from_text(&mut self, text: &str, base: u32) -> PythonResult<Value> {
        self.charge(text.len() as u64 / 8 + 1)?;
        if base == 10 {
            if let Some(number) = plain_decimal_int(text) {
                return Ok(Value::Int(number));
            }
        }
        match parse_int_literal_text(text, base) {
            Ok(number) => self.new_int(Int::from_big(number)),
            Err(error) => Err(error_of_type(error.python_type(), error.cpython_message())
                .explained(
                    Explanation::new("python-builtins-invalid-int-literal")
                        .with("text", text.chars().take(60).collect::<String>()),
                )),
        }
    }

    /// `float(value)`.
    pub(super) fn float_of(&mut self, value: Value) -> PythonResult<Value> {
        match value {
            Value::Float(_) => Ok(value),
            Value::Int(number) => Ok(Value::Float(number as f64)),
            Value::Bool(flag) => Ok(Value::Float(f64::from(u8::from(flag)))),
            _ => {
                if let Some(text) = self.str_text(value) {
                    let text = text.to_owned();
                    self.charge(text.len() as u64 / 8 + 1)?;
                    return match parse_float_text(&text) {
                        Ok(number) => Ok(Value::Float(number)),
                        Err(error) => {
                            let shown = text.chars().take(60).collect::<String>();
                            Err(error_of_type(error.python_type(), error.cpython_message())
                                .explained(
                                    Explanation::new("python-builtins-invalid-float-literal")
                                        .with("text", shown),
                                ))
                        }
                    };
                }
                if let Some(int) = self.int_of(value) {
                    return int_to_float(&int).map(Value::Float).map_err(numeric_error);
                }
                Err(PythonError::type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    self.type_name(value)
                )))
            }
        }
    }

    /// `range(stop)`, `range(start, stop)`, `range(start, stop, step)`.
    fn construct_range(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        if !arguments.keywords.is_empty() {
            return Err(PythonError::type_error(
                "range() takes no keyword arguments",
            ));
        }
        let values = &arguments.positional;
        if values.is_empty() || values.len() > 3 {
            return Err(argument_count_error("range", 1, 3, values.len()));
        }
        let mut numbers = Vec::with_capacity(3);
        for value in values {
            numbers.push(self.index_argument(*value)?);
        }
        let (start, stop, step) = match numbers.as_slice() {
            [stop] => (0, *stop, 1),
            [start, stop] => (*start, *stop, 1),
            _ => (numbers[0], numbers[1], numbers[2]),
        };
        if step == 0 {
            return Err(PythonError::value_error("range() arg 3 must not be zero"));
        }
        self.allocate(Object::Range(RangeObject { start, stop, step }))
    }
}

/// The int of plain decimal digits that fit 64 bits (`int("7")`,
/// `int(line)`), which need no big-number parsing; `None` for any other text.
pub(crate) fn plain_decimal_int(text: &str) -> Option<i64> {
    if !(1..=18).contains(&text.len()) || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse::<i64>().ok()
}
