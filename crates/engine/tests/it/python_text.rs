//! CPython's conversions between numbers and text, against what `python3` prints.
//!
//! The files in `tests/data/python-text/` are written by `generate.py` with CPython
//! 3.11: one case a line, a JSON array of strings; an outcome is "ok" and the value,
//! or the exception type and its message. Every line is checked, and a failure lists
//! all the lines that differ. Small inline cases follow for what CPython cannot show:
//! the output limit, the parsed spec, the API's edges (in `python_text/examples.rs`).

mod examples;

use std::fs;
use std::path::Path;

use engine::python::text::{
    decimal_digit_count, exceeds_int_max_str_digits, float_repr, format_float, format_int,
    format_str, int_to_decimal_text, parse_float_text, parse_format_spec, parse_int_literal_text,
    python_string_repr, round_float, round_half_even_to_int,
};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Num;

/// The limit the data files are checked with: larger than any result CPython builds there.
const MAX_OUTPUT_LENGTH: usize = 1_000_000;

/// What a conversion gave: `Ok(text)`, or `Err((exception type, message))`.
type Outcome = Result<String, (String, String)>;

fn data_cases(file_name: &str) -> Vec<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/python-text")
        .join(file_name);
    fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap_or_else(|error| panic!("{line}: {error}")))
        .collect()
}

/// The expected outcome from a data line's last two fields.
fn expected_outcome(status: &str, text: &str) -> Outcome {
    match status {
        "ok" => Ok(text.to_owned()),
        exception => Err((exception.to_owned(), text.to_owned())),
    }
}

/// Checks every case of a data file, then reports all the cases that differ.
#[track_caller]
fn check_all(file_name: &str, minimum_cases: usize, run: impl Fn(&[String]) -> (Outcome, Outcome)) {
    let cases = data_cases(file_name);
    assert!(
        cases.len() >= minimum_cases,
        "{file_name}: {} cases",
        cases.len()
    );
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let (got, expected) = run(case);
            (got != expected)
                .then(|| format!("{case:?}\n    got {got:?}\n    expected {expected:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{file_name}: {} of {} cases differ from CPython:\n{}",
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

fn big_int(text: &str) -> BigInt {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, text),
    };
    let magnitude = match digits.strip_prefix("0x") {
        Some(hex) => BigInt::from_str_radix(hex, 16).unwrap(),
        None => BigInt::from_str_radix(digits, 10).unwrap(),
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// An integer as the generator writes it: decimal below 10**100, else hex.
fn int_text(value: &BigInt) -> String {
    if value.magnitude() < &BigUint::from(10u32).pow(100) {
        return value.to_string();
    }
    let hex = format!("0x{}", value.magnitude().to_str_radix(16));
    if value.sign() == Sign::Minus {
        format!("-{hex}")
    } else {
        hex
    }
}

fn float_value(repr: &str) -> f64 {
    repr.parse()
        .unwrap_or_else(|_| panic!("not a float: {repr}"))
}

fn format_outcome(kind: &str, value: &str, spec: &str, max_output_length: usize) -> Outcome {
    let result = parse_format_spec(spec)
        .map_err(|error| error.with_type_name(kind))
        .and_then(|spec| match kind {
            "int" => format_int(&big_int(value), &spec, max_output_length),
            "float" => format_float(float_value(value), &spec, max_output_length),
            _ => format_str(value, &spec, max_output_length),
        });
    result.map_err(|error| (error.python_type().to_owned(), error.cpython_message()))
}

fn round_outcome(value: f64, ndigits: &str) -> Outcome {
    if ndigits == "None" {
        return match round_half_even_to_int(value) {
            Some(rounded) => Ok(int_text(&rounded)),
            None if value.is_nan() => Err((
                "ValueError".to_owned(),
                "cannot convert float NaN to integer".to_owned(),
            )),
            None => Err((
                "OverflowError".to_owned(),
                "cannot convert float infinity to integer".to_owned(),
            )),
        };
    }
    round_float(value, ndigits.parse().unwrap())
        .map(float_repr)
        .map_err(|error| (error.python_type().to_owned(), error.cpython_message()))
}

// ------------------------------------------------------------- the data files

#[test]
fn float_repr_matches_cpython() {
    check_all("float_repr.txt", 300, |case| {
        let bits = u64::from_str_radix(case[0].trim_start_matches("0x"), 16).unwrap();
        (Ok(float_repr(f64::from_bits(bits))), Ok(case[1].clone()))
    });
}

#[test]
fn format_matches_cpython() {
    check_all("format.txt", 300, |case| {
        let got = format_outcome(&case[0], &case[1], &case[2], MAX_OUTPUT_LENGTH);
        (got, expected_outcome(&case[3], &case[4]))
    });
}

#[test]
fn round_matches_cpython() {
    check_all("round.txt", 100, |case| {
        let got = round_outcome(float_value(&case[0]), &case[1]);
        (got, expected_outcome(&case[2], &case[3]))
    });
}

#[test]
fn int_parsing_matches_cpython() {
    check_all("int_parse.txt", 80, |case| {
        let got = parse_int_literal_text(&case[0], case[1].parse().unwrap())
            .map(|value| int_text(&value))
            .map_err(|error| (error.python_type().to_owned(), error.cpython_message()));
        (got, expected_outcome(&case[2], &case[3]))
    });
}

#[test]
fn int_to_decimal_text_matches_cpython() {
    check_all("int_text.txt", 40, |case| {
        let value = big_int(&case[0]);
        assert_eq!(
            decimal_digit_count(&value).to_string(),
            case[1],
            "{}",
            case[0]
        );
        assert_eq!(
            exceeds_int_max_str_digits(&value),
            case[2] != "ok",
            "{}",
            case[0]
        );
        let got = int_to_decimal_text(&value)
            .map_err(|error| (error.python_type().to_owned(), error.cpython_message()));
        (got, expected_outcome(&case[2], &case[3]))
    });
}

#[test]
fn float_parsing_matches_cpython() {
    check_all("float_parse.txt", 40, |case| {
        let got = parse_float_text(&case[0])
            .map(float_repr)
            .map_err(|error| (error.python_type().to_owned(), error.cpython_message()));
        (got, expected_outcome(&case[1], &case[2]))
    });
}

#[test]
fn str_repr_matches_cpython() {
    check_all("str_repr.txt", 60, |case| {
        (Ok(python_string_repr(&case[0])), Ok(case[1].clone()))
    });
}
