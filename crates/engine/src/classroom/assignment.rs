//! The assignment a teacher hands out: which pack, for which class, with the
//! class list to pick names from, and (for the teacher's own pack) the pack
//! itself, so nothing needs hosting.
//!
//! ```json
//! {"format": "bastau-assignment", "version": 1, "pack": "first-steps",
//!  "pack_version": "1.0", "class": "7Б", "pupils": ["Аружан Серік", "Данияр"],
//!  "pack_files": {"pack.toml": "..."}}
//! ```
//!
//! It travels as a file or inside a link: `#/assignment/<data>`, the JSON
//! in base64url ([`Assignment::to_link_data`]), so it survives messengers
//! and needs no server.

use std::collections::BTreeMap;

use super::hand_in::{tidy_name, LONGEST_NAME};
use crate::pack::is_well_formed_id;
use crate::progress::json::{object, parse_json, JsonValue};

/// The `format` field that marks an assignment.
pub const ASSIGNMENT_FORMAT: &str = "bastau-assignment";

/// The version of the assignments this app writes.
pub const ASSIGNMENT_VERSION: u64 = 1;

/// The most pupils a class list may name.
pub const MOST_PUPILS: usize = 100;

/// What a teacher hands out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assignment {
    /// The pack's id.
    pub pack_id: String,
    /// The pack's version when the teacher assigned it.
    pub pack_version: String,
    /// The class's name (may be empty).
    pub class_name: String,
    /// The pupils' names as the teacher spells them (may be empty: pupils type theirs).
    pub pupils: Vec<String>,
    /// The teacher's own pack's files (`pack.toml` and its lessons), carried
    /// along; empty for a built-in pack.
    pub pack_files: BTreeMap<String, String>,
}

/// Why an assignment cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssignmentProblem {
    /// Not an assignment (damaged, cut short, or something else).
    NotAssignment,
    /// A newer app made it.
    NewerVersion(u64),
}

impl AssignmentProblem {
    /// The message that explains the problem.
    pub fn message_id(&self) -> &'static str {
        match self {
            AssignmentProblem::NotAssignment => "assignment-broken",
            AssignmentProblem::NewerVersion(_) => "assignment-newer",
        }
    }
}

/// The class list typed by the teacher, one name a line, tidied: blank
/// lines and repeats dropped, at most [`MOST_PUPILS`] names.
pub fn class_list(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for line in text.lines() {
        let name = tidy_name(line);
        let lower = name.to_lowercase();
        if !name.is_empty() && !names.iter().any(|known| known.to_lowercase() == lower) {
            names.push(name);
        }
    }
    names.truncate(MOST_PUPILS);
    names
}

impl Assignment {
    /// The assignment as JSON text (a file's, readable).
    pub fn to_file_text(&self) -> String {
        self.to_json().to_readable_text()
    }

    fn to_json(&self) -> JsonValue {
        object(vec![
            ("format", Some(JsonValue::Text(ASSIGNMENT_FORMAT.into()))),
            ("version", Some(JsonValue::count(ASSIGNMENT_VERSION))),
            ("pack", Some(JsonValue::Text(self.pack_id.clone()))),
            (
                "pack_version",
                Some(JsonValue::Text(self.pack_version.clone())),
            ),
            ("class", Some(JsonValue::Text(self.class_name.clone()))),
            (
                "pupils",
                Some(JsonValue::List(
                    self.pupils.iter().cloned().map(JsonValue::Text).collect(),
                )),
            ),
            (
                "pack_files",
                (!self.pack_files.is_empty()).then(|| {
                    JsonValue::Object(
                        self.pack_files
                            .iter()
                            .map(|(name, text)| (name.clone(), JsonValue::Text(text.clone())))
                            .collect(),
                    )
                }),
            ),
        ])
    }

    /// Reads an assignment's JSON text.
    pub fn from_file_text(text: &str) -> Result<Assignment, AssignmentProblem> {
        let broken = AssignmentProblem::NotAssignment;
        let value = parse_json(text.trim_start_matches('\u{feff}')).ok_or(broken.clone())?;
        if value.field("format").and_then(JsonValue::as_text) != Some(ASSIGNMENT_FORMAT) {
            return Err(broken);
        }
        match value.field("version").and_then(JsonValue::as_count) {
            Some(version) if version > ASSIGNMENT_VERSION => {
                return Err(AssignmentProblem::NewerVersion(version))
            }
            Some(_) => {}
            None => return Err(broken),
        }
        let text_of = |name: &str| value.field(name).and_then(JsonValue::as_text);
        let pack_id = text_of("pack").ok_or(broken.clone())?.to_owned();
        if !is_well_formed_id(&pack_id) {
            return Err(broken);
        }
        let pupils = match value.field("pupils") {
            None | Some(JsonValue::Null) => Vec::new(),
            Some(JsonValue::List(items)) => {
                let mut names = Vec::new();
                for item in items {
                    names.push(item.as_text().ok_or(broken.clone())?);
                }
                class_list(&names.join("\n"))
            }
            Some(_) => return Err(broken),
        };
        let mut pack_files = BTreeMap::new();
        match value.field("pack_files") {
            None | Some(JsonValue::Null) => {}
            Some(JsonValue::Object(fields)) => {
                for (name, text) in fields {
                    let text = text.as_text().ok_or(broken.clone())?;
                    pack_files.insert(name.clone(), text.to_owned());
                }
            }
            Some(_) => return Err(broken),
        }
        Ok(Assignment {
            pack_id,
            pack_version: text_of("pack_version").unwrap_or_default().to_owned(),
            class_name: tidy_name(text_of("class").unwrap_or_default())
                .chars()
                .take(LONGEST_NAME)
                .collect(),
            pupils,
            pack_files,
        })
    }

    /// The assignment for a link's address: its compact JSON in base64url.
    pub fn to_link_data(&self) -> String {
        base64url_encode(self.to_json().to_compact_text().as_bytes())
    }

    /// Reads a link's data.
    pub fn from_link_data(data: &str) -> Result<Assignment, AssignmentProblem> {
        let bytes = base64url_decode(data.trim()).ok_or(AssignmentProblem::NotAssignment)?;
        let text = String::from_utf8(bytes).map_err(|_| AssignmentProblem::NotAssignment)?;
        Assignment::from_file_text(&text)
    }
}

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bytes as base64url without padding (RFC 4648, section 5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |group, (index, byte)| {
                group | u32::from(*byte) << (16 - 8 * index)
            });
        for index in 0..=chunk.len() {
            let sextet = (group >> (18 - 6 * index)) & 0x3f;
            text.push(char::from(BASE64URL[sextet as usize]));
        }
    }
    text
}

/// base64url text (padding allowed) as bytes; `None` for anything else.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0_u32;
        for (index, letter) in chunk.iter().enumerate() {
            let value = BASE64URL.iter().position(|known| known == letter)? as u32;
            group |= value << (18 - 6 * index);
        }
        for index in 0..chunk.len() - 1 {
            bytes.push((group >> (16 - 8 * index)) as u8);
        }
    }
    Some(bytes)
}
