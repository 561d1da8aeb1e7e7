//! The program's own classes.
//!
//! - `build.rs`: the `class` statement: C3 method resolution order, the body
//!   run with the class as its namespace, `__annotations__`, `@dataclass`.
//! - `instances.rs`: calling a class, attributes of instances and classes
//!   (methods bound on lookup, `staticmethod`, `classmethod`, `property`),
//!   `super()`.
//! - `builtins.rs`: `staticmethod`, `classmethod`, `property`, `super()`.
//! - `special.rs`: the special methods (`__add__`, `__eq__`, `__len__`,
//!   `__str__`...) the VM's operations call on instances.
//! - `dataclass.rs`: `@dataclass`.
//! - `dir.rs`: `dir()` of the program's objects and classes.
//! - `nested.rs`: how an operation calls a special method and waits for it.
//!
//! A class is an [`Object::Class`]; a class's value is `Value::Object`, a
//! builtin type's is `Value::Type`, and the helpers here take either.
//! Instances of classes derived from an exception are exceptions
//! ([`Object::Exception`] with `class` set), so `raise` and `except` treat
//! them like the builtin ones.

mod build;
mod builtins;
mod dataclass;
mod dir;
mod instances;
pub(crate) mod nested;
mod special;

use super::heap::ObjectRef;
use super::machine::Vm;
use super::object::{attribute_in, Object};
use super::types::TypeId;
use super::value::Value;

impl Vm {
    /// `type(value)`: a program's class for its instances, a builtin type otherwise.
    pub(crate) fn class_of(&self, value: Value) -> Value {
        if let Value::Object(reference) = value {
            match self.object(reference) {
                Object::Instance(instance) => return Value::Object(instance.class),
                Object::Exception(exception) => {
                    if let Some(class) = exception.class {
                        return Value::Object(class);
                    }
                }
                _ => {}
            }
        }
        Value::Type(self.type_of(value))
    }

    /// The program's class of `value`, if it is an instance of one.
    pub(crate) fn program_class_of(&self, value: Value) -> Option<ObjectRef> {
        match self.class_of(value) {
            Value::Object(class) => Some(class),
            _ => None,
        }
    }

    /// The method resolution order of a class value (a builtin type's is its
    /// chain of bases).
    pub(crate) fn mro_of(&self, class: Value) -> Vec<Value> {
        match class {
            Value::Object(reference) => match self.object(reference) {
                Object::Class(class) => class.mro.clone(),
                _ => Vec::new(),
            },
            Value::Type(type_id) => {
                let mut chain = Vec::new();
                let mut current = Some(type_id);
                while let Some(type_id) = current {
                    chain.push(Value::Type(type_id));
                    current = type_id.base();
                }
                chain
            }
            _ => Vec::new(),
        }
    }

    /// Whether `class` is `of` or derives from it (both class values).
    pub(crate) fn is_subclass(&self, class: Value, of: Value) -> bool {
        match (class, of) {
            (Value::Type(type_id), Value::Type(of)) => type_id.is_subtype_of(of),
            (Value::Type(_), _) => false,
            _ => self.mro_of(class).iter().any(|entry| match (*entry, of) {
                (Value::Type(entry), Value::Type(of)) => entry.is_subtype_of(of),
                (entry, of) => entry == of,
            }),
        }
    }

    /// Whether a value is a class (a program's or a builtin type).
    pub(crate) fn is_class(&self, value: Value) -> bool {
        match value {
            Value::Type(type_id) => !matches!(
                type_id,
                TypeId::Ellipsis
                    | TypeId::NotImplementedType
                    | TypeId::Traceback
                    | TypeId::TurtleScreen
            ),
            Value::Object(reference) => matches!(self.object(reference), Object::Class(_)),
            _ => false,
        }
    }

    /// A function's `__qualname__` (`Point.move`), from its code object.
    pub(crate) fn qualified_name_of(&self, function: &super::object::FunctionObject) -> String {
        match self.program.codes.get(function.code as usize) {
            Some(code) => code.qualified_name.clone(),
            None => function.name.clone(),
        }
    }

    /// The name of a class value (`Point`, `int`).
    pub(crate) fn class_name(&self, class: Value) -> String {
        match class {
            Value::Object(reference) => match self.object(reference) {
                Object::Class(class) => class.name.clone(),
                _ => String::new(),
            },
            Value::Type(type_id) => type_id.name().to_owned(),
            _ => String::new(),
        }
    }

    /// `name` looked up along a class's MRO (the program's classes only:
    /// the builtin bases have no attributes a program's instance uses).
    pub(crate) fn lookup_in_class(&self, class: ObjectRef, name: &str) -> Option<Value> {
        let Object::Class(class) = self.object(class) else {
            return None;
        };
        class.mro.iter().find_map(|entry| match entry {
            Value::Object(reference) => match self.object(*reference) {
                Object::Class(class) => attribute_in(&class.attributes, name),
                _ => None,
            },
            _ => None,
        })
    }

    /// The special method `name` of `value`'s class, if `value` is an
    /// instance of a program's class that defines (or inherits) it.
    pub(crate) fn special_method(&self, value: Value, name: &str) -> Option<Value> {
        let class = self.program_class_of(value)?;
        self.lookup_in_class(class, name)
    }
}
