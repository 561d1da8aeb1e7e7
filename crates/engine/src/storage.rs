//! Where the engine keeps what must survive a reload: a small key-value store.
//!
//! The browser's local storage implements [`KeyValueStore`] in the app; tests
//! and native tools use [`MemoryStore`]. Every operation can fail (storage
//! switched off by a school's policy, a full quota) and says how.

use std::collections::BTreeMap;

/// A store of text values under text keys, such as the browser's local storage.
pub trait KeyValueStore {
    /// The value under `key`, or `None` when there is none.
    fn read(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Puts `value` under `key`, replacing what was there.
    fn write(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key` and its value; removing a missing key is not an error.
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
    /// Every key in the store, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// How much room a key and its value take in a browser's storage, as
/// browsers count it against their quota: UTF-16 code units of both (one per
/// character, two for an emoji), whatever the alphabet.
pub fn entry_size_in_characters(key: &str, value: &str) -> u64 {
    (key.encode_utf16().count() + value.encode_utf16().count()) as u64
}

/// Why the store could not do what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// There is no storage at all (switched off, or a private window that forbids it).
    Unavailable,
    /// The store is full; nothing was written.
    QuotaExceeded,
    /// Anything else, with the platform's own words.
    Other(String),
}

/// A [`KeyValueStore`] in memory, with an optional size limit like a browser's quota.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    capacity_in_characters: Option<usize>,
}

impl MemoryStore {
    /// An empty store without a size limit.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// An empty store that refuses writes once keys and values together would
    /// take more than `capacity_in_characters` (counted as
    /// [`entry_size_in_characters`] does).
    pub fn with_capacity_in_characters(capacity_in_characters: usize) -> MemoryStore {
        MemoryStore {
            entries: BTreeMap::new(),
            capacity_in_characters: Some(capacity_in_characters),
        }
    }

    fn used_characters_without(&self, key: &str) -> u64 {
        self.entries
            .iter()
            .filter(|(entry_key, _)| entry_key.as_str() != key)
            .map(|(entry_key, value)| entry_size_in_characters(entry_key, value))
            .sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.get(key).cloned())
    }

    fn write(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(capacity_in_characters) = self.capacity_in_characters {
            let needed = self.used_characters_without(key) + entry_size_in_characters(key, value);
            if needed > capacity_in_characters as u64 {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.keys().cloned().collect())
    }
}
