//! The variables panel's view of a program: its variables as plain data,
//! containers as structures, everything bounded so that looking costs little.
//!
//! Looking never charges the program's work budget and never builds more than
//! a few hundred characters per value: containers show their first
//! [`ITEMS_SHOWN`] items, [`DEPTH_SHOWN`] levels deep; long texts are cut.

use super::machine::Vm;
use super::object::Object;
use super::value::Value;

/// Items of a container the view shows.
pub const ITEMS_SHOWN: usize = 20;
/// Levels of nested containers the view opens.
pub const DEPTH_SHOWN: usize = 3;
/// The longest text shown for one value, in characters.
const TEXT_SHOWN: usize = 200;

/// A variable and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct VariableView {
    /// The variable's name.
    pub name: String,
    /// Its value.
    pub value: ValueView,
}

/// A value as the panel shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum ValueView {
    /// A value shown as its repr (numbers, strings, functions...), cut when long.
    Plain {
        /// The type's name (`int`, `str`).
        type_name: String,
        /// Its repr.
        text: String,
    },
    /// A list, tuple, set, frozenset or dict, with its first items.
    Container {
        /// The type's name.
        type_name: String,
        /// How many items it has.
        length: usize,
        /// The first items; a dict's have their key's repr.
        items: Vec<(Option<String>, ValueView)>,
        /// Its repr's start, for the folded line.
        summary: String,
    },
}

impl ValueView {
    /// The type's name.
    pub fn type_name(&self) -> &str {
        match self {
            ValueView::Plain { type_name, .. } | ValueView::Container { type_name, .. } => {
                type_name
            }
        }
    }
}

impl Vm {
    /// The program's variables: the current function's locals (when it is in
    /// one), then the globals; functions and modules left out.
    pub fn variables(&mut self) -> Vec<VariableView> {
        let mut listed = Vec::new();
        if let Some(frame) = self.frames.iter().rev().find(|frame| !frame.is_hidden) {
            if let Some(code) = self.program.codes.get(frame.code as usize) {
                for (name, value) in code.local_names.iter().zip(frame.locals(&self.values)) {
                    listed.push((name.clone(), *value));
                }
            }
        }
        let namespace = &self.namespaces[0];
        for (name, value) in namespace.names.iter().zip(&namespace.values) {
            listed.push((name.clone(), *value));
        }
        let work_before = self.work_done;
        let mut variables = Vec::new();
        for (name, value) in listed {
            let shown = !matches!(
                value,
                Value::Unbound | Value::Builtin(_) | Value::Module(_) | Value::Type(_)
            ) && !matches!(
                self.type_of(value),
                super::types::TypeId::Function
                    | super::types::TypeId::Method
                    | super::types::TypeId::Type
            );
            if shown {
                let value = self.value_view(value, DEPTH_SHOWN);
                variables.push(VariableView { name, value });
            }
        }
        // Looking is not the program's work.
        self.work_done = work_before;
        variables
    }

    fn value_view(&mut self, value: Value, depth: usize) -> ValueView {
        let type_name = self.type_name(value).to_owned();
        let items = match value {
            Value::Object(reference) => match self.object(reference) {
                sequence @ (Object::List(_) | Object::Tuple(_)) => Some(
                    sequence
                        .sequence_items()
                        .unwrap_or_default()
                        .iter()
                        .take(ITEMS_SHOWN)
                        .map(|item| (None, *item))
                        .collect::<Vec<_>>(),
                )
                .map(|shown| (shown, self.container_length(reference))),
                Object::Set(set) | Object::FrozenSet(set) => Some((
                    set.iter()
                        .take(ITEMS_SHOWN)
                        .map(|(_, item)| (None, item))
                        .collect::<Vec<_>>(),
                    set.len(),
                )),
                Object::Dict(dict) => Some((
                    dict.iter()
                        .take(ITEMS_SHOWN)
                        .map(|entry| (Some(entry.key), entry.value))
                        .collect::<Vec<_>>(),
                    dict.len(),
                )),
                Object::BigInt(big) if big.bits() > 3000 => {
                    return ValueView::Plain {
                        type_name,
                        text: format!("<int, {} bits>", big.bits()),
                    }
                }
                _ => None,
            },
            _ => None,
        };
        match items {
            Some((shown, length)) if depth > 0 => {
                let summary = self.short_repr(value);
                let items = shown
                    .into_iter()
                    .map(|(key, item)| {
                        let key = key.map(|key| self.short_repr(key));
                        (key, self.value_view(item, depth - 1))
                    })
                    .collect();
                ValueView::Container {
                    type_name,
                    length,
                    items,
                    summary,
                }
            }
            _ => ValueView::Plain {
                text: self.short_repr(value),
                type_name,
            },
        }
    }

    fn container_length(&self, reference: super::heap::ObjectRef) -> usize {
        match self.object(reference) {
            Object::List(items) => items.len(),
            Object::Tuple(items) => items.len(),
            _ => 0,
        }
    }

    /// The repr, cut to [`TEXT_SHOWN`] characters.
    fn short_repr(&mut self, value: Value) -> String {
        let mut text = self.bounded_repr(value, DEPTH_SHOWN);
        if text.chars().count() > TEXT_SHOWN {
            text = text.chars().take(TEXT_SHOWN).collect();
            text.push('…');
        }
        text
    }

    /// A repr that writes at most [`ITEMS_SHOWN`] items of each container and
    /// `depth` levels, and stops once it is longer than the panel shows, so
    /// looking at a huge or deeply nested structure stays cheap.
    fn bounded_repr(&mut self, value: Value, depth: usize) -> String {
        let Value::Object(reference) = value else {
            return self.repr(value).unwrap_or_else(|_| String::from("…"));
        };
        // A program's object is shown by its attributes: looking never runs
        // the program's own `__repr__`.
        if let Object::Instance(_) = self.object(reference) {
            let attributes = self.own_attributes(value);
            let mut text = format!("{}(", self.type_name(value));
            if depth == 0 && !attributes.is_empty() {
                text.push('…');
            } else {
                for (index, (name, item)) in attributes.into_iter().enumerate() {
                    if index > 0 {
                        text.push_str(", ");
                    }
                    text.push_str(&name);
                    text.push('=');
                    text.push_str(&self.bounded_repr(item, depth.saturating_sub(1)));
                    if text.chars().count() > TEXT_SHOWN {
                        break;
                    }
                }
            }
            text.push(')');
            return text;
        }
        if let Object::Exception(exception) = self.object(reference) {
            if exception.class.is_some() {
                return format!("{}(…)", self.type_name(value));
            }
        }
        let (open, close, length, items): (&str, &str, usize, Vec<KeyedItem>) =
            match self.object(reference) {
                Object::List(items) => ("[", "]", items.len(), first_items(items)),
                Object::Tuple(items) => ("(", ")", items.len(), first_items(items)),
                Object::Set(set) | Object::FrozenSet(set) if !set.is_empty() => (
                    "{",
                    "}",
                    set.len(),
                    set.iter()
                        .take(ITEMS_SHOWN)
                        .map(|(_, item)| (None, item))
                        .collect(),
                ),
                Object::Dict(dict) => (
                    "{",
                    "}",
                    dict.len(),
                    dict.iter()
                        .take(ITEMS_SHOWN)
                        .map(|entry| (Some(entry.key), entry.value))
                        .collect(),
                ),
                Object::Str(text) if text.char_count > TEXT_SHOWN => {
                    let start: String = text.text.chars().take(TEXT_SHOWN).collect();
                    return match self.new_str(start) {
                        Ok(start) => self.repr(start).unwrap_or_default(),
                        Err(_) => String::from("'…'"),
                    };
                }
                _ => return self.repr(value).unwrap_or_else(|_| String::from("…")),
            };
        if depth == 0 {
            return format!("{open}…{close}");
        }
        let mut text = String::from(open);
        let shown = items.len();
        for (index, (key, item)) in items.into_iter().enumerate() {
            if index > 0 {
                text.push_str(", ");
            }
            if let Some(key) = key {
                text.push_str(&self.bounded_repr(key, depth - 1));
                text.push_str(": ");
            }
            text.push_str(&self.bounded_repr(item, depth - 1));
            if text.chars().count() > TEXT_SHOWN {
                break;
            }
        }
        if length > shown {
            text.push_str(", …");
        } else if open == "(" && length == 1 {
            text.push(',');
        }
        text.push_str(close);
        text
    }
}

/// An item of a container, with its key when it is a dict's.
type KeyedItem = (Option<Value>, Value);

/// The first items of a list or tuple, for [`Vm::bounded_repr`].
fn first_items(items: &[Value]) -> Vec<KeyedItem> {
    items
        .iter()
        .take(ITEMS_SHOWN)
        .map(|item| (None, *item))
        .collect()
}
