//! Method calls without bound-method objects: `obj.name(...)` compiles to
//! [`Instruction::LoadMethod`] and [`Instruction::CallMethod`], so the
//! common calls (`words.append(w)`, `counts.get(k, 0)`, `self.move(dx)`)
//! make no `BoundMethod` on the heap; everything else is an ordinary
//! attribute lookup and call.
//!
//! [`Instruction::LoadMethod`]: super::super::compiler::bytecode::Instruction::LoadMethod
//! [`Instruction::CallMethod`]: super::super::compiler::bytecode::Instruction::CallMethod

use super::builtins::{find_method, BuiltinFunction};
use super::error::PythonResult;
use super::machine::Vm;
use super::object::Object;
use super::value::Value;

impl Vm {
    /// `object.name` for a call: the function and the object it is bound
    /// to, or the attribute's value and `Value::Unbound` when it is not a
    /// method bound to `object` (then the call passes no object).
    pub(crate) fn load_method(
        &mut self,
        object: Value,
        name: &str,
    ) -> PythonResult<(Value, Value)> {
        if let Some(function) = self.unbound_method(object, name) {
            // As `get_attribute` counts a lookup.
            self.charge(1)?;
            return Ok((function, object));
        }
        let value = self.get_attribute(object, name)?;
        Ok((value, Value::Unbound))
    }

    /// The function `object.name` would bind to `object`, when looking it
    /// up has no other effect: a builtin container's or str's method, or a
    /// plain `def` of an instance's class not shadowed by its own attribute.
    fn unbound_method(&self, object: Value, name: &str) -> Option<Value> {
        let Value::Object(reference) = object else {
            return None;
        };
        match self.object(reference) {
            Object::List(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::FrozenSet(_)
            | Object::Str(_)
            | Object::Tuple(_)
            | Object::Deque(_) => {
                let function = find_method(self.type_of(object), name)?;
                // A static method is not bound to the object.
                (function != BuiltinFunction::StrMaketrans).then_some(Value::Builtin(function))
            }
            Object::Instance(instance) => {
                let class = instance.class;
                let attribute = self.lookup_in_class(class, name)?;
                let is_plain_function = matches!(
                    attribute,
                    Value::Object(function) if matches!(self.object(function), Object::Function(_))
                );
                (is_plain_function && self.own_attribute(object, name).is_none())
                    .then_some(attribute)
            }
            _ => None,
        }
    }
}
