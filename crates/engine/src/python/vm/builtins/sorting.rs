//! Stable sorting with Python's comparisons (which may fail), for `sorted`,
//! `list.sort` and the prelude's `__sort_by_keys` helpers.
//!
//! A merge sort of its own: Rust's `sort_by` may panic on a comparator that
//! is not a total order (NaN, mixed types), and cannot stop at the first error.

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
        let mut order: Vec<usize> = (0..keys.len()).collect();
        let mut buffer = order.clone();
        let mut width = 1;
        while width < order.len() {
            let mut start = 0;
            while start < order.len() {
                let middle = (start + width).min(order.len());
                let end = (start + 2 * width).min(order.len());
                let (mut left, mut right, mut out) = (start, middle, start);
                while left < middle && right < end {
                    // Take from the right only when it is strictly before the left.
                    let (first, second) = (keys[order[right]], keys[order[left]]);
                    let right_first = if reverse {
                        self.compare_less(second, first)?
                    } else {
                        self.compare_less(first, second)?
                    };
                    if right_first {
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
