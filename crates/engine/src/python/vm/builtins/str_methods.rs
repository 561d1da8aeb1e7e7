//! The methods of `str`, wrapping the pure functions of
//! [`crate::python::builtins::strings`] with argument checks and CPython's errors.

use super::super::super::builtins::strings as text_methods;
use super::super::call::{Arguments, CallOutcome};
use super::super::error::{Explanation, PythonError, PythonResult};
use super::super::machine::Vm;
use super::super::object::{Object, StrObject};
use super::super::types::TypeId;
use super::super::value::Value;
use super::arguments::{argument_count_error, str_method_error};
use super::str_format::FormatArguments;
use super::BuiltinFunction;
use compact_str::CompactString;

/// Checks a method's argument count (the receiver excluded) and keywords;
/// CPython names fixed-arity methods `str.upper`, the others by bare name.
pub(super) fn method_arguments(
    type_name: &str,
    method: &str,
    arguments: &Arguments,
    minimum: usize,
    maximum: usize,
    allowed_keywords: &[&str],
) -> PythonResult<Vec<Option<Value>>> {
    let given = arguments.positional.len().saturating_sub(1);
    // The name errors give, made only for an error.
    let name = || {
        if minimum == maximum && maximum <= 1 {
            format!("{type_name}.{method}")
        } else {
            method.to_owned()
        }
    };
    if given > maximum || (given < minimum && arguments.keywords.is_empty()) {
        return Err(argument_count_error(&name(), minimum, maximum, given));
    }
    let mut values: Vec<Option<Value>> = arguments
        .positional
        .iter()
        .skip(1)
        .map(|value| Some(*value))
        .collect();
    values.resize(maximum.max(allowed_keywords.len()), None);
    for (keyword, value) in &arguments.keywords {
        match allowed_keywords
            .iter()
            .position(|allowed| allowed == keyword)
        {
            Some(index) if values[index].is_none() => values[index] = Some(*value),
            Some(_) => {
                return Err(PythonError::type_error(format!(
                    "argument for {method}() given by name ('{keyword}') and position"
                )))
            }
            None if allowed_keywords.is_empty() => {
                return Err(PythonError::type_error(format!(
                    "{}() takes no keyword arguments",
                    name()
                )))
            }
            None => {
                return Err(PythonError::type_error(format!(
                    "{method}() got an unexpected keyword argument '{keyword}'"
                )))
            }
        }
    }
    if values.iter().take(minimum).any(Option::is_none) {
        return Err(argument_count_error(&name(), minimum, maximum, given));
    }
    Ok(values)
}

impl Vm {
    /// The longest str a method may build: what the heap has left.
    pub(super) fn max_str_length(&self) -> usize {
        self.heap
            .byte_limit()
            .saturating_sub(self.heap.bytes_used())
    }

    /// An optional str argument (`None` allowed), for `strip(chars)` and `split(sep)`.
    fn optional_str(
        &self,
        value: Option<Value>,
        message: impl FnOnce(&str) -> String,
    ) -> PythonResult<Option<String>> {
        match value {
            None | Some(Value::None) => Ok(None),
            Some(value) => self.str_argument(value, message).map(Some),
        }
    }

    /// A slice index argument of `find`, `count`...: an int or None.
    fn slice_index(&self, value: Option<Value>) -> PythonResult<Option<i64>> {
        match value {
            None | Some(Value::None) => Ok(None),
            Some(value) => match self.int_of(value) {
                Some(int) => Ok(Some(int.to_i64().unwrap_or(if int.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }))),
                None => Err(PythonError::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    }

    /// A list of new strs: the pieces of `whole`, whose ASCII text gives
    /// ASCII pieces, their lengths their character counts (no scan of each).
    fn str_list(
        &mut self,
        whole: &str,
        parts: Vec<impl Into<CompactString>>,
    ) -> PythonResult<Value> {
        let all_ascii = whole.is_ascii();
        let mut values = Vec::with_capacity(parts.len());
        for part in parts {
            let object = match all_ascii {
                true => StrObject::ascii(part),
                false => StrObject::new(part),
            };
            values.push(Value::Object(object.allocate(&mut self.heap)?));
        }
        self.new_list(values)
    }

    /// Calls a `str` method; `None` when `function` is not one.
    pub(super) fn call_str_method(
        &mut self,
        function: BuiltinFunction,
        arguments: &Arguments,
    ) -> PythonResult<Option<CallOutcome>> {
        use text_methods as t;
        use BuiltinFunction as B;
        let method = function.name();
        if function == B::StrEncode {
            let receiver = self.receiver(TypeId::Str, method, arguments)?;
            let text = self.str_text(receiver).unwrap_or_default().to_owned();
            let encoding = self.encoding_argument("encode", arguments)?;
            self.charge(text.len() as u64 / 32 + 1)?;
            let bytes = self.str_encode(&text, encoding.as_deref())?;
            return Ok(Some(CallOutcome::Return(bytes)));
        }
        let is_str_method = matches!(
            function,
            B::StrUpper
                | B::StrLower
                | B::StrCapitalize
                | B::StrTitle
                | B::StrSwapcase
                | B::StrCasefold
                | B::StrStrip
                | B::StrLstrip
                | B::StrRstrip
                | B::StrSplit
                | B::StrRsplit
                | B::StrSplitlines
                | B::StrJoin
                | B::StrReplace
                | B::StrFind
                | B::StrRfind
                | B::StrIndex
                | B::StrRindex
                | B::StrCount
                | B::StrStartswith
                | B::StrEndswith
                | B::StrIsdigit
                | B::StrIsalpha
                | B::StrIsalnum
                | B::StrIsspace
                | B::StrIsupper
                | B::StrIslower
                | B::StrIstitle
                | B::StrIsdecimal
                | B::StrIsnumeric
                | B::StrIsidentifier
                | B::StrIsascii
                | B::StrIsprintable
                | B::StrCenter
                | B::StrLjust
                | B::StrRjust
                | B::StrZfill
                | B::StrPartition
                | B::StrRpartition
                | B::StrRemoveprefix
                | B::StrRemovesuffix
                | B::StrFormat
                | B::StrExpandtabs
                | B::StrEncode
        );
        if !is_str_method {
            return Ok(None);
        }
        let receiver = self.receiver(TypeId::Str, method, arguments)?;
        let text = self.str_text(receiver).unwrap_or_default().to_owned();
        self.charge(text.len() as u64 / 32 + 1)?;
        let max_length = self.max_str_length();
        let must_be_str = |what: &'static str| {
            move |type_name: &str| format!("{what} must be str, not {type_name}")
        };
        let value = match function {
            B::StrUpper
            | B::StrLower
            | B::StrCapitalize
            | B::StrTitle
            | B::StrSwapcase
            | B::StrCasefold => {
                method_arguments("str", method, arguments, 0, 0, &[])?;
                let changed = changed_case(function, &text).unwrap_or_default();
                self.heap.reserve(changed.len())?;
                self.new_str(changed)?
            }
            B::StrIsdigit
            | B::StrIsalpha
            | B::StrIsalnum
            | B::StrIsspace
            | B::StrIsupper
            | B::StrIslower
            | B::StrIstitle
            | B::StrIsdecimal
            | B::StrIsnumeric
            | B::StrIsidentifier
            | B::StrIsascii
            | B::StrIsprintable => {
                method_arguments("str", method, arguments, 0, 0, &[])?;
                Value::Bool(character_class(function, &text).unwrap_or(false))
            }
            B::StrStrip | B::StrLstrip | B::StrRstrip => {
                let values = method_arguments("str", method, arguments, 0, 1, &[])?;
                let chars = self.optional_str(values[0], must_be_str("strip arg"))?;
                let chars = chars.as_deref();
                let stripped = match function {
                    B::StrStrip => t::strip(&text, chars),
                    B::StrLstrip => t::lstrip(&text, chars),
                    _ => t::rstrip(&text, chars),
                };
                self.new_str(stripped)?
            }
            B::StrSplit | B::StrRsplit => {
                let values =
                    method_arguments("str", method, arguments, 0, 2, &["sep", "maxsplit"])?;
                let separator = self.optional_str(values[0], must_be_str("sep"))?;
                let max_split = match values[1] {
                    None => -1,
                    Some(value) => self.index_argument(value)?,
                };
                let parts = if function == B::StrSplit {
                    t::split(&text, separator.as_deref(), max_split)
                } else {
                    t::rsplit(&text, separator.as_deref(), max_split)
                }
                .map_err(str_method_error)?;
                self.heap.reserve(parts.len() * 48 + text.len())?;
                self.str_list(&text, parts)?
            }
            B::StrSplitlines => {
                let values = method_arguments("str", method, arguments, 0, 1, &["keepends"])?;
                let keep_ends = values[0].is_some_and(|value| self.is_truthy(value));
                let parts = t::splitlines(&text, keep_ends);
                self.str_list(&text, parts)?
            }
            B::StrJoin => return self.str_join(&text, arguments).map(Some),
            B::StrReplace => {
                let values = method_arguments("str", method, arguments, 2, 3, &[])?;
                let old = self.str_argument(values[0].unwrap_or(Value::None), |type_name| {
                    format!("replace() argument 1 must be str, not {type_name}")
                })?;
                let new = self.str_argument(values[1].unwrap_or(Value::None), |type_name| {
                    format!("replace() argument 2 must be str, not {type_name}")
                })?;
                let count = match values[2] {
                    None => -1,
                    Some(value) => self.index_argument(value)?,
                };
                let estimate = if new.len() > old.len() {
                    text.len()
                        .saturating_add(text.len().saturating_add(1).saturating_mul(new.len()))
                } else {
                    text.len()
                };
                if estimate > max_length {
                    let occurrences = t::count(&text, &old, None, None);
                    let actual = text.len()
                        + occurrences.saturating_mul(new.len().saturating_sub(old.len()));
                    self.heap.reserve(actual)?;
                }
                self.charge(estimate.min(max_length) as u64 / 32)?;
                self.new_str(t::replace(&text, &old, &new, count))?
            }
            B::StrFind | B::StrRfind | B::StrIndex | B::StrRindex | B::StrCount => {
                let values = method_arguments("str", method, arguments, 1, 3, &[])?;
                let sub = self.str_argument(values[0].unwrap_or(Value::None), |type_name| {
                    format!("must be str, not {type_name}")
                })?;
                let start = self.slice_index(values[1])?;
                let end = self.slice_index(values[2])?;
                self.charge(
                    (text.len() as u64).saturating_mul(sub.len().max(1) as u64 / 8 + 1) / 32,
                )?;
                let position = match function {
                    B::StrFind => t::find(&text, &sub, start, end).map_or(-1, |index| index as i64),
                    B::StrRfind => {
                        t::rfind(&text, &sub, start, end).map_or(-1, |index| index as i64)
                    }
                    B::StrIndex => {
                        t::index(&text, &sub, start, end).map_err(str_method_error)? as i64
                    }
                    B::StrRindex => {
                        t::rindex(&text, &sub, start, end).map_err(str_method_error)? as i64
                    }
                    _ => t::count(&text, &sub, start, end) as i64,
                };
                Value::Int(position)
            }
            B::StrStartswith | B::StrEndswith => {
                let values = method_arguments("str", method, arguments, 1, 3, &[])?;
                let affixes_value = values[0].unwrap_or(Value::None);
                let affixes: Vec<String> = if let Some(affix) = self.str_text(affixes_value) {
                    vec![affix.to_owned()]
                } else if let (TypeId::Tuple, Some(items)) = (
                    self.type_of(affixes_value),
                    self.sequence_items(affixes_value),
                ) {
                    let mut affixes = Vec::with_capacity(items.len());
                    for item in items {
                        affixes.push(self.str_argument(item, |type_name| {
                            format!("tuple for {method} must only contain str, not {type_name}")
                        })?);
                    }
                    affixes
                } else {
                    return Err(PythonError::type_error(format!(
                        "{method} first arg must be str or a tuple of str, not {}",
                        self.type_name(affixes_value)
                    )));
                };
                let start = self.slice_index(values[1])?;
                let end = self.slice_index(values[2])?;
                let affixes: Vec<&str> = affixes.iter().map(String::as_str).collect();
                Value::Bool(if function == B::StrStartswith {
                    t::startswith(&text, &affixes, start, end)
                } else {
                    t::endswith(&text, &affixes, start, end)
                })
            }
            B::StrCenter | B::StrLjust | B::StrRjust => {
                let values = method_arguments("str", method, arguments, 1, 2, &[])?;
                let width = self.index_argument(values[0].unwrap_or(Value::None))?;
                let fill = match values[1] {
                    None => None,
                    Some(fill) => Some(self.str_argument(fill, |type_name| {
                        format!("{method}() argument 2 must be str, not {type_name}")
                    })?),
                };
                let fill = fill.as_deref();
                let result = match function {
                    B::StrCenter => t::center(&text, width, fill, max_length),
                    B::StrLjust => t::ljust(&text, width, fill, max_length),
                    _ => t::rjust(&text, width, fill, max_length),
                }
                .map_err(str_method_error)?;
                self.charge(result.len() as u64 / 32)?;
                self.new_str(result)?
            }
            B::StrZfill => {
                let values = method_arguments("str", method, arguments, 1, 1, &[])?;
                let width = self.index_argument(values[0].unwrap_or(Value::None))?;
                let result = t::zfill(&text, width, max_length).map_err(str_method_error)?;
                self.charge(result.len() as u64 / 32)?;
                self.new_str(result)?
            }
            B::StrExpandtabs => {
                let values = method_arguments("str", method, arguments, 0, 1, &["tabsize"])?;
                let size = match values[0] {
                    None => 8,
                    Some(value) => self.index_argument(value)?,
                };
                let result = t::expandtabs(&text, size, max_length).map_err(str_method_error)?;
                self.charge(result.len() as u64 / 32)?;
                self.new_str(result)?
            }
            B::StrPartition | B::StrRpartition => {
                let values = method_arguments("str", method, arguments, 1, 1, &[])?;
                let separator = self
                    .str_argument(values[0].unwrap_or(Value::None), |type_name| {
                        format!("must be str, not {type_name}")
                    })?;
                let (before, middle, after) = if function == B::StrPartition {
                    t::partition(&text, &separator)
                } else {
                    t::rpartition(&text, &separator)
                }
                .map_err(str_method_error)?;
                let parts = vec![
                    self.new_str(before)?,
                    self.new_str(middle)?,
                    self.new_str(after)?,
                ];
                self.new_tuple(parts)?
            }
            B::StrRemoveprefix | B::StrRemovesuffix => {
                let values = method_arguments("str", method, arguments, 1, 1, &[])?;
                let affix = self.str_argument(values[0].unwrap_or(Value::None), |type_name| {
                    format!("{method}() argument must be str, not {type_name}")
                })?;
                let result = if function == B::StrRemoveprefix {
                    t::removeprefix(&text, &affix)
                } else {
                    t::removesuffix(&text, &affix)
                };
                self.new_str(result)?
            }
            B::StrFormat => {
                let format_arguments = FormatArguments {
                    positional: &arguments.positional[1..],
                    keywords: &arguments.keywords,
                };
                let result = self.str_format(&text, &format_arguments)?;
                self.new_str(result)?
            }
            _ => return Err(PythonError::not_supported(format!("str.{method}()"))),
        };
        Ok(Some(CallOutcome::Return(value)))
    }

    /// `separator.join(iterable)`.
    fn str_join(&mut self, separator: &str, arguments: &Arguments) -> PythonResult<CallOutcome> {
        method_arguments("str", "join", arguments, 1, 1, &[])?;
        let iterable = arguments.positional[1];
        if !self.is_natively_iterable(iterable) {
            return Ok(CallOutcome::Materialize {
                function: BuiltinFunction::StrJoin,
                arguments: arguments.clone(),
                argument_index: 1,
            });
        }
        let items = self.collect_items(iterable).map_err(|error| {
            if error.type_id == TypeId::TypeError {
                PythonError::type_error("can only join an iterable")
            } else {
                error
            }
        })?;
        // One pass gathers the parts' texts, their length and their
        // characters (so the joined text is not read again to count its own).
        // `total` counts a separator after every part, one more than the
        // joined text holds: the work and the budget's check keep that margin.
        let separator_count = items.len().saturating_sub(1);
        let mut total = separator.len().saturating_mul(items.len());
        let mut char_count = separator.chars().count().saturating_mul(separator_count);
        let mut parts = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let Some(Object::Str(part)) = item.object().and_then(|item| self.heap.get(item)) else {
                let type_name = self.type_name(*item);
                return Err(PythonError::type_error(format!(
                    "sequence item {index}: expected str instance, {type_name} found"
                ))
                .explained(
                    Explanation::new("python-builtins-join-not-str")
                        .with("index", index.to_string())
                        .with("type", type_name),
                ));
            };
            parts.push(part.text.as_str());
            total = total.saturating_add(part.text.len());
            char_count += part.char_count;
        }
        // `charge`'s check, done here because the parts still borrow the heap.
        let work_done = self
            .work_done
            .saturating_add(total as u64 / 32 + items.len() as u64);
        if work_done > self.limits.work {
            return Err(PythonError::work_limit());
        }
        self.heap.reserve(total)?;
        // The standard library's join copies a short separator without a
        // call per part.
        let result = parts.join(separator);
        self.work_done = work_done;
        let joined = StrObject::with_char_count(result, char_count).allocate(&mut self.heap)?;
        Ok(CallOutcome::Return(Value::Object(joined)))
    }
}

/// The text of `str.upper()`, `lower()`, `capitalize()`, `title()`,
/// `swapcase()` or `casefold()` (which `function` names) of `text`; `None`
/// for another function.
pub(crate) fn changed_case(function: BuiltinFunction, text: &str) -> Option<CompactString> {
    use BuiltinFunction as B;
    // ASCII text changes case byte by byte, inside the new str when short.
    let ascii_change: fn(&mut str) = match function {
        B::StrUpper if text.is_ascii() => str::make_ascii_uppercase,
        B::StrLower | B::StrCasefold if text.is_ascii() => str::make_ascii_lowercase,
        _ => return changed_case_of_any(function, text).map(CompactString::from),
    };
    let mut changed = CompactString::from(text);
    ascii_change(&mut changed);
    Some(changed)
}

/// [`changed_case`] of any text.
fn changed_case_of_any(function: BuiltinFunction, text: &str) -> Option<String> {
    use text_methods as t;
    use BuiltinFunction as B;
    Some(match function {
        B::StrUpper => t::upper(text),
        B::StrLower => t::lower(text),
        B::StrCapitalize => t::capitalize(text),
        B::StrTitle => t::title(text),
        B::StrSwapcase => t::swapcase(text),
        B::StrCasefold => t::casefold(text),
        _ => return None,
    })
}

/// The answer of `str.isdigit()`, `isalpha()` and the other character
/// class tests (which `function` names) for `text`; `None` for another
/// function.
pub(crate) fn character_class(function: BuiltinFunction, text: &str) -> Option<bool> {
    use text_methods as t;
    use BuiltinFunction as B;
    Some(match function {
        B::StrIsdigit => t::isdigit(text),
        B::StrIsalpha => t::isalpha(text),
        B::StrIsalnum => t::isalnum(text),
        B::StrIsspace => t::isspace(text),
        B::StrIsupper => t::isupper(text),
        B::StrIslower => t::islower(text),
        B::StrIstitle => t::istitle(text),
        B::StrIsdecimal => t::isdecimal(text),
        B::StrIsnumeric => t::isnumeric(text),
        B::StrIsidentifier => t::isidentifier(text),
        B::StrIsascii => t::isascii(text),
        B::StrIsprintable => t::isprintable(text),
        _ => return None,
    })
}
