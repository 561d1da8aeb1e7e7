//! Matching a `case` pattern against a subject, as CPython 3.11 does:
//! sequences are lists, tuples, ranges and deques (never strs), mappings
//! are dicts, class patterns check `isinstance` and read attributes (the
//! positional ones through `__match_args__`; the builtin types such as
//! `int(x)` match the subject itself).

use super::super::compiler::bytecode::MatchPattern;
use super::error::{PythonError, PythonResult};
use super::machine::Vm;
use super::object::Object;
use super::operations::equality::is_identical;
use super::types::TypeId;
use super::value::Value;

/// How deep patterns may nest (the parser's limits keep them far shallower).
const MAXIMUM_PATTERN_DEPTH: usize = 200;

/// The builtin types whose class pattern takes the subject itself as its
/// one positional sub-pattern.
const SELF_MATCHING: &[TypeId] = &[
    TypeId::Bool,
    TypeId::Dict,
    TypeId::Float,
    TypeId::FrozenSet,
    TypeId::Int,
    TypeId::List,
    TypeId::Set,
    TypeId::Str,
    TypeId::Tuple,
];

impl Vm {
    /// Whether `subject` matches `pattern`; captured values go to `slots`.
    pub(crate) fn match_pattern(
        &mut self,
        pattern: &MatchPattern,
        subject: Value,
        values: &[Value],
        slots: &mut [Value],
        depth: usize,
    ) -> PythonResult<bool> {
        self.charge(1)?;
        if depth > MAXIMUM_PATTERN_DEPTH {
            return Err(super::operations::recursion_error(" in a pattern"));
        }
        let value_at = |index: &u32| values.get(*index as usize).copied().unwrap_or(Value::None);
        match pattern {
            MatchPattern::Equal(index) => self.values_equal(subject, value_at(index)),
            MatchPattern::Identical(index) => Ok(is_identical(subject, value_at(index))),
            MatchPattern::Capture(slot) => {
                store(slots, *slot, subject);
                Ok(true)
            }
            MatchPattern::Wildcard | MatchPattern::Star(_) => Ok(true),
            MatchPattern::Sequence { items, star } => {
                self.match_sequence(items, *star, subject, values, slots, depth)
            }
            MatchPattern::Mapping {
                keys,
                patterns,
                rest,
            } => self.match_mapping(keys, patterns, *rest, subject, values, slots, depth),
            MatchPattern::Class {
                class,
                positional,
                keywords,
            } => {
                let class = value_at(class);
                self.match_class(class, positional, keywords, subject, values, slots, depth)
            }
            MatchPattern::Or(alternatives) => {
                for alternative in alternatives {
                    if self.match_pattern(alternative, subject, values, slots, depth + 1)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            MatchPattern::As(inner, slot) => {
                if !self.match_pattern(inner, subject, values, slots, depth + 1)? {
                    return Ok(false);
                }
                store(slots, *slot, subject);
                Ok(true)
            }
        }
    }

    /// A sequence pattern: the items, the starred one taking the middle.
    fn match_sequence(
        &mut self,
        items: &[MatchPattern],
        star: Option<usize>,
        subject: Value,
        values: &[Value],
        slots: &mut [Value],
        depth: usize,
    ) -> PythonResult<bool> {
        let elements: Vec<Value> = match subject.object().map(|reference| self.object(reference)) {
            Some(Object::List(elements)) => elements.clone(),
            Some(Object::Tuple(elements)) => elements.to_vec(),
            Some(Object::Deque(elements)) => elements.iter().copied().collect(),
            // A namedtuple (a tuple in CPython) keeps its values in `_tuple`.
            Some(Object::Instance(_)) if self.special_method(subject, "_fields").is_some() => {
                match self
                    .own_attribute(subject, "_tuple")
                    .and_then(|tuple| tuple.object())
                {
                    Some(tuple) => match self.object(tuple) {
                        Object::Tuple(elements) => elements.to_vec(),
                        _ => return Ok(false),
                    },
                    None => return Ok(false),
                }
            }
            Some(Object::Range(range)) => {
                let range = *range;
                if range.len() > 1_000_000 {
                    return Err(PythonError::not_supported("matching a huge range"));
                }
                self.charge(range.len())?;
                (0..range.len())
                    .filter_map(|index| range.get(index).map(Value::Int))
                    .collect()
            }
            _ => return Ok(false),
        };
        match star {
            None => {
                if elements.len() != items.len() {
                    return Ok(false);
                }
                for (item, element) in items.iter().zip(&elements) {
                    if !self.match_pattern(item, *element, values, slots, depth + 1)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Some(star) => {
                let after = items.len() - star - 1;
                if elements.len() < items.len() - 1 {
                    return Ok(false);
                }
                for (item, element) in items[..star].iter().zip(&elements) {
                    if !self.match_pattern(item, *element, values, slots, depth + 1)? {
                        return Ok(false);
                    }
                }
                let tail_start = elements.len() - after;
                for (item, element) in items[star + 1..].iter().zip(&elements[tail_start..]) {
                    if !self.match_pattern(item, *element, values, slots, depth + 1)? {
                        return Ok(false);
                    }
                }
                if let Some(MatchPattern::Star(Some(slot))) = items.get(star) {
                    let middle = self.new_list(elements[star..tail_start].to_vec())?;
                    store(slots, *slot, middle);
                }
                Ok(true)
            }
        }
    }

    /// A mapping pattern: every key there, its value matching; `**rest`
    /// gets a new dict of the other entries.
    #[allow(clippy::too_many_arguments)]
    fn match_mapping(
        &mut self,
        keys: &[u32],
        patterns: &[MatchPattern],
        rest: Option<u32>,
        subject: Value,
        values: &[Value],
        slots: &mut [Value],
        depth: usize,
    ) -> PythonResult<bool> {
        let Some(dict) = subject
            .object()
            .filter(|reference| matches!(self.object(*reference), Object::Dict(_)))
        else {
            return Ok(false);
        };
        let mut used = Vec::with_capacity(keys.len());
        for (key, pattern) in keys.iter().zip(patterns) {
            let key = values.get(*key as usize).copied().unwrap_or(Value::None);
            let Some(value) = self.dict_get(dict, key)? else {
                return Ok(false);
            };
            if !self.match_pattern(pattern, value, values, slots, depth + 1)? {
                return Ok(false);
            }
            used.push(key);
        }
        if let Some(slot) = rest {
            let entries: Vec<(Value, Value)> = match self.object(dict) {
                Object::Dict(table) => table.iter().map(|entry| (entry.key, entry.value)).collect(),
                _ => Vec::new(),
            };
            let remaining =
                self.allocate(Object::Dict(Box::new(super::dict::DictObject::new())))?;
            if let Value::Object(remaining_reference) = remaining {
                for (key, value) in entries {
                    let mut is_used = false;
                    for used_key in &used {
                        if self.values_equal(*used_key, key)? {
                            is_used = true;
                            break;
                        }
                    }
                    if !is_used {
                        self.dict_set(remaining_reference, key, value)?;
                    }
                }
            }
            store(slots, slot, remaining);
        }
        Ok(true)
    }

    /// A class pattern: `isinstance`, then the attributes.
    #[allow(clippy::too_many_arguments)]
    fn match_class(
        &mut self,
        class: Value,
        positional: &[MatchPattern],
        keywords: &[(String, MatchPattern)],
        subject: Value,
        values: &[Value],
        slots: &mut [Value],
        depth: usize,
    ) -> PythonResult<bool> {
        if !self.is_class(class) {
            return Err(PythonError::type_error(
                "called match pattern must be a class",
            ));
        }
        if !self.is_subclass(self.class_of(subject), class) {
            return Ok(false);
        }
        let class_name = self.class_name(class);
        let mut attributes: Vec<(String, &MatchPattern)> = Vec::new();
        if !positional.is_empty() {
            match class {
                Value::Type(type_id) if SELF_MATCHING.contains(&type_id) => {
                    if positional.len() > 1 {
                        return Err(PythonError::type_error(format!(
                            "{class_name}() accepts 1 positional sub-pattern ({} given)",
                            positional.len()
                        )));
                    }
                    if !self.match_pattern(&positional[0], subject, values, slots, depth + 1)? {
                        return Ok(false);
                    }
                }
                _ => {
                    let names = self.match_arguments(class)?;
                    if positional.len() > names.len() {
                        return Err(PythonError::type_error(format!(
                            "{class_name}() accepts {} positional sub-pattern{} ({} given)",
                            names.len(),
                            if names.len() == 1 { "" } else { "s" },
                            positional.len()
                        )));
                    }
                    for (name, pattern) in names.into_iter().zip(positional) {
                        if attributes.iter().any(|(known, _)| *known == name) {
                            return Err(PythonError::type_error(format!(
                                "{class_name}() got multiple sub-patterns for attribute '{name}'"
                            )));
                        }
                        attributes.push((name, pattern));
                    }
                }
            }
        }
        for (name, pattern) in keywords {
            if attributes.iter().any(|(known, _)| known == name) {
                return Err(PythonError::type_error(format!(
                    "{class_name}() got multiple sub-patterns for attribute '{name}'"
                )));
            }
            attributes.push((name.clone(), pattern));
        }
        for (name, pattern) in attributes {
            let value = match self.get_attribute(subject, &name) {
                Ok(value) => value,
                Err(error) if self.is_attribute_error(&error) => return Ok(false),
                Err(error) => return Err(error),
            };
            if !self.match_pattern(pattern, value, values, slots, depth + 1)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// A class's `__match_args__` (none for most builtin types).
    fn match_arguments(&self, class: Value) -> PythonResult<Vec<String>> {
        let Value::Object(reference) = class else {
            return Ok(Vec::new());
        };
        let Some(arguments) = self.lookup_in_class(reference, "__match_args__") else {
            return Ok(Vec::new());
        };
        let items = match arguments.object().map(|reference| self.object(reference)) {
            Some(Object::Tuple(items)) => items.clone(),
            _ => {
                return Err(PythonError::type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    self.class_name(class),
                    self.type_name(arguments)
                )))
            }
        };
        items
            .iter()
            .map(|item| {
                self.str_text(*item).map(str::to_owned).ok_or_else(|| {
                    PythonError::type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        self.type_name(*item)
                    ))
                })
            })
            .collect()
    }

    /// Whether an error is an AttributeError (a class pattern then fails).
    fn is_attribute_error(&self, error: &PythonError) -> bool {
        let type_id = match error.raised {
            Some(exception) => match self.object(exception) {
                Object::Exception(state) => state.type_id,
                _ => return false,
            },
            None => error.type_id,
        };
        type_id.is_subtype_of(TypeId::AttributeError)
    }
}

/// Puts a captured value in its slot.
fn store(slots: &mut [Value], slot: u32, value: Value) {
    if let Some(place) = slots.get_mut(slot as usize) {
        *place = value;
    }
}
