//! Python's `str` methods as pure functions on Rust strings, checked against CPython 3.11.
//!
//! Every function takes the receiver as `&str` and the method's arguments as plain
//! Rust values (`Option` for an argument the pupil may leave out, `i64` where
//! Python takes an int that may be negative) and returns what CPython returns, or a
//! [`StrMethodError`] carrying CPython's exception type and message. Indexes and
//! lengths are in characters (code points), as in Python, never in bytes.
//!
//! - **Unicode as CPython 3.11.** The character predicates (`isalpha`,
//!   `isnumeric`, `isidentifier`, ...), the cased and case-ignorable sets, the
//!   titlecase and casefold mappings and the sets of characters `upper()` and
//!   `lower()` change come from tables generated from CPython's own database
//!   (Unicode 14.0.0, `unicode_tables.rs`); `isspace`, `isdecimal` and
//!   `isprintable` reuse [`crate::python::text`]. The full mappings of `upper()`
//!   and `lower()` (`'ß'.upper() == 'SS'`) are Rust's `char::to_uppercase` and
//!   `char::to_lowercase`, used only for the characters CPython changes: Rust's
//!   Unicode is newer, and a character given a case after Unicode 14 (such as
//!   'ƛ', uppercased since Unicode 16) keeps it unchanged here as in CPython 3.11.
//!   A test compares all six case methods with CPython for every code point.
//!   Nothing is locale-dependent: the Turkish 'ı' and 'İ' map as CPython maps them.
//! - **Bounded.** Functions whose result can be much longer than their input
//!   (`repeat`, the padding functions, `expandtabs`) take a `max_length` in
//!   characters and return [`StrMethodError::TooLarge`] before allocating, which
//!   the VM raises as `MemoryError`. `replace` and `join` take no limit: their
//!   results are bounded by the lengths of their arguments.
//!
//! Known differences from CPython: a lone surrogate cannot be held in a Rust
//! string; arguments of the wrong type (`'a'.split(1)`) are the VM's to refuse.

mod case;
mod character_classes;
mod error;
mod layout;
mod search;
mod split;
mod unicode_tables;

pub use case::{capitalize, casefold, lower, swapcase, title, upper};
pub(crate) use character_classes::{char_can_continue_identifier, char_can_start_identifier};
pub use character_classes::{
    isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable,
    isspace, istitle, isupper,
};
pub use error::StrMethodError;
pub use layout::{center, expandtabs, get_item, ljust, repeat, rjust, slice, zfill};
pub use search::{
    count, endswith, find, index, partition, removeprefix, removesuffix, replace, rfind, rindex,
    rpartition, startswith,
};
pub use split::{join, lstrip, rsplit, rstrip, split, splitlines, strip};

/// Python's `ADJUST_INDICES`: the `start` and `end` of a search for a text of
/// `length` characters. Negative indexes count from the end and stop at 0; `end`
/// stops at `length`, but `start` may pass it (a search from there finds nothing,
/// not even the empty string).
pub(crate) fn adjust_indices(
    start: Option<i64>,
    end: Option<i64>,
    length: usize,
) -> (usize, usize) {
    let length_signed = i64::try_from(length).unwrap_or(i64::MAX);
    let from_end =
        |index: i64| usize::try_from(index.saturating_add(length_signed).max(0)).unwrap_or(0);
    let start = match start {
        Some(index) if index < 0 => from_end(index),
        Some(index) => usize::try_from(index).unwrap_or(usize::MAX),
        None => 0,
    };
    let end = match end {
        Some(index) if index < 0 => from_end(index),
        Some(index) => usize::try_from(index).unwrap_or(usize::MAX).min(length),
        None => length,
    };
    (start, end)
}
