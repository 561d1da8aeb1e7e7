//! The builtin functions that take values, not iterables: `print`, `input`,
//! `len`, `abs`, `round`, `divmod`, `pow`, `chr`, `ord`, `isinstance`,
//! `repr`, `hex`, `hash`, `id`, `format`, `getattr`... and the functions the
//! sandbox does not offer (a clear NotImplementedError, never a wrong answer).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::Signed;

use super::super::super::builtins::numbers::{
    float_divmod, int_abs, int_divmod, int_pow_modulo, Int,
};
use super::super::super::syntax::ast::BinaryOperator;
use super::super::super::text::{round_float, round_half_even_to_int};
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::{argument_or_keyword, keywords, numeric_error, positional};
use super::BuiltinFunction;

impl Vm {
    /// Calls one of the functions of this file; `None` when `function` is not one.
    pub(super) fn call_core_function(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use BuiltinFunction as B;
        let value = match function {
            B::Print => return self.builtin_print(arguments).map(Some),
            B::Input => return self.builtin_input(arguments).map(Some),
            B::Len => {
                let values = positional("len", arguments, 1, 1)?;
                let length = self.length_of(values[0])?;
                Value::Int(length)
            }
            B::Abs => {
                let values = positional("abs", arguments, 1, 1)?;
                self.builtin_abs(values[0])?
            }
            B::Round => self.builtin_round(arguments)?,
            B::Divmod => {
                let values = positional("divmod", arguments, 2, 2)?;
                self.builtin_divmod(values[0], values[1])?
            }
            B::Pow => self.builtin_pow(arguments)?,
            B::Chr => {
                let values = positional("chr", arguments, 1, 1)?;
                let code = self.index_argument(values[0])?;
                let character = u32::try_from(code)
                    .ok()
                    .filter(|code| *code < 0x11_0000)
                    .ok_or_else(|| {
                        PythonError::value_error("chr() arg not in range(0x110000)")
                            .explained(Explanation::new("python-builtins-chr-range"))
                    })?;
                let character = char::from_u32(character)
                    .ok_or_else(|| PythonError::not_supported("surrogate characters"))?;
                self.character_str(character)?
            }
            B::Ord => {
                let values = positional("ord", arguments, 1, 1)?;
                self.builtin_ord(values[0])?
            }
            B::Isinstance => {
                let values = positional("isinstance", arguments, 2, 2)?;
                let class = self.class_of(values[0]);
                Value::Bool(self.matches_class_info(class, values[1], "isinstance() arg 2")?)
            }
            B::Issubclass => {
                let values = positional("issubclass", arguments, 2, 2)?;
                if !self.is_class(values[0]) {
                    return Err(PythonError::type_error(
                        "issubclass() arg 1 must be a class",
                    ));
                }
                Value::Bool(self.matches_class_info(values[0], values[1], "issubclass() arg 2")?)
            }
            B::Repr => {
                let values = positional("repr", arguments, 1, 1)?;
                let text = self.repr(values[0])?;
                self.new_str(text)?
            }
            B::Ascii => {
                let values = positional("ascii", arguments, 1, 1)?;
                let text = self.repr(values[0])?;
                self.new_str(ascii_escaped(&text))?
            }
            B::Hex | B::Oct | B::Bin => {
                let values = positional(function.name(), arguments, 1, 1)?;
                let number = self.int_argument(values[0])?.to_big();
                let (prefix, radix) = match function {
                    B::Hex => ("0x", 16),
                    B::Oct => ("0o", 8),
                    _ => ("0b", 2),
                };
                self.charge(number.bits() / 64 + 1)?;
                let sign = if number.is_negative() { "-" } else { "" };
                let digits = number.abs().to_str_radix(radix);
                self.new_str(format!("{sign}{prefix}{digits}"))?
            }
            B::Hash => {
                let values = positional("hash", arguments, 1, 1)?;
                Value::Int(self.hash_value(values[0])?)
            }
            B::Id => {
                let values = positional("id", arguments, 1, 1)?;
                Value::Int(self.fake_id(values[0]))
            }
            B::Callable => {
                let values = positional("callable", arguments, 1, 1)?;
                Value::Bool(self.is_callable(values[0]))
            }
            B::Format => {
                let values = positional("format", arguments, 1, 2)?;
                let spec = match values.get(1) {
                    Some(spec) => self.str_argument(*spec, |type_name| {
                        format!("format() argument 2 must be str, not {type_name}")
                    })?,
                    None => String::new(),
                };
                let text = self.format_value(values[0], &spec)?;
                self.new_str(text)?
            }
            B::Getattr | B::Hasattr => return self.builtin_getattr(function, arguments).map(Some),
            B::Exit | B::Quit => {
                let values = positional(function.name(), arguments, 0, 1)?;
                let message = match values.first() {
                    Some(Value::None) | None => String::new(),
                    Some(code) => self.str_of(*code)?,
                };
                return Err(PythonError::new(TypeId::SystemExit, message));
            }
            B::SortByKeys => return self.call_sort_by_keys(false, arguments).map(Some),
            B::SortListByKeys => return self.call_sort_by_keys(true, arguments).map(Some),
            B::Super | B::Property | B::Staticmethod | B::Classmethod => {
                let type_id = match function {
                    B::Super => TypeId::Super,
                    B::Property => TypeId::Property,
                    B::Staticmethod => TypeId::StaticMethod,
                    _ => TypeId::ClassMethod,
                };
                match self.call_class_type(type_id, arguments)? {
                    Some(value) => value,
                    None => return Ok(None),
                }
            }
            B::Setattr | B::Delattr => {
                let is_set = function == B::Setattr;
                let count = if is_set { 3 } else { 2 };
                let values = positional(function.name(), arguments, count, count)?;
                let name = self.str_argument(values[1], |type_name| {
                    format!("attribute name must be string, not '{type_name}'")
                })?;
                let value = if is_set { Some(values[2]) } else { None };
                if !self.set_program_attribute(values[0], &name, value)? {
                    return Err(self.attribute_assignment_error(values[0], &name));
                }
                Value::None
            }
            B::Vars if arguments.positional.len() == 1 && arguments.keywords.is_empty() => {
                self.attributes_as_dict(arguments.positional[0])?
            }
            B::Dir
                if arguments.positional.len() == 1
                    && arguments.keywords.is_empty()
                    && self.is_program_object_or_class(arguments.positional[0]) =>
            {
                let names = self.program_dir(arguments.positional[0]);
                let mut values = Vec::with_capacity(names.len());
                for name in names {
                    values.push(self.new_str(name)?);
                }
                self.new_list(values)?
            }
            B::Open
            | B::Eval
            | B::Exec
            | B::Compile
            | B::Globals
            | B::Locals
            | B::Vars
            | B::Dir
            | B::DunderImport
            | B::Breakpoint
            | B::Help
            | B::Memoryview
            | B::Bytes
            | B::Bytearray
            | B::Complex => {
                return Err(PythonError::not_supported(format!("{}()", function.name())))
            }
            _ => return Ok(None),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// `print(*values, sep=' ', end='\n', file=None, flush=False)`.
    fn builtin_print(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        let options = keywords("print", arguments, &["sep", "end", "file", "flush"])?;
        let text_of_option =
            |vm: &mut Vm, value: Option<Value>, name: &str, default: &str| match value {
                None | Some(Value::None) => Ok(default.to_owned()),
                Some(value) => vm.str_argument(value, |type_name| {
                    format!("{name} must be None or a string, not {type_name}")
                }),
            };
        let separator = text_of_option(self, options[0], "sep", " ")?;
        let end = text_of_option(self, options[1], "end", "\n")?;
        if matches!(options[2], Some(file) if !file.is_none()) {
            return Err(PythonError::not_supported("print(file=...)"));
        }
        let mut text = String::new();
        for (index, value) in arguments.positional.iter().enumerate() {
            if index > 0 {
                text.push_str(&separator);
            }
            let part = self.str_of(*value)?;
            self.charge(part.len() as u64 / 64)?;
            text.push_str(&part);
        }
        text.push_str(&end);
        self.write_output(&text)?;
        Ok(CallOutcome::Return(Value::None))
    }

    /// `input(prompt)`: a line given in advance, EOFError after the input's
    /// end, or waiting for the pupil to type one.
    fn builtin_input(&mut self, arguments: &Arguments) -> PythonResult<CallOutcome> {
        let values = positional("input", arguments, 0, 1)?;
        if let Some(prompt) = values.first() {
            let prompt = self.str_of(*prompt)?;
            if !self.prompts_hidden {
                self.write_output(&prompt)?;
            }
        }
        if let Some(line) = self.input_lines.pop_front() {
            return Ok(CallOutcome::Return(self.new_str(line)?));
        }
        if self.input_closed {
            return Err(
                PythonError::new(TypeId::EofError, "EOF when reading a line")
                    .explained(Explanation::new("python-builtins-input-eof")),
            );
        }
        Ok(CallOutcome::WaitForInput)
    }

    /// `len(value)`.
    pub(super) fn length_of(&mut self, value: Value) -> PythonResult<i64> {
        if self.has_program_class(value) {
            if let Some(length) = self.special_length(value)? {
                return Ok(length);
            }
        }
        let length = match value.object().map(|reference| self.object(reference)) {
            Some(Object::Str(text)) => text.char_count,
            Some(Object::Bytes(data)) => data.len(),
            Some(Object::List(items)) => items.len(),
            Some(Object::Tuple(items)) => items.len(),
            Some(Object::Deque(items)) => items.len(),
            Some(Object::Dict(dict)) => dict.len(),
            Some(Object::Set(set) | Object::FrozenSet(set)) => set.len(),
            Some(Object::Range(range)) => {
                return i64::try_from(range.len()).map_err(|_| {
                    PythonError::new(
                        TypeId::OverflowError,
                        "Python int too large to convert to C ssize_t",
                    )
                })
            }
            Some(Object::DictView { dict, .. }) => match self.object(*dict) {
                Object::Dict(dict) => dict.len(),
                _ => 0,
            },
            _ => {
                return Err(PythonError::type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(value)
                ))
                .explained(
                    Explanation::new("python-builtins-no-len").with("type", self.type_name(value)),
                ))
            }
        };
        Ok(i64::try_from(length).unwrap_or(i64::MAX))
    }

    /// `abs(value)`.
    fn builtin_abs(&mut self, value: Value) -> PythonResult<Value> {
        if self.has_program_class(value) {
            if let Some(result) = self.call_special(value, "__abs__", Vec::new())? {
                return Ok(result);
            }
        }
        if let Value::Float(number) = value {
            return Ok(Value::Float(number.abs()));
        }
        match self.int_of(value) {
            Some(int) => self.new_int(int_abs(&int)),
            None => Err(PythonError::type_error(format!(
                "bad operand type for abs(): '{}'",
                self.type_name(value)
            ))),
        }
    }

    /// `round(number, ndigits=None)`: half to even.
    fn builtin_round(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        super::arguments::check_keyword_names("round", arguments, &["number", "ndigits"])?;
        let count = arguments.positional.len() + arguments.keywords.len();
        if count > 2 {
            return Err(PythonError::type_error(format!(
                "round() takes at most 2 arguments ({count} given)"
            )));
        }
        let Some(number) = argument_or_keyword(arguments, 0, "number") else {
            return Err(PythonError::type_error(
                "round() missing required argument 'number' (pos 1)",
            ));
        };
        let digits = match argument_or_keyword(arguments, 1, "ndigits") {
            None | Some(Value::None) => None,
            Some(digits) => Some(self.index_argument(digits)?),
        };
        if let Value::Float(value) = number {
            return match digits {
                Some(digits) => round_float(value, digits)
                    .map(Value::Float)
                    .map_err(|error| {
                        super::arguments::error_of_type(
                            error.python_type(),
                            error.cpython_message(),
                        )
                    }),
                None => match round_half_even_to_int(value) {
                    Some(rounded) => self.new_int(Int::from_big(rounded)),
                    None if value.is_nan() => Err(PythonError::value_error(
                        "cannot convert float NaN to integer",
                    )),
                    None => Err(PythonError::new(
                        TypeId::OverflowError,
                        "cannot convert float infinity to integer",
                    )),
                },
            };
        }
        let Some(int) = self.int_of(number) else {
            return Err(PythonError::type_error(format!(
                "type {} doesn't define __round__ method",
                self.type_name(number)
            )));
        };
        match digits {
            Some(digits) if digits < 0 => {
                let power = BigInt::from(10).pow(
                    u32::try_from(digits.unsigned_abs())
                        .unwrap_or(u32::MAX)
                        .min(5000),
                );
                let value = int.to_big();
                let (quotient, remainder) = value.div_mod_floor(&power);
                let twice = &remainder * 2;
                let round_up = twice > power || (twice == power && quotient.is_odd());
                let quotient = if round_up { quotient + 1 } else { quotient };
                self.new_int(Int::from_big(quotient * power))
            }
            _ => self.new_int(int),
        }
    }

    /// `divmod(a, b)`.
    fn builtin_divmod(&mut self, left: Value, right: Value) -> PythonResult<Value> {
        let pair = match (self.int_of(left), self.int_of(right)) {
            (Some(a), Some(b)) => {
                let (quotient, remainder) = int_divmod(&a, &b).map_err(numeric_error)?;
                (self.new_int(quotient)?, self.new_int(remainder)?)
            }
            _ => {
                let is_number = |value: Value, vm: &Vm| {
                    matches!(value, Value::Float(_)) || vm.int_of(value).is_some()
                };
                if !is_number(left, self) || !is_number(right, self) {
                    return Err(PythonError::type_error(format!(
                        "unsupported operand type(s) for divmod(): '{}' and '{}'",
                        self.type_name(left),
                        self.type_name(right)
                    )));
                }
                let (a, b) = (self.float_argument(left)?, self.float_argument(right)?);
                let (quotient, remainder) = float_divmod(a, b).map_err(numeric_error)?;
                (Value::Float(quotient), Value::Float(remainder))
            }
        };
        self.new_pair(pair.0, pair.1)
    }

    /// `pow(base, exp, mod=None)`.
    fn builtin_pow(&mut self, arguments: &Arguments) -> PythonResult<Value> {
        super::arguments::check_keyword_names("pow", arguments, &["base", "exp", "mod"])?;
        let base = argument_or_keyword(arguments, 0, "base");
        let exponent = argument_or_keyword(arguments, 1, "exp");
        let modulus = argument_or_keyword(arguments, 2, "mod");
        let (Some(base), Some(exponent)) = (base, exponent) else {
            let (name, position) = if base.is_none() {
                ("base", 1)
            } else {
                ("exp", 2)
            };
            return Err(PythonError::type_error(format!(
                "pow() missing required argument '{name}' (pos {position})"
            )));
        };
        match modulus {
            None | Some(Value::None) => {
                self.binary_operation(BinaryOperator::Power, base, exponent)
            }
            Some(modulus) => match (
                self.int_of(base),
                self.int_of(exponent),
                self.int_of(modulus),
            ) {
                (Some(base), Some(exponent), Some(modulus)) => {
                    self.charge(exponent.bit_length() + modulus.bit_length())?;
                    let result =
                        int_pow_modulo(&base, &exponent, &modulus).map_err(numeric_error)?;
                    self.new_int(result)
                }
                _ => Err(PythonError::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                )),
            },
        }
    }

    /// `ord(character)`.
    fn builtin_ord(&mut self, value: Value) -> PythonResult<Value> {
        let Some(text) = self.str_text(value) else {
            return Err(PythonError::type_error(format!(
                "ord() expected string of length 1, but {} found",
                self.type_name(value)
            )));
        };
        let mut characters = text.chars();
        match (characters.next(), characters.next()) {
            (Some(character), None) => Ok(Value::Int(i64::from(u32::from(character)))),
            _ => {
                let length = text.chars().count();
                Err(PythonError::type_error(format!(
                    "ord() expected a character, but string of length {length} found"
                ))
                .explained(
                    Explanation::new("python-builtins-ord-length")
                        .with("length", length.to_string()),
                ))
            }
        }
    }

    /// Whether `type_id` is (a subclass of) the class or one of the classes of
    /// `class_info` (a type or a tuple of them, nested tuples included).
    fn matches_class_info(
        &self,
        class: Value,
        class_info: Value,
        what: &str,
    ) -> PythonResult<bool> {
        let mut pending = vec![class_info];
        let mut found = false;
        while let Some(candidate) = pending.pop() {
            match candidate {
                Value::Type(_) => found |= self.is_subclass(class, candidate),
                Value::Builtin(builtin) if class_builtin_type(builtin).is_some() => {
                    if let Some(type_id) = class_builtin_type(builtin) {
                        found |= self.is_subclass(class, Value::Type(type_id));
                    }
                }
                Value::Object(reference) => match self.object(reference) {
                    Object::Tuple(items) => pending.extend(items.iter().copied()),
                    Object::Class(_) => found |= self.is_subclass(class, candidate),
                    _ => return Err(class_info_error(what)),
                },
                _ => return Err(class_info_error(what)),
            }
        }
        Ok(found)
    }

    /// A stable, fake `id()`: objects by their heap slot, other values by kind.
    pub(crate) fn fake_id(&self, value: Value) -> i64 {
        const BASE: i64 = 0x7f3a_0000_0000;
        match value {
            Value::Object(reference) => BASE + i64::from(reference.index()) * 48,
            Value::None => BASE - 0x1000,
            Value::Bool(flag) => BASE - 0x2000 - i64::from(flag) * 32,
            Value::Int(number) => BASE - 0x1_0000_0000 + number.rem_euclid(0x100_0000) * 32,
            Value::Float(number) => {
                BASE - 0x2_0000_0000 + (number.to_bits() % 0x100_0000) as i64 * 32
            }
            Value::Builtin(function) => {
                let position = BuiltinFunction::ALL
                    .iter()
                    .position(|item| *item == function);
                BASE - 0x3_0000_0000 + position.unwrap_or(0) as i64 * 64
            }
            Value::Type(type_id) => BASE - 0x4_0000_0000 + type_id as i64 * 416,
            Value::Module(module) => BASE - 0x5_0000_0000 + module as i64 * 80,
            Value::Unbound => 0,
        }
    }

    /// `callable(value)`.
    pub(super) fn is_callable(&self, value: Value) -> bool {
        match value {
            Value::Builtin(_) | Value::Type(_) => true,
            Value::Object(reference) => {
                matches!(
                    self.object(reference),
                    Object::Function(_) | Object::BoundMethod { .. } | Object::Class(_)
                ) || self.special_method(value, "__call__").is_some()
            }
            _ => false,
        }
    }

    /// `getattr(object, name, default)` and `hasattr(object, name)`.
    fn builtin_getattr(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<CallOutcome> {
        let is_has = function == BuiltinFunction::Hasattr;
        let name = function.name();
        let values = positional(name, arguments, 2, if is_has { 2 } else { 3 })?;
        let attribute = self.str_argument(values[1], |type_name| {
            format!("attribute name must be string, not '{type_name}'")
        })?;
        match self.get_attribute(values[0], &attribute) {
            Ok(value) if is_has => {
                let _ = value;
                Ok(CallOutcome::Return(Value::Bool(true)))
            }
            Ok(value) => Ok(CallOutcome::Return(value)),
            Err(error) if error.type_id == TypeId::AttributeError && is_has => {
                Ok(CallOutcome::Return(Value::Bool(false)))
            }
            Err(error) if error.type_id == TypeId::AttributeError && values.len() == 3 => {
                Ok(CallOutcome::Return(values[2]))
            }
            Err(error) => Err(error),
        }
    }
}

/// CPython's TypeError for a bad second argument of isinstance/issubclass.
fn class_info_error(what: &str) -> PythonError {
    PythonError::type_error(format!(
        "{what} must be a type, a tuple of types, or a union"
    ))
}

/// `ascii()`: a repr with every non-ASCII character escaped.
pub(crate) fn ascii_escaped(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        let code = u32::from(character);
        match code {
            0..=0x7f => escaped.push(character),
            0x80..=0xff => escaped.push_str(&format!("\\x{code:02x}")),
            0x100..=0xffff => escaped.push_str(&format!("\\u{code:04x}")),
            _ => escaped.push_str(&format!("\\U{code:08x}")),
        }
    }
    escaped
}

/// The type behind a builtin that makes class members (`property` is
/// offered as a function, but `isinstance(x, property)` works).
fn class_builtin_type(builtin: BuiltinFunction) -> Option<TypeId> {
    match builtin {
        BuiltinFunction::Property => Some(TypeId::Property),
        BuiltinFunction::Staticmethod => Some(TypeId::StaticMethod),
        BuiltinFunction::Classmethod => Some(TypeId::ClassMethod),
        BuiltinFunction::Super => Some(TypeId::Super),
        _ => None,
    }
}
