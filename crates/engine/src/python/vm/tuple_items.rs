//! A tuple's items, with a pair kept inside the object itself.
//!
//! Pairs are the tuples pupils' programs make most: grid cells `(i, j)` as
//! dict keys and in queues, `enumerate`, `zip` and `dict.items()` items,
//! `divmod`. Kept inline, a pair costs no allocation of its own (before, a
//! breadth-first search over a grid spent 14 % of its time in `malloc` and
//! `free` for the pairs it made), and its object stays the size of every
//! other object: the pair's 32 bytes fit in the space a vector's 24 and
//! the enum's tag take (see the size test below).

use std::ops::Deref;

use super::value::Value;

/// The items of a `tuple`: read them as a slice (`Deref<Target = [Value]>`).
#[derive(Clone, Debug, PartialEq)]
pub enum TupleItems {
    /// Two items, inside the object.
    Pair([Value; 2]),
    /// Any other number of items.
    Other(Vec<Value>),
}

impl TupleItems {
    /// The items of an empty tuple (a constant: no allocation).
    pub const EMPTY: TupleItems = TupleItems::Other(Vec::new());

    /// A tuple's items copied from `items`; a pair allocates nothing.
    pub fn from_slice(items: &[Value]) -> TupleItems {
        match items {
            [first, second] => TupleItems::Pair([*first, *second]),
            _ => TupleItems::Other(items.to_vec()),
        }
    }

    /// The bytes the items take outside the object (a pair takes none).
    pub fn outside_bytes(&self) -> usize {
        match self {
            TupleItems::Pair(_) => 0,
            TupleItems::Other(items) => std::mem::size_of_val(items.as_slice()),
        }
    }
}

impl Deref for TupleItems {
    type Target = [Value];

    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Pair(items) => items,
            TupleItems::Other(items) => items,
        }
    }
}

impl From<Vec<Value>> for TupleItems {
    /// The items of `items`; a pair's vector is given back to the allocator.
    fn from(items: Vec<Value>) -> TupleItems {
        match items.as_slice() {
            [first, second] => TupleItems::Pair([*first, *second]),
            _ => TupleItems::Other(items),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pair fits where a vector and the enum's tag do: every object stays
    /// the size it was (48 bytes), so keeping pairs inline costs nothing
    /// elsewhere.
    #[test]
    fn tuple_items_and_objects_keep_their_size() {
        assert_eq!(std::mem::size_of::<TupleItems>(), 32);
        assert_eq!(std::mem::size_of::<super::super::object::Object>(), 48);
    }

    #[test]
    fn a_pair_is_kept_inline_and_other_lengths_in_a_vector() {
        let pair = TupleItems::from(vec![Value::Int(1), Value::Int(2)]);
        assert!(matches!(pair, TupleItems::Pair(_)));
        assert_eq!(&*pair, &[Value::Int(1), Value::Int(2)]);
        assert_eq!(pair.outside_bytes(), 0);
        for length in [0, 1, 3, 5] {
            let items = vec![Value::None; length];
            let tuple = TupleItems::from_slice(&items);
            assert!(matches!(tuple, TupleItems::Other(_)));
            assert_eq!(&*tuple, items.as_slice());
            assert_eq!(tuple.outside_bytes(), length * 16);
        }
        assert!(TupleItems::EMPTY.is_empty());
    }
}
