//! Dict and set lookups: hash the key, then find it in the table with an
//! equality that only reads the heap (keys of builtin types never need
//! Python code to compare), then change the container.

use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;
use super::equality::keys_equal;

impl Vm {
    /// The entry number of `key` (hashed to `hash`) in the dict, if it is there.
    fn dict_find(&self, dict: ObjectRef, hash: i64, key: Value) -> Option<usize> {
        match self.heap.get(dict) {
            Some(Object::Dict(table)) => {
                table.find(hash, |stored| keys_equal(&self.heap, stored, key))
            }
            _ => None,
        }
    }

    /// `dict[key]` lookup: the value, or `None` when missing.
    pub(crate) fn dict_get(&mut self, dict: ObjectRef, key: Value) -> PythonResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        self.charge(1)?;
        let index = self.dict_find(dict, hash, key);
        Ok(match (index, self.object(dict)) {
            (Some(index), Object::Dict(table)) => table.entry(index).map(|entry| entry.value),
            _ => None,
        })
    }

    /// `dict[key] = value`.
    pub(crate) fn dict_set(
        &mut self,
        dict: ObjectRef,
        key: Value,
        value: Value,
    ) -> PythonResult<()> {
        let hash = self.hash_value(key)?;
        self.charge(1)?;
        let index = self.dict_find(dict, hash, key);
        if index.is_none() {
            let new_size = self.object(dict).size_in_bytes_after_growth();
            self.heap.resize(dict, new_size)?;
        }
        if let Some(Object::Dict(table)) = self.object_mut(dict) {
            match index {
                Some(index) => table.set_value(index, value),
                None => table.insert_new(hash, key, value),
            }
        }
        Ok(())
    }

    /// Removes `key`; the value it had, or `None` when missing.
    pub(crate) fn dict_remove(
        &mut self,
        dict: ObjectRef,
        key: Value,
    ) -> PythonResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        self.charge(1)?;
        let Some(index) = self.dict_find(dict, hash, key) else {
            return Ok(None);
        };
        Ok(match self.object_mut(dict) {
            Some(Object::Dict(table)) => table.remove(index).map(|entry| entry.value),
            _ => None,
        })
    }

    /// Adds `item` to a set (or frozenset being built).
    pub(crate) fn set_add(&mut self, set: ObjectRef, item: Value) -> PythonResult<()> {
        let hash = self.hash_value(item)?;
        self.set_add_hashed(set, hash, item)
    }

    /// Adds `item`, whose hash is `hash`, to a set (or frozenset being built).
    pub(crate) fn set_add_hashed(
        &mut self,
        set: ObjectRef,
        hash: i64,
        item: Value,
    ) -> PythonResult<()> {
        self.charge(1)?;
        if self.set_contains_hashed(set, hash, item) {
            return Ok(());
        }
        let new_size = self.object(set).size_in_bytes_after_growth();
        self.heap.resize(set, new_size)?;
        if let Some(Object::Set(table) | Object::FrozenSet(table)) = self.object_mut(set) {
            table.insert_new(hash, item);
        }
        Ok(())
    }

    /// Whether a set holds `item`, whose hash is `hash`.
    pub(crate) fn set_contains_hashed(&self, set: ObjectRef, hash: i64, item: Value) -> bool {
        match self.heap.get(set) {
            Some(Object::Set(table) | Object::FrozenSet(table)) => {
                table.contains(hash, |stored| keys_equal(&self.heap, stored, item))
            }
            _ => false,
        }
    }

    /// Whether a set holds `item`.
    pub(crate) fn set_contains(&mut self, set: ObjectRef, item: Value) -> PythonResult<bool> {
        let hash = self.hash_value(item)?;
        self.charge(1)?;
        Ok(self.set_contains_hashed(set, hash, item))
    }

    /// Removes `item` from a set; whether it was there.
    pub(crate) fn set_remove(&mut self, set: ObjectRef, item: Value) -> PythonResult<bool> {
        let hash = self.hash_value(item)?;
        Ok(self.set_remove_hashed(set, hash, item))
    }

    /// Removes `item`, whose hash is `hash`, from a set; whether it was there.
    pub(crate) fn set_remove_hashed(&mut self, set: ObjectRef, hash: i64, item: Value) -> bool {
        // The table is taken out of the heap while the equality reads the heap
        // (a set never holds itself), then put back.
        let mut table = match self.object_mut(set) {
            Some(Object::Set(table) | Object::FrozenSet(table)) => std::mem::take(table),
            _ => return false,
        };
        let removed = table.remove(hash, |stored| keys_equal(&self.heap, stored, item));
        if let Some(Object::Set(slot) | Object::FrozenSet(slot)) = self.object_mut(set) {
            *slot = table;
        }
        removed
    }

    /// A new empty dict on the heap.
    pub(crate) fn new_dict_object(&mut self) -> PythonResult<ObjectRef> {
        Ok(self
            .heap
            .allocate(Object::Dict(super::super::dict::DictObject::new()))?)
    }

    /// A KeyError for a missing key: its message is the key's repr, and the VM
    /// builds the exception with the key itself.
    pub(crate) fn missing_key_error(&mut self, key: Value) -> PythonError {
        let text = self.repr(key).unwrap_or_default();
        let mut error = PythonError::new(super::super::types::TypeId::KeyError, text.clone())
            .explained(
                super::super::error::Explanation::new("python-operations-key-missing")
                    .with("key", text),
            );
        error.key = Some(key);
        error
    }
}

/// The size an object will have after one more entry (for the heap budget).
trait GrowthSize {
    /// The object's size in bytes once it holds one more entry.
    fn size_in_bytes_after_growth(&self) -> usize;
}

impl GrowthSize for Object {
    fn size_in_bytes_after_growth(&self) -> usize {
        use super::super::heap::HeapObject;
        const ENTRY: usize = 48;
        self.size_in_bytes() + ENTRY
    }
}
