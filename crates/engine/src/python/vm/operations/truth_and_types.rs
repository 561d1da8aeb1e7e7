//! `type()`, `bool()` and the VM's ints: small ones inline, big ones on the heap.

use num_bigint::BigInt;

use super::super::super::builtins::numbers::Int;
use super::super::error::PythonResult;
use super::super::machine::Vm;
use super::super::object::{DictViewKind, IteratorObject, Object};
use super::super::types::TypeId;
use super::super::value::Value;

impl Vm {
    /// The type of a value.
    pub(crate) fn type_of(&self, value: Value) -> TypeId {
        match value {
            Value::Unbound | Value::None => TypeId::NoneType,
            Value::Bool(_) => TypeId::Bool,
            Value::Int(_) => TypeId::Int,
            Value::Float(_) => TypeId::Float,
            Value::Builtin(_) => TypeId::BuiltinFunction,
            Value::Type(TypeId::Ellipsis) => TypeId::Ellipsis,
            Value::Type(TypeId::NotImplementedType) => TypeId::NotImplementedType,
            Value::Type(TypeId::Traceback) => TypeId::Traceback,
            Value::Type(TypeId::TurtleScreen) => TypeId::TurtleScreen,
            Value::Type(_) => TypeId::Type,
            Value::Module(_) => TypeId::Module,
            Value::Object(reference) => self.object(reference).type_id(),
        }
    }

    /// The type name CPython's messages use (`'int'`, `'list'`,
    /// `'list_iterator'`, `'dict_keys'`): iterators and dict views are named
    /// by their kind.
    /// A program's class gives its own name (`'Point'`).
    pub(crate) fn type_name(&self, value: Value) -> &'static str {
        if let Value::Object(reference) = value {
            match self.object(reference) {
                Object::Iterator(iterator) => return self.iterator_type_name(iterator),
                Object::DictView { kind, .. } => return dict_view_name(*kind),
                Object::Instance(_) | Object::Exception(_) => {
                    if let Some(class) = self.program_class_of(value) {
                        if let Object::Class(class) = self.object(class) {
                            return class.static_name;
                        }
                    }
                }
                _ => {}
            }
        }
        self.type_of(value).name()
    }

    /// The name of a builtin iterator's type (`list_iterator`, `zip`).
    pub(crate) fn iterator_type_name(&self, iterator: &IteratorObject) -> &'static str {
        match iterator {
            IteratorObject::Sequence { sequence, .. } => match self.object(*sequence) {
                Object::Tuple(_) => "tuple_iterator",
                _ => "list_iterator",
            },
            IteratorObject::ReversedSequence { .. } => "list_reverseiterator",
            IteratorObject::Str { text, .. } => match self.object(*text) {
                Object::Str(text) if !text.is_ascii() => "str_iterator",
                _ => "str_ascii_iterator",
            },
            IteratorObject::Range { .. } => "range_iterator",
            IteratorObject::Dict { kind, .. } => match kind {
                DictViewKind::Keys => "dict_keyiterator",
                DictViewKind::Values => "dict_valueiterator",
                DictViewKind::Items => "dict_itemiterator",
            },
            IteratorObject::Set { .. } => "set_iterator",
            IteratorObject::Enumerate { .. } => "enumerate",
            IteratorObject::Zip { .. } => "zip",
            IteratorObject::Map { .. } => "map",
            IteratorObject::Filter { .. } => "filter",
            IteratorObject::Bytes { .. } => "bytes_iterator",
            IteratorObject::ItemByItem { .. } | IteratorObject::Exhausted => "iterator",
        }
    }

    /// `bool(value)`.
    pub(crate) fn is_truthy(&self, value: Value) -> bool {
        match value {
            Value::Unbound | Value::None => false,
            Value::Bool(flag) => flag,
            Value::Int(number) => number != 0,
            Value::Float(number) => number != 0.0,
            Value::Builtin(_) | Value::Type(_) | Value::Module(_) => true,
            Value::Object(reference) => match self.object(reference) {
                Object::BigInt(_) => true,
                Object::Str(text) => !text.text.is_empty(),
                Object::Bytes(data) => !data.is_empty(),
                Object::List(items) => !items.is_empty(),
                Object::Tuple(items) => !items.is_empty(),
                Object::Deque(items) => !items.is_empty(),
                Object::Dict(dict) => !dict.is_empty(),
                Object::Set(set) | Object::FrozenSet(set) => !set.is_empty(),
                Object::Range(range) => !range.is_empty(),
                Object::DictView { dict, .. } => match self.object(*dict) {
                    Object::Dict(dict) => !dict.is_empty(),
                    _ => false,
                },
                _ => true,
            },
        }
    }

    /// An int value (small ints inline, big ones on the heap).
    pub(crate) fn new_int(&mut self, value: Int) -> PythonResult<Value> {
        match value {
            Int::Small(small) => Ok(Value::Int(small)),
            Int::Big(big) => self.new_big_int(big),
        }
    }

    /// An int value from a big integer, normalised (small ones inline).
    pub(crate) fn new_big_int(&mut self, value: BigInt) -> PythonResult<Value> {
        match Int::from_big(value) {
            Int::Small(small) => Ok(Value::Int(small)),
            Int::Big(big) => self.allocate(Object::BigInt(big)),
        }
    }

    /// The int of an int or bool value.
    pub(crate) fn int_of(&self, value: Value) -> Option<Int> {
        match value {
            Value::Bool(flag) => Some(Int::Small(i64::from(flag))),
            Value::Int(number) => Some(Int::Small(number)),
            Value::Object(reference) => match self.object(reference) {
                Object::BigInt(big) => Some(Int::from_big(big.clone())),
                _ => None,
            },
            _ => None,
        }
    }

    /// The most bits an int result may have: a quarter of what the heap has
    /// left (big-int arithmetic needs room for its operands and temporaries),
    /// so that `10**10**8` is a MemoryError at once.
    pub(crate) fn maximum_int_bits(&self) -> u64 {
        let remaining = self
            .heap
            .byte_limit()
            .saturating_sub(self.heap.bytes_used());
        (remaining as u64).saturating_mul(2).max(64)
    }

    /// The most characters a text result may have: what the heap has left.
    pub(crate) fn maximum_text_length(&self) -> usize {
        self.heap
            .byte_limit()
            .saturating_sub(self.heap.bytes_used())
    }

    /// A fake, stable address for reprs (`0x7f...`), from the object's slot.
    pub(crate) fn fake_address(reference: super::super::heap::ObjectRef) -> String {
        format!(
            "0x{:012x}",
            0x7f00_0000_0000_u64 + u64::from(reference.index()) * 16
        )
    }
}

/// The name of a dict view's type.
pub(crate) fn dict_view_name(kind: DictViewKind) -> &'static str {
    match kind {
        DictViewKind::Keys => "dict_keys",
        DictViewKind::Values => "dict_values",
        DictViewKind::Items => "dict_items",
    }
}
