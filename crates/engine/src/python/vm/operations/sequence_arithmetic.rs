//! The operators on containers: `+` and `*` of strs, lists and tuples, the
//! set operators `| & - ^`, dict `|`, and their in-place forms (a list's
//! `+=` extends it, `*=` repeats it, a set's `|=` updates it). Memory is
//! checked before anything big is built, so `[0] * 10**9` fails at once.

use super::super::super::builtins::numbers::Int;
use super::super::super::syntax::ast::BinaryOperator;
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::set::SetObject;
use super::super::types::TypeId;
use super::super::value::Value;

/// The size of one value in a list or tuple, as the heap budget counts it.
const VALUE_SIZE: usize = std::mem::size_of::<Value>();

/// Which kind of container an operand is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// A str.
    Str,
    /// A list.
    List,
    /// A tuple.
    Tuple,
    /// A set.
    Set,
    /// A frozenset.
    FrozenSet,
    /// A dict.
    Dict,
    /// Anything else.
    Other,
}

impl Vm {
    /// The container kind of a value.
    fn kind_of(&self, value: Value) -> Kind {
        match value {
            Value::Object(reference) => match self.object(reference) {
                Object::Str(_) => Kind::Str,
                Object::List(_) => Kind::List,
                Object::Tuple(_) => Kind::Tuple,
                Object::Set(_) => Kind::Set,
                Object::FrozenSet(_) => Kind::FrozenSet,
                Object::Dict(_) => Kind::Dict,
                _ => Kind::Other,
            },
            _ => Kind::Other,
        }
    }

    /// Records that list `reference` is about to hold `length` items (MemoryError
    /// if that would go over the heap budget).
    pub(crate) fn reserve_list_items(
        &mut self,
        reference: ObjectRef,
        length: usize,
    ) -> PythonResult<()> {
        let size = length
            .checked_mul(VALUE_SIZE)
            .and_then(|bytes| bytes.checked_add(std::mem::size_of::<Object>()))
            .ok_or_else(PythonError::memory_error)?;
        Ok(self.heap.resize(reference, size)?)
    }

    /// The repeat count of `sequence * count`: `None` when `count` is not an int.
    fn repeat_count(&self, count: Value) -> PythonResult<Option<usize>> {
        Ok(match self.int_of(count) {
            None => None,
            Some(Int::Small(small)) => Some(usize::try_from(small).unwrap_or(0)),
            Some(Int::Big(big)) => {
                if big.sign() == num_bigint::Sign::Minus {
                    Some(0)
                } else {
                    return Err(PythonError::new(
                        TypeId::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ));
                }
            }
        })
    }

    /// A container operator; `None` when the operands do not support it.
    pub(crate) fn container_operation(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
        in_place: bool,
    ) -> PythonResult<Option<Value>> {
        let (left_kind, right_kind) = (self.kind_of(left), self.kind_of(right));
        match operator {
            BinaryOperator::Add => self.concatenate(left, left_kind, right, right_kind, in_place),
            BinaryOperator::Multiply => {
                if matches!(left_kind, Kind::Str | Kind::List | Kind::Tuple) {
                    match self.repeat_count(right)? {
                        Some(count) => self.repeat(left, left_kind, count, in_place).map(Some),
                        None => Ok(None),
                    }
                } else if matches!(right_kind, Kind::Str | Kind::List | Kind::Tuple) {
                    match self.repeat_count(left)? {
                        Some(count) => self.repeat(right, right_kind, count, false).map(Some),
                        None => Ok(None),
                    }
                } else {
                    Ok(None)
                }
            }
            BinaryOperator::Modulo if left_kind == Kind::Str => {
                let Some(format) = self.str_text(left).map(str::to_owned) else {
                    return Ok(None);
                };
                let text = self.printf_format(&format, right)?;
                self.new_str(text).map(Some)
            }
            BinaryOperator::BitOr if left_kind == Kind::Dict && right_kind == Kind::Dict => {
                self.dict_union(left, right, in_place).map(Some)
            }
            BinaryOperator::BitOr
            | BinaryOperator::BitAnd
            | BinaryOperator::BitXor
            | BinaryOperator::Subtract
                if matches!(left_kind, Kind::Set | Kind::FrozenSet)
                    && matches!(right_kind, Kind::Set | Kind::FrozenSet) =>
            {
                self.set_operation(operator, left, left_kind, right, in_place)
                    .map(Some)
            }
            BinaryOperator::BitOr
            | BinaryOperator::BitAnd
            | BinaryOperator::BitXor
            | BinaryOperator::Subtract
                if self.is_set_like_view(left) || self.is_set_like_view(right) =>
            {
                self.view_set_operation(operator, left, right).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// Whether a value is a dict's `keys()` or `items()` view (set-like).
    fn is_set_like_view(&self, value: Value) -> bool {
        match value {
            Value::Object(reference) => matches!(
                self.object(reference),
                Object::DictView {
                    kind: super::super::object::DictViewKind::Keys
                        | super::super::object::DictViewKind::Items,
                    ..
                }
            ),
            _ => false,
        }
    }

    /// `| & - ^` with a dict view: both sides become sets (a view's items in
    /// order), the result is a set.
    fn view_set_operation(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        right: Value,
    ) -> PythonResult<Value> {
        let mut sets = Vec::with_capacity(2);
        for operand in [left, right] {
            let set = match self.kind_of(operand) {
                Kind::Set | Kind::FrozenSet => operand,
                _ => {
                    let items = self.collect_items(operand)?;
                    let set = self.allocate(Object::Set(Box::new(SetObject::new())))?;
                    if let Value::Object(reference) = set {
                        for item in items {
                            self.set_add(reference, item)?;
                        }
                    }
                    set
                }
            };
            sets.push(set);
        }
        self.set_operation(operator, sets[0], Kind::Set, sets[1], false)
    }

    /// `+` of two sequences of one kind (`+=` of a list takes any iterable).
    fn concatenate(
        &mut self,
        left: Value,
        left_kind: Kind,
        right: Value,
        right_kind: Kind,
        in_place: bool,
    ) -> PythonResult<Option<Value>> {
        let (Value::Object(left_reference), Value::Object(right_reference)) = (left, right) else {
            if in_place && left_kind == Kind::List {
                return self.extend_list(left, right).map(Some);
            }
            return Ok(None);
        };
        match (left_kind, right_kind) {
            (Kind::Str, Kind::Str) => {
                let (Object::Str(a), Object::Str(b)) =
                    (self.object(left_reference), self.object(right_reference))
                else {
                    return Ok(None);
                };
                let length = a.text.len() + b.text.len();
                self.heap.reserve(length)?;
                let mut text = compact_str::CompactString::with_capacity(length);
                text.push_str(&a.text);
                text.push_str(&b.text);
                self.charge(length as u64 / 64 + 1)?;
                self.new_str(text).map(Some)
            }
            (Kind::List, _) if in_place => self.extend_list(left, right).map(Some),
            (Kind::List, Kind::List) | (Kind::Tuple, Kind::Tuple) => {
                let (Some(a), Some(b)) = (
                    self.object(left_reference).sequence_items(),
                    self.object(right_reference).sequence_items(),
                ) else {
                    return Ok(None);
                };
                let length = a.len() + b.len();
                self.heap.reserve(length.saturating_mul(VALUE_SIZE))?;
                let mut items = Vec::with_capacity(length);
                items.extend_from_slice(a);
                items.extend_from_slice(b);
                self.charge(length as u64 / 8 + 1)?;
                if left_kind == Kind::List {
                    self.new_list(items).map(Some)
                } else {
                    self.new_tuple(items).map(Some)
                }
            }
            _ => Ok(None),
        }
    }

    /// `list += iterable`: extends the list in place; gives the list.
    fn extend_list(&mut self, list: Value, iterable: Value) -> PythonResult<Value> {
        let items = self.collect_items(iterable)?;
        let Value::Object(reference) = list else {
            return Ok(list);
        };
        let current = match self.object(reference) {
            Object::List(existing) => existing.len(),
            _ => 0,
        };
        self.reserve_list_items(reference, current + items.len())?;
        if let Some(Object::List(existing)) = self.object_mut(reference) {
            existing.extend(items);
        }
        Ok(list)
    }

    /// `sequence * count` (in place for a list's `*=`).
    fn repeat(
        &mut self,
        sequence: Value,
        kind: Kind,
        count: usize,
        in_place: bool,
    ) -> PythonResult<Value> {
        let Value::Object(reference) = sequence else {
            return Ok(sequence);
        };
        if kind == Kind::Str {
            let text = self.str_text(sequence).unwrap_or_default().to_owned();
            let length = text
                .len()
                .checked_mul(count)
                .ok_or_else(PythonError::memory_error)?;
            self.heap.reserve(length)?;
            self.charge(length as u64 / 64 + 1)?;
            let repeated = text.repeat(count);
            return self.new_str(repeated);
        }
        let items = self
            .object(reference)
            .sequence_items()
            .map(<[Value]>::to_vec)
            .unwrap_or_default();
        let length = items
            .len()
            .checked_mul(count)
            .ok_or_else(PythonError::memory_error)?;
        self.heap.reserve(length.saturating_mul(VALUE_SIZE))?;
        self.charge(length as u64 / 8 + 1)?;
        let mut repeated = Vec::with_capacity(length);
        for _ in 0..count {
            repeated.extend_from_slice(&items);
        }
        if in_place && kind == Kind::List {
            self.reserve_list_items(reference, length)?;
            if let Some(Object::List(existing)) = self.object_mut(reference) {
                *existing = repeated;
            }
            return Ok(sequence);
        }
        match kind {
            Kind::List => self.new_list(repeated),
            _ => self.new_tuple(repeated),
        }
    }

    /// The items of a set or frozenset with their hashes.
    pub(crate) fn hashed_set_items(&self, value: Value) -> Vec<(i64, Value)> {
        match value {
            Value::Object(reference) => match self.object(reference) {
                Object::Set(set) | Object::FrozenSet(set) => set.iter().collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// A new set (or frozenset) holding `items`, added in order.
    pub(crate) fn new_set_from_hashed(
        &mut self,
        items: &[(i64, Value)],
        frozen: bool,
    ) -> PythonResult<Value> {
        self.heap.reserve(items.len().saturating_mul(48))?;
        let object = if frozen {
            Object::FrozenSet(Box::new(SetObject::new()))
        } else {
            Object::Set(Box::new(SetObject::new()))
        };
        let set = self.allocate(object)?;
        if let Value::Object(reference) = set {
            for (hash, item) in items {
                self.set_add_hashed(reference, *hash, *item)?;
            }
        }
        Ok(set)
    }

    /// `| & - ^` of sets, as CPython builds the result (in place for `|=` and
    /// friends on a set), adding and discarding in CPython's order so that the
    /// result iterates in CPython's order.
    fn set_operation(
        &mut self,
        operator: BinaryOperator,
        left: Value,
        left_kind: Kind,
        right: Value,
        in_place: bool,
    ) -> PythonResult<Value> {
        let (left_items, right_items) = (self.hashed_set_items(left), self.hashed_set_items(right));
        let (Value::Object(left_reference), Value::Object(right_reference)) = (left, right) else {
            return Ok(left);
        };
        self.charge((left_items.len() + right_items.len()) as u64)?;
        let frozen = left_kind == Kind::FrozenSet;
        if in_place && left_kind == Kind::Set && operator != BinaryOperator::BitAnd {
            self.update_set(operator, left_reference, &right_items)?;
            return Ok(left);
        }
        let result = match operator {
            BinaryOperator::BitOr => {
                let result = self.copy_set(left_reference, frozen)?;
                if let Value::Object(reference) = result {
                    self.update_set(operator, reference, &right_items)?;
                }
                result
            }
            BinaryOperator::BitAnd => {
                let (smaller, larger) = if left_items.len() < right_items.len() {
                    (left_items, right_reference)
                } else {
                    (right_items, left_reference)
                };
                let mut common: Vec<(i64, Value)> = Vec::new();
                for (hash, item) in smaller {
                    if self.set_contains_running(larger, hash, item)? {
                        common.push((hash, item));
                    }
                }
                if in_place && left_kind == Kind::Set {
                    if let Some(Object::Set(set)) = self.object_mut(left_reference) {
                        set.clear();
                    }
                    for (hash, item) in common {
                        self.set_add_hashed(left_reference, hash, item)?;
                    }
                    return Ok(left);
                }
                self.new_set_from_hashed(&common, frozen)?
            }
            BinaryOperator::Subtract if left_items.len() / 4 > right_items.len() => {
                let result = self.copy_set(left_reference, frozen)?;
                if let Value::Object(reference) = result {
                    self.update_set(operator, reference, &right_items)?;
                }
                result
            }
            BinaryOperator::Subtract => {
                let mut kept: Vec<(i64, Value)> = Vec::new();
                for (hash, item) in left_items {
                    if !self.set_contains_running(right_reference, hash, item)? {
                        kept.push((hash, item));
                    }
                }
                self.new_set_from_hashed(&kept, frozen)?
            }
            _ => {
                let result = self.copy_set(right_reference, frozen)?;
                if let Value::Object(reference) = result {
                    self.update_set(operator, reference, &left_items)?;
                }
                result
            }
        };
        Ok(result)
    }

    /// A copy of a set or frozenset as CPython's `set_merge` makes it into a
    /// new set: the table sized once for all the items, then the items
    /// inserted in the source's order.
    pub(crate) fn copy_set(&mut self, source: ObjectRef, frozen: bool) -> PythonResult<Value> {
        let items = self.hashed_set_items(Value::Object(source));
        let mut table = SetObject::new();
        table.reserve_for_merge(items.len());
        let copy = self.allocate(if frozen {
            Object::FrozenSet(Box::new(table))
        } else {
            Object::Set(Box::new(table))
        })?;
        if let Value::Object(reference) = copy {
            for (hash, item) in items {
                self.set_add_hashed(reference, hash, item)?;
            }
        }
        Ok(copy)
    }

    /// `set |= items`, `set -= items` or `set ^= items`, item by item in place.
    fn update_set(
        &mut self,
        operator: BinaryOperator,
        set: ObjectRef,
        items: &[(i64, Value)],
    ) -> PythonResult<()> {
        if operator == BinaryOperator::BitOr {
            if let Some(Object::Set(table) | Object::FrozenSet(table)) = self.object_mut(set) {
                table.reserve_for_merge(items.len());
            }
        }
        for (hash, item) in items {
            match operator {
                BinaryOperator::BitOr => self.set_add_hashed(set, *hash, *item)?,
                BinaryOperator::Subtract => {
                    self.set_remove_running(set, *hash, *item)?;
                }
                _ => {
                    if !self.set_remove_running(set, *hash, *item)? {
                        self.set_add_hashed(set, *hash, *item)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// `dict | dict` (in place for `|=`).
    fn dict_union(&mut self, left: Value, right: Value, in_place: bool) -> PythonResult<Value> {
        let entries_of = |vm: &Vm, value: Value| match value {
            Value::Object(reference) => match vm.object(reference) {
                Object::Dict(dict) => dict.iter().map(|entry| (entry.key, entry.value)).collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        };
        let right_entries: Vec<(Value, Value)> = entries_of(self, right);
        let target = if in_place {
            left.object()
        } else {
            let left_entries: Vec<(Value, Value)> = entries_of(self, left);
            let reference = self.new_dict_object()?;
            for (key, value) in left_entries {
                self.dict_set(reference, key, value)?;
            }
            Some(reference)
        };
        let Some(target) = target else {
            return Ok(left);
        };
        for (key, value) in right_entries {
            self.dict_set(target, key, value)?;
        }
        Ok(Value::Object(target))
    }
}
