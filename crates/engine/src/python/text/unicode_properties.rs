//! The Unicode questions CPython asks of a character: printable, space, decimal digit.
//!
//! The answers come from tables generated from CPython 3.11's own database
//! (see `unicode_tables.rs`), so they match `str.isprintable()`, `str.isspace()`
//! and `unicodedata.decimal()` for every code point a `char` can hold.

use super::unicode_tables::{DECIMAL_DIGITS, NON_ASCII_SPACES, NOT_PRINTABLE};

/// CPython's `str.isprintable()` for one character: false for control and format
/// characters, separators other than the space, private use and unassigned code points.
pub fn char_is_printable(character: char) -> bool {
    range_containing(NOT_PRINTABLE, character).is_none()
}

/// CPython's `str.isspace()` for one character (`Py_UNICODE_ISSPACE`).
pub fn char_is_space(character: char) -> bool {
    match character {
        '\t'..='\r' | '\u{1c}'..=' ' => true,
        _ if u32::from(character) < 0x80 => false,
        _ => range_containing(NON_ASCII_SPACES, character).is_some(),
    }
}

/// The value of a decimal digit in any script (`unicodedata.decimal`), such as 3 for
/// '3' or for the Arabic-Indic '٣'; `None` for anything else.
pub fn char_decimal_value(character: char) -> Option<u32> {
    if character.is_ascii_digit() {
        return Some(u32::from(character) - u32::from('0'));
    }
    let (start, _) = range_containing(DECIMAL_DIGITS, character)?;
    Some((u32::from(character) - start) % 10)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, the first step of
/// `int(str)` and `float(str)`: ASCII stays, other spaces become ' ', other decimal
/// digits become '0' to '9', and the first other character becomes '?' and ends the text.
pub(crate) fn decimal_and_space_to_ascii(text: &str) -> Vec<u8> {
    let mut ascii = Vec::with_capacity(text.len());
    for character in text.chars() {
        if u32::from(character) < 127 {
            ascii.push(character as u8);
        } else if char_is_space(character) {
            ascii.push(b' ');
        } else if let Some(value) = char_decimal_value(character) {
            ascii.push(b'0' + value as u8);
        } else {
            ascii.push(b'?');
            break;
        }
    }
    ascii
}

/// The range of a sorted table of inclusive ranges that holds the character, if any.
fn range_containing(table: &[(u32, u32)], character: char) -> Option<(u32, u32)> {
    let code_point = u32::from(character);
    let after = table.partition_point(|&(start, _)| start <= code_point);
    let &(start, end) = table.get(after.checked_sub(1)?)?;
    (code_point <= end).then_some((start, end))
}
