//! Objects: the values that live on the heap.
//!
//! Containers hold [`Value`]s, so they refer to other objects by
//! [`ObjectRef`]; [`HeapObject::trace`] lists those references for the
//! collector and [`HeapObject::size_in_bytes`] tells the budget what each
//! object costs.

use compact_str::CompactString;
use num_bigint::BigInt;

use super::dict::DictObject;
use super::frame::Frame;
use super::heap::{Heap, HeapObject, ObjectRef, OutOfMemory};
use super::set::SetObject;
use super::tuple_items::TupleItems;
use super::types::TypeId;
use super::value::Value;

/// An object on the heap.
#[derive(Clone, Debug)]
pub enum Object {
    /// An int too big for 64 bits.
    BigInt(BigInt),
    /// A `str`.
    Str(StrObject),
    /// A `bytes` (what `str.encode` gives).
    Bytes(Vec<u8>),
    /// A `turtle.Turtle`: its number in the VM's turtle world.
    Turtle(usize),
    /// A `list`.
    List(Vec<Value>),
    /// A `tuple` (a pair kept inline).
    Tuple(TupleItems),
    /// A `collections.deque` (no `maxlen`).
    Deque(std::collections::VecDeque<Value>),
    /// A `dict`.
    Dict(Box<DictObject>),
    /// A `set`.
    Set(Box<SetObject>),
    /// A `frozenset`.
    FrozenSet(Box<SetObject>),
    /// A `range` (the sandbox's ranges have 64-bit bounds).
    Range(RangeObject),
    /// A `slice` (boxed, as a property is: they are rare, and their three
    /// values would make every object bigger).
    Slice(Box<SliceObject>),
    /// A function defined by the program.
    Function(Box<FunctionObject>),
    /// A function bound to the object it was taken from (`names.append`).
    BoundMethod {
        /// The object, given as the first argument.
        receiver: Value,
        /// The function.
        function: Value,
    },
    /// A cell: a variable shared between a function and the functions inside it.
    Cell(Value),
    /// An iterator over a builtin container, or of a builtin such as `zip`.
    Iterator(IteratorObject),
    /// A `dict_keys`, `dict_values` or `dict_items` view.
    DictView {
        /// The dict.
        dict: ObjectRef,
        /// Which view.
        kind: DictViewKind,
    },
    /// A generator: a function's frame, suspended at a `yield`.
    Generator(GeneratorObject),
    /// An exception.
    Exception(Box<ExceptionObject>),
    /// A class defined by the program (`class Point:`).
    Class(Box<ClassObject>),
    /// An instance of one of the program's classes.
    Instance(InstanceObject),
    /// `staticmethod(function)`: the function, not bound when looked up.
    StaticMethod(Value),
    /// `classmethod(function)`: the function, bound to the class when looked up.
    ClassMethod(Value),
    /// `property(getter, setter, deleter)`.
    Property(Box<PropertyObject>),
    /// `super()`: attribute lookup that starts after `class` in the MRO of
    /// `receiver`'s class.
    Super {
        /// The class whose method asked.
        class: ObjectRef,
        /// The instance (or, in a class method, the class).
        receiver: Value,
    },
}

/// An attribute's name. Shared, not copied: the names a program's code
/// uses are made once when it loads ([`Vm::attribute_names`]), so setting
/// `self.x` on a new instance allocates no text, and a lookup with the
/// same name finds it by address before comparing text.
///
/// [`Vm::attribute_names`]: super::machine::Vm::attribute_names
pub type AttributeName = std::rc::Rc<str>;

/// Attributes by name, in the order they were first set (instances and
/// classes hold few, so a list is the quickest table).
pub type AttributeTable = Vec<(AttributeName, Value)>;

/// A class defined by the program.
#[derive(Clone, Debug)]
pub struct ClassObject {
    /// `__name__`.
    pub name: String,
    /// `__qualname__` (`Outer.Inner`, `f.<locals>.Point`).
    pub qualified_name: String,
    /// The same name, interned (see [`intern_class_name`]) so that error
    /// messages can name the class as they name builtin types.
    pub static_name: &'static str,
    /// `__bases__`: program classes (`Value::Object`) or builtin types.
    pub bases: Vec<Value>,
    /// `__mro__`: the class itself first, `object` last (C3 linearization).
    pub mro: Vec<Value>,
    /// The class's own attributes (`__dict__`), in definition order.
    pub attributes: AttributeTable,
    /// The builtin type its instances are made of: `object`, or the
    /// exception class it derives from (its instances are then exceptions).
    pub builtin_base: TypeId,
}

/// An instance of a program's class.
#[derive(Clone, Debug)]
pub struct InstanceObject {
    /// Its class (an [`Object::Class`]).
    pub class: ObjectRef,
    /// Its own attributes, until `__dict__` is asked for.
    pub attributes: AttributeTable,
    /// Its `__dict__` once the program has asked for it (`vars(obj)`): from
    /// then on the attributes live there, so changes to the dict are
    /// changes to the object, as in CPython.
    pub dict: Option<ObjectRef>,
}

/// A `slice`'s bounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SliceObject {
    /// The start, or `None`.
    pub start: Value,
    /// The stop, or `None`.
    pub stop: Value,
    /// The step, or `None`.
    pub step: Value,
}

/// A `property`'s functions (`Value::None` when missing).
#[derive(Clone, Copy, Debug)]
pub struct PropertyObject {
    /// `fget`.
    pub getter: Value,
    /// `fset`.
    pub setter: Value,
    /// `fdel`.
    pub deleter: Value,
}

/// A class name as a `&'static str`. Names come from the program's source
/// (identifiers), so the set stays as small as the classes pupils write;
/// each distinct name is kept once for the life of the page.
pub fn intern_class_name(name: &str) -> &'static str {
    use std::cell::RefCell;
    use std::collections::HashSet;
    thread_local! {
        static NAMES: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
    }
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(known) = names.get(name) {
            return *known;
        }
        let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
        names.insert(leaked);
        leaked
    })
}

/// Whether an attribute table's `known` name is `name`: the same text in
/// memory (a name of the program's code, shared) or equal text.
#[inline(always)]
fn is_same_name(known: &str, name: &str) -> bool {
    // Byte by byte: names are short, and `==` calls the C library's
    // `memcmp` for them (an instance's `y` is compared with its `x` first).
    std::ptr::eq(known, name)
        || (known.len() == name.len() && known.bytes().zip(name.bytes()).all(|(a, b)| a == b))
}

/// The value of `name` in an attribute table.
pub fn attribute_in(table: &AttributeTable, name: &str) -> Option<Value> {
    table
        .iter()
        .find(|(known, _)| is_same_name(known, name))
        .map(|(_, value)| *value)
}

/// Sets `name` in an attribute table (kept in first-set order); a new name
/// is copied into the table.
pub fn set_attribute_in(table: &mut AttributeTable, name: &str, value: Value) {
    match table
        .iter_mut()
        .find(|(known, _)| is_same_name(known, name))
    {
        Some(slot) => slot.1 = value,
        None => table.push((AttributeName::from(name), value)),
    }
}

/// Sets the shared `name` in an attribute table (kept in first-set order);
/// a new name is shared with the table, not copied.
pub fn set_named_attribute_in(table: &mut AttributeTable, name: &AttributeName, value: Value) {
    match table
        .iter_mut()
        .find(|(known, _)| is_same_name(known, name))
    {
        Some(slot) => slot.1 = value,
        None => table.push((AttributeName::clone(name), value)),
    }
}

/// Removes `name` from an attribute table; whether it was there.
pub fn remove_attribute_in(table: &mut AttributeTable, name: &str) -> bool {
    let before = table.len();
    table.retain(|(known, _)| !is_same_name(known, name));
    table.len() != before
}

/// A `str`: its text, its length in characters and its hash once asked.
#[derive(Clone, Debug)]
pub struct StrObject {
    /// The text.
    pub text: CompactString,
    /// The number of characters (equal to `text.len()` for ASCII text, which
    /// makes indexing direct).
    pub char_count: usize,
    /// The hash, kept from the first time it is asked (0: not yet; a str's
    /// text never changes). Dict and set lookups of the same str then hash
    /// it once, as CPython does.
    cached_hash: std::cell::Cell<i64>,
}

impl PartialEq for StrObject {
    fn eq(&self, other: &StrObject) -> bool {
        self.text == other.text
    }
}

impl Eq for StrObject {}

impl StrObject {
    /// The object for `text`.
    pub fn new(text: impl Into<CompactString>) -> StrObject {
        let text = text.into();
        let char_count = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        StrObject::with_char_count(text, char_count)
    }

    /// The object for `text` that the caller knows is ASCII (a number's
    /// text, a piece or case change of ASCII text): its length is its
    /// character count, and it is not scanned again.
    pub fn ascii(text: impl Into<CompactString>) -> StrObject {
        let text = text.into();
        let char_count = text.len();
        StrObject::with_char_count(text, char_count)
    }

    /// The object for `text` of `char_count` characters (known already,
    /// as when two strs are joined).
    pub fn with_char_count(text: impl Into<CompactString>, char_count: usize) -> StrObject {
        StrObject {
            text: text.into(),
            char_count,
            cached_hash: std::cell::Cell::new(0),
        }
    }

    /// Puts the str on `heap` (refused over the budget, as
    /// [`Heap::allocate`]), its size counted without matching on its kind.
    pub(crate) fn allocate(self, heap: &mut Heap<Object>) -> Result<ObjectRef, OutOfMemory> {
        let size_in_bytes = std::mem::size_of::<Object>() + self.text.len();
        heap.allocate_sized(Object::Str(self), size_in_bytes)
    }

    /// Whether every character is ASCII (one byte each).
    pub fn is_ascii(&self) -> bool {
        self.char_count == self.text.len()
    }

    /// The str's hash (CPython's), worked out the first time only.
    pub fn hash(&self) -> i64 {
        let known = self.cached_hash.get();
        if known != 0 {
            return known;
        }
        let hash = super::operations::hashing::str_hash(&self.text);
        self.cached_hash.set(hash);
        hash
    }
}

/// A `range`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeObject {
    /// The first value.
    pub start: i64,
    /// The end (not included).
    pub stop: i64,
    /// The step (never 0).
    pub step: i64,
}

impl RangeObject {
    /// How many values it has.
    pub fn len(&self) -> u64 {
        let (start, stop, step) = (
            i128::from(self.start),
            i128::from(self.stop),
            i128::from(self.step),
        );
        let count = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        u64::try_from(count).unwrap_or(u64::MAX)
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value at `index` (0-based, counted from the start), if it is inside.
    pub fn get(&self, index: u64) -> Option<i64> {
        if index >= self.len() {
            return None;
        }
        let value = i128::from(self.start) + i128::from(index) * i128::from(self.step);
        i64::try_from(value).ok()
    }
}

/// A function defined by the program.
#[derive(Clone, Debug)]
pub struct FunctionObject {
    /// Its code object's index in the program.
    pub code: u32,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub keyword_defaults: Vec<(String, Value)>,
    /// The cells of its free names, in the code object's `free_names` order.
    pub closure: Vec<Value>,
    /// Its `__name__` (decorators may wrap it, but the name stays).
    pub name: String,
    /// The class whose body defined it (what `super()` inside it starts from).
    pub owner: Option<ObjectRef>,
    /// How a call with exactly its positional arguments binds them: its
    /// code's [`super::machine::PlainCall`], when its closure gives every
    /// free name (kept here so a call finds it without the code's tables).
    pub(crate) plain_call: Option<super::machine::PlainCall>,
}

/// Which view of a dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    /// `dict.keys()`.
    Keys,
    /// `dict.values()`.
    Values,
    /// `dict.items()`.
    Items,
}

/// The builtin iterators.
#[derive(Clone, Debug)]
pub enum IteratorObject {
    /// Over a list or tuple, by index (sees a list's changes, as in Python).
    Sequence {
        /// The list or tuple.
        sequence: ObjectRef,
        /// The next index.
        index: usize,
    },
    /// Over a list or tuple backwards (`reversed`).
    ReversedSequence {
        /// The list or tuple.
        sequence: ObjectRef,
        /// How many items are left (the next is at `remaining - 1`).
        remaining: usize,
    },
    /// Over a str's characters.
    Str {
        /// The str.
        text: ObjectRef,
        /// The byte offset of the next character.
        byte_offset: usize,
    },
    /// Over a range.
    Range {
        /// The next value.
        next: i64,
        /// How many values are left.
        remaining: u64,
        /// The step.
        step: i64,
    },
    /// Over a dict's keys, values or items, in insertion order.
    Dict {
        /// The dict.
        dict: ObjectRef,
        /// The next entry slot.
        position: usize,
        /// The dict's length when iteration started (a change is a RuntimeError).
        length_at_start: usize,
        /// Which items it gives.
        kind: DictViewKind,
    },
    /// Over a set's items, in the set's order.
    Set {
        /// The set or frozenset.
        set: ObjectRef,
        /// The next entry (an index into the set's order).
        position: usize,
        /// The set's length when iteration started.
        length_at_start: usize,
    },
    /// `enumerate(iterable, start)`.
    Enumerate {
        /// The underlying iterator.
        inner: Value,
        /// The next count.
        count: i64,
    },
    /// `zip(a, b, ...)`.
    Zip {
        /// The underlying iterators.
        inners: Vec<Value>,
    },
    /// `map(function, iterable, ...)`.
    Map {
        /// The function.
        function: Value,
        /// The underlying iterators.
        inners: Vec<Value>,
    },
    /// `filter(function, iterable)`.
    Filter {
        /// The function, or `None` for truthiness.
        function: Value,
        /// The underlying iterator.
        inner: Value,
    },
    /// Over a bytes' values (ints).
    Bytes {
        /// The bytes.
        bytes: ObjectRef,
        /// The next index.
        index: usize,
    },
    /// A program's object without `__iter__` but with `__getitem__`:
    /// `object[0]`, `object[1]`... until IndexError.
    ItemByItem {
        /// The object.
        object: Value,
        /// The next index.
        index: i64,
    },
    /// `iter(function, sentinel)` is not offered; an exhausted iterator.
    Exhausted,
}

/// A generator's state.
#[derive(Clone, Debug)]
pub struct GeneratorObject {
    /// The suspended frame with its locals and stack, or `None` while it runs
    /// or once it has finished.
    pub frame: Option<Box<Frame>>,
    /// Whether it is running now (`ValueError: generator already executing`).
    pub running: bool,
    /// Its name, for its repr.
    pub name: String,
}

/// A raised (or created) exception.
#[derive(Clone, Debug)]
pub struct ExceptionObject {
    /// Its class.
    pub type_id: TypeId,
    /// Its arguments (`e.args`).
    pub args: Vec<Value>,
    /// The frames it passed through, innermost last: (code object, line).
    pub traceback: Vec<(u32, u32)>,
    /// The exception being handled when it was raised (`__context__`).
    pub context: Option<ObjectRef>,
    /// The `from` exception (`__cause__`).
    pub cause: Option<ObjectRef>,
    /// The friendly explanation the VM attached, when the VM raised it.
    pub explanation: Option<Box<super::error::Explanation>>,
    /// The program's exception class it is an instance of (`type_id` is
    /// then the builtin exception that class derives from).
    pub class: Option<ObjectRef>,
    /// Attributes the program set on it (`self.code = code`).
    pub attributes: AttributeTable,
}

/// What freed objects leave for new ones: instances' attribute tables,
/// emptied, for the next instances. A program that makes and drops small
/// objects by the thousand (a game's vectors, a simulation's particles)
/// then allocates nothing for their attributes, as CPython's instances keep
/// their values inline.
#[derive(Default)]
pub struct SpareMemory {
    /// Empty attribute tables, with room for a few attributes each.
    attribute_tables: Vec<AttributeTable>,
}

/// How many empty attribute tables are kept at most (about 0.5 MB, 1 MB
/// if every one had room for the most attributes kept): more
/// than one collection frees of a program that makes and drops small
/// objects (about 2300 of two attributes between two collections of a
/// small heap), so none of them goes back to the allocator to be asked for
/// again.
const SPARE_ATTRIBUTE_TABLES: usize = 4096;

/// The largest table kept (in attributes): a bigger one goes back to the
/// allocator.
const LARGEST_SPARE_TABLE: usize = 8;

/// The attribute table a new instance's first attributes fill: as many as
/// the table's first push would reserve.
const FIRST_ATTRIBUTE_CAPACITY: usize = 4;

impl SpareMemory {
    /// An empty attribute table for a new instance: a freed instance's
    /// when one was kept, else a new one with room for
    /// [`FIRST_ATTRIBUTE_CAPACITY`] attributes (`__init__` almost always
    /// sets some).
    pub fn attribute_table(&mut self) -> AttributeTable {
        self.attribute_tables
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(FIRST_ATTRIBUTE_CAPACITY))
    }
}

impl HeapObject for Object {
    type Spare = SpareMemory;

    fn recycle(self, spare: &mut SpareMemory) {
        if let Object::Instance(InstanceObject { mut attributes, .. }) = self {
            let fits = (1..=LARGEST_SPARE_TABLE).contains(&attributes.capacity());
            if fits && spare.attribute_tables.len() < SPARE_ATTRIBUTE_TABLES {
                attributes.clear();
                spare.attribute_tables.push(attributes);
            }
        }
    }

    fn trace(&self, references: &mut Vec<ObjectRef>) {
        let mut push = |value: &Value| {
            if let Value::Object(reference) = value {
                references.push(*reference);
            }
        };
        match self {
            Object::BigInt(_)
            | Object::Str(_)
            | Object::Bytes(_)
            | Object::Turtle(_)
            | Object::Range(_) => {}
            Object::List(items) => items.iter().for_each(push),
            Object::Tuple(items) => items.iter().for_each(push),
            Object::Deque(items) => items.iter().for_each(push),
            Object::Dict(dict) => dict.trace(references),
            Object::Set(set) | Object::FrozenSet(set) => set.trace(references),
            Object::Slice(slice) => {
                push(&slice.start);
                push(&slice.stop);
                push(&slice.step);
            }
            Object::Function(function) => {
                function.defaults.iter().for_each(&mut push);
                function
                    .keyword_defaults
                    .iter()
                    .for_each(|(_, value)| push(value));
                function.closure.iter().for_each(&mut push);
                if let Some(owner) = function.owner {
                    push(&Value::Object(owner));
                }
            }
            Object::BoundMethod { receiver, function } => {
                push(receiver);
                push(function);
            }
            Object::Cell(value) => push(value),
            Object::Iterator(iterator) => match iterator {
                IteratorObject::Sequence { sequence, .. }
                | IteratorObject::ReversedSequence { sequence, .. } => references.push(*sequence),
                IteratorObject::Str { text, .. } => references.push(*text),
                IteratorObject::Dict { dict, .. } => references.push(*dict),
                IteratorObject::Set { set, .. } => references.push(*set),
                IteratorObject::Range { .. } | IteratorObject::Exhausted => {}
                IteratorObject::Enumerate { inner, .. } => push(inner),
                IteratorObject::Zip { inners } => inners.iter().for_each(push),
                IteratorObject::Map { function, inners } => {
                    push(function);
                    inners.iter().for_each(push);
                }
                IteratorObject::Filter { function, inner } => {
                    push(function);
                    push(inner);
                }
                IteratorObject::ItemByItem { object, .. } => push(object),
                IteratorObject::Bytes { bytes, .. } => push(&Value::Object(*bytes)),
            },
            Object::DictView { dict, .. } => references.push(*dict),
            Object::Generator(generator) => {
                if let Some(frame) = &generator.frame {
                    frame.trace(references);
                }
            }
            Object::Exception(exception) => {
                exception.args.iter().for_each(&mut push);
                exception
                    .attributes
                    .iter()
                    .for_each(|(_, value)| push(value));
                references.extend(exception.context);
                references.extend(exception.cause);
                references.extend(exception.class);
            }
            Object::Class(class) => {
                class.bases.iter().for_each(&mut push);
                class.mro.iter().for_each(&mut push);
                class.attributes.iter().for_each(|(_, value)| push(value));
            }
            Object::Instance(instance) => {
                push(&Value::Object(instance.class));
                if let Some(dict) = instance.dict {
                    push(&Value::Object(dict));
                }
                instance
                    .attributes
                    .iter()
                    .for_each(|(_, value)| push(value));
            }
            Object::StaticMethod(function) | Object::ClassMethod(function) => push(function),
            Object::Property(property) => {
                push(&property.getter);
                push(&property.setter);
                push(&property.deleter);
            }
            Object::Super { class, receiver } => {
                push(&Value::Object(*class));
                push(receiver);
            }
        }
    }

    fn size_in_bytes(&self) -> usize {
        const VALUE: usize = std::mem::size_of::<Value>();
        let base = std::mem::size_of::<Object>();
        base + match self {
            Object::BigInt(big) => (big.bits() as usize).div_ceil(8),
            Object::Str(text) => text.text.len(),
            Object::Bytes(data) => data.len(),
            Object::List(items) => items.capacity() * VALUE,
            Object::Tuple(items) => items.outside_bytes(),
            Object::Deque(items) => items.capacity() * VALUE,
            Object::Dict(dict) => dict.size_in_bytes(),
            Object::Set(set) | Object::FrozenSet(set) => set.size_in_bytes(),
            Object::Function(function) => {
                (function.defaults.len() + function.closure.len()) * VALUE
                    + function.keyword_defaults.len() * (VALUE + 24)
            }
            Object::Iterator(IteratorObject::Zip { inners })
            | Object::Iterator(IteratorObject::Map { inners, .. }) => inners.len() * VALUE,
            Object::Generator(generator) => generator
                .frame
                .as_ref()
                .map_or(0, |frame| frame.size_in_bytes()),
            Object::Exception(exception) => {
                exception.args.len() * VALUE
                    + exception.traceback.len() * 8
                    + attribute_table_size(&exception.attributes)
            }
            Object::Class(class) => {
                (class.bases.len() + class.mro.len()) * VALUE
                    + class.name.len()
                    + attribute_table_size(&class.attributes)
            }
            Object::Instance(instance) => attribute_table_size(&instance.attributes),
            _ => 0,
        }
    }
}

/// The bytes an attribute table takes, as the budget counts them.
fn attribute_table_size(table: &AttributeTable) -> usize {
    table
        .iter()
        .map(|(name, _)| name.len() + 24 + std::mem::size_of::<Value>())
        .sum()
}

impl Object {
    /// The items of a list or tuple; `None` for any other object.
    pub fn sequence_items(&self) -> Option<&[Value]> {
        match self {
            Object::List(items) => Some(items),
            Object::Tuple(items) => Some(items),
            _ => None,
        }
    }

    /// Whether the object is an exception.
    pub fn is_exception(&self) -> bool {
        matches!(self, Object::Exception(_))
    }

    /// The object's type.
    pub fn type_id(&self) -> TypeId {
        match self {
            Object::BigInt(_) => TypeId::Int,
            Object::Str(_) => TypeId::Str,
            Object::Bytes(_) => TypeId::Bytes,
            Object::Turtle(_) => TypeId::Turtle,
            Object::List(_) => TypeId::List,
            Object::Tuple(_) => TypeId::Tuple,
            Object::Deque(_) => TypeId::Deque,
            Object::Dict(dict) => match dict.flavour {
                super::dict::DictFlavour::Plain => TypeId::Dict,
                super::dict::DictFlavour::Default(_) => TypeId::DefaultDict,
                super::dict::DictFlavour::Counter => TypeId::Counter,
            },
            Object::Set(_) => TypeId::Set,
            Object::FrozenSet(_) => TypeId::FrozenSet,
            Object::Range(_) => TypeId::Range,
            Object::Slice(_) => TypeId::Slice,
            Object::Function(_) => TypeId::Function,
            Object::BoundMethod { .. } => TypeId::Method,
            Object::Cell(_) => TypeId::Cell,
            Object::Iterator(_) => TypeId::Iterator,
            Object::DictView { .. } => TypeId::DictView,
            Object::Generator(_) => TypeId::Generator,
            Object::Exception(exception) => exception.type_id,
            Object::Class(_) => TypeId::Type,
            Object::Instance(_) => TypeId::Object,
            Object::StaticMethod(_) => TypeId::StaticMethod,
            Object::ClassMethod(_) => TypeId::ClassMethod,
            Object::Property(_) => TypeId::Property,
            Object::Super { .. } => TypeId::Super,
        }
    }
}
