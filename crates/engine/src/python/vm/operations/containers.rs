//! Dict and set lookups: hash the key, then find it in the table with an
//! equality that only reads the heap (keys of builtin types never need
//! Python code to compare), then change the container.

use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;
use super::equality::{is_identical, keys_equal};

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

    /// [`Vm::dict_find`] for any key: a key whose `==` is the program's own
    /// `__eq__` is compared, by the VM, with each stored key of its hash.
    fn dict_find_running(
        &mut self,
        dict: ObjectRef,
        hash: i64,
        key: Value,
    ) -> PythonResult<Option<usize>> {
        if let Some(index) = self.dict_find(dict, hash, key) {
            return Ok(Some(index));
        }
        let mut candidates = Vec::new();
        if let Some(Object::Dict(table)) = self.heap.get(dict) {
            table.find(hash, |stored| {
                candidates.push(stored);
                false
            });
        }
        if candidates.is_empty() {
            return Ok(None);
        }
        let key_runs_code = self.equality_runs_code(key);
        if !key_runs_code
            && !candidates
                .iter()
                .any(|stored| self.equality_runs_code(*stored))
        {
            return Ok(None);
        }
        for candidate in candidates {
            if is_identical(candidate, key) || self.values_equal(candidate, key)? {
                return Ok(match self.heap.get(dict) {
                    Some(Object::Dict(table)) => {
                        table.find(hash, |stored| is_identical(stored, candidate))
                    }
                    _ => None,
                });
            }
        }
        Ok(None)
    }

    /// Whether a dict has the key `key` (hashed to `hash`), by the
    /// program's `__eq__` where it has one.
    pub(crate) fn dict_contains_hashed_running(
        &mut self,
        dict: ObjectRef,
        hash: i64,
        key: Value,
    ) -> PythonResult<bool> {
        Ok(self.dict_find_running(dict, hash, key)?.is_some())
    }

    /// The stored item of a set equal to `item` when `item`'s `==` is the
    /// program's own `__eq__`.
    fn stored_equal_item(
        &mut self,
        set: ObjectRef,
        hash: i64,
        item: Value,
    ) -> PythonResult<Option<Value>> {
        let mut candidates = Vec::new();
        if let Some(Object::Set(table) | Object::FrozenSet(table)) = self.heap.get(set) {
            table.contains(hash, |stored| {
                candidates.push(stored);
                false
            });
        }
        if candidates.is_empty() {
            return Ok(None);
        }
        let item_runs_code = self.equality_runs_code(item);
        if !item_runs_code
            && !candidates
                .iter()
                .any(|stored| self.equality_runs_code(*stored))
        {
            return Ok(None);
        }
        for candidate in candidates {
            if is_identical(candidate, item) || self.values_equal(candidate, item)? {
                return Ok(Some(candidate));
            }
        }
        Ok(None)
    }

    /// [`Vm::set_contains_hashed`] for any item (see [`Vm::dict_find_running`]).
    pub(crate) fn set_contains_running(
        &mut self,
        set: ObjectRef,
        hash: i64,
        item: Value,
    ) -> PythonResult<bool> {
        if self.set_contains_hashed(set, hash, item) {
            return Ok(true);
        }
        Ok(self.stored_equal_item(set, hash, item)?.is_some())
    }

    /// [`Vm::set_remove_hashed`] for any item: the stored item equal to it
    /// by the program's `__eq__` is the one removed.
    pub(crate) fn set_remove_running(
        &mut self,
        set: ObjectRef,
        hash: i64,
        item: Value,
    ) -> PythonResult<bool> {
        let item = match self.stored_equal_item(set, hash, item)? {
            Some(stored) => stored,
            None => item,
        };
        Ok(self.set_remove_hashed(set, hash, item))
    }

    /// Whether `==` on `value` may run the program's `__eq__`: an object of
    /// a class that defines it, or a tuple holding one.
    pub(crate) fn equality_runs_code(&self, value: Value) -> bool {
        // Most keys are ints, strs or tuples of them: answered without a list.
        let Value::Object(reference) = value else {
            return false;
        };
        match self.object(reference) {
            Object::Str(_) | Object::BigInt(_) => return false,
            Object::Tuple(items) if items.iter().all(|item| !matches!(item, Value::Object(_))) => {
                return false
            }
            _ => {}
        }
        let mut pending = vec![(value, 0)];
        while let Some((value, depth)) = pending.pop() {
            if self.has_program_class(value) && self.special_method(value, "__eq__").is_some() {
                return true;
            }
            if let Value::Object(reference) = value {
                if depth < 8 {
                    match self.object(reference) {
                        Object::Tuple(items) => {
                            pending.extend(items.iter().map(|item| (*item, depth + 1)));
                        }
                        Object::FrozenSet(set) => {
                            pending.extend(set.iter().map(|(_, item)| (item, depth + 1)));
                        }
                        _ => {}
                    }
                }
            }
        }
        false
    }

    /// `dict[key]` lookup: the value, or `None` when missing.
    pub(crate) fn dict_get(&mut self, dict: ObjectRef, key: Value) -> PythonResult<Option<Value>> {
        let hash = self.hash_value(key)?;
        self.charge(1)?;
        let index = self.dict_find_running(dict, hash, key)?;
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
        let index = self.dict_find_running(dict, hash, key)?;
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
        let Some(index) = self.dict_find_running(dict, hash, key)? else {
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
        if self.set_contains_running(set, hash, item)? {
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
        self.set_contains_running(set, hash, item)
    }

    /// Removes `item` from a set; whether it was there.
    pub(crate) fn set_remove(&mut self, set: ObjectRef, item: Value) -> PythonResult<bool> {
        let hash = self.hash_value(item)?;
        self.set_remove_running(set, hash, item)
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
        Ok(self.heap.allocate(Object::Dict(
            Box::new(super::super::dict::DictObject::new()),
        ))?)
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
pub(crate) trait GrowthSize {
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
