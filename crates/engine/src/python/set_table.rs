//! The hash table of CPython's `set`, slot for slot, so that iterating a set
//! gives CPython's order (`print({3, 1, 2, 100, 33})` shows `{1, 2, 3, 100, 33}`).
//!
//! The table holds only hashes and entry numbers; the VM keeps the values and
//! answers "is entry N equal to the key?". Probing follows CPython 3.11's
//! `setobject.c`: up to nine neighbouring slots, then a jump driven by the
//! hash's higher bits; deleted slots become dummies, reused by later keys;
//! the table grows when it is three-fifths full. The test data comes from
//! CPython itself (`tests/data/python-sets/`).

/// A table starts with eight slots.
const MINIMUM_SIZE: usize = 8;
/// Slots tried next to each other before jumping.
const LINEAR_PROBES: usize = 9;
/// How fast the higher bits of the hash join the jumps.
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Empty,
    /// Once held an entry that was removed; probing continues past it.
    Dummy,
    Active {
        hash: i64,
        entry: u32,
    },
}

/// CPython's set table.
#[derive(Clone, Debug)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active and dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

/// What [`SetTable::insert`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Insertion {
    /// The key was new; it is stored as the given entry.
    Added,
    /// An equal key was there already, as this entry.
    AlreadyThere(u32),
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

impl SetTable {
    /// An empty table of CPython's minimum size.
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MINIMUM_SIZE],
            fill: 0,
            used: 0,
        }
    }

    /// How many entries the table holds.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the table holds no entry.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The entries in CPython's iteration order.
    pub fn entries(&self) -> impl Iterator<Item = u32> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active { entry, .. } => Some(*entry),
            _ => None,
        })
    }

    /// The first active slot at or after `slot`, with its entry: how an
    /// iterator walks the table one step at a time.
    pub fn entry_from_slot(&self, slot: usize) -> Option<(usize, u32)> {
        self.slots
            .iter()
            .enumerate()
            .skip(slot)
            .find_map(|(index, slot)| match slot {
                Slot::Active { entry, .. } => Some((index, *entry)),
                _ => None,
            })
    }

    /// Before merging `other_count` keys from another set: CPython's
    /// `set_merge` grows the table once, for all of them, when they would
    /// fill it past three-fifths (this decides the merged set's order).
    pub fn reserve_for_merge(&mut self, other_count: usize) {
        let mask = self.slots.len() - 1;
        if (self.fill + other_count) * 5 >= mask * 3 {
            self.resize((self.used + other_count) * 2);
        }
    }

    /// The number of slots (for the memory budget).
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Looks for a key with `hash`; `is_equal(entry)` compares it with a stored one.
    pub fn find(&self, hash: i64, is_equal: impl FnMut(u32) -> bool) -> Option<u32> {
        match self.slots[self.find_slot(hash, is_equal)?] {
            Slot::Active { entry, .. } => Some(entry),
            _ => None,
        }
    }

    /// The slot holding the key with `hash` that `is_equal` recognises.
    fn find_slot(&self, hash: i64, mut is_equal: impl FnMut(u32) -> bool) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut probe = Probe::new(hash, mask);
        loop {
            for index in probe.run() {
                match self.slots[index] {
                    Slot::Empty => return None,
                    Slot::Active {
                        hash: stored,
                        entry,
                    } if stored == hash && is_equal(entry) => {
                        return Some(index);
                    }
                    _ => {}
                }
            }
            probe.jump();
        }
    }

    /// Adds `entry` for a key with `hash` unless an equal key is there.
    pub fn insert(
        &mut self,
        hash: i64,
        entry: u32,
        mut is_equal: impl FnMut(u32) -> bool,
    ) -> Insertion {
        let mask = self.slots.len() - 1;
        let mut probe = Probe::new(hash, mask);
        // Measured against CPython 3.11: a new key takes the last dummy slot
        // its probe passed before reaching an empty one.
        let mut last_dummy = None;
        loop {
            for index in probe.run() {
                match self.slots[index] {
                    Slot::Empty => {
                        match last_dummy {
                            Some(dummy_index) => {
                                self.slots[dummy_index] = Slot::Active { hash, entry };
                                self.used += 1;
                            }
                            None => {
                                self.slots[index] = Slot::Active { hash, entry };
                                self.fill += 1;
                                self.used += 1;
                                if self.fill * 5 >= mask * 3 {
                                    let minimum_used = if self.used > 50_000 {
                                        self.used * 2
                                    } else {
                                        self.used * 4
                                    };
                                    self.resize(minimum_used);
                                }
                            }
                        }
                        return Insertion::Added;
                    }
                    Slot::Active {
                        hash: stored,
                        entry: stored_entry,
                    } if stored == hash && is_equal(stored_entry) => {
                        return Insertion::AlreadyThere(stored_entry);
                    }
                    Slot::Dummy => last_dummy = Some(index),
                    _ => {}
                }
            }
            probe.jump();
        }
    }

    /// Removes the key with `hash` that `is_equal` recognises; returns its entry.
    pub fn remove(&mut self, hash: i64, is_equal: impl FnMut(u32) -> bool) -> Option<u32> {
        let position = self.find_slot(hash, is_equal)?;
        let Slot::Active { entry, .. } = std::mem::replace(&mut self.slots[position], Slot::Dummy)
        else {
            return None;
        };
        self.used -= 1;
        Some(entry)
    }

    /// Grows (or cleans) the table to the smallest power of two above `minimum_used`.
    fn resize(&mut self, minimum_used: usize) {
        let mut new_size = MINIMUM_SIZE;
        while new_size <= minimum_used {
            new_size <<= 1;
        }
        let old_slots = std::mem::replace(&mut self.slots, vec![Slot::Empty; new_size]);
        self.fill = self.used;
        let mask = new_size - 1;
        for slot in old_slots {
            if let Slot::Active { hash, entry } = slot {
                self.insert_clean(hash, entry, mask);
            }
        }
    }

    /// Puts an entry into a table known to hold no equal key and no dummy.
    fn insert_clean(&mut self, hash: i64, entry: u32, mask: usize) {
        let mut probe = Probe::new(hash, mask);
        loop {
            for index in probe.run() {
                if self.slots[index] == Slot::Empty {
                    self.slots[index] = Slot::Active { hash, entry };
                    return;
                }
            }
            probe.jump();
        }
    }
}

/// CPython's probe sequence: a run of neighbours, then a perturbed jump.
struct Probe {
    index: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let unsigned_hash = hash as u64;
        Probe {
            index: unsigned_hash as usize & mask,
            perturb: unsigned_hash,
            mask,
        }
    }

    /// The slot and, when they fit before the table's end, its nine neighbours.
    fn run(&self) -> std::ops::RangeInclusive<usize> {
        let extra = if self.index + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES
        } else {
            0
        };
        self.index..=self.index + extra
    }

    fn jump(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.index = (self
            .index
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(self.perturb as usize))
            & self.mask;
    }
}
