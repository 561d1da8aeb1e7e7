//! The `class` statement: the class made from its bases (C3 method
//! resolution order, as CPython computes `__mro__`), its body run with the
//! class as the namespace, then finished (methods learn their class for
//! `super()`; a class that defines `__eq__` without `__hash__` becomes
//! unhashable, as in CPython).

use super::super::error::{PythonError, PythonResult};
use super::super::heap::ObjectRef;
use super::super::interpreter::Step;
use super::super::machine::Vm;
use super::super::object::{
    attribute_in, remove_attribute_in, set_attribute_in, ClassObject, Object,
};
use super::super::types::TypeId;
use super::super::value::Value;

impl Vm {
    /// `BuildClass`: the stack holds the body's function, the name and the
    /// bases. Makes the class and starts its body.
    pub(crate) fn build_class(&mut self, base_count: usize) -> PythonResult<Step> {
        let mut bases = Vec::with_capacity(base_count);
        for _ in 0..base_count {
            bases.push(self.pop());
        }
        bases.reverse();
        let name_value = self.pop();
        let body = self.pop();
        let name = self.str_text(name_value).unwrap_or_default().to_owned();
        for (position, base) in bases.iter().enumerate() {
            self.check_base(*base)?;
            if bases[..position].contains(base) {
                return Err(PythonError::type_error(format!(
                    "duplicate base class {}",
                    self.class_name(*base)
                )));
            }
        }
        if bases.is_empty() {
            bases.push(Value::Type(TypeId::Object));
        }
        let builtin_base = bases
            .iter()
            .map(|base| self.builtin_base_of(*base))
            .find(|type_id| type_id.is_exception())
            .unwrap_or(TypeId::Object);
        let merged = self.merge_method_orders(&bases)?;
        let qualified_name = match body.object().map(|reference| self.object(reference)) {
            Some(Object::Function(function)) => self.qualified_name_of(function),
            _ => name.clone(),
        };
        let class = self.allocate(Object::Class(Box::new(ClassObject {
            qualified_name,
            static_name: super::super::object::intern_class_name(&name),
            name,
            bases,
            mro: Vec::new(),
            attributes: Vec::new(),
            builtin_base,
        })))?;
        let Value::Object(reference) = class else {
            return Err(PythonError::memory_error());
        };
        if let Some(Object::Class(state)) = self.object_mut(reference) {
            state.mro = std::iter::once(class).chain(merged).collect();
        }
        self.run_class_body(body, reference)
    }

    /// A base must be one of the program's classes, `object` or an exception class.
    fn check_base(&self, base: Value) -> PythonResult<()> {
        match base {
            Value::Type(TypeId::Object) => Ok(()),
            Value::Type(type_id) if type_id.is_exception() => Ok(()),
            Value::Type(type_id) if self.is_class(base) => Err(PythonError::not_supported(
                format!("classes derived from {}", type_id.name()),
            )),
            Value::Object(reference) if matches!(self.object(reference), Object::Class(_)) => {
                Ok(())
            }
            _ => Err(PythonError::type_error(format!(
                "bases must be types, not {}",
                self.type_name(base)
            ))),
        }
    }

    /// The builtin type instances of `class` are made of.
    pub(crate) fn builtin_base_of(&self, class: Value) -> TypeId {
        match class {
            Value::Type(type_id) => type_id,
            Value::Object(reference) => match self.object(reference) {
                Object::Class(class) => class.builtin_base,
                _ => TypeId::Object,
            },
            _ => TypeId::Object,
        }
    }

    /// C3: the bases' orders merged, each base before its own bases, the
    /// bases in the order written.
    fn merge_method_orders(&self, bases: &[Value]) -> PythonResult<Vec<Value>> {
        let mut sequences: Vec<Vec<Value>> = bases.iter().map(|base| self.mro_of(*base)).collect();
        sequences.push(bases.to_vec());
        let mut merged = Vec::new();
        loop {
            sequences.retain(|sequence| !sequence.is_empty());
            if sequences.is_empty() {
                return Ok(merged);
            }
            let candidate = sequences.iter().map(|sequence| sequence[0]).find(|head| {
                !sequences
                    .iter()
                    .any(|sequence| sequence[1..].contains(head))
            });
            let Some(candidate) = candidate else {
                let mut names: Vec<String> = Vec::new();
                for sequence in &sequences {
                    let name = self.class_name(sequence[0]);
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
                return Err(PythonError::type_error(format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            merged.push(candidate);
            for sequence in &mut sequences {
                if sequence[0] == candidate {
                    sequence.remove(0);
                }
            }
        }
    }

    /// The class body has returned: its functions learn their class, and
    /// `__eq__` without `__hash__` makes instances unhashable.
    pub(crate) fn finish_class(&mut self, class: ObjectRef) -> PythonResult<()> {
        let Object::Class(state) = self.object(class) else {
            return Ok(());
        };
        let mut functions = Vec::new();
        for (_, value) in &state.attributes {
            let Value::Object(reference) = *value else {
                continue;
            };
            match self.object(reference) {
                Object::Function(_) => functions.push(reference),
                Object::StaticMethod(Value::Object(inner))
                | Object::ClassMethod(Value::Object(inner)) => functions.push(*inner),
                Object::Property(property) => {
                    functions.extend(
                        [property.getter, property.setter, property.deleter]
                            .iter()
                            .filter_map(|value| value.object()),
                    );
                }
                _ => {}
            }
        }
        let defines_eq = attribute_in(&state.attributes, "__eq__").is_some();
        let defines_hash = attribute_in(&state.attributes, "__hash__").is_some();
        for function in functions {
            if let Some(Object::Function(function)) = self.object_mut(function) {
                if function.owner.is_none() {
                    function.owner = Some(class);
                }
            }
        }
        if defines_eq && !defines_hash {
            if let Some(Object::Class(state)) = self.object_mut(class) {
                set_attribute_in(&mut state.attributes, "__hash__", Value::None);
            }
        }
        Ok(())
    }

    /// The class whose body the innermost frame runs, if it runs one.
    pub(crate) fn class_namespace(&self) -> Option<ObjectRef> {
        self.frames.last().and_then(|frame| frame.class_namespace)
    }

    /// `LoadName` in a class body: the class's own names first.
    pub(crate) fn load_class_name(&self, class: ObjectRef, name: &str) -> Option<Value> {
        match self.object(class) {
            Object::Class(state) => attribute_in(&state.attributes, name),
            _ => None,
        }
    }

    /// `StoreName` (or, with `None`, `DeleteName`) in a class body; a delete
    /// of a name the class does not have is false.
    pub(crate) fn store_class_name(
        &mut self,
        class: ObjectRef,
        name: &str,
        value: Option<Value>,
    ) -> bool {
        let Some(Object::Class(state)) = self.object_mut(class) else {
            return false;
        };
        match value {
            Some(value) => {
                set_attribute_in(&mut state.attributes, name, value);
                true
            }
            None => remove_attribute_in(&mut state.attributes, name),
        }
    }

    /// `name: annotation` in a class body: recorded in `__annotations__`.
    pub(crate) fn store_annotation(
        &mut self,
        class: ObjectRef,
        name: &str,
        annotation: Value,
    ) -> PythonResult<()> {
        let annotations = match self.load_class_name(class, "__annotations__") {
            Some(Value::Object(dict)) if matches!(self.object(dict), Object::Dict(_)) => dict,
            _ => {
                let dict = self.allocate(Object::Dict(Box::new(
                    super::super::dict::DictObject::new(),
                )))?;
                self.store_class_name(class, "__annotations__", Some(dict));
                match dict {
                    Value::Object(dict) => dict,
                    _ => return Ok(()),
                }
            }
        };
        let key = self.new_str(name.to_owned())?;
        self.dict_set(annotations, key, annotation)
    }
}
