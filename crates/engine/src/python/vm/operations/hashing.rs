//! `hash()` as CPython 3.11 computes it with `PYTHONHASHSEED=0`, so sets and
//! dicts hold their items in CPython's order: numbers through
//! [`crate::python::hashing`], strs with SipHash-1-3 (keys zero) over
//! CPython's internal representation, tuples with xxHash, frozensets from
//! their items' hashes. Nested tuples are walked with an explicit stack.

use super::super::super::hashing::{hash_big_int, hash_float, hash_small_int};
use super::super::error::PythonResult;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::set::SetObject;
use super::super::value::Value;
use super::{recursion_error, unhashable, MAXIMUM_NESTING};

/// One SipHash round.
fn sip_round(v: &mut [u64; 4]) {
    v[0] = v[0].wrapping_add(v[1]);
    v[2] = v[2].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(13) ^ v[0];
    v[3] = v[3].rotate_left(16) ^ v[2];
    v[0] = v[0].rotate_left(32);
    v[2] = v[2].wrapping_add(v[1]);
    v[0] = v[0].wrapping_add(v[3]);
    v[1] = v[1].rotate_left(17) ^ v[2];
    v[3] = v[3].rotate_left(21) ^ v[0];
    v[2] = v[2].rotate_left(32);
}

/// CPython's `siphash13` with both keys zero.
fn siphash13(bytes: &[u8]) -> u64 {
    let mut v: [u64; 4] = [
        0x736f_6d65_7073_6575,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let message = u64::from_le_bytes(word);
        v[3] ^= message;
        sip_round(&mut v);
        v[0] ^= message;
    }
    let mut tail: u64 = (bytes.len() as u64) << 56;
    for (position, byte) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(*byte) << (8 * position);
    }
    v[3] ^= tail;
    sip_round(&mut v);
    v[0] ^= tail;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    (v[0] ^ v[1]) ^ (v[2] ^ v[3])
}

/// `hash(text)` in CPython 3.11 with `PYTHONHASHSEED=0`: SipHash-1-3 over the
/// string's storage (1, 2 or 4 bytes per character, little-endian).
pub fn str_hash(text: &str) -> i64 {
    if text.is_empty() {
        return 0;
    }
    if text.is_ascii() {
        // One byte per character, as CPython's compact ASCII strings hash.
        return finish_str_hash(siphash13(text.as_bytes()) as i64);
    }
    let widest = text.chars().map(u32::from).max().unwrap_or(0);
    let bytes: Vec<u8> = if widest < 0x100 {
        text.chars()
            .map(|character| u32::from(character) as u8)
            .collect()
    } else if widest < 0x1_0000 {
        text.chars()
            .flat_map(|character| (u32::from(character) as u16).to_le_bytes())
            .collect()
    } else {
        text.chars()
            .flat_map(|character| u32::from(character).to_le_bytes())
            .collect()
    };
    finish_str_hash(siphash13(&bytes) as i64)
}

/// A str's hash from its SipHash: -1 is kept for errors, as in CPython.
fn finish_str_hash(hash: i64) -> i64 {
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// `hash(data)` of a `bytes` in CPython 3.11 with `PYTHONHASHSEED=0`.
pub fn bytes_hash(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let hash = siphash13(data) as i64;
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// CPython 3.11's `tuplehash` of a tuple whose items hash to `item_hashes`.
pub fn tuple_hash_of_item_hashes(item_hashes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut accumulator = PRIME_5;
    for hash in item_hashes {
        accumulator = accumulator.wrapping_add((*hash as u64).wrapping_mul(PRIME_2));
        accumulator = accumulator.rotate_left(31);
        accumulator = accumulator.wrapping_mul(PRIME_1);
    }
    accumulator = accumulator.wrapping_add((item_hashes.len() as u64) ^ (PRIME_5 ^ 3_527_539));
    if accumulator == u64::MAX {
        return 1_546_275_796;
    }
    accumulator as i64
}

/// CPython 3.11's `frozenset_hash`, from the items' stored hashes.
fn frozenset_hash(set: &SetObject) -> i64 {
    let shuffle = |hash: u64| ((hash ^ 89_869_747) ^ (hash << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for (item_hash, _) in set.iter() {
        hash ^= shuffle(item_hash as u64);
    }
    hash ^= (set.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash == u64::MAX {
        return 590_923_713;
    }
    hash as i64
}

/// A tuple being hashed: its items and the hashes of those done.
struct TupleInProgress {
    items: Vec<Value>,
    hashes: Vec<i64>,
}

impl Vm {
    /// `hash(value)` (TypeError for unhashable types).
    pub(crate) fn hash_value(&mut self, value: Value) -> PythonResult<i64> {
        if let Some((hash, work)) = self.flat_tuple_hash(value) {
            self.charge(work)?;
            return Ok(hash);
        }
        let mut stack: Vec<TupleInProgress> = Vec::new();
        let mut current = value;
        loop {
            self.charge(1)?;
            let leaf = if self.has_program_class(current) {
                Some(self.hash_special(current)?)
            } else {
                self.hash_of_leaf(current)?
            };
            let hash = match leaf {
                Some(hash) => hash,
                None => {
                    // A tuple: hash its items first.
                    if stack.len() >= MAXIMUM_NESTING {
                        return Err(recursion_error(" while calling a Python object"));
                    }
                    let items = match current {
                        Value::Object(reference) => match self.object(reference) {
                            Object::Tuple(items) => items.to_vec(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    self.charge(items.len() as u64)?;
                    stack.push(TupleInProgress {
                        hashes: Vec::with_capacity(items.len()),
                        items,
                    });
                    match self.next_tuple_item(&mut stack) {
                        NextItem::Item(item) => {
                            current = item;
                            continue;
                        }
                        NextItem::Done(hash) => hash,
                    }
                }
            };
            // Give the hash to the tuple waiting for it, finishing tuples on the way.
            let mut finished = hash;
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(finished);
                };
                top.hashes.push(finished);
                match self.next_tuple_item(&mut stack) {
                    NextItem::Item(item) => {
                        current = item;
                        break;
                    }
                    NextItem::Done(hash) => finished = hash,
                }
            }
        }
    }

    /// The hash of a tuple whose items are all hashed directly (no tuple in
    /// it, no instance of the program's classes, nothing unhashable), and
    /// the work the general way charges for it (one for the tuple, one per
    /// item to take it, one per item to hash it), when that work fits the
    /// limit. `None` otherwise: then the general way hashes it, charging as
    /// it goes and raising where it must.
    fn flat_tuple_hash(&self, value: Value) -> Option<(i64, u64)> {
        let Value::Object(reference) = value else {
            return None;
        };
        let Object::Tuple(items) = self.object(reference) else {
            return None;
        };
        if items.len() > 16 {
            return None;
        }
        let work = 1 + 2 * items.len() as u64;
        if self.work_done.saturating_add(work) > self.limits.work {
            return None;
        }
        let mut hashes = [0_i64; 16];
        for (slot, item) in hashes.iter_mut().zip(items.iter()) {
            if self.has_program_class(*item) {
                return None;
            }
            *slot = self.hash_of_leaf(*item).ok()??;
        }
        Some((tuple_hash_of_item_hashes(&hashes[..items.len()]), work))
    }

    /// The hash of a value that is not a tuple; `None` for a tuple.
    fn hash_of_leaf(&self, value: Value) -> PythonResult<Option<i64>> {
        Ok(Some(match value {
            Value::Bool(flag) => i64::from(flag),
            Value::Int(number) => hash_small_int(number),
            Value::Float(number) => hash_float(number).unwrap_or(0),
            Value::Unbound | Value::None => 0x7f00_0000_0000_i64 >> 4,
            Value::Builtin(function) => str_hash(function.name()) ^ 0x5bd1_e995,
            Value::Type(type_id) => str_hash(type_id.name()) ^ 0x1b87_3593,
            Value::Module(module) => str_hash(module.name()) ^ 0x0cc9_e2d5,
            Value::Object(reference) => match self.object(reference) {
                Object::BigInt(big) => hash_big_int(big),
                Object::Str(text) => text.hash(),
                Object::Bytes(data) => bytes_hash(data),
                Object::Tuple(_) => return Ok(None),
                Object::FrozenSet(set) => frozenset_hash(set),
                Object::List(_) | Object::Dict(_) | Object::Set(_) | Object::Slice(_) => {
                    return Err(unhashable(self.type_name(value)))
                }
                Object::Deque(_) => return Err(unhashable("collections.deque")),
                _ => (i64::from(reference.index()) * 16 + 0x7f00_0000_0000) >> 4,
            },
        }))
    }

    /// The next item of the innermost tuple to hash, or its hash when all are done
    /// (then it is popped).
    fn next_tuple_item(&self, stack: &mut Vec<TupleInProgress>) -> NextItem {
        let Some(top) = stack.last() else {
            return NextItem::Done(0);
        };
        if let Some(item) = top.items.get(top.hashes.len()) {
            return NextItem::Item(*item);
        }
        let hash = tuple_hash_of_item_hashes(&top.hashes);
        stack.pop();
        NextItem::Done(hash)
    }
}

/// What comes next when hashing a tuple.
enum NextItem {
    /// Hash this item.
    Item(Value),
    /// The tuple is done: its hash.
    Done(i64),
}
