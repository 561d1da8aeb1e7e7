//! Building longer or rearranged text: `center`, `ljust`, `rjust`, `zfill`,
//! `expandtabs`, `str * n` ([`repeat`]), `s[index]` ([`get_item`]) and
//! `s[start:stop:step]` ([`slice`]).
//!
//! The functions that can grow the text take `max_length` (in characters) and
//! return [`StrMethodError::TooLarge`] before allocating a longer result.

use super::error::StrMethodError;
use super::search::character_count;

/// `str.center(width, fillchar)`: the text in the middle of `width` characters,
/// the odd fill character going left when `width` is odd (CPython's rule).
pub fn center(
    text: &str,
    width: i64,
    fill: Option<&str>,
    max_length: usize,
) -> Result<String, StrMethodError> {
    let fill_character = fill_character(fill)?;
    let margin = padding_needed(text, width, max_length)?;
    let width_is_odd = width & 1 == 1;
    let left = margin / 2 + usize::from(margin & 1 == 1 && width_is_odd);
    Ok(padded(text, fill_character, left, margin - left))
}

/// `str.ljust(width, fillchar)`: the text followed by fill up to `width` characters.
pub fn ljust(
    text: &str,
    width: i64,
    fill: Option<&str>,
    max_length: usize,
) -> Result<String, StrMethodError> {
    let fill_character = fill_character(fill)?;
    let margin = padding_needed(text, width, max_length)?;
    Ok(padded(text, fill_character, 0, margin))
}

/// `str.rjust(width, fillchar)`: fill up to `width` characters, then the text.
pub fn rjust(
    text: &str,
    width: i64,
    fill: Option<&str>,
    max_length: usize,
) -> Result<String, StrMethodError> {
    let fill_character = fill_character(fill)?;
    let margin = padding_needed(text, width, max_length)?;
    Ok(padded(text, fill_character, margin, 0))
}

/// `str.zfill(width)`: zeros on the left up to `width` characters, after a leading
/// `'+'` or `'-'`.
pub fn zfill(text: &str, width: i64, max_length: usize) -> Result<String, StrMethodError> {
    let margin = padding_needed(text, width, max_length)?;
    let zeros = "0".repeat(margin);
    Ok(match text.chars().next() {
        Some(sign @ ('+' | '-')) => format!("{sign}{zeros}{}", &text[1..]),
        _ => format!("{zeros}{text}"),
    })
}

/// `str.expandtabs(tabsize)`: each tab replaced by spaces up to the next multiple
/// of `tab_size` columns (removed when `tab_size <= 0`); `\n` and `\r` reset the column.
pub fn expandtabs(text: &str, tab_size: i64, max_length: usize) -> Result<String, StrMethodError> {
    let tab_size = u128::try_from(tab_size).unwrap_or(0);
    let mut output_length: u128 = 0;
    let mut column: u128 = 0;
    for character in text.chars() {
        match character {
            '\t' if tab_size > 0 => {
                let spaces = tab_size - column % tab_size;
                column += spaces;
                output_length += spaces;
            }
            '\t' => {}
            '\n' | '\r' => {
                column = 0;
                output_length += 1;
            }
            _ => {
                column += 1;
                output_length += 1;
            }
        }
        check_length(output_length, max_length)?;
    }
    let mut result = String::with_capacity(text.len());
    let mut column: u128 = 0;
    for character in text.chars() {
        match character {
            '\t' if tab_size > 0 => {
                let spaces = tab_size - column % tab_size;
                column += spaces;
                result.extend((0..spaces).map(|_| ' '));
            }
            '\t' => {}
            '\n' | '\r' => {
                column = 0;
                result.push(character);
            }
            _ => {
                column += 1;
                result.push(character);
            }
        }
    }
    Ok(result)
}

/// `text * times`: the text repeated (empty when `times <= 0`).
pub fn repeat(text: &str, times: i64, max_length: usize) -> Result<String, StrMethodError> {
    let times = u128::try_from(times).unwrap_or(0);
    let length = character_count(text) as u128 * times;
    check_length(length, max_length)?;
    Ok(text.repeat(usize::try_from(times).unwrap_or(0)))
}

/// `text[index]`: the character at `index` (negative counts from the end), as a
/// one-character string; `IndexError` past either end.
pub fn get_item(text: &str, index: i64) -> Result<String, StrMethodError> {
    let position = if index < 0 {
        let from_end = index.unsigned_abs();
        let length = character_count(text) as u64;
        length.checked_sub(from_end)
    } else {
        u64::try_from(index).ok()
    };
    position
        .and_then(|position| usize::try_from(position).ok())
        .and_then(|position| text.chars().nth(position))
        .map(String::from)
        .ok_or(StrMethodError::IndexOutOfRange)
}

/// `text[start:stop:step]` on characters, with Python's defaults and clamping;
/// `ValueError` for a step of zero.
pub fn slice(
    text: &str,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<String, StrMethodError> {
    let step = i128::from(step.unwrap_or(1));
    if step == 0 {
        return Err(StrMethodError::SliceStepZero);
    }
    let characters: Vec<char> = text.chars().collect();
    let length = characters.len() as i128;
    let adjust = |index: Option<i64>, default: i128| -> i128 {
        let Some(index) = index.map(i128::from) else {
            return default;
        };
        if index < 0 {
            let from_end = index + length;
            if from_end < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                from_end
            }
        } else if index >= length {
            if step < 0 {
                length - 1
            } else {
                length
            }
        } else {
            index
        }
    };
    let (start, stop) = if step < 0 {
        (adjust(start, length - 1), adjust(stop, -1))
    } else {
        (adjust(start, 0), adjust(stop, length))
    };
    let mut result = String::new();
    let mut position = start;
    while (step > 0 && position < stop) || (step < 0 && position > stop) {
        if let Some(&character) = usize::try_from(position)
            .ok()
            .and_then(|index| characters.get(index))
        {
            result.push(character);
        }
        position += step;
    }
    Ok(result)
}

/// The one fill character of `center`, `ljust` and `rjust` (a space when omitted).
fn fill_character(fill: Option<&str>) -> Result<char, StrMethodError> {
    let Some(fill) = fill else {
        return Ok(' ');
    };
    let mut characters = fill.chars();
    match (characters.next(), characters.next()) {
        (Some(character), None) => Ok(character),
        _ => Err(StrMethodError::FillCharacterNotOneCharacter),
    }
}

/// How many fill characters reach `width` (0 when the text is already as wide).
fn padding_needed(text: &str, width: i64, max_length: usize) -> Result<usize, StrMethodError> {
    let length = character_count(text);
    let width = usize::try_from(width).unwrap_or(0);
    if width <= length {
        return Ok(0);
    }
    check_length(width as u128, max_length)?;
    Ok(width - length)
}

fn padded(text: &str, fill: char, left: usize, right: usize) -> String {
    let mut result = String::with_capacity(text.len() + (left + right) * fill.len_utf8());
    result.extend((0..left).map(|_| fill));
    result.push_str(text);
    result.extend((0..right).map(|_| fill));
    result
}

/// Refuses a result longer than `max_length` characters, or than any allocation
/// could hold (`isize::MAX` bytes for four-byte characters), whatever the limit.
fn check_length(length: u128, max_length: usize) -> Result<(), StrMethodError> {
    let allocatable = (isize::MAX as u128) / 4;
    if length > max_length as u128 || length > allocatable {
        return Err(StrMethodError::TooLarge {
            requested_length: usize::try_from(length).unwrap_or(usize::MAX),
            max_length,
        });
    }
    Ok(())
}
