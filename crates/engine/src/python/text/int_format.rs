//! `format()` of an integer: types `b c d o x X n`, none, and the float types.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::float_format::format_float_with_type;
use super::format_error::FormatSpecError;
use super::format_spec::{FormatAlign, FormatGrouping, FormatSpec};
use super::int_text::exceeds_int_max_str_digits;
use super::number_layout::{lay_out_number, NumberLayout, NumberPieces};

/// CPython's `format(value, spec)` for an `int` (and, with
/// [`FormatSpecError::with_type_name`], for `bool` and subclasses).
///
/// Types `d` (the default) and `n` are decimal, `b`, `o`, `x`, `X` binary, octal and
/// hexadecimal (`#` adds `0b`, `0o`, `0x`, `0X`), `c` the character with that code;
/// `e E f F g G %` format the integer converted to a float. Decimal output obeys the
/// 4300-digit limit. Numbers align right by default. An error `TooLarge` when the
/// result would have more than `max_output_length` characters.
///
/// An empty spec means `str(value)` in CPython, so `format(True, '')` is `'True'`:
/// the VM answers empty specs of `bool` and subclasses itself.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    max_output_length: usize,
) -> Result<String, FormatSpecError> {
    spec.check_grouping(Some('d'))?;
    match spec.presentation_type.unwrap_or('d') {
        code @ ('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {
            format_integer_type(value, spec, code, max_output_length)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let float = value
                .to_f64()
                .filter(|float| float.is_finite())
                .ok_or(FormatSpecError::IntTooLargeForFloat)?;
            format_float_with_type(float, spec, max_output_length)
        }
        code => Err(FormatSpecError::UnknownFormatCode {
            code,
            type_name: "int".to_owned(),
        }),
    }
}

/// CPython's `format_long_internal`.
fn format_integer_type(
    value: &BigInt,
    spec: &FormatSpec,
    code: char,
    max_output_length: usize,
) -> Result<String, FormatSpecError> {
    if spec.precision.is_some() {
        return Err(FormatSpecError::PrecisionNotAllowedForInteger);
    }
    if spec.coerce_negative_zero {
        return Err(FormatSpecError::NegativeZeroNotAllowedForInteger);
    }
    let mut layout = NumberLayout {
        sign: spec.sign,
        fill: spec.effective_fill(),
        align: spec.effective_align(FormatAlign::Right),
        width: spec.width,
        grouping: None,
    };
    if code == 'c' {
        let character = character_of(value, spec)?.to_string();
        let pieces = NumberPieces {
            negative: false,
            prefix: "",
            digits: "",
            has_point: false,
            remainder: &character,
        };
        return lay_out_number(&pieces, &layout, max_output_length);
    }
    let (base, prefix) = match code {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    if base == 10 && exceeds_int_max_str_digits(value) {
        return Err(FormatSpecError::IntExceedsDigitLimit);
    }
    let mut digits = value.magnitude().to_str_radix(base);
    if code == 'X' {
        digits.make_ascii_uppercase();
    }
    layout.grouping = match (spec.grouping, base) {
        (None, _) => None,
        (Some(FormatGrouping::Comma), _) => Some((3, ',')),
        (Some(FormatGrouping::Underscore), 10) => Some((3, '_')),
        (Some(FormatGrouping::Underscore), _) => Some((4, '_')),
    };
    let pieces = NumberPieces {
        negative: value.sign() == num_bigint::Sign::Minus,
        prefix: if spec.alternate_form { prefix } else { "" },
        digits: &digits,
        has_point: false,
        remainder: "",
    };
    lay_out_number(&pieces, &layout, max_output_length)
}

/// The character for type `c`, after CPython's checks of the spec and the value.
fn character_of(value: &BigInt, spec: &FormatSpec) -> Result<char, FormatSpecError> {
    if spec.sign.is_some() {
        return Err(FormatSpecError::SignNotAllowedWithCharacter);
    }
    if spec.alternate_form {
        return Err(FormatSpecError::AlternateFormNotAllowedWithCharacter);
    }
    let code_point = value
        .to_i64()
        .ok_or(FormatSpecError::CharacterTooLargeForCLong)?;
    let code_point = u32::try_from(code_point)
        .ok()
        .filter(|code_point| *code_point <= 0x10ffff)
        .ok_or(FormatSpecError::CharacterOutOfRange)?;
    char::from_u32(code_point).ok_or(FormatSpecError::CharacterIsSurrogate { code_point })
}
