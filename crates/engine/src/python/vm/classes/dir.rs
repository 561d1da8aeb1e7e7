//! `dir()` of a program's object or class: its own attributes, its
//! classes' and the names every object has (`object`'s, and an exception's).

use super::super::machine::Vm;
use super::super::object::Object;
use super::super::value::Value;

/// What `dir()` lists for every object of a program's class, from `object`
/// and the class's own `__dict__`, `__module__` and `__weakref__`.
const OBJECT_NAMES: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dict__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__module__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
    "__weakref__",
];

/// What exceptions add to [`OBJECT_NAMES`].
const EXCEPTION_NAMES: &[&str] = &[
    "__cause__",
    "__context__",
    "__setstate__",
    "__suppress_context__",
    "__traceback__",
    "add_note",
    "args",
    "with_traceback",
];

impl Vm {
    /// Whether `dir(value)` is answered here: an instance or a class of
    /// the program's own.
    pub(crate) fn is_program_object_or_class(&self, value: Value) -> bool {
        self.has_program_class(value)
            || matches!(
                value.object().map(|reference| self.object(reference)),
                Some(Object::Class(_))
            )
    }

    /// `dir(value)` of a program's instance or class: its attributes, its
    /// classes' and `object`'s, sorted.
    pub(crate) fn program_dir(&self, value: Value) -> Vec<String> {
        let class = match value.object().map(|reference| self.object(reference)) {
            Some(Object::Class(_)) => value,
            _ => self.class_of(value),
        };
        let mut names: Vec<String> = OBJECT_NAMES.iter().map(|name| (*name).to_owned()).collect();
        if self.builtin_base_of(class).is_exception() {
            names.extend(EXCEPTION_NAMES.iter().map(|name| (*name).to_owned()));
        }
        if let Some(reference) = class.object() {
            names.extend(self.class_attribute_names(reference));
        }
        names.extend(self.own_attributes(value).into_iter().map(|(name, _)| name));
        if let Some(Object::Exception(exception)) =
            value.object().map(|reference| self.object(reference))
        {
            names.extend(
                exception
                    .attributes
                    .iter()
                    .map(|(name, _)| name.to_string()),
            );
        }
        names.sort();
        names.dedup();
        names
    }
}
