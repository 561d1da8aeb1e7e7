//! `format()` of a float: types `e E f F g G n %` and none.

use super::float_text::{float_to_text, FloatStyle, FloatTextFlags};
use super::format_error::FormatSpecError;
use super::format_spec::{FormatAlign, FormatGrouping, FormatSpec};
use super::number_layout::{lay_out_number, NumberLayout, NumberPieces};

/// CPython's `format(value, spec)` for a `float`.
///
/// `f` and `F` fix the digits after the point (6 by default), `e` and `E` write
/// scientific notation, `g`, `G` and `n` keep significant digits and drop trailing
/// zeros, `%` multiplies by 100; with no type, no precision gives `repr` and a
/// precision works like `g` but keeps a ".0". Rounding is exact, half to even on the
/// double's true value. An error `TooLarge` when the result would have more than
/// `max_output_length` characters (a precision of a billion is refused at once).
pub fn format_float(
    value: f64,
    spec: &FormatSpec,
    max_output_length: usize,
) -> Result<String, FormatSpecError> {
    spec.check_grouping(None)?;
    match spec.presentation_type {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_with_type(value, spec, max_output_length)
        }
        Some(code) => Err(FormatSpecError::UnknownFormatCode {
            code,
            type_name: "float".to_owned(),
        }),
    }
}

/// CPython's `format_float_internal`, once the type is known to be a float type
/// (also used for integers formatted with a float type).
pub(crate) fn format_float_with_type(
    value: f64,
    spec: &FormatSpec,
    max_output_length: usize,
) -> Result<String, FormatSpecError> {
    let precision = match spec.precision {
        Some(precision) if precision > i32::MAX as u64 => {
            return Err(FormatSpecError::PrecisionTooBig)
        }
        Some(precision) => Some(precision as u32),
        None => None,
    };
    let mut flags = FloatTextFlags {
        alternate: spec.alternate_form,
        no_negative_zero: spec.coerce_negative_zero,
        ..FloatTextFlags::default()
    };
    let mut value = value;
    let mut percent = false;
    let code = spec.presentation_type;
    flags.uppercase = matches!(code, Some('E' | 'F' | 'G'));
    let style = match code {
        None => {
            flags.add_dot_zero = true;
            precision.map_or(FloatStyle::Shortest, FloatStyle::General)
        }
        Some('e' | 'E') => FloatStyle::Exponent(precision.unwrap_or(6)),
        Some('f' | 'F') => FloatStyle::Fixed(precision.unwrap_or(6)),
        Some('%') => {
            value *= 100.0;
            percent = true;
            FloatStyle::Fixed(precision.unwrap_or(6))
        }
        Some(_) => FloatStyle::General(precision.unwrap_or(6)),
    };
    let too_large = FormatSpecError::TooLarge { max_output_length };
    let text =
        float_to_text(value, style, flags, max_output_length as u64).ok_or(too_large.clone())?;
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(unsigned) => (true, unsigned),
        None => (false, text.as_str()),
    };
    let digits_end = unsigned
        .find(|character: char| !character.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let (digits, rest) = unsigned.split_at(digits_end);
    let (has_point, remainder) = match rest.strip_prefix('.') {
        Some(remainder) => (true, remainder),
        None => (false, rest),
    };
    let remainder = if percent {
        format!("{remainder}%")
    } else {
        remainder.to_owned()
    };
    let pieces = NumberPieces {
        negative,
        prefix: "",
        digits,
        has_point,
        remainder: &remainder,
    };
    let layout = NumberLayout {
        sign: spec.sign,
        fill: spec.effective_fill(),
        align: spec.effective_align(FormatAlign::Right),
        width: spec.width,
        grouping: spec.grouping.map(|grouping| match grouping {
            FormatGrouping::Comma => (3, ','),
            FormatGrouping::Underscore => (3, '_'),
        }),
    };
    lay_out_number(&pieces, &layout, max_output_length)
}
