//! Inline cases of the text conversions: the brief's own examples, and what the data
//! files cannot show (the output limit, the parsed spec, the API's edges). Where
//! CPython has an answer, it was printed by `python3` (CPython 3.11.7).

use engine::python::text::{
    char_decimal_value, char_is_printable, char_is_space, decimal_digit_count, float_repr,
    format_float, format_int, format_str, int_to_decimal_text, parse_format_spec,
    parse_int_literal_text, python_string_repr_prefix, round_float, round_half_even_to_int,
    FormatAlign, FormatGrouping, FormatSign, FormatSpec, FormatSpecError,
};
use num_bigint::BigInt;

use super::MAX_OUTPUT_LENGTH;

/// `format(value, spec)` within a limit, as `"text"` or `"ExceptionType: message"`.
fn formatted(
    format: impl FnOnce(&FormatSpec, usize) -> Result<String, FormatSpecError>,
    spec: &str,
    max_output_length: usize,
    type_name: &str,
) -> String {
    let result = parse_format_spec(spec).and_then(|spec| format(&spec, max_output_length));
    result.unwrap_or_else(|error| {
        let error = error.with_type_name(type_name);
        format!("{}: {}", error.python_type(), error.cpython_message())
    })
}

#[track_caller]
fn check_int(value: i64, spec: &str, expect: &str) {
    let format = |spec: &FormatSpec, max| format_int(&BigInt::from(value), spec, max);
    assert_eq!(formatted(format, spec, MAX_OUTPUT_LENGTH, "int"), expect);
}

#[track_caller]
fn check_float(value: f64, spec: &str, expect: &str) {
    let format = |spec: &FormatSpec, max| format_float(value, spec, max);
    assert_eq!(formatted(format, spec, MAX_OUTPUT_LENGTH, "float"), expect);
}

#[track_caller]
fn check_str(value: &str, spec: &str, expect: &str) {
    let format = |spec: &FormatSpec, max| format_str(value, spec, max);
    assert_eq!(formatted(format, spec, MAX_OUTPUT_LENGTH, "str"), expect);
}

/// Formats a float within a limit of 100 characters.
#[track_caller]
fn check_float_within_100(value: f64, spec: &str, expect: &str) {
    let format = |spec: &FormatSpec, max| format_float(value, spec, max);
    assert_eq!(formatted(format, spec, 100, "float"), expect);
}

#[track_caller]
fn check_spec(spec: &str, expect: FormatSpec) {
    assert_eq!(parse_format_spec(spec), Ok(expect), "{spec:?}");
}

const MEMORY_ERROR: &str = "MemoryError: ";

#[test]
fn float_repr_of_the_brief() {
    assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(float_repr(1e22), "1e+22");
    assert_eq!(float_repr(123456789012345678.0), "1.2345678901234568e+17");
    assert_eq!(float_repr(1e16), "1e+16");
    assert_eq!(float_repr(9.999999999999998e15), "9999999999999998.0");
    assert_eq!(float_repr(1.5e-5), "1.5e-05");
    assert_eq!(float_repr(1e-5), "1e-05");
    assert_eq!(float_repr(-0.0), "-0.0");
    assert_eq!(float_repr(f64::NAN), "nan");
    assert_eq!(float_repr(-f64::INFINITY), "-inf");
    // Exactly halfway between two shortest candidates: CPython's dtoa takes the even one.
    // (Written as sums: both parts and the sums are exact doubles.)
    assert_eq!(float_repr(674472605855072.0 + 0.25), "674472605855072.2");
    assert_eq!(
        float_repr(-15076488683082.0 - 0.3125),
        "-15076488683082.312"
    );
}

#[test]
fn format_examples() {
    check_float(2.675, ".2f", "2.67");
    check_float(0.125, ".2f", "0.12");
    check_float(1.5, "", "1.5");
    check_float(1e16, ".3", "1e+16");
    check_float(-0.0001, "z.1f", "0.0");
    check_float(1234567.891, ",.2f", "1,234,567.89");
    check_float(f64::INFINITY, "010", "0000000inf");
    check_int(1234567, "_", "1_234_567");
    check_int(1234, "010,", "00,001,234");
    check_int(255, "#X", "0XFF");
    check_int(65, "05c", "0000A");
    check_str("Сәлем", "*^9", "**Сәлем**");
    check_str("ab", "05", "ab000");
    check_float(
        1.0,
        "d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    );
    check_int(1, ".", "ValueError: Format specifier missing precision");
    check_int(-1, "c", "OverflowError: %c arg not in range(0x110000)");
    check_str(
        "a",
        "+",
        "ValueError: Sign not allowed in string format specifier",
    );
    check_str(
        "a",
        "#",
        "ValueError: Alternate form (#) not allowed in string format specifier",
    );
    check_str("a", ",", "ValueError: Cannot specify ',' with 's'.");
}

#[test]
fn format_1e300_prints_every_digit() {
    let spec = parse_format_spec(".2f").unwrap();
    let text = format_float(1e300, &spec, MAX_OUTPUT_LENGTH).unwrap();
    assert_eq!(text.len(), 304);
    assert!(text.starts_with("100000000000000005250476025520442024870446858110815915491585"));
    assert!(text.ends_with(".00"));
}

#[test]
fn formats_longer_than_the_limit_are_refused_before_they_are_built() {
    let format_a = |spec: &FormatSpec, max| format_str("a", spec, max);
    assert_eq!(formatted(format_a, "1000000000", 100, "str"), MEMORY_ERROR);
    assert_eq!(
        formatted(format_a, "100", 100, "str"),
        format!("a{}", " ".repeat(99))
    );
    assert_eq!(formatted(format_a, "101", 100, "str"), MEMORY_ERROR);
    // An error CPython raises comes before the limit.
    let sign_error = "ValueError: Sign not allowed in string format specifier";
    assert_eq!(formatted(format_a, "+1000000000", 100, "str"), sign_error);

    let format_minus_five = |spec: &FormatSpec, max| format_int(&BigInt::from(-5), spec, max);
    assert_eq!(
        formatted(format_minus_five, "1000000000", 100, "int"),
        MEMORY_ERROR
    );
    assert_eq!(
        formatted(format_minus_five, "01000000000,", 100, "int"),
        MEMORY_ERROR
    );
    assert_eq!(formatted(format_minus_five, "0100,", 100, "int").len(), 100);
    assert_eq!(
        formatted(format_minus_five, "0101,", 100, "int"),
        MEMORY_ERROR
    );

    check_float_within_100(1.5, ".1000000000f", MEMORY_ERROR);
    check_float_within_100(1.5, ".1000000000e", MEMORY_ERROR);
    check_float_within_100(1.5, "#.1000000000g", MEMORY_ERROR);
    check_float_within_100(1.5, ".1000000000g", "1.5");
    check_float_within_100(1.5, ".1000000000", "1.5");
    check_float_within_100(1.5, ".98f", &format!("1.5{}", "0".repeat(97)));
    check_float_within_100(1.5, ".99f", MEMORY_ERROR);
    check_float_within_100(-1.5, ".97f", &format!("-1.5{}", "0".repeat(96)));
    check_float_within_100(-1.5, ".98f", MEMORY_ERROR);
    check_float_within_100(1e300, ".2f", MEMORY_ERROR);
    check_float_within_100(0.5, ".96%", &format!("50.{}%", "0".repeat(96)));
    check_float_within_100(0.5, ".97%", MEMORY_ERROR);
}

#[test]
fn huge_precisions_cost_only_the_digits_a_double_has() {
    let spec = parse_format_spec(".1074f").unwrap();
    let text = format_float(5e-324, &spec, MAX_OUTPUT_LENGTH).unwrap();
    assert!(text.starts_with("0.000"));
    assert!(text.ends_with("79242767544565229087538682506419718265533447265625"));
    let spec = parse_format_spec(".200000g").unwrap();
    let exact_tenth = "0.1000000000000000055511151231257827021181583404541015625";
    assert_eq!(
        format_float(0.1, &spec, MAX_OUTPUT_LENGTH).unwrap(),
        exact_tenth
    );
    let spec = parse_format_spec(".200000f").unwrap();
    let text = format_float(0.5, &spec, MAX_OUTPUT_LENGTH).unwrap();
    assert_eq!(text.len(), 200_002);
}

#[test]
fn parsed_specs() {
    check_spec("", FormatSpec::default());
    check_spec(
        "*^+z#012_.3f",
        FormatSpec {
            fill: Some('*'),
            align: Some(FormatAlign::Center),
            sign: Some(FormatSign::Always),
            coerce_negative_zero: true,
            alternate_form: true,
            zero_padding: false,
            width: Some(12),
            grouping: Some(FormatGrouping::Underscore),
            precision: Some(3),
            presentation_type: Some('f'),
        },
    );
    check_spec(
        "<05,",
        FormatSpec {
            align: Some(FormatAlign::Left),
            zero_padding: true,
            width: Some(5),
            grouping: Some(FormatGrouping::Comma),
            ..FormatSpec::default()
        },
    );
    check_spec(
        "٣٤.٥",
        FormatSpec {
            width: Some(34),
            precision: Some(5),
            ..FormatSpec::default()
        },
    );
    check_spec(
        "->",
        FormatSpec {
            fill: Some('-'),
            align: Some(FormatAlign::Right),
            ..FormatSpec::default()
        },
    );
    check_spec(
        "-",
        FormatSpec {
            sign: Some(FormatSign::NegativeOnly),
            ..FormatSpec::default()
        },
    );
}

#[test]
fn errors_name_the_type_they_are_given() {
    let error = parse_format_spec("xx").unwrap_err();
    assert_eq!(
        error.with_type_name("bool").cpython_message(),
        "Invalid format specifier 'xx' for object of type 'bool'"
    );
    let spec = parse_format_spec("q").unwrap();
    let error = format_int(&BigInt::from(1), &spec, 10).unwrap_err();
    assert_eq!(
        error.cpython_message(),
        "Unknown format code 'q' for object of type 'int'"
    );
    assert_eq!(
        error.with_type_name("bool").cpython_message(),
        "Unknown format code 'q' for object of type 'bool'"
    );
    let too_large = FormatSpecError::TooLarge {
        max_output_length: 1,
    };
    assert_eq!(too_large.python_type(), "MemoryError");
}

#[test]
fn a_surrogate_character_is_an_error_here() {
    // FIXME: CPython gives a one-character string holding the lone surrogate '\ud800',
    // which a Rust string cannot hold.
    let spec = parse_format_spec("c").unwrap();
    let error = format_int(&BigInt::from(0xD800), &spec, 10).unwrap_err();
    let expected = FormatSpecError::CharacterIsSurrogate { code_point: 0xD800 };
    assert_eq!(error, expected);
    assert_eq!(error.python_type(), "ValueError");
}

#[test]
fn rounding_examples() {
    assert_eq!(round_float(2.675, 2), Ok(2.67));
    let negative_zero = (-0.0f64).to_bits();
    assert_eq!(round_float(-0.5, 0).map(f64::to_bits), Ok(negative_zero));
    assert_eq!(round_float(1.5, i64::MAX), Ok(1.5));
    assert_eq!(
        round_float(-1.5, i64::MIN).map(f64::to_bits),
        Ok(negative_zero)
    );
    let error = round_float(1.7976931348623157e308, -308).unwrap_err();
    assert_eq!(
        error.cpython_message(),
        "rounded value too large to represent"
    );
    assert_eq!(round_half_even_to_int(0.5), Some(BigInt::from(0)));
    assert_eq!(round_half_even_to_int(1.5), Some(BigInt::from(2)));
    assert_eq!(round_half_even_to_int(-2.5), Some(BigInt::from(-2)));
    assert_eq!(round_half_even_to_int(f64::INFINITY), None);
    assert_eq!(round_half_even_to_int(f64::NAN), None);
}

#[test]
fn int_text_examples() {
    assert_eq!(parse_int_literal_text("0x1f", 16), Ok(BigInt::from(31)));
    assert_eq!(parse_int_literal_text(" -١٢ ", 10), Ok(BigInt::from(-12)));
    let error = parse_int_literal_text("abc", 10).unwrap_err();
    assert_eq!(
        error.cpython_message(),
        "invalid literal for int() with base 10: 'abc'"
    );
    let error = parse_int_literal_text(&"1".repeat(5000), 10).unwrap_err();
    assert_eq!(
        error.cpython_message(),
        "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 \
         digits; use sys.set_int_max_str_digits() to increase the limit"
    );
    assert_eq!(decimal_digit_count(&BigInt::from(0)), 1);
    assert_eq!(decimal_digit_count(&BigInt::from(-999)), 3);
    assert_eq!(decimal_digit_count(&BigInt::from(10).pow(300)), 301);
    assert_eq!(decimal_digit_count(&(BigInt::from(10).pow(300) - 1)), 300);
    assert_eq!(
        int_to_decimal_text(&BigInt::from(-42)).as_deref(),
        Ok("-42")
    );
}

#[test]
fn repr_prefix_cuts_like_cpython_percent_200r() {
    assert_eq!(python_string_repr_prefix("abc", 200), "'abc'");
    assert_eq!(python_string_repr_prefix("abc", 3), "'ab");
    assert_eq!(python_string_repr_prefix("a\nb", 3), "'a\\");
    assert_eq!(python_string_repr_prefix("", 0), "");
}

#[test]
fn character_properties() {
    for printable in ['Ә', 'ё', '😀', ' ', '~'] {
        assert!(char_is_printable(printable), "{printable:?}");
    }
    for not_printable in [
        '\u{200b}', '\u{a0}', '\n', '\u{2028}', '\u{e000}', '\u{378}',
    ] {
        assert!(!char_is_printable(not_printable), "{not_printable:?}");
    }
    assert!(char_is_space('\u{3000}') && char_is_space('\u{1c}') && char_is_space('\u{85}'));
    assert!(!char_is_space('\u{200b}') && !char_is_space('a'));
    assert_eq!(char_decimal_value('٣'), Some(3));
    assert_eq!(char_decimal_value('𝟗'), Some(9));
    assert_eq!(char_decimal_value('²'), None);
    assert_eq!(char_decimal_value('a'), None);
}
