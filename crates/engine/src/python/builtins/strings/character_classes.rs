//! The `str.is...()` predicates and the character classes the case methods share.
//!
//! A predicate of the whole text is false for the empty text, except `isascii`
//! and `isprintable`, as in CPython.

use super::unicode_tables::{
    ALPHABETIC, CASED, CASE_IGNORABLE, DIGITS, IDENTIFIER_CONTINUE, IDENTIFIER_START, LOWERCASE,
    NUMERIC, TITLECASE_LETTERS, UPPERCASE,
};
use crate::python::text::{char_decimal_value, char_is_printable, char_is_space};

/// `str.isdigit()`: non-empty and every character a digit (decimal, superscript, ...).
pub fn isdigit(text: &str) -> bool {
    all_non_empty(text, |character| in_table(DIGITS, character))
}

/// `str.isdecimal()`: non-empty and every character a decimal digit of some script.
pub fn isdecimal(text: &str) -> bool {
    all_non_empty(text, |character| char_decimal_value(character).is_some())
}

/// `str.isnumeric()`: non-empty and every character numeric (digits, fractions, `'五'`).
pub fn isnumeric(text: &str) -> bool {
    all_non_empty(text, |character| in_table(NUMERIC, character))
}

/// `str.isalpha()`: non-empty and every character a letter (categories Lm, Lt, Lu, Ll, Lo).
pub fn isalpha(text: &str) -> bool {
    all_non_empty(text, |character| in_table(ALPHABETIC, character))
}

/// `str.isalnum()`: non-empty and every character a letter or numeric.
pub fn isalnum(text: &str) -> bool {
    all_non_empty(text, |character| {
        in_table(ALPHABETIC, character) || in_table(NUMERIC, character)
    })
}

/// `str.isspace()`: non-empty and every character whitespace as CPython sees it.
pub fn isspace(text: &str) -> bool {
    all_non_empty(text, char_is_space)
}

/// `str.isascii()`: every character below U+0080 (true for the empty text).
pub fn isascii(text: &str) -> bool {
    text.is_ascii()
}

/// `str.isprintable()`: every character printable (true for the empty text).
pub fn isprintable(text: &str) -> bool {
    text.chars().all(char_is_printable)
}

/// `str.isidentifier()`: a Python name (XID_Start or `_`, then XID_Continue).
pub fn isidentifier(text: &str) -> bool {
    let mut characters = text.chars();
    match characters.next() {
        Some(first) if char_can_start_identifier(first) => {
            characters.all(char_can_continue_identifier)
        }
        _ => false,
    }
}

/// Whether `character` may start a Python name (`_` or XID_Start, as CPython 3.11's tables).
pub(crate) fn char_can_start_identifier(character: char) -> bool {
    character == '_' || in_table(IDENTIFIER_START, character)
}

/// Whether `character` may continue a Python name (XID_Continue, as CPython 3.11's tables).
pub(crate) fn char_can_continue_identifier(character: char) -> bool {
    in_table(IDENTIFIER_CONTINUE, character)
}

/// `str.islower()`: some cased character and no uppercase or titlecase one.
pub fn islower(text: &str) -> bool {
    let mut has_cased = false;
    for character in text.chars() {
        if char_is_uppercase(character) || char_is_titlecase(character) {
            return false;
        }
        has_cased |= char_is_lowercase(character);
    }
    has_cased
}

/// `str.isupper()`: some cased character and no lowercase or titlecase one.
pub fn isupper(text: &str) -> bool {
    let mut has_cased = false;
    for character in text.chars() {
        if char_is_lowercase(character) || char_is_titlecase(character) {
            return false;
        }
        has_cased |= char_is_uppercase(character);
    }
    has_cased
}

/// `str.istitle()`: some cased character, uppercase and titlecase ones only after
/// uncased ones, lowercase ones only after cased ones.
pub fn istitle(text: &str) -> bool {
    let mut has_cased = false;
    let mut previous_is_cased = false;
    for character in text.chars() {
        if char_is_uppercase(character) || char_is_titlecase(character) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            has_cased = true;
        } else if char_is_lowercase(character) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            has_cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    has_cased
}

/// The Lowercase property (CPython's `Py_UNICODE_ISLOWER`).
pub(crate) fn char_is_lowercase(character: char) -> bool {
    in_table(LOWERCASE, character)
}

/// The Uppercase property (CPython's `Py_UNICODE_ISUPPER`).
pub(crate) fn char_is_uppercase(character: char) -> bool {
    in_table(UPPERCASE, character)
}

/// A titlecase letter such as 'ǅ' (CPython's `Py_UNICODE_ISTITLE`).
pub(crate) fn char_is_titlecase(character: char) -> bool {
    in_table(TITLECASE_LETTERS, character)
}

/// Cased: lowercase, uppercase or titlecase (CPython's `_PyUnicode_IsCased`).
pub(crate) fn char_is_cased(character: char) -> bool {
    in_table(CASED, character)
}

/// Case-ignorable: skipped by the final-sigma rule (`_PyUnicode_IsCaseIgnorable`).
pub(crate) fn char_is_case_ignorable(character: char) -> bool {
    in_table(CASE_IGNORABLE, character)
}

fn all_non_empty(text: &str, predicate: impl Fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(predicate)
}

/// Whether a sorted table of inclusive ranges holds the character.
pub(crate) fn in_table(table: &[(u32, u32)], character: char) -> bool {
    let code_point = u32::from(character);
    let after = table.partition_point(|&(start, _)| start <= code_point);
    match after.checked_sub(1).and_then(|index| table.get(index)) {
        Some(&(_, end)) => code_point <= end,
        None => false,
    }
}
