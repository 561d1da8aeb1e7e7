//! `dict`: entries in insertion order, found through a hash table.
//!
//! The table (hashbrown's `HashTable`, as indexmap keeps one) holds only
//! entry numbers, four bytes a slot; the entries keep insertion order, which
//! is the order Python iterates and prints, and each entry its key's Python
//! hash. (A set's table is CPython's own, [`super::super::set_table`],
//! because a set's order is its table's; a dict's order is not.) Removing
//! an entry leaves a hole that later growth squeezes out. Comparing keys
//! needs the heap, so lookups take an `is_equal` callback from the VM.

use hashbrown::HashTable;

use super::heap::ObjectRef;
use super::value::Value;

/// One key and its value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DictEntry {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// What kind of dict: a plain one, or one of `collections`' dicts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DictFlavour {
    /// `dict`.
    #[default]
    Plain,
    /// `defaultdict(factory)`: a missing key gets `factory()` (a builtin type,
    /// or `None` for none), stored.
    Default(Option<super::types::TypeId>),
    /// `Counter`: a missing key counts 0 (not stored).
    Counter,
}

/// A `dict`.
#[derive(Clone, Debug, Default)]
pub struct DictObject {
    entries: Vec<Option<DictEntry>>,
    table: HashTable<u32>,
    length: usize,
    /// Plain, defaultdict or Counter.
    pub flavour: DictFlavour,
}

impl DictObject {
    /// An empty dict.
    pub fn new() -> DictObject {
        DictObject::default()
    }

    /// How many keys it holds.
    pub fn len(&self) -> usize {
        self.length
    }

    /// Whether it holds no key.
    pub fn is_empty(&self) -> bool {
        self.length == 0
    }

    /// The entry number of the key with `hash` that `is_equal` recognises
    /// (it is asked only about keys of that hash).
    pub fn find(&self, hash: i64, mut is_equal: impl FnMut(Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.table
            .find(table_hash(hash), |&entry| {
                match entries.get(entry as usize) {
                    Some(Some(stored)) => stored.hash == hash && is_equal(stored.key),
                    _ => false,
                }
            })
            .map(|&entry| entry as usize)
    }

    /// The entry numbered `index`, if it holds a key.
    pub fn entry(&self, index: usize) -> Option<&DictEntry> {
        self.entries.get(index).and_then(Option::as_ref)
    }

    /// Replaces the value of entry `index`.
    pub fn set_value(&mut self, index: usize, value: Value) {
        if let Some(Some(entry)) = self.entries.get_mut(index) {
            entry.value = value;
        }
    }

    /// Adds a key the caller has checked is not there yet.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.len() >= 2 * self.length + 8 {
            self.compact();
        }
        self.push_entry(DictEntry { hash, key, value });
    }

    /// Appends an entry and indexes it.
    fn push_entry(&mut self, entry: DictEntry) {
        let index = self.entries.len() as u32;
        self.entries.push(Some(entry));
        let entries = &self.entries;
        self.table
            .insert_unique(table_hash(entry.hash), index, |&stored| {
                entries
                    .get(stored as usize)
                    .and_then(Option::as_ref)
                    .map_or(0, |stored| table_hash(stored.hash))
            });
        self.length += 1;
    }

    /// Removes entry `index`; returns it.
    pub fn remove(&mut self, index: usize) -> Option<DictEntry> {
        let entry = self.entries.get_mut(index)?.take()?;
        if let Ok(found) = self
            .table
            .find_entry(table_hash(entry.hash), |&stored| stored as usize == index)
        {
            found.remove();
        }
        self.length -= 1;
        Some(entry)
    }

    /// Removes every key.
    pub fn clear(&mut self) {
        // A defaultdict stays one, and a Counter a Counter.
        *self = DictObject {
            flavour: self.flavour,
            ..DictObject::new()
        };
    }

    /// The entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> + '_ {
        self.entries.iter().filter_map(Option::as_ref)
    }

    /// The first entry at or after slot `position`, with its slot: how an
    /// iterator walks the dict one step at a time.
    pub fn entry_from(&self, position: usize) -> Option<(usize, &DictEntry)> {
        self.entries
            .iter()
            .enumerate()
            .skip(position)
            .find_map(|(index, entry)| entry.as_ref().map(|entry| (index, entry)))
    }

    /// The last entry (for `popitem`).
    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(Option::is_some)
    }

    /// Pushes every object the dict refers to.
    pub fn trace(&self, references: &mut Vec<ObjectRef>) {
        for entry in self.iter() {
            for value in [entry.key, entry.value] {
                if let Value::Object(reference) = value {
                    references.push(reference);
                }
            }
        }
    }

    /// The bytes it takes, as the budget counts them.
    pub fn size_in_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<DictEntry>>()
            + self.table.allocation_size()
    }

    /// Squeezes out the holes removals left.
    fn compact(&mut self) {
        let entries: Vec<DictEntry> = self.iter().copied().collect();
        self.clear();
        for entry in entries {
            self.push_entry(entry);
        }
    }
}

/// The table's hash of a key's Python hash: mixed, because Python's hashes
/// of small ints are the ints themselves, and the table picks slots by the
/// low bits and tells keys apart by the high ones.
fn table_hash(hash: i64) -> u64 {
    let mixed = (hash as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    mixed ^ (mixed >> 29)
}
