//! `format % arguments`: printf-style string formatting as CPython 3.11 does
//! it, with the conversions `d i u x X o e E f F g G c s r a %`, the flags
//! `- + space # 0`, widths and precisions (`*` included) and `%(name)s` keys.

use super::super::super::builtins::numbers::{float_to_int, int_to_float, Int};
use super::super::super::text::{format_float, FormatSign, FormatSpec};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::equality::{numeric_of, Numeric};
use super::{numeric_error, type_from_name};

/// The flags of one conversion.
#[derive(Clone, Copy, Default)]
struct Flags {
    /// `-`: pad on the right.
    left: bool,
    /// `+`: a sign on positive numbers.
    plus: bool,
    /// ` `: a space before positive numbers.
    space: bool,
    /// `#`: the alternate form.
    alternate: bool,
    /// `0`: pad numbers with zeros.
    zero: bool,
}

/// Where the arguments come from.
struct Arguments {
    /// The positional arguments.
    items: Vec<Value>,
    /// The next one to take.
    next: usize,
    /// The dict of `%(name)s`, when the argument is one.
    mapping: Option<Value>,
}

impl Arguments {
    /// The next positional argument.
    fn take(&mut self) -> PythonResult<Value> {
        let value = self
            .items
            .get(self.next)
            .copied()
            .ok_or_else(|| PythonError::type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(value)
    }
}

impl Vm {
    /// `format % arguments`.
    pub(crate) fn printf_format(&mut self, format: &str, arguments: Value) -> PythonResult<String> {
        let mut arguments = match arguments {
            Value::Object(reference) => match self.object(reference) {
                Object::Tuple(items) => Arguments {
                    items: items.to_vec(),
                    next: 0,
                    mapping: None,
                },
                Object::Dict(_) => Arguments {
                    items: vec![arguments],
                    next: 0,
                    mapping: Some(arguments),
                },
                _ => Arguments {
                    items: vec![arguments],
                    next: 0,
                    mapping: None,
                },
            },
            _ => Arguments {
                items: vec![arguments],
                next: 0,
                mapping: None,
            },
        };
        let characters: Vec<char> = format.chars().collect();
        self.charge(characters.len() as u64 / 16 + 1)?;
        let mut output = String::new();
        let mut position = 0;
        while position < characters.len() {
            let character = characters[position];
            position += 1;
            if character != '%' {
                output.push(character);
                continue;
            }
            let incomplete = || PythonError::value_error("incomplete format");
            let mut value = None;
            if characters.get(position) == Some(&'(') {
                let Some(mapping) = arguments.mapping else {
                    return Err(PythonError::type_error("format requires a mapping"));
                };
                let mut depth = 1;
                let start = position + 1;
                position += 1;
                while depth > 0 {
                    match characters.get(position) {
                        None => return Err(PythonError::value_error("incomplete format key")),
                        Some('(') => depth += 1,
                        Some(')') => depth -= 1,
                        _ => {}
                    }
                    position += 1;
                }
                let key: String = characters[start..position - 1].iter().collect();
                let key = self.new_str(key)?;
                let Some(dict) = mapping.object() else {
                    return Err(PythonError::type_error("format requires a mapping"));
                };
                value = match self.dict_get(dict, key)? {
                    Some(found) => Some(found),
                    None => return Err(self.missing_key_error(key)),
                };
            }
            let mut flags = Flags::default();
            while let Some(flag) = characters.get(position) {
                match flag {
                    '-' => flags.left = true,
                    '+' => flags.plus = true,
                    ' ' => flags.space = true,
                    '#' => flags.alternate = true,
                    '0' => flags.zero = true,
                    _ => break,
                }
                position += 1;
            }
            let mut width = 0usize;
            if characters.get(position) == Some(&'*') {
                position += 1;
                let given = arguments.take()?;
                let Some(Int::Small(number)) = self.int_of(given) else {
                    return Err(PythonError::type_error("* wants int"));
                };
                if number < 0 {
                    flags.left = true;
                }
                width = usize::try_from(number.unsigned_abs()).unwrap_or(usize::MAX);
            } else {
                while let Some(digit) = characters.get(position).and_then(|c| c.to_digit(10)) {
                    width = width.saturating_mul(10).saturating_add(digit as usize);
                    position += 1;
                }
            }
            let mut precision = None;
            if characters.get(position) == Some(&'.') {
                position += 1;
                if characters.get(position) == Some(&'*') {
                    position += 1;
                    let given = arguments.take()?;
                    let Some(Int::Small(number)) = self.int_of(given) else {
                        return Err(PythonError::type_error("* wants int"));
                    };
                    precision = Some(usize::try_from(number).unwrap_or(0));
                } else {
                    let mut digits = 0usize;
                    while let Some(digit) = characters.get(position).and_then(|c| c.to_digit(10)) {
                        digits = digits.saturating_mul(10).saturating_add(digit as usize);
                        position += 1;
                    }
                    precision = Some(digits);
                }
            }
            while matches!(characters.get(position), Some('h' | 'l' | 'L')) {
                position += 1;
            }
            let Some(&conversion) = characters.get(position) else {
                return Err(incomplete());
            };
            let conversion_index = position;
            position += 1;
            if conversion == '%' {
                output.push('%');
                continue;
            }
            if width > self.maximum_text_length()
                || precision.unwrap_or(0) > self.maximum_text_length()
            {
                return Err(PythonError::memory_error());
            }
            let value = match value {
                Some(value) => value,
                None => arguments.take()?,
            };
            let (text, numeric) = match conversion {
                's' => (self.str_of(value)?, false),
                'r' => (self.repr(value)?, false),
                'a' => (
                    super::super::builtins::functions::ascii_escaped(&self.repr(value)?),
                    false,
                ),
                'c' => (self.printf_character(value)?, false),
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => (
                    self.printf_integer(value, conversion, flags, precision)?,
                    true,
                ),
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (
                    self.printf_float(value, conversion, flags, precision)?,
                    true,
                ),
                other => {
                    return Err(PythonError::value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {conversion_index}",
                    u32::from(other)
                )))
                }
            };
            let text = if matches!(conversion, 's' | 'r' | 'a') {
                match precision {
                    Some(limit) => text.chars().take(limit).collect(),
                    None => text,
                }
            } else {
                text
            };
            pad(&mut output, &text, width, flags, numeric);
            if output.len() % 4096 < 64 {
                self.heap.reserve(output.len())?;
            }
        }
        if arguments.next < arguments.items.len() && arguments.mapping.is_none() {
            return Err(PythonError::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        self.heap.reserve(output.len())?;
        Ok(output)
    }

    /// `%c`: an int code point or a one-character str.
    fn printf_character(&self, value: Value) -> PythonResult<String> {
        if let Some(text) = self.str_text(value) {
            let mut characters = text.chars();
            if let (Some(character), None) = (characters.next(), characters.next()) {
                return Ok(character.to_string());
            }
        } else if let Some(int) = self.int_of(value) {
            return int
                .to_i64()
                .and_then(|code| u32::try_from(code).ok())
                .and_then(char::from_u32)
                .map(String::from)
                .ok_or_else(|| {
                    PythonError::new(TypeId::OverflowError, "%c arg not in range(0x110000)")
                });
        }
        Err(PythonError::type_error("%c requires int or char"))
    }

    /// `%d`, `%x`, `%o` and friends.
    fn printf_integer(
        &self,
        value: Value,
        conversion: char,
        flags: Flags,
        precision: Option<usize>,
    ) -> PythonResult<String> {
        let int = match numeric_of(&self.heap, value) {
            Some(Numeric::Float(float)) if matches!(conversion, 'd' | 'i' | 'u') => {
                float_to_int(float).map_err(numeric_error)?
            }
            Some(Numeric::Float(_)) | None => {
                let type_name = self.type_name(value);
                let message = if matches!(conversion, 'd' | 'i' | 'u') {
                    format!("%{conversion} format: a real number is required, not {type_name}")
                } else {
                    format!("%{conversion} format: an integer is required, not {type_name}")
                };
                return Err(PythonError::type_error(message).explained(
                    super::super::error::Explanation::new("python-operations-percent-needs-number")
                        .with("conversion", conversion.to_string())
                        .with("type", type_name),
                ));
            }
            Some(numeric) => numeric.to_int().unwrap_or(Int::Small(0)),
        };
        let big = int.to_big();
        let (radix, prefix) = match conversion {
            'x' => (16, "0x"),
            'X' => (16, "0X"),
            'o' => (8, "0o"),
            _ => (10, ""),
        };
        let mut digits = big.magnitude().to_str_radix(radix);
        if conversion == 'X' {
            digits = digits.to_uppercase();
        }
        if let Some(precision) = precision {
            if digits.len() < precision {
                digits = "0".repeat(precision - digits.len()) + &digits;
            }
        }
        let sign = if int.is_negative() {
            "-"
        } else if flags.plus {
            "+"
        } else if flags.space {
            " "
        } else {
            ""
        };
        let prefix = if flags.alternate { prefix } else { "" };
        Ok(format!("{sign}{prefix}{digits}"))
    }

    /// `%f`, `%e`, `%g` and friends.
    fn printf_float(
        &self,
        value: Value,
        conversion: char,
        flags: Flags,
        precision: Option<usize>,
    ) -> PythonResult<String> {
        let float = match numeric_of(&self.heap, value) {
            Some(Numeric::Float(float)) => float,
            Some(numeric) => {
                int_to_float(&numeric.to_int().unwrap_or(Int::Small(0))).map_err(numeric_error)?
            }
            None => {
                return Err(PythonError::type_error(format!(
                    "must be real number, not {}",
                    self.type_name(value)
                )))
            }
        };
        let spec = FormatSpec {
            sign: Some(if flags.plus {
                FormatSign::Always
            } else if flags.space {
                FormatSign::Space
            } else {
                FormatSign::NegativeOnly
            }),
            alternate_form: flags.alternate,
            precision: Some(precision.unwrap_or(6) as u64),
            presentation_type: Some(conversion),
            ..FormatSpec::default()
        };
        format_float(float, &spec, self.maximum_text_length()).map_err(|error| {
            PythonError::new(type_from_name(error.python_type()), error.cpython_message())
        })
    }
}

/// Writes `text` padded to `width`: on the left by default, on the right with
/// `-`, with zeros after the sign and prefix for numbers with `0`.
fn pad(output: &mut String, text: &str, width: usize, flags: Flags, numeric: bool) {
    let length = text.chars().count();
    if length >= width {
        output.push_str(text);
        return;
    }
    let padding = width - length;
    if flags.left {
        output.push_str(text);
        output.extend(std::iter::repeat_n(' ', padding));
    } else if flags.zero && numeric {
        let sign_length = usize::from(text.starts_with(['-', '+', ' ']));
        let prefix_length = if text[sign_length..].starts_with("0x")
            || text[sign_length..].starts_with("0X")
            || text[sign_length..].starts_with("0o")
        {
            2
        } else {
            0
        };
        let (head, tail) = text.split_at(sign_length + prefix_length);
        output.push_str(head);
        output.extend(std::iter::repeat_n('0', padding));
        output.push_str(tail);
    } else {
        output.extend(std::iter::repeat_n(' ', padding));
        output.push_str(text);
    }
}
