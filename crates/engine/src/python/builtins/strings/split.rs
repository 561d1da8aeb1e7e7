//! Splitting, joining and stripping: `split`, `rsplit`, `splitlines`, `join`,
//! `strip`, `lstrip`, `rstrip`.
//!
//! Whitespace is CPython's (`str.isspace()`): besides ASCII spaces and tabs it
//! counts `'\x1c'` to `'\x1f'`, U+0085, U+00A0, U+2028 and the other Unicode spaces.

use compact_str::CompactString;

use super::error::StrMethodError;
use super::search::{ascii_byte_offsets, single_character};
use crate::python::text::char_is_space;

/// `str.split(sep, maxsplit)`: with `sep` `None`, the runs of non-whitespace;
/// otherwise the pieces between occurrences of `sep`. At most `max_split` splits
/// are made, all of them when it is negative (Python's default -1).
pub fn split(
    text: &str,
    sep: Option<&str>,
    max_split: i64,
) -> Result<Vec<CompactString>, StrMethodError> {
    let limit = usize::try_from(max_split).unwrap_or(usize::MAX);
    match sep {
        None => Ok(split_whitespace(text, limit)),
        Some("") => Err(StrMethodError::EmptySeparator),
        Some(separator) => {
            let pieces = limit.saturating_add(1);
            Ok(match single_character(separator) {
                Some(character) if character.is_ascii() => {
                    split_at_ascii(text, character as u8, pieces)
                }
                Some(character) => owned(text.splitn(pieces, character)),
                None => owned(text.splitn(pieces, separator)),
            })
        }
    }
}

/// The pieces of `text` between occurrences of the ASCII byte `separator`,
/// at most `most_pieces` of them (the last holds the rest).
fn split_at_ascii(text: &str, separator: u8, most_pieces: usize) -> Vec<CompactString> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for offset in ascii_byte_offsets(text, separator).take(most_pieces.saturating_sub(1)) {
        pieces.push(CompactString::from(
            text.get(start..offset).unwrap_or_default(),
        ));
        start = offset + 1;
    }
    pieces.push(CompactString::from(text.get(start..).unwrap_or_default()));
    pieces
}

/// The pieces a split gives, each as a str's text.
fn owned<'text>(pieces: impl Iterator<Item = &'text str>) -> Vec<CompactString> {
    pieces.map(CompactString::from).collect()
}

/// `str.rsplit(sep, maxsplit)`: as [`split`], making the splits from the right.
pub fn rsplit(
    text: &str,
    sep: Option<&str>,
    max_split: i64,
) -> Result<Vec<CompactString>, StrMethodError> {
    let limit = usize::try_from(max_split).unwrap_or(usize::MAX);
    let mut pieces: Vec<CompactString> = match sep {
        None => rsplit_whitespace(text, limit),
        Some("") => return Err(StrMethodError::EmptySeparator),
        Some(separator) => owned(text.rsplitn(limit.saturating_add(1), separator)),
    };
    pieces.reverse();
    Ok(pieces)
}

/// `str.splitlines(keepends)`: the lines, split at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`, `\x1d`, `\x1e`, U+0085, U+2028 and U+2029; with `keep_ends` each line
/// keeps its boundary.
pub fn splitlines(text: &str, keep_ends: bool) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut characters = text.char_indices().peekable();
    while let Some((offset, character)) = characters.next() {
        if !is_line_boundary(character) {
            continue;
        }
        let mut boundary_end = offset + character.len_utf8();
        if character == '\r' {
            if let Some(&(_, '\n')) = characters.peek() {
                characters.next();
                boundary_end += 1;
            }
        }
        let line_end = if keep_ends { boundary_end } else { offset };
        lines.push(text[line_start..line_end].to_owned());
        line_start = boundary_end;
    }
    if line_start < text.len() {
        lines.push(text[line_start..].to_owned());
    }
    lines
}

/// `separator.join(parts)`.
pub fn join(separator: &str, parts: &[&str]) -> String {
    parts.join(separator)
}

/// `str.strip(chars)`: without the leading and trailing characters of `chars`
/// (whitespace when `None`).
pub fn strip(text: &str, chars: Option<&str>) -> String {
    text.trim_matches(|character| is_stripped(character, chars))
        .to_owned()
}

/// `str.lstrip(chars)`: as [`strip`] at the start only.
pub fn lstrip(text: &str, chars: Option<&str>) -> String {
    text.trim_start_matches(|character| is_stripped(character, chars))
        .to_owned()
}

/// `str.rstrip(chars)`: as [`strip`] at the end only.
pub fn rstrip(text: &str, chars: Option<&str>) -> String {
    text.trim_end_matches(|character| is_stripped(character, chars))
        .to_owned()
}

fn is_stripped(character: char, chars: Option<&str>) -> bool {
    match chars {
        None => char_is_space(character),
        Some(set) => set.contains(character),
    }
}

fn is_line_boundary(character: char) -> bool {
    matches!(
        character,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// CPython's `split_whitespace`: after `limit` splits the rest, left-stripped, is the
/// last piece.
fn split_whitespace(text: &str, limit: usize) -> Vec<CompactString> {
    let mut pieces = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches(char_is_space);
        if rest.is_empty() {
            break;
        }
        if pieces.len() == limit {
            pieces.push(CompactString::from(rest));
            break;
        }
        let word_end = rest.find(char_is_space).unwrap_or(rest.len());
        pieces.push(CompactString::from(&rest[..word_end]));
        rest = &rest[word_end..];
    }
    pieces
}

/// CPython's `rsplit_whitespace`, the pieces from the right (last piece first).
fn rsplit_whitespace(text: &str, limit: usize) -> Vec<CompactString> {
    let mut pieces = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_end_matches(char_is_space);
        if rest.is_empty() {
            break;
        }
        if pieces.len() == limit {
            pieces.push(CompactString::from(rest));
            break;
        }
        let word_start = rest.rfind(char_is_space).map_or(0, |offset| {
            offset + rest[offset..].chars().next().map_or(0, char::len_utf8)
        });
        pieces.push(CompactString::from(&rest[word_start..]));
        rest = &rest[..word_start];
    }
    pieces
}
