//! Which characters may start or continue a name, and which are printable.
//!
//! CPython 3.11 allows Unicode's XID_Start (or `_`) then XID_Continue; the
//! tables come from CPython itself (`builtins::strings`), and printability
//! from `text`, so the lexer agrees with `str.isidentifier()` and `repr`.

use crate::python::builtins::strings::{char_can_continue_identifier, char_can_start_identifier};
use crate::python::syntax::lexical_error::LexicalError;
use crate::python::text::char_is_printable;

/// The first character of `text` that cannot be in a name, with its byte offset,
/// as CPython's tokenizer checks a run of name characters that is not all ASCII.
pub(super) fn first_invalid_character(text: &str) -> Option<(usize, LexicalError)> {
    for (offset, character) in text.char_indices() {
        let allowed = if offset == 0 {
            char_can_start_identifier(character)
        } else {
            char_can_continue_identifier(character)
        };
        if !allowed {
            let error = if char_is_printable(character) {
                LexicalError::InvalidCharacter { character }
            } else {
                LexicalError::NonPrintableCharacter { character }
            };
            return Some((offset, error));
        }
    }
    None
}
