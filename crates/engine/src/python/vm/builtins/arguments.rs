//! Argument checking for the builtins: counts, keywords and types, with
//! CPython's messages, and the conversion of the pure building blocks'
//! errors (numbers, strings, random, text) into [`PythonError`]s.

use super::super::super::builtins::numbers::{int_to_float, Int, NumericError};
use super::super::super::builtins::random::RandomError;
use super::super::super::builtins::strings::StrMethodError;
use super::super::call::Arguments;
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;

/// An error of the exception class called `type_name` (as the building
/// blocks name it) with `message`; `MemoryError` stays message-less.
pub(super) fn error_of_type(type_name: &str, message: String) -> PythonError {
    let type_id = TypeId::from_builtin_name(type_name).unwrap_or(TypeId::ValueError);
    if type_id == TypeId::MemoryError {
        return PythonError::memory_error();
    }
    PythonError::new(type_id, message)
}

/// The error of a numeric building block.
pub(super) fn numeric_error(error: NumericError) -> PythonError {
    let message = error.cpython_message();
    let is_domain = message == "math domain error";
    let error = error_of_type(error.python_type(), message);
    if is_domain {
        return error.explained(Explanation::new("python-builtins-math-domain"));
    }
    error
}

/// The error of a `str` method building block.
pub(super) fn str_method_error(error: StrMethodError) -> PythonError {
    error_of_type(error.python_type(), error.cpython_message().to_owned())
}

/// The error of a `random` building block.
pub(super) fn random_error(error: RandomError) -> PythonError {
    error_of_type(error.python_type(), error.cpython_message())
}

/// CPython's message for a wrong number of arguments, with the builtins'
/// explanation. `name` is how CPython names the callable (`len`, `list.append`).
pub(super) fn argument_count_error(
    name: &str,
    minimum: usize,
    maximum: usize,
    given: usize,
) -> PythonError {
    let plural = |count: usize| if count == 1 { "" } else { "s" };
    let message = if minimum == maximum && maximum == 0 {
        format!("{name}() takes no arguments ({given} given)")
    } else if minimum == maximum && maximum == 1 {
        format!("{name}() takes exactly one argument ({given} given)")
    } else if minimum == maximum {
        format!(
            "{name} expected {minimum} argument{}, got {given}",
            plural(minimum)
        )
    } else if given < minimum {
        format!(
            "{name} expected at least {minimum} argument{}, got {given}",
            plural(minimum)
        )
    } else {
        format!(
            "{name} expected at most {maximum} argument{}, got {given}",
            plural(maximum)
        )
    };
    PythonError::type_error(message).explained(
        Explanation::new("python-builtins-argument-count")
            .with("name", name)
            .with("given", given.to_string()),
    )
}

/// Checks that a call has between `minimum` and `maximum` positional
/// arguments and no keywords; gives the positional arguments.
pub(super) fn positional<'a>(
    name: &str,
    arguments: &'a Arguments,
    minimum: usize,
    maximum: usize,
) -> PythonResult<&'a [Value]> {
    if !arguments.keywords.is_empty() {
        return Err(PythonError::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let given = arguments.positional.len();
    if given < minimum || given > maximum {
        return Err(argument_count_error(name, minimum, maximum, given));
    }
    Ok(&arguments.positional)
}

/// The keyword arguments named in `allowed`, in that order (`None` when not
/// given); any other keyword is CPython's TypeError.
pub(super) fn keywords(
    name: &str,
    arguments: &Arguments,
    allowed: &[&str],
) -> PythonResult<Vec<Option<Value>>> {
    let mut found = vec![None; allowed.len()];
    for (keyword, value) in &arguments.keywords {
        match allowed.iter().position(|candidate| candidate == keyword) {
            Some(index) => found[index] = Some(*value),
            None => {
                return Err(PythonError::type_error(format!(
                    "'{keyword}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(found)
}

/// Positional argument `index`, or the keyword `keyword`, or `None`.
pub(super) fn argument_or_keyword(
    arguments: &Arguments,
    index: usize,
    keyword: &str,
) -> Option<Value> {
    arguments.positional.get(index).copied().or_else(|| {
        arguments
            .keywords
            .iter()
            .find(|(name, _)| name == keyword)
            .map(|(_, value)| *value)
    })
}

/// Checks that every keyword is one of `allowed` (CPython's message for
/// functions defined with named parameters).
pub(super) fn check_keyword_names(
    name: &str,
    arguments: &Arguments,
    allowed: &[&str],
) -> PythonResult<()> {
    for (keyword, _) in &arguments.keywords {
        if !allowed.contains(&keyword.as_str()) {
            return Err(PythonError::type_error(format!(
                "{name}() got an unexpected keyword argument '{keyword}'"
            )));
        }
    }
    Ok(())
}

impl Vm {
    /// An int argument as an `i64` (`'float' object cannot be interpreted as an integer`).
    pub(super) fn index_argument(&self, value: Value) -> PythonResult<i64> {
        match value {
            Value::Int(number) => Ok(number),
            Value::Bool(flag) => Ok(i64::from(flag)),
            _ => match self.int_of(value) {
                Some(_) => Err(PythonError::new(
                    TypeId::OverflowError,
                    "Python int too large to convert to C ssize_t",
                )),
                None => Err(PythonError::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(value)
                ))),
            },
        }
    }

    /// An int argument of any size.
    pub(super) fn int_argument(&self, value: Value) -> PythonResult<Int> {
        self.int_of(value).ok_or_else(|| {
            PythonError::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(value)
            ))
        })
    }

    /// A number argument as a float (`must be real number, not str`).
    pub(super) fn float_argument(&self, value: Value) -> PythonResult<f64> {
        match value {
            Value::Float(number) => Ok(number),
            Value::Int(number) => Ok(number as f64),
            Value::Bool(flag) => Ok(f64::from(u8::from(flag))),
            _ => match self.int_of(value) {
                Some(int) => int_to_float(&int).map_err(numeric_error),
                None => Err(PythonError::type_error(format!(
                    "must be real number, not {}",
                    self.type_name(value)
                ))),
            },
        }
    }

    /// A str argument's text; `describe` words the TypeError from the type name.
    pub(super) fn str_argument(
        &self,
        value: Value,
        describe: impl FnOnce(&str) -> String,
    ) -> PythonResult<String> {
        match self.str_text(value) {
            Some(text) => Ok(text.to_owned()),
            None => Err(PythonError::type_error(describe(self.type_name(value)))),
        }
    }

    /// The list object a value refers to, if it is a list.
    pub(super) fn list_reference(&self, value: Value) -> Option<ObjectRef> {
        let reference = value.object()?;
        matches!(self.object(reference), Object::List(_)).then_some(reference)
    }

    /// A copy of the items of a list or tuple value.
    pub(super) fn sequence_items(&self, value: Value) -> Option<Vec<Value>> {
        match self.object(value.object()?) {
            Object::List(items) => Some(items.clone()),
            Object::Tuple(items) => Some(items.to_vec()),
            _ => None,
        }
    }

    /// The receiver of a method of `type_id` (positional argument 0), checked:
    /// `descriptor 'upper' for 'str' objects doesn't apply to a 'int' object`.
    pub(super) fn receiver(
        &self,
        type_id: TypeId,
        method: &str,
        arguments: &Arguments,
    ) -> PythonResult<Value> {
        let type_name = type_id.name();
        let Some(receiver) = arguments.positional.first().copied() else {
            return Err(PythonError::type_error(format!(
                "unbound method {type_name}.{method}() needs an argument"
            )));
        };
        let actual = self.type_of(receiver);
        let matches = actual == type_id
            || (type_id == TypeId::Set && actual == TypeId::FrozenSet)
            || (type_id == TypeId::Int && actual == TypeId::Bool)
            || (type_id == TypeId::Dict && actual.is_subtype_of(TypeId::Dict));
        if !matches {
            return Err(PythonError::type_error(format!(
                "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
                self.type_name(receiver)
            )));
        }
        Ok(receiver)
    }
}
