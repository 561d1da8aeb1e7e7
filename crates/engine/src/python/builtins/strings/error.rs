//! The errors of `str` methods, as CPython raises them.

use std::fmt;

/// Why a `str` method failed: each kind is one CPython exception and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrMethodError {
    /// `split`, `rsplit`, `partition` or `rpartition` with `''` as separator.
    EmptySeparator,
    /// `index` or `rindex` found nothing.
    SubstringNotFound,
    /// `center`, `ljust` or `rjust` with a fill that is not one character.
    FillCharacterNotOneCharacter,
    /// A slice with a step of zero.
    SliceStepZero,
    /// `text[index]` past either end of the text.
    IndexOutOfRange,
    /// The result would be longer than the allowed number of characters.
    TooLarge {
        /// The length the result would have had, in characters (saturated).
        requested_length: usize,
        /// The largest length allowed.
        max_length: usize,
    },
}

impl StrMethodError {
    /// The name of the Python exception CPython raises.
    pub fn python_type(&self) -> &'static str {
        match self {
            Self::EmptySeparator | Self::SubstringNotFound | Self::SliceStepZero => "ValueError",
            Self::FillCharacterNotOneCharacter => "TypeError",
            Self::IndexOutOfRange => "IndexError",
            Self::TooLarge { .. } => "MemoryError",
        }
    }

    /// CPython's English message (empty for `MemoryError`, as CPython's).
    pub fn cpython_message(&self) -> &'static str {
        match self {
            Self::EmptySeparator => "empty separator",
            Self::SubstringNotFound => "substring not found",
            Self::FillCharacterNotOneCharacter => {
                "The fill character must be exactly one character long"
            }
            Self::SliceStepZero => "slice step cannot be zero",
            Self::IndexOutOfRange => "string index out of range",
            Self::TooLarge { .. } => "",
        }
    }
}

impl fmt::Display for StrMethodError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{}: {}",
            self.python_type(),
            self.cpython_message()
        )
    }
}

impl std::error::Error for StrMethodError {}
