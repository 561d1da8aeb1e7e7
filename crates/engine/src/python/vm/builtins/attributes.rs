//! `object.name` for builtin values, types and modules: methods become bound
//! methods, a type gives its unbound methods (`str.upper`), a module its
//! functions and constants; anything else is CPython's AttributeError.
//!
//! CPython 3.11 prints `. Did you mean: 'pop'?` after an AttributeError's
//! message in the traceback (not in `str(error)`): the message here is
//! `str(error)`, and the suggestion goes to the explanation's `$suggestion`.

use super::super::super::builtins::numbers::{MATH_E, MATH_INF, MATH_NAN, MATH_PI, MATH_TAU};
use super::super::super::suggestions::cpython_suggestion;
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::{ModuleId, TypeId};
use super::super::value::Value;
use super::BuiltinFunction;

/// The functions of a table of commands and their other names (`N` is the
/// table's length), at compile time.
const fn functions_of<const N: usize>(
    names: &[(BuiltinFunction, &[&str])],
) -> [BuiltinFunction; N] {
    let mut functions = [BuiltinFunction::Print; N];
    let mut index = 0;
    while index < N {
        functions[index] = names[index].0;
        index += 1;
    }
    functions
}

/// The turtle module's functions (each also a `Turtle` method or a
/// screen's), from the one table of names.
const TURTLE_FUNCTIONS: &[BuiltinFunction] = &functions_of::<
    { super::turtle_module::TURTLE_NAMES.len() },
>(super::turtle_module::TURTLE_NAMES);

/// The robot module's functions, from the one table of names.
const ROBOT_FUNCTIONS: &[BuiltinFunction] =
    &functions_of::<{ super::robot_module::ROBOT_NAMES.len() }>(super::robot_module::ROBOT_NAMES);

/// The methods of each builtin type.
fn methods_of(type_id: TypeId) -> &'static [BuiltinFunction] {
    use BuiltinFunction as B;
    match type_id {
        TypeId::Str => &[
            B::StrMaketrans,
            B::StrTranslate,
            B::StrCapitalize,
            B::StrCasefold,
            B::StrCenter,
            B::StrCount,
            B::StrEncode,
            B::StrEndswith,
            B::StrExpandtabs,
            B::StrFind,
            B::StrFormat,
            B::StrIndex,
            B::StrIsalnum,
            B::StrIsalpha,
            B::StrIsascii,
            B::StrIsdecimal,
            B::StrIsdigit,
            B::StrIsidentifier,
            B::StrIslower,
            B::StrIsnumeric,
            B::StrIsprintable,
            B::StrIsspace,
            B::StrIstitle,
            B::StrIsupper,
            B::StrJoin,
            B::StrLjust,
            B::StrLower,
            B::StrLstrip,
            B::StrPartition,
            B::StrRemoveprefix,
            B::StrRemovesuffix,
            B::StrReplace,
            B::StrRfind,
            B::StrRindex,
            B::StrRjust,
            B::StrRpartition,
            B::StrRsplit,
            B::StrRstrip,
            B::StrSplit,
            B::StrSplitlines,
            B::StrStartswith,
            B::StrStrip,
            B::StrSwapcase,
            B::StrTitle,
            B::StrUpper,
            B::StrZfill,
        ],
        TypeId::List => &[
            B::ListAppend,
            B::ListClear,
            B::ListCopy,
            B::ListCount,
            B::ListExtend,
            B::ListIndex,
            B::ListInsert,
            B::ListPop,
            B::ListRemove,
            B::ListReverse,
            B::ListSort,
        ],
        TypeId::Tuple => &[B::TupleCount, B::TupleIndex],
        TypeId::Bytes => &[B::BytesDecode],
        TypeId::Generator => &[B::GeneratorSend, B::GeneratorThrow, B::GeneratorClose],
        TypeId::Deque => &[
            B::DequeAppend,
            B::DequeAppendleft,
            B::DequeClear,
            B::DequeCopy,
            B::DequeCount,
            B::DequeExtend,
            B::DequeExtendleft,
            B::DequePop,
            B::DequePopleft,
            B::DequeRemove,
            B::DequeReverse,
            B::DequeRotate,
        ],
        TypeId::Counter => &[
            B::DictClear,
            B::DictCopy,
            B::CounterElements,
            B::DictGet,
            B::DictItems,
            B::DictKeys,
            B::CounterMostCommon,
            B::DictPop,
            B::DictPopitem,
            B::DictSetdefault,
            B::CounterSubtract,
            B::CounterTotal,
            B::CounterUpdate,
            B::DictValues,
        ],
        TypeId::Dict | TypeId::DefaultDict => &[
            B::DictClear,
            B::DictCopy,
            B::DictFromkeys,
            B::DictGet,
            B::DictItems,
            B::DictKeys,
            B::DictPop,
            B::DictPopitem,
            B::DictSetdefault,
            B::DictUpdate,
            B::DictValues,
        ],
        TypeId::Set => &[
            B::SetAdd,
            B::SetClear,
            B::SetCopy,
            B::SetDifference,
            B::SetDifferenceUpdate,
            B::SetDiscard,
            B::SetIntersection,
            B::SetIntersectionUpdate,
            B::SetIsdisjoint,
            B::SetIssubset,
            B::SetIssuperset,
            B::SetPop,
            B::SetRemove,
            B::SetSymmetricDifference,
            B::SetSymmetricDifferenceUpdate,
            B::SetUnion,
            B::SetUpdate,
        ],
        TypeId::FrozenSet => &[
            B::SetCopy,
            B::SetDifference,
            B::SetIntersection,
            B::SetIsdisjoint,
            B::SetIssubset,
            B::SetIssuperset,
            B::SetSymmetricDifference,
            B::SetUnion,
        ],
        TypeId::Int | TypeId::Bool => &[B::IntBitCount, B::IntBitLength, B::IntToBytes],
        TypeId::Float => &[B::FloatIsInteger],
        _ => &[],
    }
}

/// Attributes CPython has that the sandbox does not offer yet: asking for
/// one is NotImplementedError, not a misleading AttributeError.
fn unsupported_attributes_of(type_id: TypeId) -> &'static [&'static str] {
    match type_id {
        TypeId::Str => &["format_map"],
        TypeId::Deque => &["index", "insert", "maxlen"],
        TypeId::Int | TypeId::Bool => &["as_integer_ratio", "conjugate", "from_bytes"],
        TypeId::Float => &["as_integer_ratio", "conjugate", "fromhex", "hex"],
        TypeId::Dict => &[],
        _ => &[],
    }
}

/// Module attributes CPython has that the sandbox does not offer yet.
fn unsupported_module_attributes(module: ModuleId) -> &'static [&'static str] {
    match module {
        ModuleId::Math => &[
            "acosh",
            "asinh",
            "atanh",
            "cbrt",
            "cosh",
            "erf",
            "erfc",
            "exp2",
            "expm1",
            "frexp",
            "gamma",
            "ldexp",
            "lgamma",
            "log1p",
            "nextafter",
            "remainder",
            "sinh",
            "tanh",
            "ulp",
        ],
        ModuleId::Random => &[
            "Random",
            "betavariate",
            "expovariate",
            "gammavariate",
            "getstate",
            "lognormvariate",
            "normalvariate",
            "paretovariate",
            "randbytes",
            "setstate",
            "triangular",
            "vonmisesvariate",
            "weibullvariate",
        ],
        ModuleId::Time => &[
            "ctime",
            "gmtime",
            "localtime",
            "monotonic_ns",
            "perf_counter_ns",
            "process_time",
            "strftime",
            "time_ns",
        ],
        ModuleId::String => &["Formatter", "Template"],
        ModuleId::Itertools => &["tee"],
        ModuleId::Dataclasses => &["asdict", "astuple", "field", "fields", "replace"],
        ModuleId::Robot | ModuleId::Rover => &[],
        ModuleId::Canvas => &["loop", "redraw", "color", "image", "load_image", "sound"],
        ModuleId::Turtle => &[
            "onclick",
            "onkey",
            "onkeypress",
            "onscreenclick",
            "ontimer",
            "listen",
            "textinput",
            "numinput",
            "undo",
            "clone",
            "getscreen",
            "register_shape",
            "shapesize",
            "tilt",
            "degrees",
            "radians",
            "mode",
        ],
        ModuleId::Collections => &[
            "ChainMap",
            "OrderedDict",
            "UserDict",
            "UserList",
            "UserString",
        ],
    }
}

/// The data attributes (not methods) of each builtin type.
fn data_attributes_of(type_id: TypeId) -> &'static [&'static str] {
    match type_id {
        TypeId::Range => &["start", "step", "stop"],
        TypeId::Slice => &["start", "step", "stop"],
        TypeId::Function => &["__name__"],
        TypeId::Int | TypeId::Bool => &["denominator", "imag", "numerator", "real"],
        TypeId::Float => &["imag", "real"],
        TypeId::StopIteration => &["__cause__", "__context__", "args", "value"],
        TypeId::DefaultDict => &["default_factory"],
        _ if type_id.is_exception() => &["__cause__", "__context__", "args"],
        _ => &[],
    }
}

/// The functions of each module.
fn module_functions(module: ModuleId) -> &'static [BuiltinFunction] {
    use BuiltinFunction as B;
    match module {
        ModuleId::Math => &[
            B::MathAcos,
            B::MathAsin,
            B::MathAtan,
            B::MathAtan2,
            B::MathCeil,
            B::MathComb,
            B::MathCopysign,
            B::MathCos,
            B::MathDegrees,
            B::MathDist,
            B::MathExp,
            B::MathFabs,
            B::MathFactorial,
            B::MathFloor,
            B::MathFmod,
            B::MathFsum,
            B::MathGcd,
            B::MathHypot,
            B::MathIsclose,
            B::MathIsfinite,
            B::MathIsinf,
            B::MathIsnan,
            B::MathIsqrt,
            B::MathLcm,
            B::MathLog,
            B::MathLog10,
            B::MathLog2,
            B::MathModf,
            B::MathPerm,
            B::MathPow,
            B::MathProd,
            B::MathRadians,
            B::MathSin,
            B::MathSqrt,
            B::MathTan,
            B::MathTrunc,
        ],
        ModuleId::Random => &[
            B::RandomChoice,
            B::RandomChoices,
            B::RandomGauss,
            B::RandomGetrandbits,
            B::RandomRandint,
            B::RandomRandom,
            B::RandomRandrange,
            B::RandomSample,
            B::RandomSeed,
            B::RandomShuffle,
            B::RandomUniform,
        ],
        ModuleId::Time => &[
            B::TimeMonotonic,
            B::TimePerfCounter,
            B::TimeSleep,
            B::TimeTime,
        ],
        ModuleId::Dataclasses => &[B::Dataclass],
        ModuleId::Turtle => TURTLE_FUNCTIONS,
        ModuleId::Robot => ROBOT_FUNCTIONS,
        ModuleId::String
        | ModuleId::Itertools
        | ModuleId::Collections
        | ModuleId::Canvas
        | ModuleId::Rover => &[],
    }
}

/// The types each module offers.
pub fn module_types(module: ModuleId) -> &'static [TypeId] {
    match module {
        ModuleId::Collections => &[TypeId::Counter, TypeId::DefaultDict, TypeId::Deque],
        ModuleId::Turtle => &[TypeId::Turtle, TypeId::TurtleGraphicsError],
        ModuleId::Robot | ModuleId::Rover => &[TypeId::RobotError],
        _ => &[],
    }
}

/// The text constants of each module.
fn module_text_constants(module: ModuleId) -> &'static [(&'static str, &'static str)] {
    match module {
        ModuleId::String => &[
            ("ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            ("ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"),
            ("ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            ("digits", "0123456789"),
            ("hexdigits", "0123456789abcdefABCDEF"),
            ("octdigits", "01234567"),
            ("printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"),
            ("punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
            ("whitespace", " \t\n\r\x0b\x0c"),
        ],
        _ => &[],
    }
}

/// The functions of each module that the prelude defines (under the same names).
pub fn module_prelude_functions(module: ModuleId) -> &'static [&'static str] {
    match module {
        ModuleId::String => &["capwords"],
        ModuleId::Collections => &["namedtuple"],
        ModuleId::Turtle => &["Vec2D"],
        ModuleId::Itertools => &[
            "accumulate",
            "chain",
            "combinations",
            "combinations_with_replacement",
            "compress",
            "count",
            "cycle",
            "dropwhile",
            "filterfalse",
            "groupby",
            "islice",
            "pairwise",
            "permutations",
            "product",
            "repeat",
            "starmap",
            "takewhile",
            "zip_longest",
        ],
        _ => &[],
    }
}

/// The constants of each module.
fn module_constants(module: ModuleId) -> &'static [(&'static str, f64)] {
    match module {
        ModuleId::Math => &[
            ("e", MATH_E),
            ("inf", MATH_INF),
            ("nan", MATH_NAN),
            ("pi", MATH_PI),
            ("tau", MATH_TAU),
        ],
        _ => &[],
    }
}

/// Whether `name` is a data attribute (not a method) of `type_id`'s objects.
pub fn is_data_attribute(type_id: TypeId, name: &str) -> bool {
    data_attributes_of(type_id).contains(&name)
}

/// The attribute names of a builtin type, sorted as CPython's `dir()` sorts
/// them (for suggestions and the editor's autocomplete).
pub fn type_attribute_names(type_id: TypeId) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = methods_of(type_id)
        .iter()
        .map(|function| function.name())
        .chain(data_attributes_of(type_id).iter().copied())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The attribute names of a module, sorted (for suggestions and autocomplete).
pub fn module_attribute_names(module: ModuleId) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = module_functions(module)
        .iter()
        .map(|function| function.name())
        .chain(module_constants(module).iter().map(|(name, _)| *name))
        .chain(module_text_constants(module).iter().map(|(name, _)| *name))
        .chain(module_prelude_functions(module).iter().copied())
        .chain(module_types(module).iter().map(|type_id| type_id.name()))
        .collect();
    if module == ModuleId::Turtle {
        names.extend(super::turtle_module_names().into_iter().filter(|name| {
            super::turtle_command(name).is_some_and(|command| command.name() != *name)
        }));
    }
    if module == ModuleId::Robot {
        names.extend(super::robot_module_names().filter(|name| {
            super::robot_command(name).is_some_and(|command| command.name() != *name)
        }));
    }
    if module == ModuleId::Rover {
        names.extend(super::rover_module_names());
    }
    if module == ModuleId::Canvas {
        names.extend(super::canvas_module_names());
        names.extend(super::CANVAS_VARIABLES.iter().copied());
    }
    names.sort_unstable();
    names
}

/// CPython's AttributeError, with the suggestion in the explanation.
pub(crate) fn attribute_error(
    message: String,
    name: &str,
    candidates: &[&str],
    subject: &str,
) -> PythonError {
    let explanation = match cpython_suggestion(name, candidates) {
        Some(suggestion) => Explanation::new("python-builtins-attribute-suggestion")
            .with("subject", subject)
            .with("name", name)
            .with("suggestion", suggestion),
        None => Explanation::new("python-builtins-attribute-missing")
            .with("subject", subject)
            .with("name", name),
    };
    PythonError::new(TypeId::AttributeError, message).explained(explanation)
}

impl Vm {
    /// `object.name` for builtin objects, types and modules (AttributeError otherwise).
    pub(crate) fn get_attribute(&mut self, object: Value, name: &str) -> PythonResult<Value> {
        self.charge(1)?;
        if let Some(value) = self.program_attribute(object, name)? {
            return Ok(value);
        }
        if name == "__class__" {
            return Ok(self.class_of(object));
        }
        if let Some(value) = self.turtle_attribute(object, name)? {
            return Ok(value);
        }
        match object {
            Value::Module(module) => return self.module_attribute(module, name),
            Value::Type(TypeId::Traceback) => {
                return Err(PythonError::not_supported(format!("traceback.{name}")))
            }
            Value::Type(type_id) => {
                match name {
                    "__name__" => return self.new_str(type_id.name().to_owned()),
                    "__init__" => return Ok(Value::Builtin(BuiltinFunction::ObjectInit)),
                    "__str__" => return Ok(Value::Builtin(BuiltinFunction::ObjectStr)),
                    "__repr__" => return Ok(Value::Builtin(BuiltinFunction::ObjectRepr)),
                    _ => {}
                }
                if let Some(function) = find_method(type_id, name) {
                    if function == BuiltinFunction::DictFromkeys {
                        return self.allocate(Object::BoundMethod {
                            receiver: object,
                            function: Value::Builtin(function),
                        });
                    }
                    return Ok(Value::Builtin(function));
                }
                let candidates = type_attribute_names(type_id);
                return Err(attribute_error(
                    format!("type object '{}' has no attribute '{name}'", type_id.name()),
                    name,
                    &candidates,
                    type_id.name(),
                ));
            }
            Value::Builtin(function) if name == "__name__" => {
                return self.new_str(function.name().to_owned());
            }
            _ => {}
        }
        let type_id = self.type_of(object);
        if let Some(function) = find_method(type_id, name) {
            // A static method is not bound to the object.
            if function == BuiltinFunction::StrMaketrans {
                return Ok(Value::Builtin(function));
            }
            return self.allocate(Object::BoundMethod {
                receiver: object,
                function: Value::Builtin(function),
            });
        }
        if let Some(value) = self.data_attribute(object, name)? {
            return Ok(value);
        }
        if let Some(value) = self.number_attribute(object, name)? {
            return Ok(value);
        }
        let type_name = self.type_name(object);
        if unsupported_attributes_of(type_id).contains(&name) {
            return Err(PythonError::not_supported(format!("{type_name}.{name}")));
        }
        if object.is_none() {
            return Err(PythonError::new(
                TypeId::AttributeError,
                format!("'NoneType' object has no attribute '{name}'"),
            )
            .explained(Explanation::new("python-builtins-attribute-on-none").with("name", name)));
        }
        let candidates = type_attribute_names(type_id);
        Err(attribute_error(
            format!("'{type_name}' object has no attribute '{name}'"),
            name,
            &candidates,
            type_name,
        ))
    }

    /// A data attribute (`range.start`, `exception.args`, `function.__name__`).
    fn data_attribute(&mut self, object: Value, name: &str) -> PythonResult<Option<Value>> {
        let Some(reference) = object.object() else {
            return Ok(None);
        };
        let value = match (self.object(reference), name) {
            (Object::Range(range), "start") => Value::Int(range.start),
            (Object::Range(range), "stop") => Value::Int(range.stop),
            (Object::Range(range), "step") => Value::Int(range.step),
            (Object::Slice(slice), "start") => slice.start,
            (Object::Slice(slice), "stop") => slice.stop,
            (Object::Slice(slice), "step") => slice.step,
            (Object::Exception(exception), "args") => {
                let args = exception.args.clone();
                self.new_tuple(args)?
            }
            (Object::Dict(dict), "default_factory") => match dict.flavour {
                super::super::dict::DictFlavour::Default(factory) => {
                    factory.map_or(Value::None, Value::Type)
                }
                _ => return Ok(None),
            },
            (Object::Exception(exception), "value")
                if exception.type_id == TypeId::StopIteration =>
            {
                exception.args.first().copied().unwrap_or(Value::None)
            }
            (Object::Exception(exception), "__cause__") => {
                exception.cause.map_or(Value::None, Value::Object)
            }
            (Object::Exception(exception), "__context__") => {
                exception.context.map_or(Value::None, Value::Object)
            }
            (Object::Function(function), "__name__") => {
                let function_name = function.name.clone();
                self.new_str(function_name)?
            }
            (Object::Function(function), "__qualname__") => {
                let qualified_name = self.qualified_name_of(function);
                self.new_str(qualified_name)?
            }
            (Object::Function(function), "__doc__") => {
                let docstring = self
                    .program
                    .codes
                    .get(function.code as usize)
                    .and_then(|code| code.docstring.clone());
                match docstring {
                    Some(text) => self.new_str(text)?,
                    None => Value::None,
                }
            }
            (Object::Function(_), "__module__") => self.new_str(String::from("__main__"))?,
            (Object::Function(function), "__defaults__") => {
                if function.defaults.is_empty() {
                    Value::None
                } else {
                    let defaults = function.defaults.clone();
                    self.new_tuple(defaults)?
                }
            }
            (Object::BoundMethod { receiver, .. }, "__self__") => *receiver,
            (Object::BoundMethod { function, .. }, "__func__") => *function,
            (Object::BoundMethod { function, .. }, "__name__" | "__qualname__" | "__doc__") => {
                let function = *function;
                return self.get_attribute(function, name).map(Some);
            }
            (Object::Exception(_), "__suppress_context__") => Value::Bool(false),
            (Object::Exception(exception), "__traceback__") => {
                if exception.traceback.is_empty() {
                    Value::None
                } else {
                    Value::Type(TypeId::Traceback)
                }
            }
            // `itertools.chain.from_iterable`: the prelude's `chain` carries it.
            (Object::Function(function), "from_iterable")
                if function.name == "chain" && function.code >= self.prelude_start =>
            {
                match self.prelude_global("__chain_from_iterable") {
                    Some(value) => value,
                    None => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(value))
    }

    /// `real`, `imag`, `numerator` and `denominator` of an int or float.
    fn number_attribute(&mut self, object: Value, name: &str) -> PythonResult<Option<Value>> {
        let value = match (object, name) {
            (Value::Float(number), "real") => Value::Float(number),
            (Value::Float(_), "imag") => Value::Float(0.0),
            (Value::Float(_), _) => return Ok(None),
            (_, "imag") if self.int_of(object).is_some() => Value::Int(0),
            (_, "denominator") if self.int_of(object).is_some() => Value::Int(1),
            (_, "real" | "numerator") => match self.int_of(object) {
                Some(int) => self.new_int(int)?,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        Ok(Some(value))
    }

    /// A module's attribute.
    pub(crate) fn module_attribute(&mut self, module: ModuleId, name: &str) -> PythonResult<Value> {
        if module == ModuleId::Rover {
            if let Some(command) = super::rover_command(name) {
                return Ok(Value::Builtin(command));
            }
        }
        if module == ModuleId::Canvas {
            if let Some(command) = super::canvas_command(name) {
                return Ok(Value::Builtin(command));
            }
            if let Some(value) = self.canvas_variable(name)? {
                return Ok(value);
            }
        }
        if module == ModuleId::Turtle {
            if let Some(command) = super::turtle_command(name) {
                return Ok(Value::Builtin(command));
            }
        }
        if module == ModuleId::Robot {
            match super::robot_command(name) {
                Some(BuiltinFunction::RobotTurnRight) if !self.offers_turn_right() => {
                    return Err(PythonError::new(
                        TypeId::AttributeError,
                        format!("module 'robot' has no attribute '{name}'"),
                    )
                    .explained(Explanation::new("python-runtime-robot-no-turn-right")))
                }
                Some(command) => return Ok(Value::Builtin(command)),
                None => {}
            }
        }
        if let Some(function) = module_functions(module)
            .iter()
            .find(|function| function.name() == name)
        {
            return Ok(Value::Builtin(*function));
        }
        if let Some((_, value)) = module_constants(module)
            .iter()
            .find(|(constant, _)| *constant == name)
        {
            return Ok(Value::Float(*value));
        }
        if let Some((_, text)) = module_text_constants(module)
            .iter()
            .find(|(constant, _)| *constant == name)
        {
            return self.new_str((*text).to_owned());
        }
        if let Some(type_id) = module_types(module)
            .iter()
            .find(|type_id| type_id.name() == name)
        {
            return Ok(Value::Type(*type_id));
        }
        if module_prelude_functions(module).contains(&name) {
            if let Some(value) = self.prelude_global(name) {
                return Ok(value);
            }
        }
        if name == "__name__" {
            return self.new_str(module.name().to_owned());
        }
        if unsupported_module_attributes(module).contains(&name) {
            return Err(PythonError::not_supported(format!(
                "{}.{name}",
                module.name()
            )));
        }
        let candidates = module_attribute_names(module);
        let subject = format!("module '{}'", module.name());
        Err(attribute_error(
            format!("module '{}' has no attribute '{name}'", module.name()),
            name,
            &candidates,
            &subject,
        ))
    }
}

/// The method of `type_id` called `name`.
pub(crate) fn find_method(type_id: TypeId, name: &str) -> Option<BuiltinFunction> {
    methods_of(type_id)
        .iter()
        .copied()
        .find(|function| function.name() == name)
}

impl Vm {
    /// `turtle.forward` as a `Turtle`'s method or the screen's: the
    /// command bound to the turtle (or screen); `None` for other values.
    fn turtle_attribute(&mut self, object: Value, name: &str) -> PythonResult<Option<Value>> {
        let is_turtle = match object {
            Value::Type(TypeId::TurtleScreen) => false,
            Value::Object(reference) if matches!(self.object(reference), Object::Turtle(_)) => true,
            _ => return Ok(None),
        };
        let command = super::turtle_command(name)
            .filter(|command| super::turtle_module::is_screen_command(*command) != is_turtle);
        match command {
            Some(command) => Ok(Some(self.allocate(Object::BoundMethod {
                receiver: object,
                function: Value::Builtin(command),
            })?)),
            None => Err(PythonError::new(
                TypeId::AttributeError,
                format!(
                    "'{}' object has no attribute '{name}'",
                    self.type_name(object)
                ),
            )),
        }
    }

    /// The prelude's global `name`, if it is set.
    pub(crate) fn prelude_global(&self, name: &str) -> Option<Value> {
        let namespace = &self.namespaces[1];
        namespace
            .names
            .iter()
            .position(|known| known == name)
            .and_then(|slot| namespace.values.get(slot).copied())
            .filter(|value| *value != Value::Unbound)
    }
}
