//! CPython's conversions between numbers and text.
//!
//! Pure functions the VM calls, with no interpreter types: `repr(float)`
//! ([`float_repr`]), the format mini-language of `format()`, f-strings and
//! `str.format` ([`parse_format_spec`], [`format_int`], [`format_float`],
//! [`format_str`]), `round()` of a float ([`round_float`],
//! [`round_half_even_to_int`]), `int(str, base)` and `str(int)`
//! ([`parse_int_literal_text`], [`int_to_decimal_text`]), `float(str)`
//! ([`parse_float_text`]) and `repr(str)` ([`python_string_repr`]).
//!
//! Each follows the CPython 3.11 C function it names, and the tests compare them
//! with what `python3` prints (`tests/data/python-text/`).
//!
//! - **Exact.** Decimal digits of a double come from its exact value (a dyadic
//!   rational) with big integers, rounded half to even, as David Gay's `dtoa` in
//!   CPython does; only the shortest `repr` digits come from Rust's `{:e}`, which
//!   computes the same shortest round-tripping digits.
//! - **Bounded.** Work is proportional to the input and the output. The `format_*`
//!   functions take a `max_output_length` (in characters) and refuse a longer
//!   result with [`FormatSpecError::TooLarge`], which the VM raises as
//!   `MemoryError`; the length is known before anything is built, so
//!   `f"{x:1000000000}"` allocates nothing. Integers of more than 4300 decimal
//!   digits are refused as CPython refuses them.
//! - **Errors are kinds.** Each error type has `python_type()` (the exception) and
//!   `cpython_message()` (CPython's English message).
//!
//! Known gaps: a lone surrogate (`format(0xD800, 'c')`) cannot be held in a Rust
//! string and is an error here; `n` formats as in the C locale (no separators);
//! the Unicode tables are CPython 3.11's (Unicode 14.0.0).

mod decimal_digits;
mod float_format;
mod float_parse;
mod float_text;
mod format_error;
mod format_spec;
mod int_format;
mod int_text;
mod number_layout;
mod rounding;
mod str_format;
mod string_repr;
mod unicode_properties;
mod unicode_tables;

pub use float_format::format_float;
pub use float_parse::{parse_float_text, FloatParseError};
pub use float_text::float_repr;
pub use format_error::FormatSpecError;
pub use format_spec::{parse_format_spec, FormatAlign, FormatGrouping, FormatSign, FormatSpec};
pub use int_format::format_int;
pub use int_text::{
    decimal_digit_count, exceeds_int_max_str_digits, int_to_decimal_text, parse_int_literal_text,
    IntParseError, IntTextError, INT_MAX_STR_DIGITS,
};
pub use rounding::{round_float, round_half_even_to_int, RoundOverflowError};
pub use str_format::format_str;
pub use string_repr::{python_string_repr, python_string_repr_prefix};
pub use unicode_properties::{char_decimal_value, char_is_printable, char_is_space};
