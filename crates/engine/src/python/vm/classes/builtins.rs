//! The builtins of classes: `staticmethod`, `classmethod`, `property`
//! (with its `setter`), `super()`, and `object.__init__`, `__str__` and
//! `__repr__` as a program's method reaches them through `super()`.

use super::super::builtins::BuiltinFunction;
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::{Object, PropertyObject};
use super::super::types::TypeId;
use super::super::value::Value;

impl Vm {
    /// `super()` (the class and instance of the method that calls it) or
    /// `super(Class, instance)`.
    pub(crate) fn make_super(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        let (class, receiver) = match arguments.positional.as_slice() {
            [] => {
                let frame = self.frames.last();
                let owner = frame
                    .and_then(|frame| frame.function)
                    .and_then(|function| match self.object(function) {
                        Object::Function(function) => function.owner,
                        _ => None,
                    });
                let Some(owner) = owner else {
                    return Err(PythonError::new(
                        TypeId::RuntimeError,
                        "super(): __class__ cell not found",
                    ));
                };
                let receiver = frame
                    .and_then(|frame| frame.locals(&self.values).first().copied())
                    .filter(|value| *value != Value::Unbound);
                let Some(receiver) = receiver else {
                    return Err(PythonError::new(
                        TypeId::RuntimeError,
                        "super(): no arguments",
                    ));
                };
                (owner, receiver)
            }
            [Value::Object(class), receiver] if matches!(self.object(*class), Object::Class(_)) => {
                (*class, *receiver)
            }
            [_, _] => {
                return Err(PythonError::type_error(
                    "super() argument 1 must be a class defined by the program",
                ))
            }
            _ => return Err(PythonError::type_error("super() takes 0 or 2 arguments")),
        };
        self.allocate(Object::Super { class, receiver })
    }

    /// The builtins of classes: `object.__init__` and kin, a property's
    /// `setter`, and making `staticmethod`, `classmethod` and `property`.
    pub(crate) fn call_class_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let positional = &arguments.positional;
        let value = match function {
            B::ObjectInit => {
                let Some(receiver) = positional.first().copied() else {
                    return Err(PythonError::type_error(
                        "descriptor '__init__' of 'object' object needs an argument",
                    ));
                };
                let rest = positional[1..].to_vec();
                match receiver
                    .object()
                    .and_then(|reference| self.object_mut(reference))
                {
                    Some(Object::Exception(exception)) => exception.args = rest,
                    _ if !rest.is_empty() => return Err(PythonError::type_error(
                        "object.__init__() takes exactly one argument (the instance to initialize)",
                    )),
                    _ => {}
                }
                Value::None
            }
            B::ObjectStr | B::ObjectRepr => {
                let Some(receiver) = positional.first().copied() else {
                    return Err(PythonError::type_error(format!(
                        "descriptor '{}' of 'object' object needs an argument",
                        function.name()
                    )));
                };
                let text = if function == B::ObjectStr {
                    self.default_str(receiver)?
                } else {
                    self.default_repr(receiver)
                };
                self.new_str(text)?
            }
            B::PropertySetter | B::PropertyGetter | B::PropertyDeleter => {
                let (Some(Value::Object(property)), Some(new_function)) =
                    (positional.first().copied(), positional.get(1).copied())
                else {
                    return Err(PythonError::type_error(format!(
                        "{}() takes exactly one argument",
                        function.name()
                    )));
                };
                let Object::Property(mut property) = self.object(property).clone() else {
                    return Ok(None);
                };
                match function {
                    B::PropertySetter => property.setter = new_function,
                    B::PropertyGetter => property.getter = new_function,
                    _ => property.deleter = new_function,
                }
                self.allocate(Object::Property(property))?
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// Calling `staticmethod`, `classmethod`, `property` or `super`.
    pub(crate) fn call_class_type(
        &mut self,
        type_id: TypeId,
        arguments: &Arguments,
    ) -> PythonResult<Option<Value>> {
        let positional = &arguments.positional;
        let one = |name: &str| -> PythonResult<Value> {
            match positional.as_slice() {
                [function] if arguments.keywords.is_empty() => Ok(*function),
                _ => Err(PythonError::type_error(format!(
                    "{name} expected 1 argument, got {}",
                    positional.len()
                ))),
            }
        };
        let value = match type_id {
            TypeId::StaticMethod => {
                let function = one("staticmethod")?;
                self.allocate(Object::StaticMethod(function))?
            }
            TypeId::ClassMethod => {
                let function = one("classmethod")?;
                self.allocate(Object::ClassMethod(function))?
            }
            TypeId::Property => {
                let mut property = PropertyObject {
                    getter: positional.first().copied().unwrap_or(Value::None),
                    setter: positional.get(1).copied().unwrap_or(Value::None),
                    deleter: positional.get(2).copied().unwrap_or(Value::None),
                };
                for (keyword, value) in &arguments.keywords {
                    match keyword.as_str() {
                        "fget" => property.getter = *value,
                        "fset" => property.setter = *value,
                        "fdel" => property.deleter = *value,
                        "doc" => {}
                        _ => {
                            return Err(PythonError::type_error(format!(
                                "property() got an unexpected keyword argument '{keyword}'"
                            )))
                        }
                    }
                }
                self.allocate(Object::Property(Box::new(property)))?
            }
            TypeId::Super => self.make_super(arguments)?,
            _ => return Ok(None),
        };
        Ok(Some(value))
    }
}
