//! Doubles as text: CPython's `repr(float)` and its `PyOS_double_to_string`.
//!
//! `float_to_text` follows `format_float_short` in CPython's `pystrtod.c` step by
//! step, on digits from [`super::decimal_digits`], so `repr`, `str`, `format` and
//! f-strings agree with CPython character for character.

use super::decimal_digits::{fixed_digits, shortest_digits, significant_digits, DecimalDigits};

/// CPython's `repr()` (and `str()`) of a float.
///
/// The shortest digits that read back as the same double; scientific notation when
/// the decimal exponent is below -4 or at least 16 (`1e-05`, `1e+16`), else a plain
/// number with at least one digit after the point (`3.0`, `-0.0`); `inf`, `-inf`, `nan`.
pub fn float_repr(value: f64) -> String {
    let flags = FloatTextFlags {
        add_dot_zero: true,
        ..FloatTextFlags::default()
    };
    // A repr is at most 24 characters long, so no limit can be reached.
    float_to_text(value, FloatStyle::Shortest, flags, u64::MAX).unwrap_or_default()
}

/// How a double becomes digits: the letter CPython passes to `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum FloatStyle {
    /// `r`: the shortest round-tripping digits, scientific from 1e16 and below 1e-4.
    Shortest,
    /// `e`: this many digits after the point of a scientific number.
    Exponent(u32),
    /// `f`: this many digits after the point.
    Fixed(u32),
    /// `g`: this many significant digits, scientific when the exponent is out of range.
    General(u32),
}

/// The flags of `PyOS_double_to_string` (`Py_DTSF_*`) and the letter case. The sign
/// flag is left out: `format()` writes a '+' itself, around the padding.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct FloatTextFlags {
    /// `Py_DTSF_ADD_DOT_0`: integral values get ".0" (`repr`, format without type).
    pub add_dot_zero: bool,
    /// `Py_DTSF_ALT`: the `#` flag, keep the point and trailing zeros.
    pub alternate: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` flag, a negative number that rounds to zero loses its sign.
    pub no_negative_zero: bool,
    /// `E`, `F`, `G`: "E", "INF" and "NAN" in capitals.
    pub uppercase: bool,
}

/// The text of a double, or `None` when it would be longer than `max_length` characters.
///
/// The length is known before any character is written, so a precision of a billion
/// costs nothing: the digits are computed only as far as a double has any.
pub(crate) fn float_to_text(
    value: f64,
    style: FloatStyle,
    flags: FloatTextFlags,
    max_length: u64,
) -> Option<String> {
    if !value.is_finite() {
        return Some(non_finite_text(value, flags));
    }
    let (decimal, precision) = match style {
        FloatStyle::Shortest => (shortest_digits(value), 0),
        FloatStyle::Exponent(precision) => {
            let count = i64::from(precision) + 1;
            (
                significant_digits(value, precision.saturating_add(1)),
                count,
            )
        }
        FloatStyle::Fixed(precision) => {
            let precision = i64::from(precision);
            (fixed_digits(value, precision), precision)
        }
        FloatStyle::General(precision) => {
            let precision = precision.max(1);
            (significant_digits(value, precision), i64::from(precision))
        }
    };
    let DecimalDigits {
        digits,
        decimal_point,
    } = decimal;
    let digits_len = digits.len() as i64;
    let rounded_to_zero = digits.is_empty() || digits == b"0";
    let negative = value.is_sign_negative() && !(flags.no_negative_zero && rounded_to_zero);

    // Which slice of the digits, padded with zeros on both sides, is written.
    let mut decimal_point = decimal_point;
    let mut use_exponent = false;
    let mut vdigits_end = digits_len;
    match style {
        FloatStyle::Exponent(_) => {
            use_exponent = true;
            vdigits_end = precision;
        }
        FloatStyle::Fixed(_) => vdigits_end = decimal_point + precision,
        FloatStyle::General(_) => {
            let limit = if flags.add_dot_zero {
                precision - 1
            } else {
                precision
            };
            use_exponent = decimal_point <= -4 || decimal_point > limit;
            if flags.alternate {
                vdigits_end = precision;
            }
        }
        FloatStyle::Shortest => use_exponent = decimal_point <= -4 || decimal_point > 16,
    }
    let mut exponent = 0;
    if use_exponent {
        exponent = decimal_point - 1;
        decimal_point = 1;
    }
    let vdigits_start = if decimal_point <= 0 {
        decimal_point - 1
    } else {
        0
    };
    let least_end = if !use_exponent && flags.add_dot_zero {
        decimal_point + 1
    } else {
        decimal_point
    };
    vdigits_end = vdigits_end.max(least_end);

    let drops_point = decimal_point == vdigits_end && !flags.alternate;
    let exponent_len = if use_exponent {
        2 + exponent.unsigned_abs().to_string().len().max(2) as u64
    } else {
        0
    };
    let length = u64::from(negative)
        + (vdigits_end - vdigits_start) as u64
        + u64::from(!drops_point)
        + exponent_len;
    if length > max_length {
        return None;
    }

    let mut text = String::with_capacity(length as usize);
    if negative {
        text.push('-');
    }
    let push_zeros = |text: &mut String, count: i64| {
        text.extend(std::iter::repeat_n('0', count.max(0) as usize));
    };
    let digit_text = |range: std::ops::Range<i64>| -> String {
        let start = range.start.clamp(0, digits_len) as usize;
        let end = range.end.clamp(0, digits_len) as usize;
        digits
            .get(start..end)
            .map(|slice| String::from_utf8_lossy(slice).into_owned())
            .unwrap_or_default()
    };
    // Exactly one of the three places below writes the point.
    if decimal_point <= 0 {
        push_zeros(&mut text, decimal_point - vdigits_start);
        text.push('.');
        push_zeros(&mut text, -decimal_point);
    } else {
        push_zeros(&mut text, -vdigits_start);
    }
    if 0 < decimal_point && decimal_point <= digits_len {
        text.push_str(&digit_text(0..decimal_point));
        text.push('.');
        text.push_str(&digit_text(decimal_point..digits_len));
    } else {
        text.push_str(&digit_text(0..digits_len));
    }
    if digits_len < decimal_point {
        push_zeros(&mut text, decimal_point - digits_len);
        text.push('.');
        push_zeros(&mut text, vdigits_end - decimal_point);
    } else {
        push_zeros(&mut text, vdigits_end - digits_len);
    }
    if drops_point {
        text.pop();
    }
    if use_exponent {
        text.push(if flags.uppercase { 'E' } else { 'e' });
        text.push(if exponent < 0 { '-' } else { '+' });
        text.push_str(&format!("{:02}", exponent.unsigned_abs()));
    }
    Some(text)
}

/// `inf`, `-inf` or `nan` (a NaN's sign is ignored, as CPython does).
fn non_finite_text(value: f64, flags: FloatTextFlags) -> String {
    let mut text = String::new();
    if value.is_infinite() && value < 0.0 {
        text.push('-');
    }
    let word = match (value.is_nan(), flags.uppercase) {
        (true, false) => "nan",
        (true, true) => "NAN",
        (false, false) => "inf",
        (false, true) => "INF",
    };
    text.push_str(word);
    text
}
