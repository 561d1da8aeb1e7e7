//! `set` and `frozenset`: CPython's hash table, so items come out in CPython's order.

use super::super::set_table::{Insertion, SetTable};
use super::heap::ObjectRef;
use super::value::Value;

/// A `set` or `frozenset`.
#[derive(Clone, Debug, Default)]
pub struct SetObject {
    items: Vec<Option<(i64, Value)>>,
    free_items: Vec<u32>,
    table: SetTable,
}

impl SetObject {
    /// An empty set.
    pub fn new() -> SetObject {
        SetObject::default()
    }

    /// How many items it holds.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Whether an item with `hash` that `is_equal` recognises is there.
    pub fn contains(&self, hash: i64, mut is_equal: impl FnMut(Value) -> bool) -> bool {
        self.table
            .find(hash, |entry| match self.items.get(entry as usize) {
                Some(Some((_, item))) => is_equal(*item),
                _ => false,
            })
            .is_some()
    }

    /// Adds an item the caller has checked is not there yet.
    pub fn insert_new(&mut self, hash: i64, item: Value) {
        let entry = match self.free_items.pop() {
            Some(entry) => {
                self.items[entry as usize] = Some((hash, item));
                entry
            }
            None => {
                self.items.push(Some((hash, item)));
                (self.items.len() - 1) as u32
            }
        };
        if let Insertion::AlreadyThere(_) = self.table.insert(hash, entry, |_| false) {
            self.items[entry as usize] = None;
            self.free_items.push(entry);
        }
    }

    /// Removes the item with `hash` that `is_equal` recognises; whether it was there.
    pub fn remove(&mut self, hash: i64, mut is_equal: impl FnMut(Value) -> bool) -> bool {
        let items = &self.items;
        let removed = self
            .table
            .remove(hash, |entry| match items.get(entry as usize) {
                Some(Some((_, item))) => is_equal(*item),
                _ => false,
            });
        match removed {
            Some(entry) => {
                self.items[entry as usize] = None;
                self.free_items.push(entry);
                true
            }
            None => false,
        }
    }

    /// The items in CPython's iteration order, with their hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, Value)> + '_ {
        self.table
            .entries()
            .filter_map(|entry| self.items.get(entry as usize).copied().flatten())
    }

    /// The first item at or after table slot `position`, with the slot to
    /// continue from: how an iterator walks the set one step at a time.
    pub fn item_from(&self, position: usize) -> Option<(usize, Value)> {
        let (slot, entry) = self.table.entry_from_slot(position)?;
        let (_, item) = self.items.get(entry as usize).copied().flatten()?;
        Some((slot + 1, item))
    }

    /// Sizes the table for merging `other_count` items of another set, as CPython does.
    pub fn reserve_for_merge(&mut self, other_count: usize) {
        self.table.reserve_for_merge(other_count);
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        *self = SetObject::new();
    }

    /// Pushes every object the set refers to.
    pub fn trace(&self, references: &mut Vec<ObjectRef>) {
        for (_, item) in self.iter() {
            if let Value::Object(reference) = item {
                references.push(reference);
            }
        }
    }

    /// The bytes it takes, as the budget counts them.
    pub fn size_in_bytes(&self) -> usize {
        self.items.capacity() * std::mem::size_of::<Option<(i64, Value)>>()
            + self.table.slot_count() * 16
    }
}
