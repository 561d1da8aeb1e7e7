//! The teacher's loop in the browser: assignments kept for the pupils of
//! this computer, and the teacher's class tables kept between visits.
//!
//! `bastau.v2.assignment.<pack>` holds the last assignment opened for a pack
//! (shared by every pupil of the computer: it is the class's);
//! `bastau.v2.class.<pack>` the hand-in files a teacher opened for a pack,
//! as a JSON list of their texts, read again (and every claim checked
//! again) when the page opens.

use engine::classroom::assignment::Assignment;
use engine::classroom::hand_in::HandIn;
use engine::progress::json::{parse_json, JsonValue};
use engine::progress::storage_space::write_making_room;
use engine::storage::{KeyValueStore, StorageError};

use crate::services::storage::LocalStore;

fn assignment_key(pack_id: &str) -> String {
    format!("bastau.v2.assignment.{pack_id}")
}

fn class_key(pack_id: &str) -> String {
    format!("bastau.v2.class.{pack_id}")
}

/// Keeps `assignment` for its pack.
pub fn keep_assignment(assignment: &Assignment) -> Result<(), StorageError> {
    let mut kept = assignment.clone();
    // The pack itself is kept as an imported pack; here only what is the class's.
    kept.pack_files.clear();
    write_making_room(
        &mut LocalStore::open(),
        &assignment_key(&kept.pack_id),
        &kept.to_file_text(),
    )
    .map(|_| ())
}

/// The assignment kept for `pack_id`, if any.
pub fn assignment_for(pack_id: &str) -> Option<Assignment> {
    let text = LocalStore::open().read(&assignment_key(pack_id)).ok()??;
    Assignment::from_file_text(&text).ok()
}

/// The hand-ins kept for the class table of `pack_id` (unreadable ones left out).
pub fn kept_hand_ins(pack_id: &str) -> Vec<HandIn> {
    let Ok(Some(text)) = LocalStore::open().read(&class_key(pack_id)) else {
        return Vec::new();
    };
    let Some(JsonValue::List(items)) = parse_json(&text) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| HandIn::from_file_text(item.as_text()?).ok())
        .collect()
}

/// Keeps the hand-ins of the class table of `pack_id`.
pub fn keep_hand_ins(pack_id: &str, hand_ins: &[&HandIn]) -> Result<(), StorageError> {
    let list = JsonValue::List(
        hand_ins
            .iter()
            .map(|hand_in| JsonValue::Text(hand_in.to_file_text()))
            .collect(),
    );
    write_making_room(
        &mut LocalStore::open(),
        &class_key(pack_id),
        &list.to_compact_text(),
    )
    .map(|_| ())
}
