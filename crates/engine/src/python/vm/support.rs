//! What the instruction loop needs besides calls and raising: globals and
//! names, building containers, unpacking, imports and f-string fields.

use super::super::compiler::bytecode::{Conversion, Instruction};
use super::super::suggestions::{cpython_suggestion, suggest_name};
use super::call::Arguments;
use super::error::{Explanation, PythonError, PythonResult};
use super::machine::Vm;
use super::object::Object;
use super::types::{ModuleId, TypeId};
use super::value::Value;

impl Vm {
    fn namespace_of(&self, code_index: usize) -> usize {
        usize::from(code_index as u32 >= self.prelude_start)
    }

    fn slot_of(&self, code_index: usize, name_index: u32) -> Option<usize> {
        self.loaded_codes
            .get(code_index)
            .and_then(|code| code.name_slots.get(name_index as usize))
            .map(|slot| *slot as usize)
    }

    /// The global `names[name_index]` of code `code_index` (not the builtin).
    pub(crate) fn global_value(&self, code_index: usize, name_index: u32) -> Value {
        let namespace = &self.namespaces[self.namespace_of(code_index)];
        self.slot_of(code_index, name_index)
            .and_then(|slot| namespace.values.get(slot).copied())
            .unwrap_or(Value::Unbound)
    }

    /// The global, or else the builtin, of that name (`Value::Unbound` if neither).
    pub(crate) fn load_global(&self, code_index: usize, name_index: u32) -> Value {
        let namespace = &self.namespaces[self.namespace_of(code_index)];
        let Some(slot) = self.slot_of(code_index, name_index) else {
            return Value::Unbound;
        };
        match namespace.values.get(slot).copied() {
            Some(Value::Unbound) | None => namespace
                .builtins
                .get(slot)
                .copied()
                .unwrap_or(Value::Unbound),
            Some(value) => value,
        }
    }

    /// Sets (or, with `Value::Unbound`, deletes) a global.
    pub(crate) fn store_global(&mut self, code_index: usize, name_index: u32, value: Value) {
        let namespace_index = self.namespace_of(code_index);
        if let Some(slot) = self.slot_of(code_index, name_index) {
            if let Some(stored) = self.namespaces[namespace_index].values.get_mut(slot) {
                *stored = value;
            }
        }
    }

    /// `NameError: name 'x' is not defined`, with CPython's "Did you mean"
    /// and the pupil's look-alike letters.
    pub(crate) fn name_error(&self, name: &str) -> PythonError {
        let mut local_names: Vec<&str> = Vec::new();
        if let Some(frame) = self.frames.last() {
            if let Some(code) = self.program.codes.get(frame.code as usize) {
                if frame.code != 0 {
                    local_names.extend(
                        code.local_names
                            .iter()
                            .zip(frame.locals(&self.values))
                            .filter(|(_, value)| **value != Value::Unbound)
                            .map(|(name, _)| name.as_str()),
                    );
                }
            }
        }
        let namespace = &self.namespaces[0];
        let global_names: Vec<&str> = namespace
            .names
            .iter()
            .zip(&namespace.values)
            .filter(|(_, value)| **value != Value::Unbound)
            .map(|(name, _)| name.as_str())
            .collect();
        let builtin_names: Vec<&str> = super::builtins::builtin_names()
            .chain(
                super::types::ALL_TYPES
                    .iter()
                    .filter(|type_id| TypeId::from_builtin_name(type_id.name()).is_some())
                    .map(|type_id| type_id.name()),
            )
            .collect();
        let mut message = format!("name '{name}' is not defined");
        let mut cpython_candidates = local_names.clone();
        cpython_candidates.extend(&global_names);
        let cpython = cpython_suggestion(name, &cpython_candidates)
            .or_else(|| cpython_suggestion(name, &builtin_names));
        if let Some(suggestion) = cpython {
            message.push_str(&format!(". Did you mean: '{suggestion}'?"));
        }
        let turn_right_withheld = !self.offers_turn_right()
            && super::builtins::robot_command(name)
                == Some(super::builtins::BuiltinFunction::RobotTurnRight);
        let explanation = match suggest_name(name, &[&local_names, &global_names, &builtin_names]) {
            _ if turn_right_withheld => Explanation::new("python-runtime-robot-no-turn-right"),
            Some(suggestion) if !suggestion.other_keyboard_letters.is_empty() => {
                let letters: Vec<String> = suggestion
                    .other_keyboard_letters
                    .iter()
                    .map(|letter| format!("{} → {}", letter.written, letter.meant))
                    .collect();
                Explanation::new("python-runtime-name-error-other-keyboard")
                    .with("name", name)
                    .with("suggestion", suggestion.name)
                    .with("letters", letters.join(", "))
            }
            Some(suggestion) => Explanation::new("python-runtime-name-error-did-you-mean")
                .with("name", name)
                .with("suggestion", suggestion.name),
            None => Explanation::new("python-runtime-name-not-defined").with("name", name),
        };
        PythonError::new(TypeId::NameError, message).explained(explanation)
    }

    /// Assigning or deleting an attribute: builtin objects allow neither.
    pub(crate) fn attribute_assignment_error(&self, object: Value, name: &str) -> PythonError {
        let type_name = self.type_name(object);
        let type_id = self.type_of(object);
        match object {
            Value::Type(own) => PythonError::type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                own.name()
            )),
            Value::Builtin(_) => PythonError::type_error(format!(
                "cannot set '{name}' attribute of immutable type '{type_name}'"
            )),
            // CPython lets a program keep its own attributes on functions
            // and exceptions.
            _ if type_id == TypeId::Function => {
                PythonError::not_supported("attributes of functions".to_owned())
            }
            _ if type_id.is_exception() => {
                PythonError::not_supported("setting attributes of exceptions".to_owned())
            }
            _ if super::builtins::is_data_attribute(type_id, name) => PythonError::new(
                TypeId::AttributeError,
                format!("attribute '{name}' of '{type_name}' objects is not writable"),
            ),
            _ if super::builtins::type_attribute_names(type_id).contains(&name) => {
                PythonError::new(
                    TypeId::AttributeError,
                    format!("'{type_name}' object attribute '{name}' is read-only"),
                )
            }
            _ => PythonError::new(
                TypeId::AttributeError,
                format!("'{type_name}' object has no attribute '{name}'"),
            )
            .explained(
                Explanation::new("python-runtime-cannot-set-attribute")
                    .with("type", type_name)
                    .with("name", name),
            ),
        }
    }

    /// `ListAppend`, `SetAdd`, `ListExtend`, `SetUpdate`.
    pub(crate) fn add_to_container(
        &mut self,
        instruction: Instruction,
        target: Value,
        item: Value,
    ) -> PythonResult<()> {
        let Value::Object(reference) = target else {
            return Ok(());
        };
        match instruction {
            Instruction::ListAppend(_) => self.list_push(reference, item),
            Instruction::SetAdd(_) => self.set_add(reference, item),
            Instruction::ListExtend(_) => {
                let items = self.items_for_unpacking(item)?;
                for item in items {
                    self.list_push(reference, item)?;
                }
                Ok(())
            }
            _ => {
                // A set merged into a set: CPython's `set_merge` sizes the
                // table for all the items first.
                let merged_count = match item {
                    Value::Object(source) => match self.object(source) {
                        Object::Set(set) | Object::FrozenSet(set) => Some(set.len()),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(count) = merged_count {
                    if let Some(Object::Set(target)) = self.object_mut(reference) {
                        target.reserve_for_merge(count);
                    }
                }
                let items = self.items_for_unpacking(item)?;
                for item in items {
                    self.set_add(reference, item)?;
                }
                Ok(())
            }
        }
    }

    /// Appends to a list, within the memory budget.
    pub(crate) fn list_push(
        &mut self,
        list: super::heap::ObjectRef,
        item: Value,
    ) -> PythonResult<()> {
        push_list_item(&mut self.heap, list, item)?;
        Ok(())
    }

    /// The items of something `*` unpacks (TypeError if it is not iterable;
    /// a generator is not offered here yet).
    fn items_for_unpacking(&mut self, iterable: Value) -> PythonResult<Vec<Value>> {
        self.collect_items_running(iterable)
    }

    /// `**mapping` in a dict display (`merge` false) or a call (`merge` true).
    pub(crate) fn merge_into_dict(
        &mut self,
        target: Value,
        mapping: Value,
        merge: bool,
    ) -> PythonResult<()> {
        let Value::Object(target) = target else {
            return Ok(());
        };
        let entries: Vec<(Value, Value)> = match mapping {
            Value::Object(reference) => match self.object(reference) {
                Object::Dict(dict) => dict.iter().map(|entry| (entry.key, entry.value)).collect(),
                _ => return Err(not_a_mapping(self.type_name(mapping), merge)),
            },
            _ => return Err(not_a_mapping(self.type_name(mapping), merge)),
        };
        for (key, value) in entries {
            if merge {
                if self.str_text(key).is_none() {
                    return Err(PythonError::type_error("keywords must be strings"));
                }
                if self.dict_get(target, key)?.is_some() {
                    let name = self.str_text(key).unwrap_or_default().to_owned();
                    return Err(PythonError::type_error(format!(
                        "function got multiple values for keyword argument '{name}'"
                    )));
                }
            }
            self.dict_set(target, key, value)?;
        }
        Ok(())
    }

    /// `a, b = value` (`after` none) or `a, *b, c = value` (`count` before the
    /// star, `after` after it): the items in order, the starred part as a list.
    pub(crate) fn unpack_items(
        &mut self,
        iterable: Value,
        count: usize,
        after: Option<usize>,
    ) -> PythonResult<Vec<Value>> {
        let type_name = self.type_name(iterable);
        let runs_code =
            self.type_of(iterable) == TypeId::Generator || self.has_program_class(iterable);
        if !self.is_natively_iterable(iterable) && !runs_code {
            return Err(PythonError::type_error(format!(
                "cannot unpack non-iterable {type_name} object"
            ))
            .explained(Explanation::new("python-runtime-cannot-unpack").with("type", type_name)));
        }
        let items = self.collect_items_running(iterable)?;
        match after {
            None => {
                if items.len() > count {
                    return Err(PythonError::value_error(format!(
                        "too many values to unpack (expected {count})"
                    ))
                    .explained(
                        Explanation::new("python-runtime-too-many-values-to-unpack")
                            .with("expected", count.to_string())
                            .with("given", items.len().to_string()),
                    ));
                }
                if items.len() < count {
                    return Err(PythonError::value_error(format!(
                        "not enough values to unpack (expected {count}, got {})",
                        items.len()
                    ))
                    .explained(
                        Explanation::new("python-runtime-not-enough-values-to-unpack")
                            .with("expected", count.to_string())
                            .with("given", items.len().to_string()),
                    ));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < count + after {
                    return Err(PythonError::value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        count + after,
                        items.len()
                    )));
                }
                let mut items = items;
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(count);
                let middle = self.new_list(middle)?;
                items.push(middle);
                items.extend(tail);
                Ok(items)
            }
        }
    }

    /// The arguments of `f(*args, **kwargs)`.
    pub(crate) fn unpacked_arguments(
        &mut self,
        positional: Value,
        keywords: Option<Value>,
    ) -> PythonResult<Arguments> {
        let positional = self.items_for_unpacking(positional)?;
        let mut arguments = Arguments::positional(positional);
        if let Some(Value::Object(reference)) = keywords {
            let entries: Vec<(Value, Value)> = match self.object(reference) {
                Object::Dict(dict) => dict.iter().map(|entry| (entry.key, entry.value)).collect(),
                _ => Vec::new(),
            };
            for (key, value) in entries {
                let name = self.str_text(key).unwrap_or_default().to_owned();
                arguments.keywords.push((name, value));
            }
        }
        Ok(arguments)
    }

    /// `import name`.
    pub(crate) fn import_module(&mut self, name: &str) -> PythonResult<Value> {
        if name == ModuleId::Canvas.name() {
            self.canvas_mut();
        }
        if name == ModuleId::Rover.name() {
            self.start_rover();
        }
        match ModuleId::from_name(name) {
            Some(module) => Ok(Value::Module(module)),
            None => Err(PythonError::new(
                TypeId::ModuleNotFoundError,
                format!("No module named '{name}'"),
            )
            .explained(Explanation::new("python-runtime-module-not-offered").with("module", name))),
        }
    }

    /// `from module import *`.
    pub(crate) fn import_star(&mut self, code_index: usize, module: ModuleId) -> PythonResult<()> {
        if module == ModuleId::Canvas && self.namespace_of(code_index) == 0 {
            self.import_star_names(code_index, module)?;
            return self.record_canvas_import();
        }
        self.import_star_names(code_index, module)
    }

    /// `from module import *`'s copying of the names.
    fn import_star_names(&mut self, code_index: usize, module: ModuleId) -> PythonResult<()> {
        let names = super::builtins::module_attribute_names(module);
        let namespace_index = self.namespace_of(code_index);
        for name in names {
            // Members the sandbox names but does not offer yet are left out.
            let Ok(value) = self.module_attribute(module, name) else {
                continue;
            };
            let slot = self.namespaces[namespace_index].slot_for(name) as usize;
            if let Some(stored) = self.namespaces[namespace_index].values.get_mut(slot) {
                *stored = value;
            }
        }
        // Code compiled before may name these globals: refresh its slots.
        Ok(())
    }

    /// An f-string field: the conversion, then `format(value, spec)`.
    pub(crate) fn format_field(
        &mut self,
        value: Value,
        conversion: Conversion,
        spec: Option<Value>,
    ) -> PythonResult<String> {
        let spec_text = match spec {
            Some(spec) => self.str_text(spec).unwrap_or_default().to_owned(),
            None => String::new(),
        };
        let converted = match conversion {
            Conversion::None => value,
            Conversion::Str => {
                let text = self.str_of(value)?;
                self.new_str(text)?
            }
            Conversion::Repr | Conversion::Ascii => {
                let text = self.repr(value)?;
                let text = if conversion == Conversion::Ascii {
                    super::builtins::functions::ascii_escaped(&text)
                } else {
                    text
                };
                self.new_str(text)?
            }
        };
        if self.has_program_class(converted) {
            return self.format_special(converted, &spec_text);
        }
        self.format_value(converted, &spec_text)
    }
}

/// `**x` where `x` is not a dict.
fn not_a_mapping(type_name: &str, in_call: bool) -> PythonError {
    if in_call {
        PythonError::type_error(format!(
            "argument after ** must be a mapping, not {type_name}"
        ))
    } else {
        PythonError::type_error(format!("'{type_name}' object is not a mapping"))
    }
}

/// Appends `item` to the list at `list` (nothing if it is not a list), growing
/// it by doubling and counting the grown capacity against the memory budget;
/// over the budget, nothing changes. `ListAppend` in the general path and the
/// quick loop alike.
pub(crate) fn push_list_item(
    heap: &mut super::heap::Heap<Object>,
    list: super::heap::ObjectRef,
    item: Value,
) -> Result<(), super::heap::OutOfMemory> {
    let Some(Object::List(items)) = heap.get_mut(list) else {
        return Ok(());
    };
    if items.len() < items.capacity() {
        items.push(item);
        return Ok(());
    }
    let capacity = items.capacity();
    let new_size = (capacity.max(4) * 2) * std::mem::size_of::<Value>();
    heap.resize(list, new_size + std::mem::size_of::<Object>())?;
    if let Some(Object::List(items)) = heap.get_mut(list) {
        items.reserve_exact(capacity.max(4));
        items.push(item);
    }
    Ok(())
}
