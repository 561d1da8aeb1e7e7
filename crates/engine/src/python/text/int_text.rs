//! Integers and text: CPython's `int(str, base)` and `str(int)`, with the 4300-digit limit.
//!
//! CPython refuses to convert between text and integers of more than 4300 decimal
//! digits (`sys.get_int_max_str_digits()`), because the conversion takes quadratic
//! time; bases that are powers of two are not limited. This interpreter keeps the
//! default limit and has no `sys.set_int_max_str_digits`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::string_repr::python_string_repr_prefix;
use super::unicode_properties::decimal_and_space_to_ascii;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: u64 = 4300;

/// CPython's message when `str(int)` would exceed the limit.
pub(crate) const TO_STR_LIMIT_MESSAGE: &str = "Exceeds the limit (4300 digits) for integer string \
    conversion; use sys.set_int_max_str_digits() to increase the limit";

/// Why `int(text, base)` fails. All are `ValueError`s.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// The text is not an integer in the base.
    InvalidLiteral {
        /// The base as the caller gave it (0 included).
        base: u32,
        /// The text's repr as CPython quotes it: at most 200 characters.
        text_repr: String,
    },
    /// More than 4300 digits in a base that is not a power of two.
    ExceedsDigitLimit {
        /// How many digits the text has.
        digit_count: u64,
    },
    /// A base other than 0 and 2 to 36.
    InvalidBase,
}

impl IntParseError {
    /// The Python exception type CPython raises.
    pub fn python_type(&self) -> &'static str {
        "ValueError"
    }

    /// CPython 3.11's message.
    pub fn cpython_message(&self) -> String {
        match self {
            IntParseError::InvalidLiteral { base, text_repr } => {
                format!("invalid literal for int() with base {base}: {text_repr}")
            }
            IntParseError::ExceedsDigitLimit { digit_count } => format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string \
                 conversion: value has {digit_count} digits; use \
                 sys.set_int_max_str_digits() to increase the limit"
            ),
            IntParseError::InvalidBase => "int() base must be >= 2 and <= 36, or 0".to_owned(),
        }
    }
}

/// Why `str(int)` fails: the integer has more than 4300 decimal digits (a `ValueError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntTextError {
    /// More than [`INT_MAX_STR_DIGITS`] decimal digits.
    ExceedsDigitLimit,
}

impl IntTextError {
    /// The Python exception type CPython raises.
    pub fn python_type(&self) -> &'static str {
        "ValueError"
    }

    /// CPython 3.11's message.
    pub fn cpython_message(&self) -> String {
        TO_STR_LIMIT_MESSAGE.to_owned()
    }
}

/// CPython's `int(text, base)` for a string.
///
/// Whitespace (any Unicode space) around, a sign, underscores only between digits
/// (and once after a prefix), decimal digits of any script. Base 0 reads the prefix
/// (`0x`, `0o`, `0b`, else decimal, where a nonzero number may not start with 0); a
/// prefix matching the base is allowed (`int('0x1f', 16)`).
pub fn parse_int_literal_text(text: &str, base: u32) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::InvalidBase);
    }
    let invalid = || IntParseError::InvalidLiteral {
        base,
        text_repr: python_string_repr_prefix(text, 200),
    };
    let bytes = decimal_and_space_to_ascii(text);
    let at = |position: usize| bytes.get(position).copied().unwrap_or(0);
    let mut position = 0;
    while is_ascii_space(at(position)) {
        position += 1;
    }
    let mut negative = false;
    if at(position) == b'+' || at(position) == b'-' {
        negative = at(position) == b'-';
        position += 1;
    }
    let mut base = base;
    let mut must_be_zero = false;
    if base == 0 {
        base = match (at(position), at(position + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                must_be_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if at(position) == b'0' && prefix != 0 && at(position + 1).to_ascii_lowercase() == prefix {
        position += 2;
        if at(position) == b'_' {
            position += 1;
        }
    }
    if at(position) == b'_' {
        return Err(invalid());
    }
    let mut digit_values = Vec::new();
    let mut previous_was_underscore = false;
    loop {
        let byte = at(position);
        if byte == b'_' {
            if previous_was_underscore {
                return Err(invalid());
            }
            previous_was_underscore = true;
        } else if let Some(value) = digit_value(byte).filter(|value| u32::from(*value) < base) {
            digit_values.push(value);
            previous_was_underscore = false;
        } else {
            break;
        }
        position += 1;
    }
    if previous_was_underscore {
        return Err(invalid());
    }
    let digit_count = digit_values.len() as u64;
    if !base.is_power_of_two() && digit_count > INT_MAX_STR_DIGITS {
        return Err(IntParseError::ExceedsDigitLimit { digit_count });
    }
    if digit_values.is_empty() {
        return Err(invalid());
    }
    let magnitude = BigUint::from_radix_be(&digit_values, base).ok_or_else(invalid)?;
    if must_be_zero && !magnitude.is_zero() {
        return Err(invalid());
    }
    while is_ascii_space(at(position)) {
        position += 1;
    }
    if position != bytes.len() {
        return Err(invalid());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// CPython's `str(int)`: decimal digits with a '-' when negative, refused beyond
/// 4300 digits (checked before any digit is computed).
pub fn int_to_decimal_text(value: &BigInt) -> Result<String, IntTextError> {
    if exceeds_int_max_str_digits(value) {
        return Err(IntTextError::ExceedsDigitLimit);
    }
    Ok(value.to_string())
}

/// Whether `abs(value)` has more than 4300 decimal digits, so that `str()` refuses it.
/// Cheap: the bit length decides, except in a narrow band where one comparison does.
pub fn exceeds_int_max_str_digits(value: &BigInt) -> bool {
    // 2**14284 < 10**4300 <= 2**14285.
    const BITS_BELOW_LIMIT: u64 = 14284;
    let bits = value.bits();
    if bits <= BITS_BELOW_LIMIT {
        return false;
    }
    if bits > BITS_BELOW_LIMIT + 1 {
        return true;
    }
    value.magnitude() >= &BigUint::from(10u32).pow(INT_MAX_STR_DIGITS as u32)
}

/// How many decimal digits `abs(value)` has (1 for zero), without converting it:
/// an estimate from the bit length, made exact by comparing with powers of ten.
pub fn decimal_digit_count(value: &BigInt) -> u64 {
    let magnitude = value.magnitude();
    if let Some(small) = magnitude.to_u64() {
        return u64::from(small.checked_ilog10().unwrap_or(0)) + 1;
    }
    let bits = value.bits();
    let mut count = ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
    let power_of_ten = |exponent: u64| BigUint::from(10u32).pow(exponent as u32);
    while count > 1 && magnitude < &power_of_ten(count - 1) {
        count -= 1;
    }
    while magnitude >= &power_of_ten(count) {
        count += 1;
    }
    count
}

/// `Py_ISSPACE`: the ASCII whitespace CPython skips around numbers.
pub(crate) fn is_ascii_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// A digit's value in bases up to 36: '0'-'9', then 'a'-'z' or 'A'-'Z'.
fn digit_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'z' => Some(byte - b'a' + 10),
        b'A'..=b'Z' => Some(byte - b'A' + 10),
        _ => None,
    }
}
