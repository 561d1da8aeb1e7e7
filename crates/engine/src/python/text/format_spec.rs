//! The format specification mini-language: what follows the colon in `f"{x:>10.2f}"`.
//!
//! [`parse_format_spec`] reads a spec as CPython's `parse_internal_render_format_spec`
//! does, without knowing the value's type; the `format_*` functions then apply the
//! rules that depend on it (default alignment, default presentation type, which
//! flags are allowed).

use super::format_error::FormatSpecError;
use super::unicode_properties::char_decimal_value;

/// A parsed format spec:
/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when one was written before the alignment.
    pub fill: Option<char>,
    /// The alignment, when one was written.
    pub align: Option<FormatAlign>,
    /// The sign option, when one was written.
    pub sign: Option<FormatSign>,
    /// The `z` flag: negative zero (after rounding) is written without its sign.
    pub coerce_negative_zero: bool,
    /// The `#` flag: `0x` prefixes, a point that is always written.
    pub alternate_form: bool,
    /// The `0` before the width, without an explicit fill: fill with zeros (after the
    /// sign for numbers).
    pub zero_padding: bool,
    /// The minimum width in characters.
    pub width: Option<u64>,
    /// A thousands separator.
    pub grouping: Option<FormatGrouping>,
    /// The precision: digits after the point, significant digits, or the most
    /// characters of a string.
    pub precision: Option<u64>,
    /// The presentation type, such as `d`, `x`, `f`, `%` or `s`.
    pub presentation_type: Option<char>,
}

/// Where the value goes when the width leaves room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatAlign {
    /// `<`: on the left.
    Left,
    /// `>`: on the right.
    Right,
    /// `^`: in the middle (one more fill character on the right if uneven).
    Center,
    /// `=`: the padding goes between the sign (or prefix) and the digits.
    AfterSign,
}

/// Which numbers get a sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatSign {
    /// `+`: every number.
    Always,
    /// `-`: negative numbers only (the default).
    NegativeOnly,
    /// ` `: a space before non-negative numbers.
    Space,
}

/// The thousands separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatGrouping {
    /// `,`: a comma every three digits.
    Comma,
    /// `_`: an underscore every three decimal digits, or every four in `b`, `o`, `x`, `X`.
    Underscore,
}

impl FormatGrouping {
    /// The character the spec writes for it.
    pub fn character(self) -> char {
        match self {
            FormatGrouping::Comma => ',',
            FormatGrouping::Underscore => '_',
        }
    }
}

/// Reads a format spec as CPython does, before it knows the value's type.
///
/// Errors: a spec with more than one character left after the precision (its
/// message names the value's type: see [`FormatSpecError::with_type_name`]), a
/// point without precision digits, both `,` and `_`, a width or precision that
/// does not fit in 63 bits.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, FormatSpecError> {
    let characters: Vec<char> = spec.chars().collect();
    let mut position = 0usize;
    let at = |position: usize| characters.get(position).copied();
    let mut parsed = FormatSpec::default();

    if let Some(align) = at(1).and_then(align_of) {
        parsed.fill = at(0);
        parsed.align = Some(align);
        position = 2;
    } else if let Some(align) = at(0).and_then(align_of) {
        parsed.align = Some(align);
        position = 1;
    }
    parsed.sign = match at(position) {
        Some('+') => Some(FormatSign::Always),
        Some('-') => Some(FormatSign::NegativeOnly),
        Some(' ') => Some(FormatSign::Space),
        _ => None,
    };
    if parsed.sign.is_some() {
        position += 1;
    }
    if at(position) == Some('z') {
        parsed.coerce_negative_zero = true;
        position += 1;
    }
    if at(position) == Some('#') {
        parsed.alternate_form = true;
        position += 1;
    }
    if parsed.fill.is_none() && at(position) == Some('0') {
        parsed.zero_padding = true;
        position += 1;
    }
    parsed.width = read_integer(&characters, &mut position)?;
    if at(position) == Some(',') {
        parsed.grouping = Some(FormatGrouping::Comma);
        position += 1;
    }
    if at(position) == Some('_') {
        if parsed.grouping.is_some() {
            return Err(FormatSpecError::BothCommaAndUnderscore);
        }
        parsed.grouping = Some(FormatGrouping::Underscore);
        position += 1;
    }
    if at(position) == Some(',') && parsed.grouping == Some(FormatGrouping::Underscore) {
        return Err(FormatSpecError::BothCommaAndUnderscore);
    }
    if at(position) == Some('.') {
        position += 1;
        parsed.precision = read_integer(&characters, &mut position)?;
        if parsed.precision.is_none() {
            return Err(FormatSpecError::MissingPrecision);
        }
    }
    match characters.len().saturating_sub(position) {
        0 => {}
        1 => parsed.presentation_type = at(position),
        _ => {
            return Err(FormatSpecError::InvalidFormatSpecifier {
                specifier: spec.to_owned(),
                type_name: String::new(),
            })
        }
    }
    Ok(parsed)
}

impl FormatSpec {
    /// The fill character in effect: the written one, '0' for zero padding, or a space.
    pub(crate) fn effective_fill(&self) -> char {
        match self.fill {
            Some(fill) => fill,
            None if self.zero_padding => '0',
            None => ' ',
        }
    }

    /// The alignment in effect for a type whose default is `default_align`: zero
    /// padding of a right-aligned type (a number) pads after the sign.
    pub(crate) fn effective_align(&self, default_align: FormatAlign) -> FormatAlign {
        match self.align {
            Some(align) => align,
            None if self.zero_padding && default_align == FormatAlign::Right => {
                FormatAlign::AfterSign
            }
            None => default_align,
        }
    }

    /// CPython's check of the separator against the type (`default_type` when none
    /// is written): `,` and `_` go with d e f g E G % F and no type, `_` also with
    /// b o x X.
    pub(crate) fn check_grouping(&self, default_type: Option<char>) -> Result<(), FormatSpecError> {
        let Some(grouping) = self.grouping else {
            return Ok(());
        };
        let presentation_type = self.presentation_type.or(default_type);
        let allowed = match presentation_type {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => grouping == FormatGrouping::Underscore,
            Some(_) => false,
        };
        if allowed {
            return Ok(());
        }
        Err(FormatSpecError::GroupingNotAllowed {
            separator: grouping.character(),
            presentation_type: presentation_type.unwrap_or('\0'),
        })
    }
}

fn align_of(character: char) -> Option<FormatAlign> {
    match character {
        '<' => Some(FormatAlign::Left),
        '>' => Some(FormatAlign::Right),
        '^' => Some(FormatAlign::Center),
        '=' => Some(FormatAlign::AfterSign),
        _ => None,
    }
}

/// CPython's `get_integer`: decimal digits of any script, at most `i64::MAX`.
fn read_integer(characters: &[char], position: &mut usize) -> Result<Option<u64>, FormatSpecError> {
    let mut value: Option<u64> = None;
    while let Some(digit) = characters
        .get(*position)
        .copied()
        .and_then(char_decimal_value)
    {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|tens| tens.checked_add(u64::from(digit)))
            .filter(|next| *next <= i64::MAX as u64)
            .ok_or(FormatSpecError::TooManyDecimalDigits)?;
        value = Some(next);
        *position += 1;
    }
    Ok(value)
}
