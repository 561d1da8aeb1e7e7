//! What can be wrong with a format spec or the value it formats, in CPython's words.

use std::fmt::Write;

/// Why `format()`, an f-string or `str.format` cannot format a value.
///
/// [`FormatSpecError::python_type`] is the exception CPython raises (almost always
/// `ValueError`) and [`FormatSpecError::cpython_message`] its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatSpecError {
    /// More than one character after the precision: "Invalid format specifier 'xx' for
    /// object of type 'int'". [`parse_format_spec`](super::parse_format_spec) leaves the
    /// type name empty: the caller fills it in with [`FormatSpecError::with_type_name`].
    InvalidFormatSpecifier {
        /// The whole spec.
        specifier: String,
        /// The value's type, such as `int` or `bool`.
        type_name: String,
    },
    /// A point with no digits after it.
    MissingPrecision,
    /// A width or precision above `i64::MAX`.
    TooManyDecimalDigits,
    /// Both `,` and `_`.
    BothCommaAndUnderscore,
    /// A separator with a type that has none, such as `,` with `x` or `s`.
    GroupingNotAllowed {
        /// `,` or `_`.
        separator: char,
        /// The type written, or the value's default type.
        presentation_type: char,
    },
    /// A type the value does not have, such as `d` for a float.
    UnknownFormatCode {
        /// The type character.
        code: char,
        /// The value's type; the `format_*` functions say `int`, `float` or `str`.
        type_name: String,
    },
    /// A precision for an integer type.
    PrecisionNotAllowedForInteger,
    /// The `z` flag for an integer type.
    NegativeZeroNotAllowedForInteger,
    /// A sign with type `c`.
    SignNotAllowedWithCharacter,
    /// The `#` flag with type `c`.
    AlternateFormNotAllowedWithCharacter,
    /// Type `c` of a negative number or one above 0x10FFFF (an `OverflowError`).
    CharacterOutOfRange,
    /// Type `c` of a number beyond 64 bits (an `OverflowError`).
    CharacterTooLargeForCLong,
    /// Type `c` of a surrogate (0xD800 to 0xDFFF): CPython makes a string of one lone
    /// surrogate, which a Rust string cannot hold, so it is an error here.
    CharacterIsSurrogate {
        /// The code point asked for.
        code_point: u32,
    },
    /// `+` or `-` for a string.
    SignNotAllowedForString,
    /// ` ` (the space sign) for a string.
    SpaceNotAllowedForString,
    /// `z` for a string.
    NegativeZeroNotAllowedForString,
    /// `#` for a string.
    AlternateFormNotAllowedForString,
    /// `=` alignment for a string.
    AfterSignAlignmentNotAllowedForString,
    /// A float precision above `i32::MAX`.
    PrecisionTooBig,
    /// A float type for an integer too large for a float (an `OverflowError`).
    IntTooLargeForFloat,
    /// A decimal type for an integer of more than 4300 digits.
    IntExceedsDigitLimit,
    /// The result would be longer than the caller's `max_output_length`: the VM raises
    /// `MemoryError`, where CPython would try to build it.
    TooLarge {
        /// The limit that was passed.
        max_output_length: usize,
    },
}

impl FormatSpecError {
    /// The error with the value's type named, for the messages that name it (use the
    /// Python type name: `bool`, a subclass's name).
    pub fn with_type_name(self, type_name: &str) -> FormatSpecError {
        match self {
            FormatSpecError::InvalidFormatSpecifier { specifier, .. } => {
                FormatSpecError::InvalidFormatSpecifier {
                    specifier,
                    type_name: type_name.to_owned(),
                }
            }
            FormatSpecError::UnknownFormatCode { code, .. } => FormatSpecError::UnknownFormatCode {
                code,
                type_name: type_name.to_owned(),
            },
            other => other,
        }
    }

    /// The Python exception type CPython raises.
    pub fn python_type(&self) -> &'static str {
        match self {
            FormatSpecError::CharacterOutOfRange
            | FormatSpecError::CharacterTooLargeForCLong
            | FormatSpecError::IntTooLargeForFloat => "OverflowError",
            FormatSpecError::TooLarge { .. } => "MemoryError",
            _ => "ValueError",
        }
    }

    /// CPython 3.11's message, in English as CPython writes it.
    pub fn cpython_message(&self) -> String {
        match self {
            FormatSpecError::InvalidFormatSpecifier {
                specifier,
                type_name,
            } => format!("Invalid format specifier '{specifier}' for object of type '{type_name}'"),
            FormatSpecError::MissingPrecision => "Format specifier missing precision".to_owned(),
            FormatSpecError::TooManyDecimalDigits => {
                "Too many decimal digits in format string".to_owned()
            }
            FormatSpecError::BothCommaAndUnderscore => {
                "Cannot specify both ',' and '_'.".to_owned()
            }
            FormatSpecError::GroupingNotAllowed {
                separator,
                presentation_type,
            } => format!(
                "Cannot specify '{separator}' with {}.",
                quoted_code(*presentation_type)
            ),
            FormatSpecError::UnknownFormatCode { code, type_name } => format!(
                "Unknown format code {} for object of type '{type_name}'",
                quoted_code(*code)
            ),
            FormatSpecError::PrecisionNotAllowedForInteger => {
                "Precision not allowed in integer format specifier".to_owned()
            }
            FormatSpecError::NegativeZeroNotAllowedForInteger => {
                "Negative zero coercion (z) not allowed in integer format specifier".to_owned()
            }
            FormatSpecError::SignNotAllowedWithCharacter => {
                "Sign not allowed with integer format specifier 'c'".to_owned()
            }
            FormatSpecError::AlternateFormNotAllowedWithCharacter => {
                "Alternate form (#) not allowed with integer format specifier 'c'".to_owned()
            }
            FormatSpecError::CharacterOutOfRange => "%c arg not in range(0x110000)".to_owned(),
            FormatSpecError::CharacterTooLargeForCLong => {
                "Python int too large to convert to C long".to_owned()
            }
            FormatSpecError::CharacterIsSurrogate { code_point } => {
                format!("%c arg {code_point:#x} is a surrogate, which this Python cannot hold")
            }
            FormatSpecError::SignNotAllowedForString => {
                "Sign not allowed in string format specifier".to_owned()
            }
            FormatSpecError::SpaceNotAllowedForString => {
                "Space not allowed in string format specifier".to_owned()
            }
            FormatSpecError::NegativeZeroNotAllowedForString => {
                "Negative zero coercion (z) not allowed in string format specifier".to_owned()
            }
            FormatSpecError::AlternateFormNotAllowedForString => {
                "Alternate form (#) not allowed in string format specifier".to_owned()
            }
            FormatSpecError::AfterSignAlignmentNotAllowedForString => {
                "'=' alignment not allowed in string format specifier".to_owned()
            }
            FormatSpecError::PrecisionTooBig => "precision too big".to_owned(),
            FormatSpecError::IntTooLargeForFloat => "int too large to convert to float".to_owned(),
            FormatSpecError::IntExceedsDigitLimit => {
                super::int_text::TO_STR_LIMIT_MESSAGE.to_owned()
            }
            FormatSpecError::TooLarge { .. } => String::new(),
        }
    }
}

/// A type character as CPython quotes it: `'x'` when printable ASCII, else `'\x1'`.
fn quoted_code(code: char) -> String {
    let code_point = u32::from(code);
    let mut quoted = String::from("'");
    if code_point > 32 && code_point < 128 {
        quoted.push(code);
    } else {
        // Writing to a String cannot fail.
        let _ = write!(quoted, "\\x{code_point:x}");
    }
    quoted.push('\'');
    quoted
}
