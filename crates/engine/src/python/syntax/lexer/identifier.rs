//! Which characters may start or continue a name, and which are printable.
//!
//! CPython uses Unicode's XID_Start and XID_Continue. Without a Unicode table
//! we use the standard library's `is_alphabetic` and `is_numeric` and correct
//! them for the characters a pupil is likely to meet: combining accents, the
//! middle dot, superscripts, fractions and circled numbers.

use crate::python::syntax::lexical_error::LexicalError;

/// The first character of `text` that cannot be in a name, with its byte offset,
/// as CPython's tokenizer checks a run of name characters that is not all ASCII.
pub(super) fn first_invalid_character(text: &str) -> Option<(usize, LexicalError)> {
    for (offset, character) in text.char_indices() {
        let allowed = if offset == 0 {
            can_start_name(character)
        } else {
            can_continue_name(character)
        };
        if !allowed {
            let error = if is_printable(character) {
                LexicalError::InvalidCharacter { character }
            } else {
                LexicalError::NonPrintableCharacter { character }
            };
            return Some((offset, error));
        }
    }
    None
}

/// Whether `character` may start a name (XID_Start or `_`).
fn can_start_name(character: char) -> bool {
    if character.is_ascii() {
        return character.is_ascii_alphabetic() || character == '_';
    }
    character.is_alphabetic() && !is_combining_mark(character) && !is_enclosed(character)
}

/// Whether `character` may continue a name (XID_Continue).
fn can_continue_name(character: char) -> bool {
    if character.is_ascii() {
        return character.is_ascii_alphanumeric() || character == '_';
    }
    if is_enclosed(character) {
        return false;
    }
    character.is_alphabetic()
        || is_combining_mark(character)
        || matches!(
            character,
            '\u{00B7}' | '\u{0387}' | '\u{203F}' | '\u{2040}' | '\u{FF3F}'
        )
        || (character.is_numeric() && !is_other_number(character))
}

/// Combining accents (general categories Mn and Mc) of the scripts pupils use.
fn is_combining_mark(character: char) -> bool {
    matches!(
        character,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0487}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// Circled and parenthesised letters and numbers: symbols, not letters.
fn is_enclosed(character: char) -> bool {
    matches!(character, '\u{2460}'..='\u{24FF}' | '\u{2776}'..='\u{2793}' | '\u{3251}'..='\u{32BF}')
}

/// Numbers that are not digits (general category No): superscripts, fractions.
fn is_other_number(character: char) -> bool {
    matches!(
        character,
        '\u{00B2}'
            | '\u{00B3}'
            | '\u{00B9}'
            | '\u{00BC}'..='\u{00BE}'
            | '\u{0F2A}'..='\u{0F33}'
            | '\u{1369}'..='\u{137C}'
            | '\u{2070}'..='\u{209F}'
            | '\u{2150}'..='\u{215F}'
            | '\u{2189}'
            | '\u{3192}'..='\u{3195}'
            | '\u{3220}'..='\u{3229}'
            | '\u{3248}'..='\u{324F}'
            | '\u{3280}'..='\u{3289}'
    )
}

/// Whether CPython calls `character` printable: not a control, format,
/// separator (other than the space) or private-use character.
pub(super) fn is_printable(character: char) -> bool {
    if character == ' ' {
        return true;
    }
    if character.is_control() || character.is_whitespace() {
        return false;
    }
    !matches!(
        character,
        '\u{00AD}'
            | '\u{0600}'..='\u{0605}'
            | '\u{061C}'
            | '\u{06DD}'
            | '\u{070F}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E000}'..='\u{F8FF}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
            | '\u{F0000}'..='\u{10FFFF}'
    )
}
