//! The quick loop's dict and set lookups: `key in table`, `table[key]`,
//! `table[key] = value` and `table.get(key, default)` for the keys pupils'
//! programs use most (ints, bools, floats, strs, and flat tuples of them, as
//! a grid's `(row, column)`).
//!
//! Such a key hashes without running any of the program's code and compares
//! by the heap alone, so the answer is found without the general path's
//! calls. The work counted is the general path's for the same lookup: the
//! instruction, the operation, the hash (one for a leaf; one for a tuple and
//! two per item), and the table's probe. Anything else (another key, a
//! stored key of the same hash whose `==` is the program's, a missing key
//! for `table[key]`, a budget that refuses a dict's growth) answers `None`,
//! and the general path runs the instruction, with its errors in their one
//! place.

use super::super::hashing::{hash_float, hash_small_int};
use super::heap::{Heap, ObjectRef};
use super::object::Object;
use super::operations::equality::keys_equal;
use super::operations::hashing::tuple_hash_of_item_hashes;
use super::operations::GrowthSize;
use super::value::Value;

/// The longest tuple key hashed here (the general path's flat tuples are as long).
const LONGEST_TUPLE_KEY: usize = 16;

/// The hash of `key` and the work the general path counts for hashing it,
/// for a key that hashes by the heap alone: an int, bool or float, a str,
/// or a tuple of at most [`LONGEST_TUPLE_KEY`] of those. `None` otherwise.
pub(crate) fn quick_key_hash(heap: &Heap<Object>, key: Value) -> Option<(i64, u64)> {
    if let Value::Object(reference) = key {
        if let Some(Object::Tuple(items)) = heap.get(reference) {
            if items.len() > LONGEST_TUPLE_KEY {
                return None;
            }
            let mut hashes = [0_i64; LONGEST_TUPLE_KEY];
            for (slot, item) in hashes.iter_mut().zip(items.iter()) {
                *slot = leaf_hash(heap, *item)?;
            }
            let work = 1 + 2 * items.len() as u64;
            return Some((tuple_hash_of_item_hashes(&hashes[..items.len()]), work));
        }
    }
    leaf_hash(heap, key).map(|hash| (hash, 1))
}

/// The hash of an int, bool, float, `None` or str, as `hash()` gives it.
fn leaf_hash(heap: &Heap<Object>, value: Value) -> Option<i64> {
    match value {
        Value::Int(number) => Some(hash_small_int(number)),
        Value::Bool(flag) => Some(i64::from(flag)),
        Value::Float(number) => Some(hash_float(number).unwrap_or(0)),
        Value::None => Some(0x7f00_0000_0000_i64 >> 4),
        Value::Object(reference) => match heap.get(reference)? {
            Object::Str(text) => Some(text.hash()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a stored key may be equal to a quick key only by the program's
/// own `__eq__` (an object other than a str, a big int or a tuple of
/// immediates): then only the general path can tell.
fn may_run_code(heap: &Heap<Object>, stored: Value) -> bool {
    let Value::Object(reference) = stored else {
        return false;
    };
    match heap.get(reference) {
        Some(Object::Str(_) | Object::BigInt(_)) => false,
        Some(Object::Tuple(items)) => items.iter().any(|item| matches!(item, Value::Object(_))),
        _ => true,
    }
}

/// Equality of a stored key and a quick key, by the heap alone. Two strs
/// are equal when their texts are; two tuples whose items are the same
/// values item by item are equal at once (a grid's `(row, column)`); ints
/// that differ make them unequal; anything else is compared by Python's
/// rules.
fn stored_key_equal(heap: &Heap<Object>, stored: Value, key: Value) -> bool {
    if stored == key {
        return true;
    }
    if let (Value::Object(stored_object), Value::Object(key_object)) = (stored, key) {
        match (heap.get(stored_object), heap.get(key_object)) {
            (Some(Object::Str(stored_text)), Some(Object::Str(key_text))) => {
                return stored_text.text == key_text.text;
            }
            (Some(Object::Tuple(stored_items)), Some(Object::Tuple(key_items))) => {
                if stored_items.len() != key_items.len() {
                    return false;
                }
                if **stored_items == **key_items {
                    return true;
                }
                let ints_differ = stored_items.iter().zip(key_items.iter()).any(
                    |pair| matches!(pair, (Value::Int(left), Value::Int(right)) if left != right),
                );
                if ints_differ {
                    return false;
                }
            }
            _ => {}
        }
    }
    keys_equal(heap, stored, key)
}

/// Where a quick key is in a dict: `Some(Some(entry))`, `Some(None)` when it
/// is surely missing, `None` when a stored key of its hash needs the
/// program's `__eq__` (or `dict` is not a dict).
fn find_in_dict(
    heap: &Heap<Object>,
    dict: ObjectRef,
    hash: i64,
    key: Value,
) -> Option<Option<usize>> {
    let Some(Object::Dict(table)) = heap.get(dict) else {
        return None;
    };
    if let Some(index) = table.find(hash, |stored| stored_key_equal(heap, stored, key)) {
        return Some(Some(index));
    }
    let mut needs_code = false;
    table.find(hash, |stored| {
        needs_code |= may_run_code(heap, stored);
        false
    });
    (!needs_code).then_some(None)
}

/// Whether a quick key is in a set or frozenset; `None` as [`find_in_dict`].
fn find_in_set(heap: &Heap<Object>, set: ObjectRef, hash: i64, key: Value) -> Option<bool> {
    let Some(Object::Set(table) | Object::FrozenSet(table)) = heap.get(set) else {
        return None;
    };
    if table.contains(hash, |stored| stored_key_equal(heap, stored, key)) {
        return Some(true);
    }
    let mut needs_code = false;
    table.contains(hash, |stored| {
        needs_code |= may_run_code(heap, stored);
        false
    });
    (!needs_code).then_some(false)
}

/// `key in container` for a dict, set or frozenset and a quick key: whether
/// it is there, and the work of the operation (`in`, the hash, the probe).
pub(crate) fn quick_membership(
    heap: &Heap<Object>,
    container: Value,
    key: Value,
) -> Option<(bool, u64)> {
    let Value::Object(reference) = container else {
        return None;
    };
    let (hash, hash_work) = quick_key_hash(heap, key)?;
    let found = match heap.get(reference)? {
        Object::Dict(_) => find_in_dict(heap, reference, hash, key)?.is_some(),
        Object::Set(_) | Object::FrozenSet(_) => find_in_set(heap, reference, hash, key)?,
        _ => return None,
    };
    Some((found, 2 + hash_work))
}

/// A quick key's value in a dict (`None` inside when it is surely missing)
/// and the work of the operation (the subscript or call, the hash, the probe).
fn dict_value(heap: &Heap<Object>, dict: ObjectRef, key: Value) -> Option<(Option<Value>, u64)> {
    let (hash, hash_work) = quick_key_hash(heap, key)?;
    let value = match (find_in_dict(heap, dict, hash, key)?, heap.get(dict)) {
        (Some(index), Some(Object::Dict(table))) => Some(table.entry(index)?.value),
        (Some(_), _) => return None,
        (None, _) => None,
    };
    Some((value, 2 + hash_work))
}

/// `dict[key]` for a quick key that is there: its value and the work of the
/// operation. A missing key (a KeyError, or a defaultdict's or Counter's
/// default) is the general path's.
#[inline(never)]
pub(crate) fn quick_dict_item(
    heap: &Heap<Object>,
    dict: ObjectRef,
    key: Value,
) -> Option<(Value, u64)> {
    let (value, work) = dict_value(heap, dict, key)?;
    Some((value?, work))
}

/// `dict.get(key, default)` for a quick key: the value, or `default`, and
/// the work of the operation.
pub(crate) fn quick_dict_get(
    heap: &Heap<Object>,
    dict: ObjectRef,
    key: Value,
    default: Value,
) -> Option<(Value, u64)> {
    let (value, work) = dict_value(heap, dict, key)?;
    Some((value.unwrap_or(default), work))
}

/// `dict[key] = value` for a quick key: the work of the operation (the
/// store, the hash, the probe), once stored. A new key grows the dict
/// within the heap's budget; over it, nothing changes and the general path
/// raises the MemoryError.
#[inline(never)]
pub(crate) fn quick_dict_store(
    heap: &mut Heap<Object>,
    dict: ObjectRef,
    key: Value,
    value: Value,
) -> Option<u64> {
    let (hash, hash_work) = quick_key_hash(heap, key)?;
    let index = find_in_dict(heap, dict, hash, key)?;
    if index.is_none() {
        let new_size = heap.get(dict)?.size_in_bytes_after_growth();
        heap.resize(dict, new_size).ok()?;
    }
    let Some(Object::Dict(table)) = heap.get_mut(dict) else {
        return None;
    };
    match index {
        Some(index) => table.set_value(index, value),
        None => table.insert_new(hash, key, value),
    }
    Some(2 + hash_work)
}
