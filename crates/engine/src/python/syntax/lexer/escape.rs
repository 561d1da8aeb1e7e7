//! Decoding the escapes of string and bytes literals, as CPython 3.11 does.
//!
//! Unknown escapes such as `\d` stay as a backslash and the character. The
//! positions in CPython's escape errors are counted in a buffer where every
//! non-ASCII character takes ten bytes (it is rewritten as `\U0000XXXX`
//! before decoding), so [`converted_position`] counts the same way.

use super::unicode_names::character_named;
use crate::python::syntax::lexical_error::{EscapeProblem, LexicalError};

/// The value of a `str` literal's text (between the quotes, not raw).
pub(super) fn decode_str(text: &str) -> Result<String, LexicalError> {
    let bytes = text.as_bytes();
    let mut value = String::with_capacity(text.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte != b'\\' {
            index = push_plain(text, index, &mut value);
            continue;
        }
        let escape_start = index;
        let Some(escaped) = text.get(index + 1..).and_then(|rest| rest.chars().next()) else {
            // A backslash at the very end (only in an f-string's text before `{`).
            value.push('\\');
            break;
        };
        index += 1 + escaped.len_utf8();
        match escaped {
            '\n' => {}
            '\r' => {
                if bytes.get(index) == Some(&b'\n') {
                    index += 1;
                }
            }
            '0'..='7' => {
                let mut code = escaped as u32 - u32::from(b'0');
                for _ in 0..2 {
                    match bytes.get(index) {
                        Some(&digit @ b'0'..=b'7') => {
                            code = code * 8 + u32::from(digit - b'0');
                            index += 1;
                        }
                        _ => break,
                    }
                }
                value.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (count, problem) = match escaped {
                    'x' => (2, EscapeProblem::TruncatedX),
                    'u' => (4, EscapeProblem::TruncatedSmallU),
                    _ => (8, EscapeProblem::TruncatedBigU),
                };
                let mut code: u32 = 0;
                for _ in 0..count {
                    let digit = bytes
                        .get(index)
                        .and_then(|&digit| (digit as char).to_digit(16));
                    let Some(digit) = digit else {
                        return Err(escape_error(text, escape_start, index, problem));
                    };
                    code = code * 16 + digit;
                    index += 1;
                }
                if code > 0x10FFFF {
                    return Err(escape_error(
                        text,
                        escape_start,
                        index,
                        EscapeProblem::IllegalCharacter,
                    ));
                }
                // A lone surrogate is valid in Python but not in Rust: it becomes U+FFFD.
                value.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            'N' => {
                let malformed = EscapeProblem::MalformedName;
                if bytes.get(index) != Some(&b'{') {
                    return Err(escape_error(text, escape_start, index, malformed));
                }
                let name_start = index + 1;
                let Some(length) = bytes
                    .get(name_start..)
                    .and_then(|rest| rest.iter().position(|&b| b == b'}'))
                else {
                    return Err(escape_error(text, escape_start, text.len(), malformed));
                };
                let name_end = name_start + length;
                if length == 0 {
                    return Err(escape_error(text, escape_start, name_end, malformed));
                }
                index = name_end + 1;
                match text.get(name_start..name_end).and_then(character_named) {
                    Some(character) => value.push(character),
                    None => {
                        return Err(escape_error(
                            text,
                            escape_start,
                            index,
                            EscapeProblem::UnknownName,
                        ))
                    }
                }
            }
            _ => match simple_escape(escaped) {
                Some(character) => value.push(character),
                None => {
                    value.push('\\');
                    value.push(escaped);
                }
            },
        }
    }
    Ok(value)
}

/// The value of a `bytes` literal's text (ASCII, not raw): one `char` per byte,
/// `U+0000` to `U+00FF`.
pub(super) fn decode_bytes(text: &str) -> Result<String, LexicalError> {
    let bytes = text.as_bytes();
    let mut value = String::with_capacity(text.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte != b'\\' {
            index = push_plain(text, index, &mut value);
            continue;
        }
        let escape_start = index;
        let Some(&escaped) = bytes.get(index + 1) else {
            value.push('\\');
            break;
        };
        index += 2;
        match escaped {
            b'\n' => {}
            b'\r' => {
                if bytes.get(index) == Some(&b'\n') {
                    index += 1;
                }
            }
            b'0'..=b'7' => {
                let mut code = u32::from(escaped - b'0');
                for _ in 0..2 {
                    match bytes.get(index) {
                        Some(&digit @ b'0'..=b'7') => {
                            code = code * 8 + u32::from(digit - b'0');
                            index += 1;
                        }
                        _ => break,
                    }
                }
                // CPython keeps the low eight bits of `\400` to `\777`.
                value.push(char::from((code & 0xFF) as u8));
            }
            b'x' => {
                let high = bytes
                    .get(index)
                    .and_then(|&digit| (digit as char).to_digit(16));
                let low = bytes
                    .get(index + 1)
                    .and_then(|&digit| (digit as char).to_digit(16));
                let (Some(high), Some(low)) = (high, low) else {
                    let position = translated_length(text.get(..escape_start).unwrap_or(""));
                    return Err(LexicalError::InvalidBytesEscape { position });
                };
                value.push(char::from((high * 16 + low) as u8));
                index += 2;
            }
            _ => match simple_escape(char::from(escaped)) {
                Some(character) => value.push(character),
                None => {
                    value.push('\\');
                    value.push(char::from(escaped));
                }
            },
        }
    }
    Ok(value)
}

/// A raw literal's value: its text with `\r\n` and `\r` read as `\n`.
pub(super) fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Pushes the character at `index` (with `\r\n` and `\r` read as `\n`) and
/// returns the index after it.
fn push_plain(text: &str, index: usize, value: &mut String) -> usize {
    let Some(character) = text.get(index..).and_then(|rest| rest.chars().next()) else {
        return text.len();
    };
    if character == '\r' {
        value.push('\n');
        let crlf = text.as_bytes().get(index + 1) == Some(&b'\n');
        return index + if crlf { 2 } else { 1 };
    }
    value.push(character);
    index + character.len_utf8()
}

/// The character of a one-letter escape such as `\n`.
fn simple_escape(escaped: char) -> Option<char> {
    Some(match escaped {
        '\\' => '\\',
        '\'' => '\'',
        '"' => '"',
        'a' => '\u{7}',
        'b' => '\u{8}',
        'f' => '\u{C}',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\u{B}',
        _ => return None,
    })
}

/// CPython's error for the escape starting at `start` that the codec gave up on at `stop`.
fn escape_error(text: &str, start: usize, stop: usize, problem: EscapeProblem) -> LexicalError {
    let first = converted_position(text, start);
    let end = converted_position(text, stop);
    LexicalError::InvalidUnicodeEscape {
        problem,
        positions: (first, end.saturating_sub(1)),
    }
}

/// The length of `text` with `\r\n` counted as one byte, as CPython reads it.
fn translated_length(text: &str) -> usize {
    text.len() - text.matches("\r\n").count()
}

/// Where byte `stop` of `text` lands in CPython's rewritten buffer: a non-ASCII
/// character takes 10 bytes, a backslash before one (or at the end) 6, `\r\n` 1.
fn converted_position(text: &str, stop: usize) -> usize {
    let bytes = text.as_bytes();
    let mut position = 0;
    let mut index = 0;
    while index < stop {
        let Some(&byte) = bytes.get(index) else { break };
        if byte == b'\\' {
            position += 1;
            index += 1;
            match bytes.get(index) {
                None => position += 5,
                Some(&next) if next >= 0x80 => position += 5,
                Some(_) if index >= stop => {}
                // The escaped ASCII character is copied as it is.
                Some(_) => index = step_ascii(bytes, index, &mut position),
            }
        } else if byte >= 0x80 {
            position += 10;
            index += text
                .get(index..)
                .and_then(|rest| rest.chars().next())
                .map_or(1, char::len_utf8);
        } else {
            index = step_ascii(bytes, index, &mut position);
        }
    }
    position
}

/// Counts one ASCII character (`\r\n` as one) and returns the index after it.
fn step_ascii(bytes: &[u8], index: usize, position: &mut usize) -> usize {
    *position += 1;
    if bytes.get(index) == Some(&b'\r') && bytes.get(index + 1) == Some(&b'\n') {
        index + 2
    } else {
        index + 1
    }
}
