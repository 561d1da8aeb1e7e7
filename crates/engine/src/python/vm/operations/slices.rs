//! Slices: CPython's `slice.indices()` (big and `None` bounds included) and
//! slicing of lists, tuples, strs and ranges.

use super::super::super::builtins::numbers::Int;
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::{Object, RangeObject, SliceObject};
use super::super::types::TypeId;
use super::super::value::Value;

/// A slice's bounds resolved against a length, as `slice.indices()` gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SliceIndices {
    /// The first position.
    pub start: i64,
    /// The end (not included).
    pub stop: i64,
    /// The step (never 0).
    pub step: i64,
    /// How many positions the slice covers.
    pub length: usize,
}

impl SliceIndices {
    /// The positions the slice covers, in order.
    pub(crate) fn positions(self) -> impl Iterator<Item = usize> {
        (0..self.length).map(move |count| (self.start + count as i64 * self.step) as usize)
    }
}

impl Vm {
    /// One bound of a slice as CPython reads it: `None`, or an int clamped to 64 bits.
    fn slice_bound(&self, bound: Value) -> PythonResult<Option<i64>> {
        if bound.is_none() {
            return Ok(None);
        }
        match self.int_of(bound) {
            Some(Int::Small(small)) => Ok(Some(small)),
            Some(Int::Big(big)) => Ok(Some(if big.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            None => Err(PythonError::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    }

    /// `slice.indices(length)` of the slice object `slice` (ValueError for a zero step).
    pub(crate) fn slice_indices(
        &self,
        slice: ObjectRef,
        length: usize,
    ) -> PythonResult<SliceIndices> {
        let Object::Slice(slice) = self.object(slice) else {
            return Err(PythonError::type_error("expected a slice"));
        };
        let SliceObject { start, stop, step } = **slice;
        let step = self.slice_bound(step)?.unwrap_or(1);
        if step == 0 {
            return Err(PythonError::value_error("slice step cannot be zero"));
        }
        let step = step.max(-i64::MAX);
        let length = length as i128;
        let adjust = |bound: Option<i64>, default_forward: i128, default_backward: i128| {
            let Some(bound) = bound else {
                return if step < 0 {
                    default_backward
                } else {
                    default_forward
                };
            };
            let mut bound = i128::from(bound);
            if bound < 0 {
                bound += length;
                if bound < 0 {
                    bound = if step < 0 { -1 } else { 0 };
                }
            } else if bound >= length {
                bound = if step < 0 { length - 1 } else { length };
            }
            bound
        };
        let start = adjust(self.slice_bound(start)?, 0, length - 1);
        let stop = adjust(self.slice_bound(stop)?, length, -1);
        let step_wide = i128::from(step);
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step_wide) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step_wide + 1
        } else {
            0
        };
        Ok(SliceIndices {
            start: start as i64,
            stop: stop as i64,
            step,
            length: count as usize,
        })
    }

    /// `sequence[slice]` for a list, tuple, str or range.
    pub(crate) fn slice_of(
        &mut self,
        container: ObjectRef,
        slice: ObjectRef,
    ) -> PythonResult<Value> {
        match self.object(container) {
            sequence @ (Object::List(_) | Object::Tuple(_)) => {
                let is_list = matches!(sequence, Object::List(_));
                let items = sequence.sequence_items().unwrap_or_default();
                let indices = self.slice_indices(slice, items.len())?;
                self.heap
                    .reserve(indices.length * std::mem::size_of::<Value>())?;
                let picked: Vec<Value> = indices
                    .positions()
                    .filter_map(|position| items.get(position).copied())
                    .collect();
                self.charge(picked.len() as u64 / 8 + 1)?;
                if is_list {
                    self.new_list(picked)
                } else {
                    self.new_tuple(picked)
                }
            }
            Object::Str(text) => {
                let indices = self.slice_indices(slice, text.char_count)?;
                let picked: String = if text.is_ascii() {
                    let bytes = text.text.as_bytes();
                    indices
                        .positions()
                        .filter_map(|position| bytes.get(position).map(|byte| char::from(*byte)))
                        .collect()
                } else {
                    let characters: Vec<char> = text.text.chars().collect();
                    indices
                        .positions()
                        .filter_map(|position| characters.get(position).copied())
                        .collect()
                };
                self.charge(text.text.len() as u64 / 64 + 1)?;
                self.new_str(picked)
            }
            Object::Range(range) => {
                let range = *range;
                let length = usize::try_from(range.len()).unwrap_or(usize::MAX);
                let indices = self.slice_indices(slice, length)?;
                let at = |index: i64| {
                    i128::from(range.start) + i128::from(index) * i128::from(range.step)
                };
                let new_step = i128::from(range.step) * i128::from(indices.step);
                let overflow = || {
                    PythonError::new(
                        TypeId::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )
                };
                let start = i64::try_from(at(indices.start)).map_err(|_| overflow())?;
                let stop = i64::try_from(at(indices.stop)).map_err(|_| overflow())?;
                let step = i64::try_from(new_step).map_err(|_| overflow())?;
                self.allocate(Object::Range(RangeObject { start, stop, step }))
            }
            _ => Err(PythonError::type_error("object is not sliceable")),
        }
    }
}
