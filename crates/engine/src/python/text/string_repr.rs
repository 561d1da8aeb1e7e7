//! CPython's `repr(str)`: the quotes it picks and the escapes it writes.

use std::fmt::Write;

use super::unicode_properties::char_is_printable;

/// CPython's `repr()` of a string.
///
/// The quote is `'` unless the text holds a `'` and no `"`; backslash, the chosen
/// quote, `\t`, `\n` and `\r` are escaped with a backslash; other characters that
/// `str.isprintable()` rejects become `\xhh`, `\uhhhh` or `\Uhhhhhhhh`; everything
/// else (Cyrillic, Kazakh letters, emoji) stays as it is.
pub fn python_string_repr(text: &str) -> String {
    python_string_repr_prefix(text, usize::MAX)
}

/// The first `max_chars` characters of [`python_string_repr`], as CPython's `%.200R`
/// writes it in error messages (the closing quote is lost when the repr is longer).
/// The work is proportional to the prefix, apart from one scan for quotes.
pub fn python_string_repr_prefix(text: &str, max_chars: usize) -> String {
    let has_single_quote = text.contains('\'');
    let quote = if has_single_quote && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut repr = String::with_capacity(text.len().min(max_chars) + 2);
    let mut n_chars = 0usize;
    let mut push = |piece: &str, repr: &mut String| -> bool {
        for character in piece.chars() {
            if n_chars >= max_chars {
                return false;
            }
            repr.push(character);
            n_chars += 1;
        }
        true
    };
    let mut escaped = String::new();
    if !push(&quote.to_string(), &mut repr) {
        return repr;
    }
    for character in text.chars() {
        escaped.clear();
        write_escaped_char(character, quote, &mut escaped);
        if !push(&escaped, &mut repr) {
            return repr;
        }
    }
    push(&quote.to_string(), &mut repr);
    repr
}

/// One character as `repr()` writes it inside the given quotes.
fn write_escaped_char(character: char, quote: char, out: &mut String) {
    let code_point = u32::from(character);
    // Writing to a String cannot fail, so the results of `write!` are ignored.
    match character {
        '\\' => out.push_str("\\\\"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        _ if character == quote => {
            out.push('\\');
            out.push(character);
        }
        ' '..='~' => out.push(character),
        _ if code_point >= 0x80 && char_is_printable(character) => out.push(character),
        _ if code_point < 0x100 => {
            let _ = write!(out, "\\x{code_point:02x}");
        }
        _ if code_point < 0x10000 => {
            let _ = write!(out, "\\u{code_point:04x}");
        }
        _ => {
            let _ = write!(out, "\\U{code_point:08x}");
        }
    }
}
