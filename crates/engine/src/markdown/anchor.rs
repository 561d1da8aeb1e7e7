//! Headings' anchors: `md-` and a slug of the text, unique within a document.
//!
//! The slug keeps letters and digits of every script (lower-cased), turns
//! runs of spaces, `-` and `_` into one `-`, and drops everything else, so
//! "Циклдар: for және while" becomes `md-циклдар-for-және-while`. In-page
//! links (`#циклдар-for-және-while`, or percent-encoded) are slugged the same
//! way, so they find their heading.

use std::collections::HashSet;

/// The prefix of every anchor, so a pack's headings never clash with the app's ids.
const ANCHOR_PREFIX: &str = "md-";

/// The anchor a heading with text `heading_text`, or an in-page link to it, names.
pub(super) fn anchor_of(heading_text: &str) -> String {
    let mut anchor = String::from(ANCHOR_PREFIX);
    let mut pending_separator = false;
    for character in heading_text.chars() {
        if character.is_alphanumeric() {
            if pending_separator && anchor.len() > ANCHOR_PREFIX.len() {
                anchor.push('-');
            }
            pending_separator = false;
            anchor.extend(character.to_lowercase());
        } else if character.is_whitespace() || character == '-' || character == '_' {
            pending_separator = true;
        }
    }
    if anchor.len() == ANCHOR_PREFIX.len() {
        anchor.push_str("section");
    }
    anchor
}

/// The anchor an in-page link's fragment (after `#`) points at; `None` for an empty one.
pub(super) fn anchor_of_fragment(fragment: &str) -> Option<String> {
    let decoded = percent_decoded(fragment);
    if !decoded.chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(anchor_of(&decoded))
}

/// `text` with its `%XX` escapes decoded (invalid UTF-8 replaced).
pub(super) fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| bytes.get(index + 1..index + 3))
            .flatten()
            .and_then(|digits| std::str::from_utf8(digits).ok())
            .and_then(|digits| u8::from_str_radix(digits, 16).ok());
        match escaped {
            Some(byte) => {
                decoded.push(byte);
                index += 3;
            }
            None => {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

/// Hands out anchors unique within one document.
#[derive(Debug, Default)]
pub(super) struct AnchorRegistry {
    used: HashSet<String>,
}

impl AnchorRegistry {
    /// A unique anchor for a heading with text `heading_text`: its slug, or
    /// the slug with `-2`, `-3`, ... when taken.
    pub(super) fn unique_anchor(&mut self, heading_text: &str) -> String {
        let base = anchor_of(heading_text);
        let mut anchor = base.clone();
        let mut repeat = 1_u32;
        while self.used.contains(&anchor) {
            repeat += 1;
            anchor = format!("{base}-{repeat}");
        }
        self.used.insert(anchor.clone());
        anchor
    }
}
