//! How much of the browser's storage is used, and making room when it is full.
//!
//! A browser gives one site about 5 million characters of local storage for
//! everything: every
//! profile's progress, imported packs, earlier versions. The settings page
//! shows what each takes ([`storage_usage`]). When a write does not fit,
//! [`write_making_room`] removes earlier versions of lessons' code, those of
//! the lessons worked on longest ago first, and tries again: they are the
//! only thing kept that a pupil does not need. Anything else is never removed
//! to make room; the write fails with [`StorageError::QuotaExceeded`] and the
//! app says so.

use super::json::parse_json;
use super::lesson_store::versions_from_json;
use super::{PROFILES_KEY_PREFIX_ALL, SET_ASIDE_PREFIX};
use crate::storage::{entry_size_in_characters, KeyValueStore, StorageError};

/// What browsers give one site, in characters (UTF-16 code units of keys
/// and values): 5 Mi in Chromium and Firefox (measured in Debian's Chromium:
/// 5,242,877 characters of keys and values fit, Latin or Cyrillic alike).
pub const BROWSER_STORAGE_CHARACTERS: u64 = 5 * 1024 * 1024;

/// What the stored data takes, in characters as browsers count them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StorageUsage {
    /// The chosen profile's progress (earlier versions aside).
    pub this_profile: u64,
    /// Every other profile's progress (earlier versions aside).
    pub other_profiles: u64,
    /// Earlier versions of lessons' code, of every profile.
    pub earlier_versions: u64,
    /// Imported lesson packs.
    pub imported_packs: u64,
    /// Unreadable records kept aside.
    pub set_aside: u64,
    /// Everything else (settings, the list of profiles, other sites' keys).
    pub other: u64,
}

impl StorageUsage {
    /// All of it.
    pub fn total(&self) -> u64 {
        self.this_profile
            + self.other_profiles
            + self.earlier_versions
            + self.imported_packs
            + self.set_aside
            + self.other
    }
}

/// What each kind of data in `store` takes, with `profile_id` the chosen one.
pub fn storage_usage(
    store: &impl KeyValueStore,
    profile_id: &str,
) -> Result<StorageUsage, StorageError> {
    let mut usage = StorageUsage::default();
    let this_prefix = super::profile_key_prefix(profile_id);
    for key in store.keys()? {
        let Some(value) = store.read(&key)? else {
            continue;
        };
        let size = entry_size_in_characters(&key, &value);
        let share = if key.starts_with(SET_ASIDE_PREFIX) || key.starts_with("bastau.v1.unreadable")
        {
            &mut usage.set_aside
        } else if key.starts_with("bastau.v1.pack") || key == "bastau.v1.imported-packs" {
            &mut usage.imported_packs
        } else if is_versions_key(&key) {
            &mut usage.earlier_versions
        } else if key.starts_with(&this_prefix) {
            &mut usage.this_profile
        } else if is_profile_key(&key) {
            &mut usage.other_profiles
        } else {
            &mut usage.other
        };
        *share += size;
    }
    Ok(usage)
}

/// Whether `key` is a profile's key (`bastau.v2.p<N>.`...).
fn is_profile_key(key: &str) -> bool {
    key.strip_prefix(PROFILES_KEY_PREFIX_ALL)
        .and_then(|rest| rest.split_once('.'))
        .is_some_and(|(id, _)| {
            id.len() > 1 && id.starts_with('p') && id[1..].bytes().all(|byte| byte.is_ascii_digit())
        })
}

fn is_versions_key(key: &str) -> bool {
    is_profile_key(key)
        && key
            .splitn(4, '.')
            .nth(3)
            .is_some_and(|rest| rest.starts_with("versions."))
}

/// Writes `value` under `key`; when the store is full, removes earlier
/// versions (least recently kept first) until it fits. Returns how many
/// lessons' earlier versions were removed. When nothing more can be removed
/// the store's `QuotaExceeded` is returned and the store holds what it held,
/// less the earlier versions.
pub fn write_making_room(
    store: &mut impl KeyValueStore,
    key: &str,
    value: &str,
) -> Result<usize, StorageError> {
    match store.write(key, value) {
        Err(StorageError::QuotaExceeded) => {}
        other => return other.map(|()| 0),
    }
    let mut removable: Vec<(u64, String)> = Vec::new();
    for candidate in store.keys()? {
        if candidate == key || !is_versions_key(&candidate) {
            continue;
        }
        let newest = store
            .read(&candidate)?
            .and_then(|record| parse_json(&record))
            .and_then(|record| versions_from_json(record.field("versions")?))
            .and_then(|versions| versions.iter().map(|version| version.saved).max())
            .unwrap_or(0);
        removable.push((newest, candidate));
    }
    // Oldest first; the key breaks ties so the order does not depend on the
    // store. (Picking the smallest each time: there are few, and a sort
    // would add its own code to the wasm.)
    let mut removed = 0;
    while let Some(oldest) =
        (0..removable.len()).min_by(|&first, &second| removable[first].cmp(&removable[second]))
    {
        let (_, candidate) = removable.swap_remove(oldest);
        store.remove(&candidate)?;
        removed += 1;
        match store.write(key, value) {
            Err(StorageError::QuotaExceeded) => continue,
            other => return other.map(|()| removed),
        }
    }
    Err(StorageError::QuotaExceeded)
}
