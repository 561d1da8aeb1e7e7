//! The heap: the byte budget, collection of unreachable objects and cycles,
//! and deep structures that neither marking nor dropping may recurse over.

use engine::python::vm::heap::{Heap, HeapObject, ObjectRef, OutOfMemory};

/// A stand-in for Python objects: a leaf of some size, or a list of references.
#[derive(Debug)]
enum Toy {
    Leaf(usize),
    List(Vec<ObjectRef>),
}

impl HeapObject for Toy {
    fn trace(&self, references: &mut Vec<ObjectRef>) {
        if let Toy::List(items) = self {
            references.extend(items);
        }
    }

    fn size_in_bytes(&self) -> usize {
        match self {
            Toy::Leaf(size) => *size,
            Toy::List(items) => items.capacity() * 4,
        }
    }

    /// A freed list's vector, emptied, for the next list.
    type Spare = Vec<Vec<ObjectRef>>;

    fn recycle(self, spare: &mut Self::Spare) {
        if let Toy::List(mut items) = self {
            items.clear();
            spare.push(items);
        }
    }
}

#[test]
fn a_collection_hands_each_freed_object_to_recycle_and_keeps_the_live_ones() {
    let mut heap: Heap<Toy> = Heap::new(100_000);
    let leaf = heap.allocate(Toy::Leaf(10)).unwrap();
    let kept = heap.allocate(Toy::List(vec![leaf])).unwrap();
    for _ in 0..3 {
        heap.allocate(Toy::List(Vec::with_capacity(5))).unwrap();
    }
    heap.allocate(Toy::Leaf(10)).unwrap();
    assert_eq!(heap.collect([kept]), 4);
    let spare = heap.spare_mut();
    assert_eq!(spare.len(), 3);
    assert!(spare
        .iter()
        .all(|items| items.is_empty() && items.capacity() >= 5));
    assert!(matches!(heap.get(kept), Some(Toy::List(items)) if items == &[leaf]));
}

#[test]
fn going_over_the_budget_is_refused_before_anything_changes() {
    let mut heap: Heap<Toy> = Heap::new(1000);
    let small = heap.allocate(Toy::Leaf(100)).unwrap();
    let used = heap.bytes_used();
    let refused = heap.allocate(Toy::Leaf(10_000)).unwrap_err();
    assert_eq!(
        refused,
        OutOfMemory {
            requested: 10_008,
            used,
            limit: 1000
        }
    );
    assert_eq!(heap.bytes_used(), used);
    assert_eq!(heap.object_count(), 1);
    // `[0] * 10**9` asks first, and gets a clear no without allocating.
    assert!(heap.reserve(8 * 1_000_000_000).is_err());
    assert!(
        heap.reserve(usize::MAX).is_err(),
        "no overflow in the arithmetic"
    );
    // Growing an object is checked the same way.
    assert!(heap.resize(small, 5000).is_err());
    assert_eq!(heap.bytes_used(), used);
    heap.resize(small, 500).unwrap();
    assert_eq!(heap.bytes_used(), used + 400);
    heap.resize(small, 50).unwrap();
    assert_eq!(heap.bytes_used(), used - 50);
}

#[test]
fn unreachable_objects_and_cycles_are_collected_and_slots_reused() {
    let mut heap: Heap<Toy> = Heap::new(1 << 20);
    let kept_leaf = heap.allocate(Toy::Leaf(8)).unwrap();
    let root = heap.allocate(Toy::List(vec![kept_leaf])).unwrap();
    let garbage = heap.allocate(Toy::Leaf(8)).unwrap();
    // A list that contains itself, reachable from nothing.
    let cycle = heap.allocate(Toy::List(Vec::with_capacity(1))).unwrap();
    if let Some(Toy::List(items)) = heap.get_mut(cycle) {
        items.push(cycle);
    }
    let before = heap.bytes_used();
    assert_eq!(heap.collect([root]), 2);
    assert!(heap.get(garbage).is_none() && heap.get(cycle).is_none());
    assert!(heap.get(root).is_some() && heap.get(kept_leaf).is_some());
    assert!(heap.bytes_used() < before);
    assert_eq!(heap.object_count(), 2);
    // A second collection keeps what is still reachable.
    assert_eq!(heap.collect([root]), 0);
    let reused = heap.allocate(Toy::Leaf(1)).unwrap();
    assert!(
        reused == garbage || reused == cycle,
        "a freed slot is reused"
    );
    // Nothing reachable: everything goes, and the budget is whole again.
    heap.collect([]);
    assert_eq!((heap.object_count(), heap.bytes_used()), (0, 0));
}

#[test]
fn deep_structures_are_marked_and_dropped_without_recursion() {
    // On a small stack, as the browser's: a million nested lists.
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut heap: Heap<Toy> = Heap::new(usize::MAX);
            let mut innermost = heap.allocate(Toy::Leaf(0)).unwrap();
            for _ in 0..1_000_000 {
                innermost = heap.allocate(Toy::List(vec![innermost])).unwrap();
            }
            assert_eq!(heap.collect([innermost]), 0);
            assert_eq!(heap.object_count(), 1_000_001);
            drop(heap);
        });
    worker.unwrap().join().unwrap();
}

#[test]
fn collection_is_suggested_once_the_heap_has_grown() {
    let mut heap: Heap<Toy> = Heap::new(usize::MAX);
    assert!(!heap.should_collect());
    for _ in 0..300 {
        heap.allocate(Toy::Leaf(4096)).unwrap();
    }
    assert!(heap.should_collect());
    heap.collect([]);
    assert!(!heap.should_collect());
}

#[test]
fn a_heap_object_is_small() {
    use engine::python::vm::object::{IteratorObject, Object};
    // Every object on the heap takes this much however small it is (a
    // 2-tuple, a short str): the budget counts it, and CPython's peak is
    // the memory benchmark's yardstick. The big kinds (dicts, sets,
    // functions, classes, exceptions) are boxed to keep it so; a slice's
    // three values are the largest left inline.
    let sizes = format!(
        "Object {} IteratorObject {}",
        std::mem::size_of::<Object>(),
        std::mem::size_of::<IteratorObject>()
    );
    assert!(std::mem::size_of::<Object>() <= 56, "{sizes}");
}
