//! Values: what the VM's stack, locals and containers hold.
//!
//! A [`Value`] is small and `Copy`: the immediate kinds (None, bools, ints
//! that fit 64 bits, floats, builtin functions and types) are held inline,
//! everything else is an [`ObjectRef`] into the heap ([`super::object::Object`]).

use super::builtins::BuiltinFunction;
use super::heap::ObjectRef;
use super::types::{ModuleId, TypeId};

/// A Python value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// The VM's marker for "no value": an unassigned local or an empty cell.
    /// Programs never see it.
    Unbound,
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An int that fits in 64 bits (bigger ones are [`super::object::Object::BigInt`]).
    Int(i64),
    /// A float.
    Float(f64),
    /// A builtin function (`print`, `len`, `math.sqrt`...).
    Builtin(BuiltinFunction),
    /// A builtin type (`int`, `list`, `ValueError`...).
    Type(TypeId),
    /// A module (`math`, `random`).
    Module(ModuleId),
    /// An object on the heap.
    Object(ObjectRef),
}

impl Value {
    /// The object this value refers to, if it is one.
    pub fn object(self) -> Option<ObjectRef> {
        match self {
            Value::Object(reference) => Some(reference),
            _ => None,
        }
    }

    /// Whether it is `None`.
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
}
