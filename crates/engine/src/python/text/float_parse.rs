//! CPython's `float(str)`: decimal text, `inf`, `infinity` and `nan`, with underscores.

use super::int_text::is_ascii_space;
use super::string_repr::python_string_repr;
use super::unicode_properties::decimal_and_space_to_ascii;

/// Why `float(text)` fails: "could not convert string to float: 'abc'" (a `ValueError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FloatParseError {
    /// The whole text's repr, as CPython quotes it.
    pub text_repr: String,
}

impl FloatParseError {
    /// The Python exception type CPython raises.
    pub fn python_type(&self) -> &'static str {
        "ValueError"
    }

    /// CPython 3.11's message.
    pub fn cpython_message(&self) -> String {
        format!("could not convert string to float: {}", self.text_repr)
    }
}

/// CPython's `float(text)` for a string.
///
/// Whitespace (any Unicode space) around; a sign; digits with an optional point and
/// exponent (`1.`, `.5`, `1e-3`), digits of any script, underscores only between
/// digits; `inf`, `infinity`, `nan` in any case. Too large gives an infinity and too
/// small a zero, as in CPython. The result is correctly rounded.
pub fn parse_float_text(text: &str) -> Result<f64, FloatParseError> {
    let invalid = || FloatParseError {
        text_repr: python_string_repr(text),
    };
    let ascii = decimal_and_space_to_ascii(text);
    let without_underscores = remove_underscores(&ascii).ok_or_else(invalid)?;
    let mut start = 0;
    let mut end = without_underscores.len();
    while start < end
        && without_underscores
            .get(start)
            .copied()
            .is_some_and(is_ascii_space)
    {
        start += 1;
    }
    while end > start
        && without_underscores
            .get(end - 1)
            .copied()
            .is_some_and(is_ascii_space)
    {
        end -= 1;
    }
    let number = without_underscores.get(start..end).ok_or_else(invalid)?;
    if let Some(special) = special_value(number) {
        return Ok(special);
    }
    if !is_decimal_number(number) {
        return Err(invalid());
    }
    std::str::from_utf8(number)
        .ok()
        .and_then(|number| number.parse::<f64>().ok())
        .ok_or_else(invalid)
}

/// CPython's `_Py_string_to_number_with_underscores`: each underscore must sit between
/// two ASCII digits; `None` when one does not. The text without them otherwise.
fn remove_underscores(ascii: &[u8]) -> Option<Vec<u8>> {
    let mut kept = Vec::with_capacity(ascii.len());
    let mut previous = 0u8;
    for &byte in ascii {
        if byte == b'_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == b'_' && !byte.is_ascii_digit() {
                return None;
            }
            kept.push(byte);
        }
        previous = byte;
    }
    (previous != b'_').then_some(kept)
}

/// `inf`, `infinity` or `nan` in any case, with an optional sign (`_Py_parse_inf_or_nan`).
fn special_value(number: &[u8]) -> Option<f64> {
    let (negative, word) = match number.first() {
        Some(b'-') => (true, number.get(1..)?),
        Some(b'+') => (false, number.get(1..)?),
        _ => (false, number),
    };
    let word = word.to_ascii_lowercase();
    let magnitude = match word.as_slice() {
        b"inf" | b"infinity" => f64::INFINITY,
        b"nan" => f64::NAN,
        _ => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// The grammar of Gay's `strtod` as CPython uses it, over the whole text:
/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`.
fn is_decimal_number(number: &[u8]) -> bool {
    let mut position = 0;
    let at = |position: usize| number.get(position).copied().unwrap_or(0);
    let count_digits = |mut position: usize| {
        let start = position;
        while at(position).is_ascii_digit() {
            position += 1;
        }
        position - start
    };
    if at(position) == b'+' || at(position) == b'-' {
        position += 1;
    }
    let integer_digits = count_digits(position);
    position += integer_digits;
    let mut fraction_digits = 0;
    if at(position) == b'.' {
        fraction_digits = count_digits(position + 1);
        position += 1 + fraction_digits;
    }
    if integer_digits + fraction_digits == 0 {
        return false;
    }
    if at(position) == b'e' || at(position) == b'E' {
        let mut exponent_start = position + 1;
        if at(exponent_start) == b'+' || at(exponent_start) == b'-' {
            exponent_start += 1;
        }
        let exponent_digits = count_digits(exponent_start);
        if exponent_digits == 0 {
            return false;
        }
        position = exponent_start + exponent_digits;
    }
    position == number.len()
}
