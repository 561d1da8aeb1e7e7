//! The heap: an arena of objects with a byte budget and a mark-and-sweep collector.
//!
//! Objects refer to each other by [`ObjectRef`] (a slot number), never by Rust
//! pointers, so:
//! - dropping any structure, however deep, is a flat walk over the slots, with
//!   no recursion (a 10^5-deep nested list cannot overflow the stack);
//! - cycles (a list that contains itself) are collected like anything else;
//! - every object's size is known, so a program that would go over the budget
//!   (`[0] * 10**9`, a runaway `append`) gets a MemoryError *before* anything
//!   is allocated, and the page never runs out of memory.
//!
//! The collector marks from the roots the VM gives it (its value stack, frames
//! and globals) with an explicit work list, so marking is not recursive either.

/// A reference to an object on the heap: the number of its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjectRef(u32);

impl ObjectRef {
    /// The slot number, for debugging and stable ordering.
    pub fn index(self) -> u32 {
        self.0
    }
}

/// What the heap needs to know about the objects it holds.
pub trait HeapObject {
    /// Pushes every object this one refers to.
    fn trace(&self, references: &mut Vec<ObjectRef>);
    /// The memory the object takes, in bytes, as the budget counts it.
    fn size_in_bytes(&self) -> usize;
    /// Memory that freed objects leave for new ones of their kind (vectors
    /// whose allocation the next objects reuse).
    type Spare: Default;
    /// Frees the object, keeping what of its memory `spare` has room for.
    fn recycle(self, spare: &mut Self::Spare);
}

/// Asking for more memory than the budget allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfMemory {
    /// The bytes asked for.
    pub requested: usize,
    /// The bytes in use when asked.
    pub used: usize,
    /// The budget.
    pub limit: usize,
}

/// The default budget: 64 MiB, as the language issue asks.
pub const DEFAULT_BYTE_LIMIT: usize = 64 * 1024 * 1024;

/// A collection waits for at least this much new allocation (and for the
/// heap to grow by a quarter): small enough that a program making garbage
/// keeps little of it (its peak stays near CPython's, which frees at once:
/// growing by half let a breadth-first search's peak reach three times
/// CPython's), large enough that marking the live objects costs little next
/// to making them (a quarter costs the benchmark programs 0 to 5 % more
/// instructions than a half).
const COLLECTION_FLOOR_BYTES: usize = 128 * 1024;

/// What one slot costs besides its object: its size and mark bit, padded
/// (a slot of an [`super::object::Object`] is 56 bytes, 48 of them the object).
const SLOT_OVERHEAD: usize = 8;

/// The most a heap may hold: a slot keeps its object's size in 32 bits.
const LARGEST_BYTE_LIMIT: usize = u32::MAX as usize;

struct Slot<T> {
    object: T,
    /// The bytes the object and its slot take, as the budget counts them.
    size: u32,
    marked: bool,
}

/// An arena of objects of type `T`.
pub struct Heap<T: HeapObject> {
    slots: Vec<Option<Slot<T>>>,
    free_slots: Vec<u32>,
    bytes_used: usize,
    peak_bytes_used: usize,
    byte_limit: usize,
    bytes_allocated_since_collection: usize,
    /// What the collector's freed objects left for new ones.
    spare: T::Spare,
}

impl<T: HeapObject> Heap<T> {
    /// An empty heap that holds at most `byte_limit` bytes of objects.
    pub fn new(byte_limit: usize) -> Heap<T> {
        Heap {
            slots: Vec::new(),
            free_slots: Vec::new(),
            bytes_used: 0,
            peak_bytes_used: 0,
            // A slot keeps its object's size in 32 bits.
            byte_limit: match u32::try_from(byte_limit) {
                Ok(_) => byte_limit,
                Err(_) => LARGEST_BYTE_LIMIT,
            },
            bytes_allocated_since_collection: 0,
            spare: T::Spare::default(),
        }
    }

    /// What freed objects left for new ones, to take from.
    pub fn spare_mut(&mut self) -> &mut T::Spare {
        &mut self.spare
    }

    /// The bytes the live (and not yet collected) objects take.
    pub fn bytes_used(&self) -> usize {
        self.bytes_used
    }

    /// The most bytes the objects have taken at once so far.
    pub fn peak_bytes_used(&self) -> usize {
        self.peak_bytes_used
    }

    /// The budget.
    pub fn byte_limit(&self) -> usize {
        self.byte_limit
    }

    /// How many objects the heap holds.
    pub fn object_count(&self) -> usize {
        self.slots.len() - self.free_slots.len()
    }

    /// Checks that `additional` more bytes would fit, before building something big.
    pub fn reserve(&self, additional: usize) -> Result<(), OutOfMemory> {
        match self.bytes_used.checked_add(additional) {
            Some(total) if total <= self.byte_limit => Ok(()),
            _ => Err(OutOfMemory {
                requested: additional,
                used: self.bytes_used,
                limit: self.byte_limit,
            }),
        }
    }

    /// Puts `object` on the heap, or refuses if it would go over the budget
    /// (then nothing changes).
    pub fn allocate(&mut self, object: T) -> Result<ObjectRef, OutOfMemory> {
        let size_in_bytes = object.size_in_bytes();
        self.allocate_sized(object, size_in_bytes)
    }

    /// As [`Heap::allocate`], for a caller that knows the object's
    /// [`HeapObject::size_in_bytes`] already (a new str's is its text's
    /// length and a constant), which spares working it out again.
    pub fn allocate_sized(
        &mut self,
        object: T,
        size_in_bytes: usize,
    ) -> Result<ObjectRef, OutOfMemory> {
        debug_assert_eq!(size_in_bytes, object.size_in_bytes());
        let size = size_in_bytes.saturating_add(SLOT_OVERHEAD);
        self.reserve(size)?;
        if self.free_slots.is_empty() && self.slots.len() >= u32::MAX as usize {
            return Err(OutOfMemory {
                requested: size,
                used: self.bytes_used,
                limit: self.byte_limit,
            });
        }
        self.bytes_used += size;
        self.peak_bytes_used = self.peak_bytes_used.max(self.bytes_used);
        self.bytes_allocated_since_collection += size;
        let slot = Some(Slot {
            object,
            // Within the budget, which is at most LARGEST_BYTE_LIMIT.
            size: size as u32,
            marked: false,
        });
        let index = match self.free_slots.pop() {
            Some(index) => {
                self.slots[index as usize] = slot;
                index
            }
            None => {
                self.slots.push(slot);
                (self.slots.len() - 1) as u32
            }
        };
        Ok(ObjectRef(index))
    }

    /// The object at `reference`, if it is live.
    pub fn get(&self, reference: ObjectRef) -> Option<&T> {
        self.slots
            .get(reference.0 as usize)?
            .as_ref()
            .map(|slot| &slot.object)
    }

    /// The object at `reference`, to change it; call [`Heap::resize`] before
    /// making it bigger.
    pub fn get_mut(&mut self, reference: ObjectRef) -> Option<&mut T> {
        self.slots
            .get_mut(reference.0 as usize)?
            .as_mut()
            .map(|slot| &mut slot.object)
    }

    /// Records that the object at `reference` is about to take `new_size`
    /// bytes; refuses (changing nothing) if that would go over the budget.
    pub fn resize(&mut self, reference: ObjectRef, new_size: usize) -> Result<(), OutOfMemory> {
        let Some(Some(slot)) = self.slots.get(reference.0 as usize) else {
            return Ok(());
        };
        let new_size = new_size.saturating_add(SLOT_OVERHEAD);
        let old_size = slot.size as usize;
        if new_size > old_size {
            self.reserve(new_size - old_size)?;
            self.bytes_used += new_size - old_size;
            self.peak_bytes_used = self.peak_bytes_used.max(self.bytes_used);
            self.bytes_allocated_since_collection += new_size - old_size;
        } else {
            self.bytes_used -= old_size - new_size;
        }
        if let Some(Some(slot)) = self.slots.get_mut(reference.0 as usize) {
            slot.size = new_size as u32;
        }
        Ok(())
    }

    /// Whether enough has been allocated since the last collection to make
    /// another worthwhile (the heap has grown by a quarter, or by
    /// [`COLLECTION_FLOOR_BYTES`] at least).
    pub fn should_collect(&self) -> bool {
        self.bytes_allocated_since_collection > (self.bytes_used / 4).max(COLLECTION_FLOOR_BYTES)
    }

    /// Frees every object not reachable from `roots`; returns how many were freed.
    pub fn collect(&mut self, roots: impl IntoIterator<Item = ObjectRef>) -> usize {
        let mut work_list: Vec<ObjectRef> = roots.into_iter().collect();
        while let Some(reference) = work_list.pop() {
            let Some(Some(slot)) = self.slots.get_mut(reference.0 as usize) else {
                continue;
            };
            if slot.marked {
                continue;
            }
            slot.marked = true;
            slot.object.trace(&mut work_list);
        }
        let mut freed = 0;
        for (index, entry) in self.slots.iter_mut().enumerate() {
            match entry {
                Some(slot) if slot.marked => slot.marked = false,
                Some(slot) => {
                    self.bytes_used -= slot.size as usize;
                    if let Some(slot) = entry.take() {
                        slot.object.recycle(&mut self.spare);
                    }
                    self.free_slots.push(index as u32);
                    freed += 1;
                }
                None => {}
            }
        }
        self.bytes_allocated_since_collection = 0;
        freed
    }
}
