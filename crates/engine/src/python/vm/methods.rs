//! Method calls without bound-method objects: `obj.name(...)` compiles to
//! [`Instruction::LoadMethod`] and [`Instruction::CallMethod`], so the
//! common calls (`words.append(w)`, `counts.get(k, 0)`, `self.move(dx)`)
//! make no `BoundMethod` on the heap; everything else is an ordinary
//! attribute lookup and call.
//!
//! Each place in the program that looks an attribute up keeps what it
//! found last (an inline cache, [`CachedLookup`]): a module's function, a
//! builtin type's method, or a class's function. A class's entry holds the
//! VM's class generation, which every change to any class (and every new
//! class) moves on, so an entry never outlives what it saw.
//!
//! [`Instruction::LoadMethod`]: super::super::compiler::bytecode::Instruction::LoadMethod
//! [`Instruction::CallMethod`]: super::super::compiler::bytecode::Instruction::CallMethod

use super::builtins::{find_method, BuiltinFunction};
use super::error::PythonResult;
use super::heap::ObjectRef;
use super::machine::{LoadedCode, Vm};
use super::object::{
    attribute_in, set_named_attribute_in, AttributeName, AttributeTable, InstanceObject, Object,
};
use super::types::{ModuleId, TypeId};
use super::value::Value;

/// What one attribute lookup in the program found last.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CachedLookup {
    /// A module's function or constant (modules never change; the canvas's
    /// variables are never cached).
    Module(ModuleId, Value),
    /// A builtin type's method.
    TypeMethod(TypeId, BuiltinFunction),
    /// A plain function of a class (or of one of its bases), while no class
    /// has changed since.
    ClassFunction {
        /// The instance's class.
        class: ObjectRef,
        /// The function found.
        function: Value,
        /// The class generation when it was found.
        generation: u64,
    },
    /// An instance's own attribute: its class (and bases) have nothing of
    /// that name, while no class has changed since; the instance's table
    /// answers (`self.x`).
    OwnAttribute {
        /// The instance's class.
        class: ObjectRef,
        /// The class generation when it was seen.
        generation: u64,
    },
    /// A call of a class whose instances are plain objects (no `__new__`,
    /// not an exception class) and whose `__init__` is a plain function,
    /// while no class has changed since (`Vector(x, y)`).
    Construction {
        /// The class called.
        class: ObjectRef,
        /// Its `__init__`.
        initializer: ObjectRef,
        /// The class generation when it was seen.
        generation: u64,
    },
    /// A store into an instance's own attributes: its class has no property
    /// of that name and no `__setattr__`, while no class has changed since
    /// (`self.x = x`).
    OwnAttributeStore {
        /// The instance's class.
        class: ObjectRef,
        /// The class generation when it was seen.
        generation: u64,
    },
}

/// The instance `object`'s class and its attribute table, when its
/// attributes live in the table (no `__dict__` asked for yet).
pub(crate) fn plain_instance(
    heap: &super::heap::Heap<Object>,
    object: Value,
) -> Option<(ObjectRef, &AttributeTable)> {
    let Value::Object(reference) = object else {
        return None;
    };
    match heap.get(reference) {
        Some(Object::Instance(InstanceObject {
            class,
            attributes,
            dict: None,
        })) => Some((*class, attributes)),
        _ => None,
    }
}

/// `object.name` of an instance whose class has nothing of that name (the
/// place's cache, `cached`, says so for this class and generation), from
/// its own attributes, or of a module whose value the cache holds; `None`
/// otherwise (the full lookup decides). Kept out of line: the quick loop's
/// dispatch stays tight.
#[inline(never)]
pub(crate) fn cached_own_attribute(
    heap: &super::heap::Heap<Object>,
    cached: Option<&Option<CachedLookup>>,
    class_generation: u64,
    object: Value,
    name: &str,
) -> Option<Value> {
    if let (Value::Module(module), Some(Some(CachedLookup::Module(cached_module, value)))) =
        (object, cached)
    {
        return (module == *cached_module).then_some(*value);
    }
    let (class, attributes) = plain_instance(heap, object)?;
    if !is_own_attribute_of(cached, class, class_generation) {
        return None;
    }
    attribute_in(attributes, name)
}

/// `object.name = value` into an instance's own attributes when the
/// place's cache says its class has no property of that name and no
/// `__setattr__`; whether it was done (if not, the full store decides).
#[inline(never)]
pub(crate) fn store_cached_own_attribute(
    heap: &mut super::heap::Heap<Object>,
    cached: Option<&Option<CachedLookup>>,
    class_generation: u64,
    object: Value,
    name: &AttributeName,
    value: Value,
) -> bool {
    let Some((class, _)) = plain_instance(heap, object) else {
        return false;
    };
    if !is_own_attribute_store_of(cached, class, class_generation) {
        return false;
    }
    match object
        .object()
        .and_then(|reference| heap.get_mut(reference))
    {
        Some(Object::Instance(instance)) => {
            set_named_attribute_in(&mut instance.attributes, name, value);
            true
        }
        _ => false,
    }
}

/// Whether `cached` is an [`CachedLookup::OwnAttribute`] of `class` made in `generation`.
fn is_own_attribute_of(
    cached: Option<&Option<CachedLookup>>,
    class: ObjectRef,
    generation: u64,
) -> bool {
    matches!(cached, Some(Some(CachedLookup::OwnAttribute { class: cached_class, generation: cached_generation }))
        if *cached_class == class && *cached_generation == generation)
}

/// Whether `cached` is an [`CachedLookup::OwnAttributeStore`] of `class` made in `generation`.
fn is_own_attribute_store_of(
    cached: Option<&Option<CachedLookup>>,
    class: ObjectRef,
    generation: u64,
) -> bool {
    matches!(cached, Some(Some(CachedLookup::OwnAttributeStore { class: cached_class, generation: cached_generation }))
        if *cached_class == class && *cached_generation == generation)
}

impl Vm {
    /// What the lookup at `position` of code `code_index` found last.
    fn cached_lookup(&self, code_index: usize, position: usize) -> Option<CachedLookup> {
        self.loaded_codes
            .get(code_index)
            .and_then(|code| code.lookup_caches.get(position))
            .copied()
            .flatten()
    }

    /// Remembers what the lookup at `position` of code `code_index` found.
    fn remember_lookup(&mut self, code_index: usize, position: usize, found: CachedLookup) {
        if self.loaded_codes.len() <= code_index {
            self.loaded_codes
                .resize_with(code_index + 1, LoadedCode::default);
        }
        let cache = &mut self.loaded_codes[code_index].lookup_caches;
        if cache.len() <= position {
            cache.resize(position + 1, None);
        }
        cache[position] = Some(found);
    }

    /// `object.name` where the instruction at `position` of code
    /// `code_index` runs: a module's function or constant comes from that
    /// place's cache after the first time.
    pub(crate) fn attribute_at(
        &mut self,
        object: Value,
        name: &str,
        code_index: usize,
        position: usize,
    ) -> PythonResult<Value> {
        let Value::Module(module) = object else {
            return self.instance_attribute_at(object, name, code_index, position);
        };
        if let Some(CachedLookup::Module(cached_module, value)) =
            self.cached_lookup(code_index, position)
        {
            if cached_module == module {
                // As `get_attribute` counts a lookup.
                self.charge(1)?;
                return Ok(value);
            }
        }
        let value = self.get_attribute(object, name)?;
        let is_fixed = module != ModuleId::Canvas
            && matches!(value, Value::Builtin(_) | Value::Int(_) | Value::Float(_));
        if is_fixed {
            self.remember_lookup(code_index, position, CachedLookup::Module(module, value));
        }
        Ok(value)
    }

    /// `object.name` for anything but a module: an instance's own
    /// attribute comes straight from its table when the place's cache says
    /// its class has nothing of that name.
    fn instance_attribute_at(
        &mut self,
        object: Value,
        name: &str,
        code_index: usize,
        position: usize,
    ) -> PythonResult<Value> {
        let cached = self
            .loaded_codes
            .get(code_index)
            .and_then(|code| code.lookup_caches.get(position));
        if let Some(value) =
            cached_own_attribute(&self.heap, cached, self.class_generation, object, name)
        {
            // As `get_attribute` counts a lookup.
            self.charge(1)?;
            return Ok(value);
        }
        let value = self.get_attribute(object, name)?;
        if let Some((class, attributes)) = plain_instance(&self.heap, object) {
            if attribute_in(attributes, name).is_some()
                && self.lookup_in_class(class, name).is_none()
            {
                let generation = self.class_generation;
                self.remember_lookup(
                    code_index,
                    position,
                    CachedLookup::OwnAttribute { class, generation },
                );
            }
        }
        Ok(value)
    }

    /// Remembers, for the call at `position` of code `code_index`, what
    /// calling `callable` does when it is a class of plain instances with a
    /// plain `__init__` (see [`CachedLookup::Construction`]), so the quick
    /// loop makes the instance and enters `__init__` itself next time.
    pub(crate) fn remember_construction(
        &mut self,
        callable: Value,
        code_index: usize,
        position: usize,
    ) {
        let Value::Object(class) = callable else {
            return;
        };
        let Object::Class(state) = self.object(class) else {
            return;
        };
        if state.builtin_base.is_exception() {
            return;
        }
        let generation = self.class_generation;
        if let Some(CachedLookup::Construction {
            class: cached_class,
            generation: cached_generation,
            ..
        }) = self.cached_lookup(code_index, position)
        {
            if cached_class == class && cached_generation == generation {
                return;
            }
        }
        if self.lookup_in_class(class, "__new__").is_some() {
            return;
        }
        let Some(Value::Object(initializer)) = self.lookup_in_class(class, "__init__") else {
            return;
        };
        if !matches!(self.object(initializer), Object::Function(_)) {
            return;
        }
        self.remember_lookup(
            code_index,
            position,
            CachedLookup::Construction {
                class,
                initializer,
                generation,
            },
        );
    }

    /// `object.name = value` where the instruction at `position` of code
    /// `code_index` runs: into an instance's own table directly when the
    /// place's cache says its class has no property of that name and no
    /// `__setattr__`. Whether the object takes attributes.
    pub(crate) fn store_attribute_at(
        &mut self,
        object: Value,
        name: &AttributeName,
        value: Value,
        code_index: usize,
        position: usize,
    ) -> PythonResult<bool> {
        let cached = self
            .loaded_codes
            .get(code_index)
            .and_then(|code| code.lookup_caches.get(position));
        if store_cached_own_attribute(
            &mut self.heap,
            cached,
            self.class_generation,
            object,
            name,
            value,
        ) {
            return Ok(true);
        }
        if !self.set_program_attribute(object, name, Some(value))? {
            return Ok(false);
        }
        if let Some((class, _)) = plain_instance(&self.heap, object) {
            let is_property = matches!(
                self.lookup_in_class(class, name),
                Some(Value::Object(attribute)) if matches!(self.object(attribute), Object::Property(_))
            );
            if !is_property && self.lookup_in_class(class, "__setattr__").is_none() {
                let generation = self.class_generation;
                self.remember_lookup(
                    code_index,
                    position,
                    CachedLookup::OwnAttributeStore { class, generation },
                );
            }
        }
        Ok(true)
    }

    /// `object.name` for a call: the function and the object it is bound
    /// to, or the attribute's value and `Value::Unbound` when it is not a
    /// method bound to `object` (then the call passes no object).
    pub(crate) fn load_method(
        &mut self,
        object: Value,
        name: &str,
        code_index: usize,
        position: usize,
    ) -> PythonResult<(Value, Value)> {
        if let Some(function) = self.unbound_method(object, name, code_index, position) {
            // As `get_attribute` counts a lookup.
            self.charge(1)?;
            return Ok((function, object));
        }
        let value = self.attribute_at(object, name, code_index, position)?;
        Ok((value, Value::Unbound))
    }

    /// The function `object.name` would bind to `object`, when looking it
    /// up has no other effect: a builtin container's or str's method, or a
    /// plain `def` of an instance's class not shadowed by its own attribute.
    fn unbound_method(
        &mut self,
        object: Value,
        name: &str,
        code_index: usize,
        position: usize,
    ) -> Option<Value> {
        let Value::Object(reference) = object else {
            return None;
        };
        let cached = self.cached_lookup(code_index, position);
        match self.object(reference) {
            Object::List(_)
            | Object::Dict(_)
            | Object::Set(_)
            | Object::FrozenSet(_)
            | Object::Str(_)
            | Object::Tuple(_)
            | Object::Deque(_) => {
                let type_id = self.type_of(object);
                if let Some(CachedLookup::TypeMethod(cached_type, function)) = cached {
                    if cached_type == type_id {
                        return Some(Value::Builtin(function));
                    }
                }
                let function = find_method(type_id, name)?;
                // A static method is not bound to the object.
                if function == BuiltinFunction::StrMaketrans {
                    return None;
                }
                let found = CachedLookup::TypeMethod(type_id, function);
                self.remember_lookup(code_index, position, found);
                Some(Value::Builtin(function))
            }
            Object::Instance(instance) => {
                let class = instance.class;
                let generation = self.class_generation;
                let attribute = match cached {
                    Some(CachedLookup::ClassFunction {
                        class: cached_class,
                        function,
                        generation: cached_generation,
                    }) if cached_class == class && cached_generation == generation => function,
                    _ => {
                        let attribute = self.lookup_in_class(class, name)?;
                        let is_plain_function = matches!(
                            attribute,
                            Value::Object(function)
                                if matches!(self.object(function), Object::Function(_))
                        );
                        if !is_plain_function {
                            return None;
                        }
                        let found = CachedLookup::ClassFunction {
                            class,
                            function: attribute,
                            generation,
                        };
                        self.remember_lookup(code_index, position, found);
                        attribute
                    }
                };
                self.own_attribute(object, name)
                    .is_none()
                    .then_some(attribute)
            }
            _ => None,
        }
    }
}
