//! Python's `str` methods against what CPython 3.11 returns.
//!
//! `tests/data/python-strings/cases.txt` is written by `generate.py` there: one case
//! a line, `[method, receiver, arguments, status, value]`, where `status` is "ok"
//! or the exception type and `value` the result or the message. Every line is
//! checked, and a failure lists the lines that differ. `case_mappings.txt` holds
//! the six case methods of every code point CPython changes; every other code
//! point must be left alone. Inline cases follow for what CPython cannot show:
//! the length limit.

use std::fs;
use std::path::Path;

use engine::python::builtins::strings::{self as str_methods, StrMethodError};
use serde_json::{json, Value};

/// The limit the data file is checked with: larger than any result there.
const MAX_LENGTH: usize = 1_000_000;

/// What a method gave: a JSON value, or `(exception type, message)`.
type Outcome = Result<Value, (String, String)>;

fn data_cases() -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/python-strings/cases.txt");
    fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap_or_else(|error| panic!("{line}: {error}")))
        .collect()
}

/// The arguments of a case, read as the engine's functions take them.
struct Arguments<'case>(&'case [Value]);

impl<'case> Arguments<'case> {
    fn text(&self, idx: usize) -> Option<&'case str> {
        self.0.get(idx).and_then(Value::as_str)
    }

    fn int(&self, idx: usize) -> Option<i64> {
        self.0.get(idx).and_then(Value::as_i64)
    }

    fn texts(&self, idx: usize) -> Vec<&'case str> {
        match self.0.get(idx) {
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(text)) => vec![text.as_str()],
            _ => Vec::new(),
        }
    }

    fn bool(&self, idx: usize) -> bool {
        self.0.get(idx).and_then(Value::as_bool).unwrap_or(false)
    }
}

fn error_outcome(error: StrMethodError) -> (String, String) {
    (
        error.python_type().to_owned(),
        error.cpython_message().to_owned(),
    )
}

fn triple((before, separator, after): (String, String, String)) -> Value {
    json!([before, separator, after])
}

fn found(position: Option<usize>) -> Value {
    position.map_or(json!(-1), |position| json!(position))
}

/// Runs one case through the engine.
fn run(method: &str, receiver: &str, arguments: &Arguments) -> Outcome {
    use str_methods as s;
    let text = |idx| arguments.text(idx);
    let int = |idx| arguments.int(idx);
    let value = match method {
        "upper" => json!(s::upper(receiver)),
        "lower" => json!(s::lower(receiver)),
        "casefold" => json!(s::casefold(receiver)),
        "capitalize" => json!(s::capitalize(receiver)),
        "title" => json!(s::title(receiver)),
        "swapcase" => json!(s::swapcase(receiver)),
        "isdigit" => json!(s::isdigit(receiver)),
        "isdecimal" => json!(s::isdecimal(receiver)),
        "isnumeric" => json!(s::isnumeric(receiver)),
        "isalpha" => json!(s::isalpha(receiver)),
        "isalnum" => json!(s::isalnum(receiver)),
        "isspace" => json!(s::isspace(receiver)),
        "isupper" => json!(s::isupper(receiver)),
        "islower" => json!(s::islower(receiver)),
        "istitle" => json!(s::istitle(receiver)),
        "isidentifier" => json!(s::isidentifier(receiver)),
        "isascii" => json!(s::isascii(receiver)),
        "isprintable" => json!(s::isprintable(receiver)),
        "split" => json!(texts(
            s::split(receiver, text(0), int(1).unwrap_or(-1)).map_err(error_outcome)?
        )),
        "rsplit" => json!(texts(
            s::rsplit(receiver, text(0), int(1).unwrap_or(-1)).map_err(error_outcome)?
        )),
        "splitlines" => json!(s::splitlines(receiver, arguments.bool(0))),
        "join" => json!(s::join(receiver, &arguments.texts(0))),
        "strip" => json!(s::strip(receiver, text(0))),
        "lstrip" => json!(s::lstrip(receiver, text(0))),
        "rstrip" => json!(s::rstrip(receiver, text(0))),
        "replace" => json!(s::replace(
            receiver,
            text(0).unwrap_or_default(),
            text(1).unwrap_or_default(),
            int(2).unwrap_or(-1)
        )),
        "find" => found(s::find(
            receiver,
            text(0).unwrap_or_default(),
            int(1),
            int(2),
        )),
        "rfind" => found(s::rfind(
            receiver,
            text(0).unwrap_or_default(),
            int(1),
            int(2),
        )),
        "index" => json!(
            s::index(receiver, text(0).unwrap_or_default(), int(1), int(2))
                .map_err(error_outcome)?
        ),
        "rindex" => json!(
            s::rindex(receiver, text(0).unwrap_or_default(), int(1), int(2))
                .map_err(error_outcome)?
        ),
        "count" => json!(s::count(
            receiver,
            text(0).unwrap_or_default(),
            int(1),
            int(2)
        )),
        "startswith" => json!(s::startswith(receiver, &arguments.texts(0), int(1), int(2))),
        "endswith" => json!(s::endswith(receiver, &arguments.texts(0), int(1), int(2))),
        "center" => json!(
            s::center(receiver, int(0).unwrap_or(0), text(1), MAX_LENGTH).map_err(error_outcome)?
        ),
        "ljust" => {
            json!(s::ljust(receiver, int(0).unwrap_or(0), text(1), MAX_LENGTH)
                .map_err(error_outcome)?)
        }
        "rjust" => {
            json!(s::rjust(receiver, int(0).unwrap_or(0), text(1), MAX_LENGTH)
                .map_err(error_outcome)?)
        }
        "zfill" => {
            json!(s::zfill(receiver, int(0).unwrap_or(0), MAX_LENGTH).map_err(error_outcome)?)
        }
        "expandtabs" => {
            json!(s::expandtabs(receiver, int(0).unwrap_or(8), MAX_LENGTH).map_err(error_outcome)?)
        }
        "partition" => {
            triple(s::partition(receiver, text(0).unwrap_or_default()).map_err(error_outcome)?)
        }
        "rpartition" => {
            triple(s::rpartition(receiver, text(0).unwrap_or_default()).map_err(error_outcome)?)
        }
        "removeprefix" => json!(s::removeprefix(receiver, text(0).unwrap_or_default())),
        "removesuffix" => json!(s::removesuffix(receiver, text(0).unwrap_or_default())),
        "repeat" => {
            json!(s::repeat(receiver, int(0).unwrap_or(0), MAX_LENGTH).map_err(error_outcome)?)
        }
        "getitem" => {
            json!(s::get_item(receiver, int(0).unwrap_or(0)).map_err(error_outcome)?)
        }
        "slice" => json!(s::slice(receiver, int(0), int(1), int(2)).map_err(error_outcome)?),
        other => panic!("no method {other} in the test runner"),
    };
    Ok(value)
}

#[test]
fn every_case_matches_cpython() {
    let cases = data_cases();
    assert!(cases.len() >= 3000, "{} cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let method = case[0].as_str().unwrap();
            let receiver = case[1].as_str().unwrap();
            let arguments = case[2].as_array().unwrap();
            let expected: Outcome = match case[3].as_str().unwrap() {
                "ok" => Ok(case[4].clone()),
                exception => Err((exception.to_owned(), case[4].as_str().unwrap().to_owned())),
            };
            let got = run(method, receiver, &Arguments(arguments));
            (got != expected).then(|| format!("{case}\n    got {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from CPython:\n{}",
        failures.len(),
        cases.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The case methods of one character, in the order of `case_mappings.txt`.
fn case_mappings_of(character: &str) -> [String; 6] {
    [
        str_methods::upper(character),
        str_methods::lower(character),
        str_methods::title(character),
        str_methods::casefold(character),
        str_methods::swapcase(character),
        str_methods::capitalize(character),
    ]
}

#[test]
fn every_code_point_changes_case_as_in_cpython() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/python-strings/case_mappings.txt");
    let mut expected_mappings = std::collections::BTreeMap::new();
    for line in fs::read_to_string(&path).unwrap().lines() {
        let fields: Vec<String> = serde_json::from_str(line).unwrap();
        let character = fields[0].chars().next().unwrap();
        expected_mappings.insert(character, fields[1..].to_vec());
    }
    assert!(expected_mappings.len() > 2900);
    let failures: Vec<String> = (0..=0x10FFFF_u32)
        .filter_map(char::from_u32)
        .filter_map(|character| {
            let text = character.to_string();
            let got = case_mappings_of(&text).to_vec();
            let expected = expected_mappings
                .get(&character)
                .cloned()
                .unwrap_or_else(|| vec![text.clone(); 6]);
            (got != expected).then(|| {
                format!(
                    "U+{:04X}: got {got:?}, expected {expected:?}",
                    u32::from(character)
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} code points differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn repetition_beyond_the_limit_is_too_large_before_allocating() {
    let error = str_methods::repeat("x", 10_000_000_000, MAX_LENGTH).unwrap_err();
    assert_eq!(error.python_type(), "MemoryError");
    assert_eq!(
        error,
        StrMethodError::TooLarge {
            requested_length: 10_000_000_000,
            max_length: MAX_LENGTH
        }
    );
    assert_eq!(str_methods::repeat("", i64::MAX, 10).unwrap(), "");
    assert_eq!(str_methods::repeat("әб", 5, 10).unwrap(), "әбәбәбәбәб");
    assert!(str_methods::repeat("әб", 6, 10).is_err());
    assert!(str_methods::repeat("ab", i64::MAX, usize::MAX).is_err());
}

#[test]
fn padding_and_tabs_beyond_the_limit_are_too_large() {
    assert!(str_methods::center("a", 10_000_000_000, None, MAX_LENGTH).is_err());
    assert!(str_methods::ljust("a", i64::MAX, Some("ә"), MAX_LENGTH).is_err());
    assert!(str_methods::rjust("a", 11, None, 10).is_err());
    assert_eq!(
        str_methods::rjust("a", 10, None, 10)
            .unwrap()
            .chars()
            .count(),
        10
    );
    assert!(str_methods::zfill("-1", i64::MAX, MAX_LENGTH).is_err());
    assert!(str_methods::expandtabs("\t\t", i64::MAX, MAX_LENGTH).is_err());
    assert_eq!(
        str_methods::expandtabs("\t", 10, 10).unwrap(),
        " ".repeat(10)
    );
    // A text already wider than `width` is returned even when longer than the limit.
    assert_eq!(str_methods::center("abc", 2, None, 1).unwrap(), "abc");
}

#[test]
fn errors_name_cpython_exceptions() {
    let error = str_methods::split("a", Some(""), -1).unwrap_err();
    assert_eq!(error.to_string(), "ValueError: empty separator");
    let error = str_methods::center("a", 3, Some(""), MAX_LENGTH).unwrap_err();
    assert_eq!(error.python_type(), "TypeError");
}

/// Pieces as plain strings, for the expected JSON.
fn texts(pieces: Vec<compact_str::CompactString>) -> Vec<String> {
    pieces.into_iter().map(String::from).collect()
}
