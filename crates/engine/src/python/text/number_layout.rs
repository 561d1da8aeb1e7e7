//! Sign, prefix, padding and thousands separators around a number's digits.
//!
//! A port of CPython's `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping`. The result reads: left padding, sign,
//! prefix, padding after the sign, grouped digits, point, remainder, right padding;
//! and zero padding after the sign is written as leading zeros among the groups
//! (`format(1234, '010,')` is `'00,001,234'`).

use super::format_error::FormatSpecError;
use super::format_spec::{FormatAlign, FormatSign};

/// A number cut into the pieces the layout treats differently.
pub(crate) struct NumberPieces<'a> {
    /// Whether the number is negative (its '-' is written by the layout).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or `0X`) with `#`, else empty.
    pub prefix: &'a str,
    /// The ASCII digits before the point, which get separators; may be empty.
    pub digits: &'a str,
    /// Whether a point follows the digits.
    pub has_point: bool,
    /// What follows the point (or the digits): fraction, exponent, `%`, `inf`, a `c` character.
    pub remainder: &'a str,
}

/// The spec's choices that the layout applies, with defaults already resolved.
pub(crate) struct NumberLayout {
    /// The sign option.
    pub sign: Option<FormatSign>,
    /// The fill character.
    pub fill: char,
    /// The alignment.
    pub align: FormatAlign,
    /// The minimum width, if any.
    pub width: Option<u64>,
    /// Digits per group and the separator, if any.
    pub grouping: Option<(i64, char)>,
}

/// The laid-out number, or `TooLarge` if it would exceed `max_output_length` characters.
pub(crate) fn lay_out_number(
    pieces: &NumberPieces,
    layout: &NumberLayout,
    max_output_length: usize,
) -> Result<String, FormatSpecError> {
    let too_large = FormatSpecError::TooLarge { max_output_length };
    let width = layout
        .width
        .map_or(-1, |width| i64::try_from(width).unwrap_or(i64::MAX));
    if width > max_output_length as i64 {
        return Err(too_large);
    }
    let sign = match (layout.sign, pieces.negative) {
        (_, true) => Some('-'),
        (Some(FormatSign::Always), false) => Some('+'),
        (Some(FormatSign::Space), false) => Some(' '),
        _ => None,
    };
    let n_non_digit = i64::from(sign.is_some())
        + pieces.prefix.chars().count() as i64
        + i64::from(pieces.has_point)
        + pieces.remainder.chars().count() as i64;
    let min_width = if layout.fill == '0' && layout.align == FormatAlign::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if pieces.digits.is_empty() {
        String::new()
    } else {
        group_digits(pieces.digits.as_bytes(), min_width, layout.grouping)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = (width - (n_non_digit + n_grouped)).max(0);
    let (left, after_sign, right) = match layout.align {
        FormatAlign::Left => (0, 0, n_padding),
        FormatAlign::Right => (n_padding, 0, 0),
        FormatAlign::Center => (n_padding / 2, 0, n_padding - n_padding / 2),
        FormatAlign::AfterSign => (0, n_padding, 0),
    };
    let total = n_padding + n_non_digit + n_grouped;
    if total > max_output_length as i64 {
        return Err(too_large);
    }
    let fill = |count: i64| std::iter::repeat_n(layout.fill, count as usize);
    let mut text = String::with_capacity(total as usize);
    text.extend(fill(left));
    text.extend(sign);
    text.push_str(pieces.prefix);
    text.extend(fill(after_sign));
    text.push_str(&grouped);
    if pieces.has_point {
        text.push('.');
    }
    text.push_str(pieces.remainder);
    text.extend(fill(right));
    Ok(text)
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: separators between groups, counted
/// from the right, and leading zeros (among the groups) up to `min_width`.
fn group_digits(digits: &[u8], min_width: i64, grouping: Option<(i64, char)>) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    // The output is built from the right, then reversed.
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() + min_width as usize);
    let mut use_separator = None;
    let take_group = |reversed: &mut Vec<char>, len: i64, remaining: i64, separator| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if let Some(separator) = separator {
            reversed.push(separator);
        }
        let end = remaining as usize;
        let start = (remaining - n_chars) as usize;
        if let Some(group) = digits.get(start..end) {
            reversed.extend(group.iter().rev().map(|&digit| char::from(digit)));
        }
        reversed.extend(std::iter::repeat_n('0', n_zeros as usize));
        n_chars
    };
    if let Some((group_size, separator)) = grouping {
        loop {
            let len = group_size.min(remaining.max(min_width).max(1));
            remaining -= take_group(&mut reversed, len, remaining, use_separator);
            use_separator = Some(separator);
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return reversed.iter().rev().collect();
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    take_group(&mut reversed, len, remaining, use_separator);
    reversed.iter().rev().collect()
}
