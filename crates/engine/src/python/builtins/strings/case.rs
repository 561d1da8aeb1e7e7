//! The case methods: `upper`, `lower`, `casefold`, `capitalize`, `title`, `swapcase`.
//!
//! They follow CPython's full case mappings (one character may become several:
//! `'ß'.upper() == 'SS'`, `'ﬁ'.title() == 'Fi'`) and its final-sigma rule: a
//! capital 'Σ' lowers to 'ς' after a cased letter and not before one.
//! ASCII text (most pupils' strings) takes the ASCII mappings, which are the
//! same there and much quicker.

use super::character_classes::{
    char_is_case_ignorable, char_is_cased, char_is_lowercase, char_is_uppercase, in_table,
};
use super::unicode_tables::{
    CASEFOLD_MAPPINGS, CHANGED_BY_LOWER, CHANGED_BY_UPPER, TITLECASE_MAPPINGS,
};

/// `str.upper()`.
pub fn upper(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_uppercase();
    }
    let mut result = String::with_capacity(text.len());
    for character in text.chars() {
        push_upper(&mut result, character);
    }
    result
}

/// `str.lower()`, with the final-sigma rule.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let characters: Vec<char> = text.chars().collect();
    let mut result = String::with_capacity(text.len());
    for position in 0..characters.len() {
        push_lower(&mut result, &characters, position);
    }
    result
}

/// `str.casefold()`: the caseless form for comparisons (`'Straße'` folds to `'strasse'`).
pub fn casefold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut result = String::with_capacity(text.len());
    for character in text.chars() {
        match mapping_of(CASEFOLD_MAPPINGS, character) {
            Some(folded) => result.push_str(folded),
            None => push_simple_lower(&mut result, character),
        }
    }
    result
}

/// `str.capitalize()`: the first character in titlecase, the rest in lowercase.
pub fn capitalize(text: &str) -> String {
    let characters: Vec<char> = text.chars().collect();
    let mut result = String::with_capacity(text.len());
    for (position, &character) in characters.iter().enumerate() {
        if position == 0 {
            push_title(&mut result, character);
        } else {
            push_lower(&mut result, &characters, position);
        }
    }
    result
}

/// `str.title()`: a character after a cased one in lowercase, any other in
/// titlecase (so `"they're"` becomes `"They'Re"`, as in CPython).
pub fn title(text: &str) -> String {
    let characters: Vec<char> = text.chars().collect();
    let mut result = String::with_capacity(text.len());
    let mut previous_is_cased = false;
    for (position, &character) in characters.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut result, &characters, position);
        } else {
            push_title(&mut result, character);
        }
        previous_is_cased = char_is_cased(character);
    }
    result
}

/// `str.swapcase()`: uppercase characters lowered, lowercase ones uppercased.
pub fn swapcase(text: &str) -> String {
    let characters: Vec<char> = text.chars().collect();
    let mut result = String::with_capacity(text.len());
    for (position, &character) in characters.iter().enumerate() {
        if char_is_uppercase(character) {
            push_lower(&mut result, &characters, position);
        } else if char_is_lowercase(character) {
            push_upper(&mut result, character);
        } else {
            result.push(character);
        }
    }
    result
}

/// Pushes the lowercase of the character at `position`, with the final-sigma rule.
fn push_lower(result: &mut String, characters: &[char], position: usize) {
    match characters.get(position) {
        Some('\u{3A3}') => result.push(capital_sigma_lowercase(characters, position)),
        Some(&character) => push_simple_lower(result, character),
        None => {}
    }
}

/// Pushes the titlecase of a character (its uppercase unless the table says otherwise).
fn push_title(result: &mut String, character: char) {
    match mapping_of(TITLECASE_MAPPINGS, character) {
        Some(titled) => result.push_str(titled),
        None => push_upper(result, character),
    }
}

/// Pushes the uppercase of a character: Rust's mapping for the characters CPython
/// 3.11 changes, the character itself for the others (a character given an
/// uppercase after Unicode 14, such as 'ƛ', keeps none, as in CPython).
fn push_upper(result: &mut String, character: char) {
    if in_table(CHANGED_BY_UPPER, character) {
        result.extend(character.to_uppercase());
    } else {
        result.push(character);
    }
}

/// Pushes the lowercase of a character, without the final-sigma rule, limited to
/// the characters CPython 3.11 changes as [`push_upper`] is.
fn push_simple_lower(result: &mut String, character: char) {
    if in_table(CHANGED_BY_LOWER, character) {
        result.extend(character.to_lowercase());
    } else {
        result.push(character);
    }
}

/// CPython's `handle_capital_sigma`: 'ς' when a cased letter comes before (skipping
/// case-ignorable characters) and none after, else 'σ'.
fn capital_sigma_lowercase(characters: &[char], position: usize) -> char {
    let before = characters
        .get(..position)
        .unwrap_or_default()
        .iter()
        .rev()
        .find(|&&character| !char_is_case_ignorable(character));
    let after = characters
        .get(position + 1..)
        .unwrap_or_default()
        .iter()
        .find(|&&character| !char_is_case_ignorable(character));
    let cased_before = before.is_some_and(|&character| char_is_cased(character));
    let cased_after = after.is_some_and(|&character| char_is_cased(character));
    if cased_before && !cased_after {
        'ς'
    } else {
        'σ'
    }
}

/// The text a sorted mapping table gives a character, if it lists it.
fn mapping_of(table: &'static [(u32, &'static str)], character: char) -> Option<&'static str> {
    let code_point = u32::from(character);
    table
        .binary_search_by_key(&code_point, |&(key, _)| key)
        .ok()
        .and_then(|index| table.get(index))
        .map(|&(_, text)| text)
}
