//! Stable sorting with Python's comparisons (which may fail), for `sorted`,
//! `list.sort` and the prelude's `__sort_by_keys` helpers.
//!
//! A merge sort of its own for Python's comparisons: Rust's `sort_by` may
//! panic on a comparator that is not a total order (NaN, mixed types), and
//! cannot stop at the first error. Keys that are all ints or all floats
//! without a NaN are totally ordered and cannot fail, so they go to the
//! standard library's sort, with ties broken by position.

use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;
use super::arguments::positional;

impl Vm {
    /// The positions `0..keys.len()` in the stable order of `keys` (descending
    /// when `reverse`, keeping equal keys in their original order, as CPython).
    pub(super) fn sorted_order(
        &mut self,
        keys: &[Value],
        reverse: bool,
    ) -> PythonResult<Vec<usize>> {
        let length = keys.len() as u64;
        let log = 64 - length.leading_zeros() as u64;
        self.charge(length.saturating_mul(log.max(1)))?;
        if let Some(order) = self.sorted_order_of_same_kind(keys, reverse)? {
            return Ok(order);
        }
        merge_sort_order(keys.len(), |first, second| {
            let (first, second) = (keys[first], keys[second]);
            if reverse {
                self.compare_less(second, first)
            } else {
                self.compare_less(first, second)
            }
        })
    }

    /// The order of keys that are all small ints, all floats or all strs
    /// (most sorts), compared directly rather than through `compare`. Ints
    /// and floats without a NaN are totally ordered, so the standard
    /// library's sort gives the same stable order faster
    /// ([`ordered_by_unsigned`]); strs, and floats with a NaN (never less,
    /// as in `compare`), keep the merge sort's answers. Work: one per
    /// comparison (a bound on them for ints and floats), and a str
    /// comparison's length share. `None` for other keys.
    fn sorted_order_of_same_kind(
        &mut self,
        keys: &[Value],
        reverse: bool,
    ) -> PythonResult<Option<Vec<usize>>> {
        let Some(first) = keys.first() else {
            return Ok(None);
        };
        let mut work = 0u64;
        let order = match first {
            Value::Int(_) => {
                let Some(numbers) = keys
                    .iter()
                    .map(|key| match key {
                        Value::Int(number) => Some(*number),
                        _ => None,
                    })
                    .collect::<Option<Vec<i64>>>()
                else {
                    return Ok(None);
                };
                let keys = numbers.iter().map(|number| (*number as u64) ^ (1 << 63));
                ordered_by_unsigned(keys, reverse, &mut work)
            }
            Value::Float(_) => {
                let Some(numbers) = keys
                    .iter()
                    .map(|key| match key {
                        Value::Float(number) => Some(*number),
                        _ => None,
                    })
                    .collect::<Option<Vec<f64>>>()
                else {
                    return Ok(None);
                };
                if numbers.iter().any(|number| number.is_nan()) {
                    ordered_by(&numbers, reverse, &mut work, |a, b| (a < b, 0))
                } else {
                    ordered_by_unsigned(
                        numbers.iter().map(|number| float_order(*number)),
                        reverse,
                        &mut work,
                    )
                }
            }
            Value::Object(_) => {
                let heap = &self.heap;
                let Some(texts) = keys
                    .iter()
                    .map(|key| match key {
                        Value::Object(reference) => match heap.get(*reference) {
                            Some(Object::Str(text)) => Some(text.text.as_str()),
                            _ => None,
                        },
                        _ => None,
                    })
                    .collect::<Option<Vec<&str>>>()
                else {
                    return Ok(None);
                };
                ordered_by(&texts, reverse, &mut work, |a, b| {
                    (a < b, a.len().min(b.len()) as u64 / 32)
                })
            }
            _ => return Ok(None),
        };
        self.charge(work)?;
        Ok(Some(order))
    }

    /// `left < right` as Python's sort asks it.
    fn compare_less(&mut self, left: Value, right: Value) -> PythonResult<bool> {
        let result = self.compare(
            super::super::super::syntax::ast::ComparisonOperator::Less,
            left,
            right,
        )?;
        self.truth(result)
    }

    /// `items` sorted stably by `keys`.
    pub(super) fn sort_values_by_keys(
        &mut self,
        items: &[Value],
        keys: &[Value],
        reverse: bool,
    ) -> PythonResult<Vec<Value>> {
        let order = self.sorted_order(keys, reverse)?;
        Ok(order.into_iter().map(|index| items[index]).collect())
    }

    /// The prelude's `__sort_by_keys(items, keys, reverse)` and
    /// `__sort_list_by_keys(list, keys, reverse)`.
    pub(super) fn call_sort_by_keys(
        &mut self,
        in_place: bool,
        arguments: &Arguments,
    ) -> PythonResult<CallOutcome> {
        let values = positional("__sort_by_keys", arguments, 3, 3)?;
        let (Some(items), Some(keys)) = (
            self.sequence_items(values[0]),
            self.sequence_items(values[1]),
        ) else {
            return Err(PythonError::type_error("__sort_by_keys needs two lists"));
        };
        if items.len() != keys.len() {
            return Err(PythonError::value_error("list modified during sort"));
        }
        let reverse = self.is_truthy(values[2]);
        let sorted = self.sort_values_by_keys(&items, &keys, reverse)?;
        if in_place {
            if let Some(Object::List(list)) = values[0]
                .object()
                .and_then(|reference| self.object_mut(reference))
            {
                *list = sorted;
            }
            return Ok(CallOutcome::Return(Value::None));
        }
        Ok(CallOutcome::Return(self.new_list(sorted)?))
    }

    /// Sorts a list in place without key (`list.sort()`); the list is empty
    /// while it is sorted, as in CPython, and gets its items back even on error.
    pub(super) fn sort_list_in_place(&mut self, list: Value, reverse: bool) -> PythonResult<()> {
        let Some(reference) = list.object() else {
            return Ok(());
        };
        let items = match self.object_mut(reference) {
            Some(Object::List(items)) => std::mem::take(items),
            _ => return Ok(()),
        };
        let result = self.sort_values_by_keys(&items, &items, reverse);
        let modified = matches!(self.object(reference), Object::List(now) if !now.is_empty());
        let (sorted, outcome) = match result {
            Ok(sorted) => (sorted, Ok(())),
            Err(error) => (items, Err(error)),
        };
        if let Some(Object::List(slot)) = self.object_mut(reference) {
            *slot = sorted;
        }
        if modified && outcome.is_ok() {
            return Err(PythonError::value_error("list modified during sort"));
        }
        outcome
    }
}

/// The stable merge sort's order of `0..length`, `before(a, b)` telling
/// whether the item at `a` goes strictly before the one at `b`; stops at the
/// first error.
fn merge_sort_order<E>(
    length: usize,
    mut before: impl FnMut(usize, usize) -> Result<bool, E>,
) -> Result<Vec<usize>, E> {
    let mut order: Vec<usize> = (0..length).collect();
    let mut buffer = order.clone();
    let mut width = 1;
    while width < length {
        let mut start = 0;
        while start < length {
            let middle = (start + width).min(length);
            let end = (start + 2 * width).min(length);
            let (mut left, mut right, mut out) = (start, middle, start);
            while left < middle && right < end {
                // Take from the right only when it is strictly before the left.
                if before(order[right], order[left])? {
                    buffer[out] = order[right];
                    right += 1;
                } else {
                    buffer[out] = order[left];
                    left += 1;
                }
                out += 1;
            }
            buffer[out..out + middle - left].copy_from_slice(&order[left..middle]);
            out += middle - left;
            buffer[out..out + end - right].copy_from_slice(&order[right..end]);
            start = end;
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    Ok(order)
}

/// The merge sort's order of `keys` by `less`, which answers `a < b` and
/// the comparison's work beyond one; adds every comparison's work to `work`.
fn ordered_by<K: Copy>(
    keys: &[K],
    reverse: bool,
    work: &mut u64,
    less: impl Fn(K, K) -> (bool, u64),
) -> Vec<usize> {
    let result: Result<Vec<usize>, std::convert::Infallible> =
        merge_sort_order(keys.len(), |first, second| {
            let (first, second) = (keys[first], keys[second]);
            let (answer, extra) = if reverse {
                less(second, first)
            } else {
                less(first, second)
            };
            *work += 1 + extra;
            Ok(answer)
        });
    match result {
        Ok(order) => order,
        Err(never) => match never {},
    }
}

/// The stable order of keys mapped to unsigned numbers in their order:
/// (key, position) pairs sorted by their derived order, by the standard
/// library's unstable sort (stable here, as no two pairs are equal; two to
/// three times faster than the merge sort, and one instantiation of the sort
/// for ints and floats alike, as the download is small). Reversed, the keys
/// are complemented, so equal keys still keep their order. Work: the
/// comparisons a merge sort makes at most, `n * ceil(log2 n)`.
fn ordered_by_unsigned(
    keys: impl ExactSizeIterator<Item = u64>,
    reverse: bool,
    work: &mut u64,
) -> Vec<usize> {
    let length = keys.len() as u64;
    *work += length * u64::from(length.max(1).next_power_of_two().trailing_zeros());
    let flip = if reverse { u64::MAX } else { 0 };
    let mut pairs: Vec<(u64, usize)> = keys.map(|key| key ^ flip).zip(0..).collect();
    if pairs.len() < RADIX_SORT_FROM {
        pairs.sort_unstable();
    } else {
        pairs = radix_sorted(pairs);
    }
    pairs.into_iter().map(|(_, position)| position).collect()
}

/// From how many keys [`ordered_by_unsigned`] sorts by radix: below, the
/// counting passes cost more than the comparisons they save.
const RADIX_SORT_FROM: usize = 256;

/// (key, position) pairs in position order, sorted by key: a least
/// significant digit first radix sort, one byte a pass, which keeps equal
/// keys in their order (so the result is the pairs' order as a whole). A
/// byte that all keys share is skipped: ints of a pupil's range differ in
/// two or three bytes, so 10,000 of them take two or three passes instead
/// of about 130,000 comparisons.
fn radix_sorted(pairs: Vec<(u64, usize)>) -> Vec<(u64, usize)> {
    let length = pairs.len();
    let mut counts = [[0usize; 256]; 8];
    for (key, _) in &pairs {
        for (byte, histogram) in counts.iter_mut().enumerate() {
            histogram[((key >> (8 * byte)) & 0xff) as usize] += 1;
        }
    }
    let mut source = pairs;
    let mut target = vec![(0u64, 0usize); length];
    for (byte, histogram) in counts.iter().enumerate() {
        if histogram.contains(&length) {
            continue;
        }
        let mut next_place = [0usize; 256];
        let mut total = 0;
        for (place, count) in next_place.iter_mut().zip(histogram) {
            *place = total;
            total += count;
        }
        for &(key, position) in &source {
            let digit = ((key >> (8 * byte)) & 0xff) as usize;
            if let Some(slot) = target.get_mut(next_place[digit]) {
                *slot = (key, position);
            }
            next_place[digit] += 1;
        }
        std::mem::swap(&mut source, &mut target);
    }
    source
}

/// A float that is not a NaN as an unsigned number in the same order, with
/// -0.0 and 0.0 the same (they are equal, so a sort keeps their order).
fn float_order(number: f64) -> u64 {
    let bits = (number + 0.0).to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

#[cfg(test)]
mod tests {
    use super::radix_sorted;

    /// The radix sort's order is the comparison sort's, for keys of every
    /// width, with repeats, in every order.
    #[test]
    fn radix_sort_orders_as_the_comparison_sort_does() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for (length, mask) in [
            (256, 0xff),
            (1000, 0xffff),
            (3000, u64::MAX),
            (5000, 0x0f00_0000_00f0),
        ] {
            let keys: Vec<u64> = (0..length).map(|_| next() & mask).collect();
            let pairs: Vec<(u64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut expected = pairs.clone();
            expected.sort_unstable();
            assert_eq!(
                radix_sorted(pairs),
                expected,
                "{length} keys under {mask:#x}"
            );
        }
        let same: Vec<(u64, usize)> = (0..300).map(|position| (7, position)).collect();
        assert_eq!(radix_sorted(same.clone()), same);
        let descending: Vec<(u64, usize)> = (0..400)
            .map(|position| (400 - position as u64, position))
            .collect();
        let mut expected = descending.clone();
        expected.sort_unstable();
        assert_eq!(radix_sorted(descending), expected);
    }
}
