//! `format()` of a string: type `s` or none, width, alignment and precision.

use super::format_error::FormatSpecError;
use super::format_spec::{FormatAlign, FormatSign, FormatSpec};

/// CPython's `format(value, spec)` for a `str`.
///
/// The precision keeps at most that many characters; the width pads (on the right
/// by default) with the fill character. Signs, `z`, `#`, `=` and separators are
/// errors. Lengths count characters (code points), as Python does. An error
/// `TooLarge` when the result would have more than `max_output_length` characters.
pub fn format_str(
    value: &str,
    spec: &FormatSpec,
    max_output_length: usize,
) -> Result<String, FormatSpecError> {
    spec.check_grouping(Some('s'))?;
    if let Some(code) = spec.presentation_type.filter(|code| *code != 's') {
        return Err(FormatSpecError::UnknownFormatCode {
            code,
            type_name: "str".to_owned(),
        });
    }
    match spec.sign {
        Some(FormatSign::Space) => return Err(FormatSpecError::SpaceNotAllowedForString),
        Some(_) => return Err(FormatSpecError::SignNotAllowedForString),
        None => {}
    }
    if spec.coerce_negative_zero {
        return Err(FormatSpecError::NegativeZeroNotAllowedForString);
    }
    if spec.alternate_form {
        return Err(FormatSpecError::AlternateFormNotAllowedForString);
    }
    if spec.align == Some(FormatAlign::AfterSign) {
        return Err(FormatSpecError::AfterSignAlignmentNotAllowedForString);
    }
    let length = value.chars().count() as u64;
    let kept = spec
        .precision
        .map_or(length, |precision| precision.min(length));
    let total = spec.width.unwrap_or(0).max(kept);
    if total > max_output_length as u64 {
        return Err(FormatSpecError::TooLarge { max_output_length });
    }
    let padding = total - kept;
    let left = match spec.effective_align(FormatAlign::Left) {
        FormatAlign::Right => padding,
        FormatAlign::Center => padding / 2,
        FormatAlign::Left | FormatAlign::AfterSign => 0,
    };
    let fill = spec.effective_fill();
    let mut text = String::with_capacity(value.len() + padding as usize);
    text.extend(std::iter::repeat_n(fill, left as usize));
    text.extend(value.chars().take(kept as usize));
    text.extend(std::iter::repeat_n(fill, (padding - left) as usize));
    Ok(text)
}
