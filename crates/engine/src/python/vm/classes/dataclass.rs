//! `@dataclass`: the fields are the class's annotated names (its bases'
//! dataclass fields first), each with the class attribute of that name as
//! its default. The class gets `__init__`, `__repr__` and `__eq__` (builtins
//! that read the fields) unless it defines them itself, as CPython's
//! `dataclasses` does; `__post_init__` is called after `__init__`.

use super::super::builtins::BuiltinFunction;
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::machine::Vm;
use super::super::object::{attribute_in, set_attribute_in, Object};
use super::super::types::TypeId;
use super::super::value::Value;
use super::special::NOT_IMPLEMENTED;

/// Where a class keeps its field names (a tuple of str).
const FIELDS_ATTRIBUTE: &str = "__dataclass_fields__";

impl Vm {
    /// The builtins of `dataclasses`.
    pub(crate) fn call_dataclass_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let value = match function {
            B::Dataclass => self.make_dataclass(arguments)?,
            B::DataclassInit => self.dataclass_init(arguments)?,
            B::DataclassRepr => {
                let receiver = receiver_of(arguments, "__repr__")?;
                let text = self.dataclass_repr(receiver)?;
                self.new_str(text)?
            }
            B::DataclassEq => match arguments.positional.as_slice() {
                [left, right] => self.dataclass_equal(*left, *right)?,
                _ => return Err(PythonError::type_error("__eq__ expected 1 argument")),
            },
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// `@dataclass` (or `@dataclass()`) on a class.
    fn make_dataclass(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        if let Some((keyword, _)) = arguments.keywords.first() {
            return Err(PythonError::not_supported(format!(
                "dataclass({keyword}=...)"
            )));
        }
        let class = match arguments.positional.as_slice() {
            [] => return Ok(Value::Builtin(BuiltinFunction::Dataclass)),
            [Value::Object(class)] if matches!(self.object(*class), Object::Class(_)) => *class,
            _ => {
                return Err(PythonError::type_error(
                    "dataclass() should be called on a class",
                ))
            }
        };
        let mut fields: Vec<String> = Vec::new();
        // The bases' fields first, the furthest base first.
        let mro = self.mro_of(Value::Object(class));
        for base in mro.iter().skip(1).rev() {
            for name in self.fields_of_class_value(*base) {
                if !fields.contains(&name) {
                    fields.push(name);
                }
            }
        }
        for name in self.annotated_names(class) {
            if !fields.contains(&name) {
                fields.push(name);
            }
        }
        let mut seen_default: Option<String> = None;
        for name in &fields {
            let default = self.lookup_in_class(class, name);
            match default {
                Some(value) => {
                    let type_id = self.type_of(value);
                    if matches!(type_id, TypeId::List | TypeId::Dict | TypeId::Set) {
                        return Err(PythonError::value_error(format!(
                            "mutable default <class '{}'> for field {name} is not allowed: use default_factory",
                            type_id.name()
                        )));
                    }
                    seen_default = Some(name.clone());
                }
                None if seen_default.is_some() => {
                    return Err(PythonError::type_error(format!(
                        "non-default argument '{name}' follows default argument"
                    )));
                }
                None => {}
            }
        }
        let mut names = Vec::with_capacity(fields.len());
        for name in &fields {
            names.push(self.new_str(name.clone())?);
        }
        let names = self.new_tuple(names)?;
        if let Some(Object::Class(state)) = self.object_mut(class) {
            set_attribute_in(&mut state.attributes, FIELDS_ATTRIBUTE, names);
            if attribute_in(&state.attributes, "__match_args__").is_none() {
                set_attribute_in(&mut state.attributes, "__match_args__", names);
            }
            for (name, function) in [
                ("__init__", BuiltinFunction::DataclassInit),
                ("__repr__", BuiltinFunction::DataclassRepr),
                ("__eq__", BuiltinFunction::DataclassEq),
            ] {
                if attribute_in(&state.attributes, name).is_none() {
                    set_attribute_in(&mut state.attributes, name, Value::Builtin(function));
                }
            }
            if attribute_in(&state.attributes, "__hash__").is_none() {
                set_attribute_in(&mut state.attributes, "__hash__", Value::None);
            }
        }
        Ok(Value::Object(class))
    }

    /// The names a class annotates in its own body, in order.
    fn annotated_names(&self, class: ObjectRef) -> Vec<String> {
        let Object::Class(state) = self.object(class) else {
            return Vec::new();
        };
        let Some(Value::Object(annotations)) = attribute_in(&state.attributes, "__annotations__")
        else {
            return Vec::new();
        };
        match self.object(annotations) {
            Object::Dict(dict) => dict
                .iter()
                .filter_map(|entry| self.str_text(entry.key).map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The dataclass fields a class value has (none for other classes).
    fn fields_of_class_value(&self, class: Value) -> Vec<String> {
        let Some(Object::Class(state)) = class.object().map(|reference| self.object(reference))
        else {
            return Vec::new();
        };
        let Some(Value::Object(names)) = attribute_in(&state.attributes, FIELDS_ATTRIBUTE) else {
            return Vec::new();
        };
        match self.object(names) {
            Object::Tuple(items) => items
                .iter()
                .filter_map(|item| self.str_text(*item).map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The fields of an instance's dataclass.
    fn fields_of(&self, instance: Value) -> Vec<String> {
        self.fields_of_class_value(self.class_of(instance))
    }

    /// A dataclass's `__init__`: the fields from the arguments or defaults.
    fn dataclass_init(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        let receiver = receiver_of(arguments, "__init__")?;
        let class = self.class_of(receiver);
        let qualified = format!("{}.__init__", self.class_name(class));
        let fields = self.fields_of(receiver);
        let given = &arguments.positional[1..];
        if given.len() > fields.len() {
            let class_reference = class.object();
            let required = fields
                .iter()
                .filter(|field| {
                    class_reference
                        .and_then(|class| self.lookup_in_class(class, field))
                        .is_none()
                })
                .count();
            let most = fields.len() + 1;
            let accepted = if required + 1 == most {
                format!(
                    "{most} positional argument{}",
                    if most == 1 { "" } else { "s" }
                )
            } else {
                format!("from {} to {most} positional arguments", required + 1)
            };
            return Err(PythonError::type_error(format!(
                "{qualified}() takes {accepted} but {} were given",
                given.len() + 1
            )));
        }
        let mut values: Vec<Option<Value>> = vec![None; fields.len()];
        for (slot, value) in values.iter_mut().zip(given) {
            *slot = Some(*value);
        }
        for (keyword, value) in &arguments.keywords {
            match fields.iter().position(|field| field == keyword) {
                Some(index) if values[index].is_some() => {
                    return Err(PythonError::type_error(format!(
                        "{qualified}() got multiple values for argument '{keyword}'"
                    )))
                }
                Some(index) => values[index] = Some(*value),
                None => {
                    return Err(PythonError::type_error(format!(
                        "{qualified}() got an unexpected keyword argument '{keyword}'"
                    )))
                }
            }
        }
        let mut missing = Vec::new();
        for (index, field) in fields.iter().enumerate() {
            if values[index].is_none() {
                match class
                    .object()
                    .and_then(|class| self.lookup_in_class(class, field))
                {
                    Some(default) => values[index] = Some(default),
                    None => missing.push(format!("'{field}'")),
                }
            }
        }
        if !missing.is_empty() {
            let names = match missing.as_slice() {
                [one] => one.clone(),
                [first, second] => format!("{first} and {second}"),
                _ => {
                    let (last, rest) = missing.split_last().unwrap_or((&missing[0], &[]));
                    format!("{}, and {last}", rest.join(", "))
                }
            };
            return Err(PythonError::type_error(format!(
                "{qualified}() missing {} required positional argument{}: {names}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            )));
        }
        for (field, value) in fields.iter().zip(values) {
            self.set_program_attribute(receiver, field, value)?;
        }
        if self.special_method(receiver, "__post_init__").is_some() {
            self.call_special(receiver, "__post_init__", Vec::new())?;
        }
        Ok(Value::None)
    }

    /// `Point(x=1, y=2)`.
    fn dataclass_repr(&mut self, receiver: Value) -> PythonResult<String> {
        let mut text = format!("{}(", self.class_name(self.class_of(receiver)));
        for (index, field) in self.fields_of(receiver).iter().enumerate() {
            if index > 0 {
                text.push_str(", ");
            }
            let value = self.get_attribute(receiver, field)?;
            text.push_str(field);
            text.push('=');
            text.push_str(&self.repr(value)?);
        }
        text.push(')');
        Ok(text)
    }

    /// Two instances of the same dataclass are equal when their fields are.
    fn dataclass_equal(&mut self, left: Value, right: Value) -> PythonResult<Value> {
        if self.class_of(left) != self.class_of(right) {
            return Ok(NOT_IMPLEMENTED);
        }
        for field in self.fields_of(left) {
            let a = self.get_attribute(left, &field)?;
            let b = self.get_attribute(right, &field)?;
            if !(a == b || self.values_equal(a, b)?) {
                return Ok(Value::Bool(false));
            }
        }
        Ok(Value::Bool(true))
    }
}

/// The instance a dataclass method was called on.
fn receiver_of(arguments: &Arguments, name: &str) -> PythonResult<Value> {
    arguments.positional.first().copied().ok_or_else(|| {
        PythonError::type_error(format!(
            "{name}() missing 1 required positional argument: 'self'"
        ))
    })
}
