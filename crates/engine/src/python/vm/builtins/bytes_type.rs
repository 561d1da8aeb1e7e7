//! `bytes`, as far as a course needs it: `str.encode()` makes one (to count
//! a text's bytes, or see them), and it has a length, items (ints), slices,
//! equality, a hash, a repr as CPython writes it, and `decode()`.

use super::super::call::{Arguments, CallOutcome};
use super::super::error::{PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::Object;
use super::super::types::TypeId;
use super::super::value::Value;
use super::BuiltinFunction;

/// `repr(data)`: `b'...'` with CPython's quotes and escapes.
pub(crate) fn bytes_repr(data: &[u8]) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut text = String::with_capacity(data.len() + 3);
    text.push('b');
    text.push(quote);
    for &byte in data {
        match byte {
            b'\\' => text.push_str("\\\\"),
            b'\t' => text.push_str("\\t"),
            b'\n' => text.push_str("\\n"),
            b'\r' => text.push_str("\\r"),
            _ if char::from(byte) == quote => {
                text.push('\\');
                text.push(quote);
            }
            0x20..=0x7e => text.push(char::from(byte)),
            _ => text.push_str(&format!("\\x{byte:02x}")),
        }
    }
    text.push(quote);
    text
}

/// An encoding's name as CPython normalises it (`UTF8`, `utf_8` → `utf-8`).
fn normalised_encoding(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    match lower.as_str() {
        "utf8" | "utf-8" | "u8" => String::from("utf-8"),
        "ascii" | "us-ascii" => String::from("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => String::from("latin-1"),
        _ => lower,
    }
}

impl Vm {
    /// The `encoding` of `encode` and `decode` (second positional argument
    /// or keyword; `errors` is accepted and ignored: strict).
    pub(crate) fn encoding_argument(
        &self,
        method: &str,
        arguments: &Arguments,
    ) -> PythonResult<Option<String>> {
        let mut encoding = arguments.positional.get(1).copied();
        for (keyword, value) in &arguments.keywords {
            match keyword.as_str() {
                "encoding" => encoding = Some(*value),
                "errors" => {}
                _ => {
                    return Err(PythonError::type_error(format!(
                        "{method}() got an unexpected keyword argument '{keyword}'"
                    )))
                }
            }
        }
        match encoding {
            Some(value) => match self.str_text(value) {
                Some(name) => Ok(Some(name.to_owned())),
                None => Err(PythonError::type_error(format!(
                    "{method}() argument 'encoding' must be str, not {}",
                    self.type_name(value)
                ))),
            },
            None => Ok(None),
        }
    }

    /// `text.encode(encoding='utf-8')`.
    pub(crate) fn str_encode(&mut self, text: &str, encoding: Option<&str>) -> PythonResult<Value> {
        let encoding = normalised_encoding(encoding.unwrap_or("utf-8"));
        let data = match encoding.as_str() {
            "utf-8" => text.as_bytes().to_vec(),
            "ascii" | "latin-1" => {
                let limit = if encoding == "ascii" { 0x80 } else { 0x100 };
                let characters: Vec<char> = text.chars().collect();
                let too_big = |character: &char| u32::from(*character) >= limit;
                if let Some(start) = characters.iter().position(too_big) {
                    let run = characters[start..]
                        .iter()
                        .take_while(|c| too_big(c))
                        .count();
                    let what = if run == 1 {
                        let code = u32::from(characters[start]);
                        let shown = if code <= 0xff {
                            format!("\\x{code:02x}")
                        } else if code <= 0xffff {
                            format!("\\u{code:04x}")
                        } else {
                            format!("\\U{code:08x}")
                        };
                        format!("character '{shown}' in position {start}")
                    } else {
                        format!("characters in position {start}-{}", start + run - 1)
                    };
                    return Err(PythonError::new(
                        TypeId::UnicodeEncodeError,
                        format!(
                            "'{encoding}' codec can't encode {what}: ordinal not in range({limit})"
                        ),
                    ));
                }
                let data: Vec<u8> = characters
                    .iter()
                    .map(|character| u32::from(*character) as u8)
                    .collect();
                data
            }
            _ => {
                return Err(PythonError::not_supported(format!(
                    "the encoding '{encoding}'"
                )))
            }
        };
        self.heap.reserve(data.len())?;
        self.allocate(Object::Bytes(data))
    }

    /// The methods of `bytes`.
    pub(super) fn call_bytes_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        if function != BuiltinFunction::BytesDecode {
            return Ok(None);
        }
        let data = match arguments
            .positional
            .first()
            .map(|value| (*value, value.object()))
        {
            Some((_, Some(reference))) => match self.object(reference) {
                Object::Bytes(data) => data.clone(),
                _ => return Err(PythonError::type_error("decode() needs a bytes object")),
            },
            _ => return Err(PythonError::type_error("decode() needs a bytes object")),
        };
        let encoding = normalised_encoding(
            self.encoding_argument("decode", arguments)?
                .as_deref()
                .unwrap_or("utf-8"),
        );
        self.charge(data.len() as u64 / 32 + 1)?;
        let text = match encoding.as_str() {
            "utf-8" => match String::from_utf8(data) {
                Ok(text) => text,
                Err(error) => return Err(utf8_decode_error(error.as_bytes(), error.utf8_error())),
            },
            "latin-1" => data.iter().map(|byte| char::from(*byte)).collect(),
            "ascii" => {
                if let Some(position) = data.iter().position(|byte| *byte >= 0x80) {
                    return Err(PythonError::new(
                        TypeId::UnicodeDecodeError,
                        format!(
                            "'ascii' codec can't decode byte 0x{:02x} in position {position}: ordinal not in range(128)",
                            data[position]
                        ),
                    ));
                }
                data.iter().map(|byte| char::from(*byte)).collect()
            }
            _ => {
                return Err(PythonError::not_supported(format!(
                    "the encoding '{encoding}'"
                )))
            }
        };
        Ok(Some(CallOutcome::Return(self.new_str(text)?)))
    }
}

/// CPython's UnicodeDecodeError for bytes that are not UTF-8.
fn utf8_decode_error(data: &[u8], error: std::str::Utf8Error) -> PythonError {
    let position = error.valid_up_to();
    let byte = data.get(position).copied().unwrap_or(0);
    let reason = match error.error_len() {
        None => "unexpected end of data",
        Some(_) if (0xc2..=0xf4).contains(&byte) => "invalid continuation byte",
        Some(_) => "invalid start byte",
    };
    PythonError::new(
        TypeId::UnicodeDecodeError,
        format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {position}: {reason}"),
    )
}
