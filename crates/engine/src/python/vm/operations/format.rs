//! `format(value, spec)`, as f-strings and `format()` use it: ints (and
//! bools), floats and strs through CPython's format mini-language in
//! [`crate::python::text`]; other types take only the empty spec.

use super::super::super::text::{
    format_float, format_int, format_str, parse_format_spec, FormatSpecError,
};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;
use super::equality::{numeric_of, Numeric};
use super::type_from_name;

/// The Python error of a format spec error.
fn format_error(error: FormatSpecError) -> PythonError {
    match error {
        FormatSpecError::TooLarge { .. } => PythonError::memory_error(),
        other => PythonError::new(type_from_name(other.python_type()), other.cpython_message()),
    }
}

impl Vm {
    /// `format(value, spec)` (f-strings and `format`).
    pub(crate) fn format_value(&mut self, value: Value, spec: &str) -> PythonResult<String> {
        if spec.is_empty() {
            return self.str_of(value);
        }
        let type_name = self.type_name(value);
        let parsed = parse_format_spec(spec)
            .map_err(|error| format_error(error.with_type_name(type_name)))?;
        let limit = self.maximum_text_length();
        self.charge(parsed.width.unwrap_or(0) / 64 + parsed.precision.unwrap_or(0) / 64 + 1)?;
        let result = match numeric_of(&self.heap, value) {
            Some(Numeric::Float(float)) => format_float(float, &parsed, limit),
            Some(Numeric::Small(small)) => {
                format_int(&num_bigint::BigInt::from(small), &parsed, limit)
            }
            Some(Numeric::Big(big)) => {
                let big = big.clone();
                self.charge(big.bits() / 64)?;
                format_int(&big, &parsed, limit)
            }
            None => match value {
                Value::Object(reference) => match self.object(reference) {
                    Object::Str(text) => {
                        let text = text.text.clone();
                        format_str(&text, &parsed, limit)
                    }
                    _ => return Err(unsupported_format(type_name)),
                },
                _ => return Err(unsupported_format(type_name)),
            },
        };
        let text = result.map_err(|error| format_error(error.with_type_name(type_name)))?;
        self.heap.reserve(text.len())?;
        Ok(text)
    }
}

/// `TypeError: unsupported format string passed to list.__format__`.
fn unsupported_format(type_name: &str) -> PythonError {
    PythonError::type_error(format!(
        "unsupported format string passed to {type_name}.__format__"
    ))
}
