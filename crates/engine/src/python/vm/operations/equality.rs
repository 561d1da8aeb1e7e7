//! `==` on the builtin types, with an explicit stack so that nesting cannot
//! overflow Rust's stack: numbers across types (`1 == 1.0 == True`), strs,
//! lists and tuples item by item, dicts and sets whatever their order,
//! ranges as sequences, identity for the rest.

use std::cmp::Ordering;

use num_bigint::BigInt;

use super::super::super::builtins::numbers::{int_float_compare, Int};
use super::super::error::PythonResult;
use super::super::heap::Heap;
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;
use super::{recursion_error, MAXIMUM_NESTING};

/// How many dict-key or set-item lookups may nest inside one another (a
/// frozenset inside a frozenset...) before the comparison gives up.
const MAXIMUM_NESTED_LOOKUPS: usize = 40;

/// Why [`equal_in_heap`] gives no answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TooDeep {
    /// Nesting deeper than the recursion limit.
    Nesting,
    /// An object of the program's own classes is inside: its `__eq__` may
    /// have to run, which only the VM can do.
    ProgramObject,
}

/// A number, borrowed from the heap.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Numeric<'heap> {
    /// An int (or bool) that fits 64 bits.
    Small(i64),
    /// A big int.
    Big(&'heap BigInt),
    /// A float.
    Float(f64),
}

impl Numeric<'_> {
    /// The value as an [`Int`], if it is an int.
    pub(crate) fn to_int(self) -> Option<Int> {
        match self {
            Numeric::Small(small) => Some(Int::Small(small)),
            Numeric::Big(big) => Some(Int::Big(big.clone())),
            Numeric::Float(_) => None,
        }
    }
}

/// The number a value holds, if it is an int, bool or float.
pub(crate) fn numeric_of(heap: &Heap<Object>, value: Value) -> Option<Numeric<'_>> {
    match value {
        Value::Bool(flag) => Some(Numeric::Small(i64::from(flag))),
        Value::Int(number) => Some(Numeric::Small(number)),
        Value::Float(number) => Some(Numeric::Float(number)),
        Value::Object(reference) => match heap.get(reference) {
            Some(Object::BigInt(big)) => Some(Numeric::Big(big)),
            _ => None,
        },
        _ => None,
    }
}

/// The order of two numbers; `None` when a NaN is involved.
pub(crate) fn numeric_order(left: Numeric<'_>, right: Numeric<'_>) -> Option<Ordering> {
    use Numeric as N;
    match (left, right) {
        (N::Small(a), N::Small(b)) => Some(a.cmp(&b)),
        (N::Big(a), N::Big(b)) => Some(a.cmp(b)),
        (N::Small(a), N::Big(b)) => Some(BigInt::from(a).cmp(b)),
        (N::Big(a), N::Small(b)) => Some(a.cmp(&BigInt::from(b))),
        (N::Float(a), N::Float(b)) => a.partial_cmp(&b),
        (N::Float(a), other) => other
            .to_int()
            .and_then(|int| int_float_compare(&int, a))
            .map(Ordering::reverse),
        (other, N::Float(b)) => other.to_int().and_then(|int| int_float_compare(&int, b)),
    }
}

/// Whether two values are the same object (`is`): the same heap object, or
/// equal immediate values.
pub(crate) fn is_identical(left: Value, right: Value) -> bool {
    match (left, right) {
        (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
        _ => left == right,
    }
}

/// Whether two values are equal, as dict keys and set items are compared:
/// never calls Python code, reads only the heap. Nesting beyond the limit
/// counts as unequal.
pub(crate) fn keys_equal(heap: &Heap<Object>, left: Value, right: Value) -> bool {
    let mut visited = 0;
    equal_in_heap(heap, left, right, 0, &mut visited).unwrap_or(false)
}

/// Equality without looking inside containers (identity for them): for the
/// bounds of slices, which are almost always ints or `None`.
fn shallow_equal(heap: &Heap<Object>, left: Value, right: Value) -> bool {
    if is_identical(left, right) {
        return true;
    }
    if let (Some(a), Some(b)) = (numeric_of(heap, left), numeric_of(heap, right)) {
        return numeric_order(a, b) == Some(Ordering::Equal);
    }
    match (left, right) {
        (Value::Object(a), Value::Object(b)) => match (heap.get(a), heap.get(b)) {
            (Some(Object::Str(a)), Some(Object::Str(b))) => a.text == b.text,
            _ => false,
        },
        _ => false,
    }
}

/// What comparing two values needs after the quick checks.
enum Quick {
    /// The answer.
    Known(bool),
    /// Both are containers of comparable kinds: look inside.
    Containers,
    /// One is an object of the program's classes.
    ProgramObject,
}

/// Whether a value is an instance (or exception) of the program's classes.
fn is_program_object(heap: &Heap<Object>, value: Value) -> bool {
    match value {
        Value::Object(reference) => match heap.get(reference) {
            Some(Object::Instance(_)) => true,
            Some(Object::Exception(exception)) => exception.class.is_some(),
            _ => false,
        },
        _ => false,
    }
}

/// The quick part of equality: identity, numbers, strs, and whether both are containers.
fn quick_equal(heap: &Heap<Object>, left: Value, right: Value, report_program: bool) -> Quick {
    if let (Value::Object(a), Value::Object(b)) = (left, right) {
        if a == b {
            return Quick::Known(true);
        }
    }
    if is_program_object(heap, left) || is_program_object(heap, right) {
        return if report_program {
            Quick::ProgramObject
        } else {
            Quick::Known(false)
        };
    }
    if let (Some(a), Some(b)) = (numeric_of(heap, left), numeric_of(heap, right)) {
        return Quick::Known(numeric_order(a, b) == Some(Ordering::Equal));
    }
    let (Value::Object(a), Value::Object(b)) = (left, right) else {
        return Quick::Known(left == right && left != Value::Unbound);
    };
    match (heap.get(a), heap.get(b)) {
        (Some(Object::Str(a)), Some(Object::Str(b))) => Quick::Known(a.text == b.text),
        (Some(Object::Bytes(a)), Some(Object::Bytes(b))) => Quick::Known(a == b),
        (Some(Object::List(_)), Some(Object::List(_)))
        | (Some(Object::Deque(_)), Some(Object::Deque(_)))
        | (Some(Object::Tuple(_)), Some(Object::Tuple(_)))
        | (Some(Object::Dict(_)), Some(Object::Dict(_)))
        | (
            Some(Object::Set(_) | Object::FrozenSet(_)),
            Some(Object::Set(_) | Object::FrozenSet(_)),
        ) => Quick::Containers,
        _ if set_like(heap, a).is_some() && set_like(heap, b).is_some() => Quick::Containers,
        (
            Some(Object::BoundMethod {
                receiver: a_receiver,
                function: a_function,
            }),
            Some(Object::BoundMethod {
                receiver: b_receiver,
                function: b_function,
            }),
        ) => Quick::Known(is_identical(*a_receiver, *b_receiver) && a_function == b_function),
        (Some(Object::Range(a)), Some(Object::Range(b))) => {
            let length = a.len();
            Quick::Known(
                length == b.len()
                    && (length == 0 || (a.start == b.start && (length == 1 || a.step == b.step))),
            )
        }
        (Some(Object::Slice(a)), Some(Object::Slice(b))) => Quick::Known(
            shallow_equal(heap, a.start, b.start)
                && shallow_equal(heap, a.stop, b.stop)
                && shallow_equal(heap, a.step, b.step),
        ),
        _ => Quick::Known(false),
    }
}

/// `left == right` on the heap with an explicit stack; `visited` counts the
/// pairs compared (the work to charge); `nested_lookups` counts the
/// dict and set lookups this comparison is inside. Distinct objects of the
/// program's classes are unequal (their hash is their identity), except
/// that at `nested_lookups` 0 with `report_program` they stop the
/// comparison: the VM then runs their `__eq__`.
pub(crate) fn equal_in_heap(
    heap: &Heap<Object>,
    left: Value,
    right: Value,
    nested_lookups: usize,
    visited: &mut u64,
) -> Result<bool, TooDeep> {
    equal_in_heap_reporting(heap, left, right, nested_lookups, visited, false)
}

fn equal_in_heap_reporting(
    heap: &Heap<Object>,
    left: Value,
    right: Value,
    nested_lookups: usize,
    visited: &mut u64,
    report_program: bool,
) -> Result<bool, TooDeep> {
    if nested_lookups > MAXIMUM_NESTED_LOOKUPS {
        return Err(TooDeep::Nesting);
    }
    // Most comparisons are of two strs or numbers: answered without the
    // pending list (which would allocate).
    match quick_equal(heap, left, right, report_program) {
        Quick::Known(equal) => {
            *visited += 1;
            return Ok(equal);
        }
        Quick::ProgramObject => {
            *visited += 1;
            return Err(TooDeep::ProgramObject);
        }
        Quick::Containers => {}
    }
    let mut pending: Vec<(Value, Value, usize)> = vec![(left, right, 0)];
    while let Some((left, right, depth)) = pending.pop() {
        *visited += 1;
        match quick_equal(heap, left, right, report_program) {
            Quick::Known(true) => continue,
            Quick::Known(false) => return Ok(false),
            Quick::ProgramObject => return Err(TooDeep::ProgramObject),
            Quick::Containers => {}
        }
        if depth >= MAXIMUM_NESTING {
            return Err(TooDeep::Nesting);
        }
        let (Value::Object(a), Value::Object(b)) = (left, right) else {
            return Ok(false);
        };
        let (object_a, object_b) = (heap.get(a), heap.get(b));
        let sequences = (
            object_a.and_then(Object::sequence_items),
            object_b.and_then(Object::sequence_items),
        );
        if let (Some(a), Some(b)) = sequences {
            if a.len() != b.len() {
                return Ok(false);
            }
            for (item_a, item_b) in a.iter().zip(b.iter()).rev() {
                if !is_identical(*item_a, *item_b) {
                    pending.push((*item_a, *item_b, depth + 1));
                }
            }
            continue;
        }
        match (object_a, object_b) {
            (Some(Object::Deque(a)), Some(Object::Deque(b))) => {
                if a.len() != b.len() {
                    return Ok(false);
                }
                for (item_a, item_b) in a.iter().zip(b.iter()).rev() {
                    if !is_identical(*item_a, *item_b) {
                        pending.push((*item_a, *item_b, depth + 1));
                    }
                }
            }
            (Some(Object::Dict(a)), Some(Object::Dict(b))) => {
                if a.len() != b.len() {
                    return Ok(false);
                }
                // Keys found by hash may be equal only by the program's `__eq__`.
                if report_program
                    && a.iter()
                        .chain(b.iter())
                        .any(|entry| is_program_object(heap, entry.key))
                {
                    return Err(TooDeep::ProgramObject);
                }
                for entry in a.iter() {
                    let mut failure = None;
                    let found = b.find(entry.hash, |key| {
                        match equal_in_heap(heap, key, entry.key, nested_lookups + 1, visited) {
                            Ok(equal) => equal,
                            Err(error) => {
                                failure = Some(error);
                                false
                            }
                        }
                    });
                    if let Some(error) = failure {
                        return Err(error);
                    }
                    let Some(other) = found.and_then(|index| b.entry(index)) else {
                        return Ok(false);
                    };
                    if !is_identical(entry.value, other.value) {
                        pending.push((entry.value, other.value, depth + 1));
                    }
                }
            }
            _ if set_like(heap, a).is_some() && set_like(heap, b).is_some() => {
                let (Some(a), Some(b)) = (set_like(heap, a), set_like(heap, b)) else {
                    return Ok(false);
                };
                if a.len() != b.len() {
                    return Ok(false);
                }
                if report_program
                    && a.items()
                        .iter()
                        .chain(b.items().iter())
                        .any(|(_, item)| is_program_object(heap, *item))
                {
                    return Err(TooDeep::ProgramObject);
                }
                for (hash, item) in a.items() {
                    let mut failure = None;
                    let found = b.contains(hash, |other| {
                        match equal_in_heap(heap, other, item, nested_lookups + 1, visited) {
                            Ok(equal) => equal,
                            Err(error) => {
                                failure = Some(error);
                                false
                            }
                        }
                    });
                    if let Some(error) = failure {
                        return Err(error);
                    }
                    if !found {
                        return Ok(false);
                    }
                }
            }
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// A set, a frozenset or a dict's keys view: what compares as a set.
pub(crate) enum SetLike<'heap> {
    /// A set or frozenset.
    Set(&'heap super::super::set::SetObject),
    /// The keys of a dict.
    Keys(&'heap super::super::dict::DictObject),
}

impl SetLike<'_> {
    /// How many items it has.
    pub(crate) fn len(&self) -> usize {
        match self {
            SetLike::Set(set) => set.len(),
            SetLike::Keys(dict) => dict.len(),
        }
    }

    /// Its items with their hashes.
    pub(crate) fn items(&self) -> Vec<(i64, Value)> {
        match self {
            SetLike::Set(set) => set.iter().collect(),
            SetLike::Keys(dict) => dict.iter().map(|entry| (entry.hash, entry.key)).collect(),
        }
    }

    /// Whether an item with `hash` that `is_equal` recognises is there.
    pub(crate) fn contains(&self, hash: i64, is_equal: impl FnMut(Value) -> bool) -> bool {
        match self {
            SetLike::Set(set) => set.contains(hash, is_equal),
            SetLike::Keys(dict) => dict.find(hash, is_equal).is_some(),
        }
    }
}

/// The set-like view of an object: a set, a frozenset or a dict's keys view.
pub(crate) fn set_like(
    heap: &Heap<Object>,
    reference: super::super::heap::ObjectRef,
) -> Option<SetLike<'_>> {
    match heap.get(reference)? {
        Object::Set(set) | Object::FrozenSet(set) => Some(SetLike::Set(set)),
        Object::DictView {
            dict,
            kind: super::super::object::DictViewKind::Keys,
        } => match heap.get(*dict)? {
            Object::Dict(dict) => Some(SetLike::Keys(dict)),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// `a == b`.
    pub(crate) fn values_equal(&mut self, left: Value, right: Value) -> PythonResult<bool> {
        if self.has_program_class(left) || self.has_program_class(right) {
            let result = self.compare_special(
                super::super::super::syntax::ast::ComparisonOperator::Equal,
                left,
                right,
            )?;
            return self.truth(result);
        }
        let mut visited = 0;
        let result = equal_in_heap_reporting(&self.heap, left, right, 0, &mut visited, true);
        self.charge(visited)?;
        match result {
            Ok(equal) => Ok(equal),
            Err(TooDeep::Nesting) => Err(recursion_error(" in comparison")),
            Err(TooDeep::ProgramObject) => self.equal_with_program_objects(left, right, 0),
        }
    }

    /// `==` of containers that hold objects of the program's classes: item
    /// by item, each object's `__eq__` run by the VM.
    fn equal_with_program_objects(
        &mut self,
        left: Value,
        right: Value,
        depth: usize,
    ) -> PythonResult<bool> {
        if depth > MAXIMUM_NESTING {
            return Err(recursion_error(" in comparison"));
        }
        if is_identical(left, right) {
            return Ok(true);
        }
        if is_program_object(&self.heap, left) || is_program_object(&self.heap, right) {
            return self.values_equal(left, right);
        }
        let (Value::Object(a), Value::Object(b)) = (left, right) else {
            return self.values_equal(left, right);
        };
        let pairs: Vec<(Value, Value)> = match (self.object(a), self.object(b)) {
            (Object::List(a), Object::List(b)) => match paired_items(a, b) {
                Some(pairs) => pairs,
                None => return Ok(false),
            },
            (Object::Tuple(a), Object::Tuple(b)) => match paired_items(a, b) {
                Some(pairs) => pairs,
                None => return Ok(false),
            },
            (Object::Dict(a_dict), Object::Dict(b_dict)) => {
                if a_dict.len() != b_dict.len() {
                    return Ok(false);
                }
                let entries: Vec<(Value, Value)> = a_dict
                    .iter()
                    .map(|entry| (entry.key, entry.value))
                    .collect();
                let mut pairs = Vec::with_capacity(entries.len());
                for (key, value) in entries {
                    match self.dict_get(b, key)? {
                        Some(other) => pairs.push((value, other)),
                        None => return Ok(false),
                    }
                }
                pairs
            }
            _ if set_like(&self.heap, a).is_some() && set_like(&self.heap, b).is_some() => {
                let (Some(a_items), Some(b_items)) =
                    (set_like(&self.heap, a), set_like(&self.heap, b))
                else {
                    return Ok(false);
                };
                if a_items.len() != b_items.len() {
                    return Ok(false);
                }
                let items = a_items.items();
                for (hash, item) in items {
                    self.charge(1)?;
                    let found = match self.object(b) {
                        Object::DictView { dict, .. } => {
                            let dict = *dict;
                            self.dict_contains_hashed_running(dict, hash, item)?
                        }
                        _ => self.set_contains_running(b, hash, item)?,
                    };
                    if !found {
                        return Ok(false);
                    }
                }
                return Ok(true);
            }
            _ => {
                // The rest: items found by hash, where a program's object
                // without a hash of its own hashes by identity.
                let mut visited = 0;
                let result = equal_in_heap(&self.heap, left, right, 0, &mut visited);
                self.charge(visited)?;
                return result.map_err(|_| recursion_error(" in comparison"));
            }
        };
        for (item_a, item_b) in pairs {
            self.charge(1)?;
            if !self.equal_with_program_objects(item_a, item_b, depth + 1)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// The items of two sequences side by side; `None` when their lengths
/// differ (then they are not equal).
fn paired_items(a: &[Value], b: &[Value]) -> Option<Vec<(Value, Value)>> {
    (a.len() == b.len()).then(|| a.iter().copied().zip(b.iter().copied()).collect())
}
