//! The builtin types and modules: their names and the exception hierarchy.

/// A builtin type, exception classes included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeId {
    /// `object`.
    Object,
    /// `type`.
    Type,
    /// `NoneType`.
    NoneType,
    /// `bool`.
    Bool,
    /// `int`.
    Int,
    /// `float`.
    Float,
    /// `str`.
    Str,
    /// `bytes` (only as `str.encode` makes it).
    Bytes,
    /// `list`.
    List,
    /// `tuple`.
    Tuple,
    /// `dict`.
    Dict,
    /// `collections.defaultdict` (a dict whose missing keys get a default).
    DefaultDict,
    /// `collections.Counter` (a dict of counts).
    Counter,
    /// `collections.deque`.
    Deque,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `range`.
    Range,
    /// `slice`.
    Slice,
    /// `function`.
    Function,
    /// `builtin_function_or_method`.
    BuiltinFunction,
    /// `method`.
    Method,
    /// `module`.
    Module,
    /// `cell`.
    Cell,
    /// `generator`.
    Generator,
    /// The iterators of the builtin containers and functions (`list_iterator`,
    /// `enumerate`, `zip`, `map`...): the object says which.
    Iterator,
    /// `dict_keys`, `dict_values`, `dict_items`: the object says which.
    DictView,
    /// `ellipsis`.
    Ellipsis,
    /// `NotImplementedType`: the value is `NotImplemented`, held as
    /// `Value::Type(TypeId::NotImplementedType)` like `Ellipsis`.
    NotImplementedType,
    /// `traceback`: the value is a stand-in traceback (`__exit__`'s third
    /// argument, `exception.__traceback__`), held as
    /// `Value::Type(TypeId::Traceback)`; its attributes are not offered.
    Traceback,
    /// `turtle.Turtle`.
    Turtle,
    /// `turtle._Screen`: the value is the screen, `Value::Type(TypeId::TurtleScreen)`.
    TurtleScreen,
    /// `staticmethod`.
    StaticMethod,
    /// `classmethod`.
    ClassMethod,
    /// `property`.
    Property,
    /// `super`.
    Super,

    /// `BaseException`.
    BaseException,
    /// `SystemExit`.
    SystemExit,
    /// `KeyboardInterrupt`.
    KeyboardInterrupt,
    /// `GeneratorExit`.
    GeneratorExit,
    /// `Exception`.
    Exception,
    /// `StopIteration`.
    StopIteration,
    /// `ArithmeticError`.
    ArithmeticError,
    /// `FloatingPointError`.
    FloatingPointError,
    /// `OverflowError`.
    OverflowError,
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `AssertionError`.
    AssertionError,
    /// `AttributeError`.
    AttributeError,
    /// `EOFError`.
    EofError,
    /// `ImportError`.
    ImportError,
    /// `ModuleNotFoundError`.
    ModuleNotFoundError,
    /// `LookupError`.
    LookupError,
    /// `IndexError`.
    IndexError,
    /// `KeyError`.
    KeyError,
    /// `MemoryError`.
    MemoryError,
    /// `NameError`.
    NameError,
    /// `UnboundLocalError`.
    UnboundLocalError,
    /// `OSError`.
    OsError,
    /// `RuntimeError`.
    RuntimeError,
    /// `NotImplementedError`.
    NotImplementedError,
    /// `RecursionError`.
    RecursionError,
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError`.
    IndentationError,
    /// `TabError`.
    TabError,
    /// `TypeError`.
    TypeError,
    /// `ValueError`.
    ValueError,
    /// `UnicodeError`.
    UnicodeError,
    /// `UnicodeEncodeError`.
    UnicodeEncodeError,
    /// `UnicodeDecodeError`.
    UnicodeDecodeError,
    /// `turtle.TurtleGraphicsError`.
    TurtleGraphicsError,
    /// `robot.RobotError`: the robot could not do what it was told.
    RobotError,
}

impl TypeId {
    /// The type's name as Python prints it (`int`, `ValueError`).
    pub fn name(self) -> &'static str {
        use TypeId as T;
        match self {
            T::Object => "object",
            T::Type => "type",
            T::NoneType => "NoneType",
            T::Bool => "bool",
            T::Int => "int",
            T::Float => "float",
            T::Str => "str",
            T::Bytes => "bytes",
            T::List => "list",
            T::Tuple => "tuple",
            T::Dict => "dict",
            T::DefaultDict => "defaultdict",
            T::Counter => "Counter",
            T::Deque => "deque",
            T::Set => "set",
            T::FrozenSet => "frozenset",
            T::Range => "range",
            T::Slice => "slice",
            T::Function => "function",
            T::BuiltinFunction => "builtin_function_or_method",
            T::Method => "method",
            T::Module => "module",
            T::Cell => "cell",
            T::Generator => "generator",
            T::Iterator => "iterator",
            T::DictView => "dict_view",
            T::Ellipsis => "ellipsis",
            T::NotImplementedType => "NotImplementedType",
            T::Traceback => "traceback",
            T::Turtle => "Turtle",
            T::TurtleScreen => "_Screen",
            T::StaticMethod => "staticmethod",
            T::ClassMethod => "classmethod",
            T::Property => "property",
            T::Super => "super",
            T::BaseException => "BaseException",
            T::SystemExit => "SystemExit",
            T::KeyboardInterrupt => "KeyboardInterrupt",
            T::GeneratorExit => "GeneratorExit",
            T::Exception => "Exception",
            T::StopIteration => "StopIteration",
            T::ArithmeticError => "ArithmeticError",
            T::FloatingPointError => "FloatingPointError",
            T::OverflowError => "OverflowError",
            T::ZeroDivisionError => "ZeroDivisionError",
            T::AssertionError => "AssertionError",
            T::AttributeError => "AttributeError",
            T::EofError => "EOFError",
            T::ImportError => "ImportError",
            T::ModuleNotFoundError => "ModuleNotFoundError",
            T::LookupError => "LookupError",
            T::IndexError => "IndexError",
            T::KeyError => "KeyError",
            T::MemoryError => "MemoryError",
            T::NameError => "NameError",
            T::UnboundLocalError => "UnboundLocalError",
            T::OsError => "OSError",
            T::RuntimeError => "RuntimeError",
            T::NotImplementedError => "NotImplementedError",
            T::RecursionError => "RecursionError",
            T::SyntaxError => "SyntaxError",
            T::IndentationError => "IndentationError",
            T::TabError => "TabError",
            T::TypeError => "TypeError",
            T::ValueError => "ValueError",
            T::UnicodeError => "UnicodeError",
            T::UnicodeEncodeError => "UnicodeEncodeError",
            T::UnicodeDecodeError => "UnicodeDecodeError",
            T::TurtleGraphicsError => "TurtleGraphicsError",
            T::RobotError => "RobotError",
        }
    }

    /// The base class (`object` has none).
    pub fn base(self) -> Option<TypeId> {
        use TypeId as T;
        Some(match self {
            T::Object => return None,
            T::Bool => T::Int,
            T::DefaultDict | T::Counter => T::Dict,
            T::BaseException => T::Object,
            T::SystemExit | T::KeyboardInterrupt | T::GeneratorExit | T::Exception => {
                T::BaseException
            }
            T::StopIteration
            | T::ArithmeticError
            | T::AssertionError
            | T::AttributeError
            | T::EofError
            | T::ImportError
            | T::LookupError
            | T::MemoryError
            | T::NameError
            | T::OsError
            | T::RuntimeError
            | T::SyntaxError
            | T::TypeError
            | T::TurtleGraphicsError
            | T::RobotError
            | T::ValueError => T::Exception,
            T::FloatingPointError | T::OverflowError | T::ZeroDivisionError => T::ArithmeticError,
            T::ModuleNotFoundError => T::ImportError,
            T::IndexError | T::KeyError => T::LookupError,
            T::UnboundLocalError => T::NameError,
            T::NotImplementedError | T::RecursionError => T::RuntimeError,
            T::IndentationError => T::SyntaxError,
            T::TabError => T::IndentationError,
            T::UnicodeError => T::ValueError,
            T::UnicodeEncodeError | T::UnicodeDecodeError => T::UnicodeError,
            _ => T::Object,
        })
    }

    /// Whether this type is `other` or derives from it.
    pub fn is_subtype_of(self, other: TypeId) -> bool {
        let mut current = Some(self);
        while let Some(type_id) = current {
            if type_id == other {
                return true;
            }
            current = type_id.base();
        }
        false
    }

    /// Whether it is an exception class.
    pub fn is_exception(self) -> bool {
        self.is_subtype_of(TypeId::BaseException)
    }

    /// The builtin type called `name`, for the builtins namespace.
    pub fn from_builtin_name(name: &str) -> Option<TypeId> {
        ALL_TYPES
            .iter()
            .copied()
            .find(|type_id| type_id.is_builtin_name() && type_id.name() == name)
    }

    /// Whether the builtins namespace offers this type under its name.
    fn is_builtin_name(self) -> bool {
        use TypeId as T;
        !matches!(
            self,
            T::NoneType
                | T::Function
                | T::BuiltinFunction
                | T::Method
                | T::Module
                | T::Cell
                | T::Generator
                | T::Iterator
                | T::DictView
                | T::Ellipsis
                | T::NotImplementedType
                | T::Traceback
                | T::Turtle
                | T::TurtleScreen
                | T::TurtleGraphicsError
                | T::RobotError
                | T::Bytes
                | T::StaticMethod
                | T::ClassMethod
                | T::Property
                | T::Super
                | T::DefaultDict
                | T::Counter
                | T::Deque
        )
    }
}

/// Every type, for lookups by name.
pub const ALL_TYPES: &[TypeId] = {
    use TypeId as T;
    &[
        T::Object,
        T::Type,
        T::NoneType,
        T::Bool,
        T::Int,
        T::Float,
        T::Str,
        T::Bytes,
        T::List,
        T::Tuple,
        T::Dict,
        T::DefaultDict,
        T::Counter,
        T::Deque,
        T::Set,
        T::FrozenSet,
        T::Range,
        T::Slice,
        T::Function,
        T::BuiltinFunction,
        T::Method,
        T::Module,
        T::Cell,
        T::Generator,
        T::Iterator,
        T::DictView,
        T::Ellipsis,
        T::NotImplementedType,
        T::Traceback,
        T::Turtle,
        T::TurtleScreen,
        T::StaticMethod,
        T::ClassMethod,
        T::Property,
        T::Super,
        T::BaseException,
        T::SystemExit,
        T::KeyboardInterrupt,
        T::GeneratorExit,
        T::Exception,
        T::StopIteration,
        T::ArithmeticError,
        T::FloatingPointError,
        T::OverflowError,
        T::ZeroDivisionError,
        T::AssertionError,
        T::AttributeError,
        T::EofError,
        T::ImportError,
        T::ModuleNotFoundError,
        T::LookupError,
        T::IndexError,
        T::KeyError,
        T::MemoryError,
        T::NameError,
        T::UnboundLocalError,
        T::OsError,
        T::RuntimeError,
        T::NotImplementedError,
        T::RecursionError,
        T::SyntaxError,
        T::IndentationError,
        T::TabError,
        T::TypeError,
        T::ValueError,
        T::UnicodeError,
        T::UnicodeEncodeError,
        T::UnicodeDecodeError,
        T::TurtleGraphicsError,
        T::RobotError,
    ]
};

/// The modules `import` can give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModuleId {
    /// `math`.
    Math,
    /// `random`.
    Random,
    /// `time` (a simulated clock).
    Time,
    /// `string` (its constants).
    String,
    /// `itertools` (written in the prelude).
    Itertools,
    /// `collections` (`Counter` and `defaultdict`).
    Collections,
    /// `dataclasses` (`@dataclass`).
    Dataclasses,
    /// `turtle` (its world: `crate::worlds::turtle`).
    Turtle,
    /// `robot`, the grid robot (its world: `crate::worlds::robot`).
    Robot,
    /// `canvas`, drawing frame by frame (its world: `crate::worlds::canvas`).
    Canvas,
    /// `rover`, the wheeled robot (its world: `crate::worlds::rover`).
    Rover,
}

impl ModuleId {
    /// The module's name.
    pub fn name(self) -> &'static str {
        match self {
            ModuleId::Math => "math",
            ModuleId::Random => "random",
            ModuleId::Time => "time",
            ModuleId::String => "string",
            ModuleId::Itertools => "itertools",
            ModuleId::Collections => "collections",
            ModuleId::Dataclasses => "dataclasses",
            ModuleId::Turtle => "turtle",
            ModuleId::Robot => "robot",
            ModuleId::Canvas => "canvas",
            ModuleId::Rover => "rover",
        }
    }

    /// Every module, in the order the editor offers them.
    pub const ALL: [ModuleId; 11] = [
        ModuleId::Math,
        ModuleId::Random,
        ModuleId::Time,
        ModuleId::String,
        ModuleId::Itertools,
        ModuleId::Collections,
        ModuleId::Dataclasses,
        ModuleId::Turtle,
        ModuleId::Robot,
        ModuleId::Canvas,
        ModuleId::Rover,
    ];

    /// The module called `name`, if the sandbox has it.
    pub fn from_name(name: &str) -> Option<ModuleId> {
        ModuleId::ALL
            .into_iter()
            .find(|module| module.name() == name)
    }
}
