//! Instances and attributes: calling a class, `obj.name` on instances,
//! classes and `super()`, setting and deleting attributes, and the builtins
//! of classes (`staticmethod`, `classmethod`, `property`, `super`,
//! `object.__init__` and its kin).

use super::super::builtins::BuiltinFunction;
use super::super::call::Arguments;
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::frame::ReturnAction;
use super::super::heap::ObjectRef;
use super::super::interpreter::Step;
use super::super::machine::Vm;
use super::super::object::{
    attribute_in, remove_attribute_in, set_attribute_in, ExceptionObject, InstanceObject, Object,
    PropertyObject,
};
use super::super::types::TypeId;
use super::super::value::Value;

/// What a class attribute becomes when looked up through an instance or class.
enum Lookup {
    /// The value as it is.
    Plain(Value),
    /// A method bound to this receiver.
    Bound(Value, Value),
    /// A property: its getter is called with the instance.
    Property(PropertyObject),
}

impl Vm {
    /// Calling a class: a new instance, then its `__init__` (in a frame of
    /// its own, so a step-by-step run walks through it).
    pub(crate) fn instantiate(
        &mut self,
        class: ObjectRef,
        arguments: Arguments,
        on_return: ReturnAction,
    ) -> PythonResult<Step> {
        let Object::Class(state) = self.object(class) else {
            return Err(PythonError::type_error("not a class"));
        };
        let builtin_base = state.builtin_base;
        let name = state.static_name;
        if self.lookup_in_class(class, "__new__").is_some() {
            return Err(PythonError::not_supported("__new__"));
        }
        let instance = if builtin_base.is_exception() {
            self.allocate(Object::Exception(Box::new(ExceptionObject {
                type_id: builtin_base,
                args: arguments.positional.clone(),
                traceback: Vec::new(),
                context: None,
                cause: None,
                explanation: None,
                class: Some(class),
                attributes: Vec::new(),
            })))?
        } else {
            let attributes = self.heap.spare_mut().attribute_table();
            self.allocate(Object::Instance(InstanceObject {
                class,
                attributes,
                dict: None,
            }))?
        };
        let Value::Object(instance) = instance else {
            return Err(PythonError::memory_error());
        };
        match self.lookup_in_class(class, "__init__") {
            Some(initializer) => {
                if !matches!(on_return, ReturnAction::Push) {
                    return Err(PythonError::not_supported("making an instance here"));
                }
                let initializer = match self.object_at(initializer) {
                    Some(Object::StaticMethod(function)) => *function,
                    _ => initializer,
                };
                self.call_initializer(initializer, instance, arguments)
            }
            None => {
                let has_arguments =
                    !arguments.positional.is_empty() || !arguments.keywords.is_empty();
                if has_arguments && !builtin_base.is_exception() {
                    return Err(
                        PythonError::type_error(format!("{name}() takes no arguments")).explained(
                            Explanation::new("python-runtime-class-takes-no-arguments")
                                .with("class", name),
                        ),
                    );
                }
                if !arguments.keywords.is_empty() {
                    return Err(PythonError::type_error(format!(
                        "{name}() takes no keyword arguments"
                    )));
                }
                if !matches!(on_return, ReturnAction::Discard) {
                    self.push(Value::Object(instance));
                }
                Ok(Step::Continue)
            }
        }
    }

    /// `__init__` must return None.
    pub(crate) fn check_init_result(&self, value: Value) -> PythonResult<()> {
        if value.is_none() {
            return Ok(());
        }
        Err(PythonError::type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(value)
        )))
    }

    /// The object a value refers to, if it is one.
    fn object_at(&self, value: Value) -> Option<&Object> {
        value.object().map(|reference| self.object(reference))
    }

    /// How a class attribute found for `receiver` is given out.
    fn bind(&self, attribute: Value, receiver: Value, class: Value) -> Lookup {
        match self.object_at(attribute) {
            Some(Object::Function(_)) => Lookup::Bound(receiver, attribute),
            Some(Object::StaticMethod(function)) => Lookup::Plain(*function),
            Some(Object::ClassMethod(function)) => Lookup::Bound(class, *function),
            Some(Object::Property(property)) => Lookup::Property(**property),
            _ if matches!(attribute, Value::Builtin(_)) => Lookup::Bound(receiver, attribute),
            _ => Lookup::Plain(attribute),
        }
    }

    /// Gives out what [`Vm::bind`] decided.
    fn finish_lookup(
        &mut self,
        lookup: Lookup,
        receiver: Value,
        name: &str,
    ) -> PythonResult<Value> {
        match lookup {
            Lookup::Plain(value) => Ok(value),
            Lookup::Bound(receiver, function) => {
                self.allocate(Object::BoundMethod { receiver, function })
            }
            Lookup::Property(property) => {
                if property.getter.is_none() {
                    return Err(PythonError::new(
                        TypeId::AttributeError,
                        format!(
                            "property '{name}' of '{}' object has no getter",
                            self.type_name(receiver)
                        ),
                    ));
                }
                self.call_nested(property.getter, Arguments::positional(vec![receiver]), name)
            }
        }
    }

    /// `object.name` when `object` is an instance, a class or `super()` of
    /// the program's, or a class builtin (`property`...); `None` for other
    /// values (the builtin types' attributes are looked up elsewhere).
    pub(crate) fn program_attribute(
        &mut self,
        object: Value,
        name: &str,
    ) -> PythonResult<Option<Value>> {
        let Value::Object(reference) = object else {
            return Ok(None);
        };
        match self.object(reference) {
            Object::Instance(_) => self.instance_attribute(object, name).map(Some),
            Object::Exception(exception) => {
                if let Some(value) = attribute_in(&exception.attributes, name) {
                    return Ok(Some(value));
                }
                let Some(class) = exception.class else {
                    return Ok(None);
                };
                match self.lookup_in_class(class, name) {
                    Some(attribute) => {
                        let lookup = self.bind(attribute, object, Value::Object(class));
                        self.finish_lookup(lookup, object, name).map(Some)
                    }
                    None if name == "__class__" => Ok(Some(Value::Object(class))),
                    None => Ok(None),
                }
            }
            Object::Class(_) => self.class_attribute(reference, name).map(Some),
            Object::Super { class, receiver } => {
                let (class, receiver) = (*class, *receiver);
                self.super_attribute(class, receiver, name).map(Some)
            }
            Object::Property(property) => {
                let property = **property;
                let value = match name {
                    "fget" => property.getter,
                    "fset" => property.setter,
                    "fdel" => property.deleter,
                    "setter" | "getter" | "deleter" => {
                        let function = match name {
                            "setter" => BuiltinFunction::PropertySetter,
                            "getter" => BuiltinFunction::PropertyGetter,
                            _ => BuiltinFunction::PropertyDeleter,
                        };
                        self.allocate(Object::BoundMethod {
                            receiver: object,
                            function: Value::Builtin(function),
                        })?
                    }
                    _ => return Ok(None),
                };
                Ok(Some(value))
            }
            Object::StaticMethod(function) | Object::ClassMethod(function)
                if name == "__func__" =>
            {
                Ok(Some(*function))
            }
            _ => Ok(None),
        }
    }

    /// An instance's attribute: a property first, then its own attributes,
    /// then its class's (methods bound to it), then `__getattr__`.
    fn instance_attribute(&mut self, object: Value, name: &str) -> PythonResult<Value> {
        let Some(class) = self.program_class_of(object) else {
            return Err(PythonError::new(TypeId::AttributeError, name.to_owned()));
        };
        let class_value = self.lookup_in_class(class, name);
        if let Some(attribute) = class_value {
            if let Lookup::Property(property) = self.bind(attribute, object, Value::Object(class)) {
                return self.finish_lookup(Lookup::Property(property), object, name);
            }
        }
        if let Some(value) = self.own_attribute(object, name) {
            return Ok(value);
        }
        if let Some(attribute) = class_value {
            let lookup = self.bind(attribute, object, Value::Object(class));
            return self.finish_lookup(lookup, object, name);
        }
        match name {
            "__class__" => return Ok(Value::Object(class)),
            "__dict__" => return self.attributes_as_dict(object),
            "__doc__" => return Ok(Value::None),
            "__module__" => return self.new_str(String::from("__main__")),
            _ => {}
        }
        if let Some(getter) = self.lookup_in_class(class, "__getattr__") {
            let text = self.new_str(name.to_owned())?;
            return self.call_nested(
                getter,
                Arguments::positional(vec![object, text]),
                "__getattr__",
            );
        }
        let mut candidates: Vec<String> = self
            .own_attributes(object)
            .into_iter()
            .map(|(known, _)| known)
            .collect();
        candidates.extend(self.class_attribute_names(class));
        let type_name = self.type_name(object);
        Err(missing_attribute(
            format!("'{type_name}' object has no attribute '{name}'"),
            name,
            &candidates,
            type_name,
        ))
    }

    /// An instance's own attribute `name` (in its table, or its `__dict__`).
    pub(crate) fn own_attribute(&self, object: Value, name: &str) -> Option<Value> {
        let Some(Object::Instance(instance)) = self.object_at(object) else {
            return None;
        };
        let Some(dict) = instance.dict else {
            return attribute_in(&instance.attributes, name);
        };
        let Object::Dict(table) = self.object(dict) else {
            return None;
        };
        let hash = super::super::operations::hashing::str_hash(name);
        table
            .find(hash, |key| self.str_text(key) == Some(name))
            .and_then(|index| table.entry(index))
            .map(|entry| entry.value)
    }

    /// An instance's own attributes, in order (its `__dict__`'s str keys).
    pub(crate) fn own_attributes(&self, object: Value) -> Vec<(String, Value)> {
        let Some(Object::Instance(instance)) = self.object_at(object) else {
            return Vec::new();
        };
        let Some(dict) = instance.dict else {
            return instance
                .attributes
                .iter()
                .map(|(name, value)| (name.to_string(), *value))
                .collect();
        };
        match self.object(dict) {
            Object::Dict(table) => table
                .iter()
                .filter_map(|entry| {
                    self.str_text(entry.key)
                        .map(|key| (key.to_owned(), entry.value))
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The names a class offers (its own and its bases'), for suggestions.
    pub(super) fn class_attribute_names(&self, class: ObjectRef) -> Vec<String> {
        let mut names = Vec::new();
        for entry in self.mro_of(Value::Object(class)) {
            if let Some(Object::Class(class)) = self.object_at(entry) {
                names.extend(class.attributes.iter().map(|(known, _)| known.to_string()));
            }
        }
        names
    }

    /// `vars(object)` / `object.__dict__`: a new dict of its attributes.
    pub(crate) fn attributes_as_dict(&mut self, object: Value) -> PythonResult<Value> {
        let attributes = match self.object_at(object) {
            Some(Object::Instance(instance)) => {
                if let Some(dict) = instance.dict {
                    return Ok(Value::Object(dict));
                }
                instance.attributes.clone()
            }
            Some(Object::Class(class)) => class.attributes.clone(),
            Some(Object::Exception(exception)) => exception.attributes.clone(),
            _ => {
                return Err(PythonError::type_error(
                    "vars() argument must have __dict__ attribute",
                ))
            }
        };
        let dict = self.allocate(Object::Dict(
            Box::new(super::super::dict::DictObject::new()),
        ))?;
        if let Value::Object(dict_reference) = dict {
            for (name, value) in attributes {
                let key = self.new_str(name.to_string())?;
                self.dict_set(dict_reference, key, value)?;
            }
            if let Some(Object::Instance(instance)) = object
                .object()
                .and_then(|reference| self.object_mut(reference))
            {
                instance.attributes = Vec::new();
                instance.dict = Some(dict_reference);
            }
        }
        Ok(dict)
    }

    /// A class's attribute: functions stay plain, class methods are bound
    /// to the class.
    fn class_attribute(&mut self, class: ObjectRef, name: &str) -> PythonResult<Value> {
        let class_value = Value::Object(class);
        if let Some(attribute) = self.lookup_in_class(class, name) {
            return Ok(match self.object_at(attribute) {
                Some(Object::StaticMethod(function)) => *function,
                Some(Object::ClassMethod(function)) => {
                    let function = *function;
                    self.allocate(Object::BoundMethod {
                        receiver: class_value,
                        function,
                    })?
                }
                _ => attribute,
            });
        }
        let Some(Object::Class(state)) = self.object_at(class_value) else {
            return Ok(Value::None);
        };
        let (class_name, qualified_name, bases, mro) = (
            state.name.clone(),
            state.qualified_name.clone(),
            state.bases.clone(),
            state.mro.clone(),
        );
        match name {
            "__name__" => return self.new_str(class_name),
            "__qualname__" => return self.new_str(qualified_name),
            "__bases__" => return self.new_tuple(bases),
            "__mro__" => return self.new_tuple(mro),
            "__dict__" => return self.attributes_as_dict(class_value),
            "__doc__" => return Ok(Value::None),
            "__module__" => return self.new_str(String::from("__main__")),
            "__class__" => return Ok(Value::Type(TypeId::Type)),
            "__init__" => return Ok(Value::Builtin(BuiltinFunction::ObjectInit)),
            "__str__" => return Ok(Value::Builtin(BuiltinFunction::ObjectStr)),
            "__repr__" => return Ok(Value::Builtin(BuiltinFunction::ObjectRepr)),
            _ => {}
        }
        let candidates = self.class_attribute_names(class);
        Err(missing_attribute(
            format!("type object '{class_name}' has no attribute '{name}'"),
            name,
            &candidates,
            &class_name,
        ))
    }

    /// `super().name`: looked up after `class` in the receiver's MRO.
    fn super_attribute(
        &mut self,
        class: ObjectRef,
        receiver: Value,
        name: &str,
    ) -> PythonResult<Value> {
        let receiver_class = if self.is_class(receiver) {
            receiver
        } else {
            self.class_of(receiver)
        };
        let mro = self.mro_of(receiver_class);
        let start = mro
            .iter()
            .position(|entry| *entry == Value::Object(class))
            .map_or(mro.len(), |position| position + 1);
        for entry in &mro[start..] {
            let Some(Object::Class(state)) = self.object_at(*entry) else {
                continue;
            };
            if let Some(attribute) = attribute_in(&state.attributes, name) {
                let lookup = if self.is_class(receiver) {
                    match self.object_at(attribute) {
                        Some(Object::ClassMethod(function)) => Lookup::Bound(receiver, *function),
                        Some(Object::StaticMethod(function)) => Lookup::Plain(*function),
                        _ => Lookup::Plain(attribute),
                    }
                } else {
                    self.bind(attribute, receiver, receiver_class)
                };
                return self.finish_lookup(lookup, receiver, name);
            }
        }
        let builtin = match name {
            "__init__" => Some(BuiltinFunction::ObjectInit),
            "__str__" => Some(BuiltinFunction::ObjectStr),
            "__repr__" => Some(BuiltinFunction::ObjectRepr),
            _ => None,
        };
        match builtin {
            Some(function) => self.allocate(Object::BoundMethod {
                receiver,
                function: Value::Builtin(function),
            }),
            None => Err(PythonError::new(
                TypeId::AttributeError,
                format!("'super' object has no attribute '{name}'"),
            )),
        }
    }

    /// `object.name = value` (or, with `None`, `del object.name`) for the
    /// program's instances and classes and for exceptions; `false` when
    /// `object` is none of those.
    pub(crate) fn set_program_attribute(
        &mut self,
        object: Value,
        name: &str,
        value: Option<Value>,
    ) -> PythonResult<bool> {
        let Value::Object(reference) = object else {
            return Ok(false);
        };
        if !matches!(
            self.object(reference),
            Object::Instance(_) | Object::Class(_) | Object::Exception(_)
        ) {
            return Ok(false);
        }
        if let Some(class) = self.program_class_of(object) {
            if let Some(attribute) = self.lookup_in_class(class, name) {
                if let Some(Object::Property(property)) = self.object_at(attribute) {
                    let property = **property;
                    return self
                        .set_through_property(property, object, name, value)
                        .map(|()| true);
                }
            }
            if self.lookup_in_class(class, "__setattr__").is_some() {
                return Err(PythonError::not_supported("__setattr__"));
            }
        }
        if let (Object::Class(_), "__name__" | "__qualname__", Some(new_name)) =
            (self.object(reference), name, value)
        {
            let Some(text) = self.str_text(new_name).map(str::to_owned) else {
                return Err(PythonError::type_error(format!(
                    "can only assign string to {}.{name}, not '{}'",
                    self.class_name(object),
                    self.type_name(new_name)
                )));
            };
            if let Some(Object::Class(class)) = self.object_mut(reference) {
                if name == "__name__" {
                    class.static_name = super::super::object::intern_class_name(&text);
                    class.name = text;
                } else {
                    class.qualified_name = text;
                }
            }
            return Ok(true);
        }
        let type_name = self.type_name(object);
        if let Object::Instance(InstanceObject {
            dict: Some(dict), ..
        }) = self.object(reference)
        {
            let dict = *dict;
            let key = self.new_str(name.to_owned())?;
            match value {
                Some(value) => self.dict_set(dict, key, value)?,
                None => {
                    if self.dict_remove(dict, key)?.is_none() {
                        return Err(PythonError::new(
                            TypeId::AttributeError,
                            format!("'{type_name}' object has no attribute '{name}'"),
                        ));
                    }
                }
            }
            return Ok(true);
        }
        let Some(state) = self.object_mut(reference) else {
            return Ok(false);
        };
        let table = match state {
            Object::Instance(instance) => &mut instance.attributes,
            Object::Class(class) => &mut class.attributes,
            Object::Exception(exception) => &mut exception.attributes,
            _ => return Ok(false),
        };
        match value {
            Some(value) => set_attribute_in(table, name, value),
            None => {
                if !remove_attribute_in(table, name) {
                    return Err(PythonError::new(
                        TypeId::AttributeError,
                        format!("'{type_name}' object has no attribute '{name}'"),
                    ));
                }
            }
        }
        Ok(true)
    }

    /// Setting or deleting through a property's setter or deleter.
    fn set_through_property(
        &mut self,
        property: PropertyObject,
        object: Value,
        name: &str,
        value: Option<Value>,
    ) -> PythonResult<()> {
        let (function, arguments, missing) = match value {
            Some(value) => (property.setter, vec![object, value], "setter"),
            None => (property.deleter, vec![object], "deleter"),
        };
        if function.is_none() {
            return Err(PythonError::new(
                TypeId::AttributeError,
                format!(
                    "property '{name}' of '{}' object has no {missing}",
                    self.type_name(object)
                ),
            ));
        }
        self.call_nested(function, Arguments::positional(arguments), name)?;
        Ok(())
    }
}

/// AttributeError for a program's object, with "did you mean" in the explanation.
fn missing_attribute(
    message: String,
    name: &str,
    candidates: &[String],
    subject: &str,
) -> PythonError {
    let candidates: Vec<&str> = candidates.iter().map(String::as_str).collect();
    super::super::builtins::attribute_error(message, name, &candidates, subject)
}
