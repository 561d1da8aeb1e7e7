//! The quick loop's calls of builtin methods that pupils call in loops: the
//! str methods that take no argument (the case methods `upper`, `lower`,
//! `casefold`... and the character class tests `isdigit`, `isalpha`...),
//! and a deque's `append`, `appendleft`, `pop` and `popleft` (a
//! breadth-first search's queue), and `int()` of an int, a bool, a float
//! or a str of decimal digits (`int(digit)` over a number's digits).
//!
//! They compute what the general path computes (the same functions,
//! [`changed_case`], [`character_class`], [`deque_size_after_growth`] and
//! [`plain_decimal_int`])
//! and count the same work: one for the call, and for a str method one per
//! 32 bytes of the text, plus one. What grows does so within the heap's
//! budget; over it, or for an empty deque's `pop`, nothing changes and the
//! general path raises the error.

use super::builtins::{
    changed_case, character_class, deque_size_after_growth, plain_decimal_int, BuiltinFunction,
};
use super::heap::Heap;
use super::object::{Object, StrObject};
use super::value::Value;

/// `text.method()` called with `[text]`: the result and the work after the
/// call instruction's own; `None` for another function, another receiver,
/// any argument, or a budget that refuses the new str.
#[inline(never)]
pub(crate) fn quick_str_method(
    heap: &mut Heap<Object>,
    function: BuiltinFunction,
    arguments: &[Value],
) -> Option<(Value, u64)> {
    let [Value::Object(receiver)] = arguments else {
        return None;
    };
    let Some(Object::Str(text)) = heap.get(*receiver) else {
        return None;
    };
    let work = 1 + text.text.len() as u64 / 32 + 1;
    if let Some(answer) = character_class(function, &text.text) {
        return Some((Value::Bool(answer), work));
    }
    let changed = changed_case(function, &text.text)?;
    // ASCII text stays ASCII.
    let object = match text.is_ascii() {
        true => StrObject::ascii(changed),
        false => StrObject::new(changed),
    };
    heap.reserve(object.text.len()).ok()?;
    let reference = object.allocate(heap).ok()?;
    Some((Value::Object(reference), work))
}

/// A deque's `append(item)` or `appendleft(item)` called with `[deque,
/// item]`, or its `pop()` or `popleft()` called with `[deque]`: the result;
/// `None` for another function or receiver, an empty deque's `pop`, or a
/// budget that refuses the growth.
#[inline(never)]
pub(crate) fn quick_deque_method(
    heap: &mut Heap<Object>,
    function: BuiltinFunction,
    arguments: &[Value],
) -> Option<Value> {
    use BuiltinFunction as B;
    match (function, arguments) {
        (B::DequeAppend | B::DequeAppendleft, [Value::Object(deque), item]) => {
            let Some(Object::Deque(items)) = heap.get(*deque) else {
                return None;
            };
            if let Some(new_size) = deque_size_after_growth(items, 1) {
                heap.resize(*deque, new_size).ok()?;
            }
            let Some(Object::Deque(items)) = heap.get_mut(*deque) else {
                return None;
            };
            if function == B::DequeAppend {
                items.push_back(*item);
            } else {
                items.push_front(*item);
            }
            Some(Value::None)
        }
        (B::DequePop | B::DequePopleft, [Value::Object(deque)]) => {
            let Some(Object::Deque(items)) = heap.get_mut(*deque) else {
                return None;
            };
            if function == B::DequePop {
                items.pop_back()
            } else {
                items.pop_front()
            }
        }
        _ => None,
    }
}

/// `int(value)` called with `[value]`: the int and the work after the call
/// instruction's own (one for the call, and for a str one per 8 bytes,
/// plus one); `None` for anything but an int, a bool, a float that fits
/// 64 bits, or a str of 1 to 18 ASCII digits (the general path parses the
/// rest and raises the errors).
#[inline(never)]
pub(crate) fn quick_int(heap: &Heap<Object>, arguments: &[Value]) -> Option<(Value, u64)> {
    let [argument] = arguments else {
        return None;
    };
    match *argument {
        Value::Int(_) => Some((*argument, 1)),
        Value::Bool(flag) => Some((Value::Int(i64::from(flag)), 1)),
        Value::Float(number) if number.is_finite() && number.abs() < 9.0e18 => {
            Some((Value::Int(number.trunc() as i64), 1))
        }
        Value::Object(reference) => {
            let Some(Object::Str(text)) = heap.get(reference) else {
                return None;
            };
            let number = plain_decimal_int(&text.text)?;
            Some((Value::Int(number), 1 + text.text.len() as u64 / 8 + 1))
        }
        _ => None,
    }
}
