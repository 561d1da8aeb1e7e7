//! Number literals and their errors.

use super::check;
use expect_test::expect;

#[test]
fn integers_keep_their_digits_and_radix() {
    check(
        "1_000 0x_1F 0o17 0B101 00 0_0 123456789012345678901234567890\n",
        expect![[r#"
        0..5 Int 1000
        6..11 Int 1F radix=16
        12..16 Int 17 radix=8
        17..22 Int 101 radix=2
        23..25 Int 00
        26..29 Int 00
        30..60 Int 123456789012345678901234567890
        60..60 Newline
        61..61 EndOfFile
    "#]],
    );
}

#[test]
fn floats() {
    check(
        "1. .5 1e10 1.5E-3 1_000.5e-3 09.5 00.5 1.e5 1e400\n",
        expect![[r#"
        0..2 Float 1.0
        3..5 Float 0.5
        6..10 Float 10000000000.0
        11..17 Float 0.0015
        18..28 Float 1.0005
        29..33 Float 9.5
        34..38 Float 0.5
        39..43 Float 100000.0
        44..49 Float inf
        49..49 Newline
        50..50 EndOfFile
    "#]],
    );
}

#[test]
fn imaginary_numbers() {
    check(
        "2j 1.5J 1e3j 09j\n",
        expect![[r#"
        0..2 Imaginary 2.0j
        3..7 Imaginary 1.5j
        8..12 Imaginary 1000.0j
        13..16 Imaginary 9.0j
        16..16 Newline
        17..17 EndOfFile
    "#]],
    );
}

#[test]
fn a_keyword_may_follow_a_number() {
    check(
        "1if x else 0x1for 1or 2\n",
        expect![[r#"
        0..1 Int 1
        1..3 Keyword if
        4..5 Name x
        6..10 Keyword else
        11..15 Int 1f radix=16
        15..17 Keyword or
        18..19 Int 1
        19..21 Keyword or
        22..23 Int 2
        23..23 Newline
        24..24 EndOfFile
    "#]],
    );
}

#[test]
fn else_after_a_number_is_not_an_exponent() {
    check(
        "1else\n",
        expect![[r#"
        0..1 Int 1
        1..5 Keyword else
        5..5 Newline
        6..6 EndOfFile
    "#]],
    );
}

#[test]
fn a_number_then_a_letter() {
    check(
        "a = 1abc\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:5 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn a_keyword_glued_to_more_letters_after_a_number() {
    check(
        "x = 1elsex\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn a_trailing_underscore() {
    check(
        "a = 1_\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:6 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn a_double_underscore() {
    check(
        "a = 1__0\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:6 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn an_exponent_without_digits() {
    check(
        "a = 1e+\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:7 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn a_method_call_on_an_int_literal() {
    check(
        "a = 1.__class__\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:6 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn leading_zeros() {
    check(
        "a = 012\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:5 SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
        explanation python-lexer-leading-zeros
    "#]],
    );
}

#[test]
fn leading_zeros_with_an_underscore() {
    check(
        "a = 0_7\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:5 SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
        explanation python-lexer-leading-zeros
    "#]],
    );
}

#[test]
fn a_hexadecimal_prefix_without_digits() {
    check(
        "a = 0x\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:6 SyntaxError: invalid hexadecimal literal
        explanation python-lexer-invalid-hexadecimal
    "#]],
    );
}

#[test]
fn a_bad_hexadecimal_digit() {
    check(
        "a = 0xfz\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:7 SyntaxError: invalid hexadecimal literal
        explanation python-lexer-invalid-hexadecimal
    "#]],
    );
}

#[test]
fn an_octal_digit_too_big() {
    check(
        "a = 0o78\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:8 SyntaxError: invalid digit '8' in octal literal
        explanation python-lexer-invalid-octal-digit digit="8"
    "#]],
    );
}

#[test]
fn an_octal_prefix_then_a_letter() {
    check(
        "a = 0ox\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:6 SyntaxError: invalid octal literal
        explanation python-lexer-invalid-octal
    "#]],
    );
}

#[test]
fn a_binary_digit_too_big() {
    check(
        "a = 0b102\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:9 SyntaxError: invalid digit '2' in binary literal
        explanation python-lexer-invalid-binary-digit digit="2"
    "#]],
    );
}

#[test]
fn a_binary_literal_with_a_trailing_underscore() {
    check(
        "a = 0b1_\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:8 SyntaxError: invalid binary literal
        explanation python-lexer-invalid-binary
    "#]],
    );
}

#[test]
fn letters_after_an_imaginary_number() {
    check(
        "a = 2jx\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        error 1:6 SyntaxError: invalid imaginary literal
        explanation python-lexer-invalid-imaginary
    "#]],
    );
}

#[test]
fn a_non_ascii_letter_after_a_number_is_a_name() {
    check(
        "a = 1ф\n",
        expect![[r#"
        0..1 Name a
        2..3 Op =
        4..5 Int 1
        5..7 Name ф
        7..7 Newline
        8..8 EndOfFile
    "#]],
    );
}
