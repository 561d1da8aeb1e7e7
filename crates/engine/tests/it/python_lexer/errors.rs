//! Brackets, characters and signs Python does not know, and lines joined by `\`.

use super::check;
use engine::python::syntax::lexer::lex;
use expect_test::expect;

#[test]
fn an_unmatched_closing_bracket() {
    check(
        "x = (1))\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Op (
        5..6 Int 1
        6..7 Op )
        error 1:8 SyntaxError: unmatched ')'
        explanation python-lexer-unmatched-closing-bracket closing=")"
    "#]],
    );
}

#[test]
fn mismatched_brackets_on_one_line() {
    check(
        "x = [(])\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Op [
        5..6 Op (
        error 1:7 SyntaxError: closing parenthesis ']' does not match opening parenthesis '('
        explanation python-lexer-mismatched-brackets closing="]" opening="(" expected=")"
    "#]],
    );
}

#[test]
fn mismatched_brackets_on_two_lines() {
    check(
        "x = (\n\n]\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Op (
        error 3:1 SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1
        explanation python-lexer-mismatched-brackets-on-line closing="]" opening="(" expected=")" line="1"
    "#]],
    );
}

#[test]
fn a_bracket_never_closed() {
    check(
        "print('a',\n      'b'\n",
        expect![[r#"
        0..5 Name print
        5..6 Op (
        6..9 String "a"
        9..10 Op ,
        17..20 String "b"
        error 1:6 SyntaxError: '(' was never closed
        explanation python-lexer-unclosed-bracket opening="(" closing=")"
    "#]],
    );
}

#[test]
fn the_innermost_unclosed_bracket_is_reported() {
    check(
        "x = [(\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Op [
        5..6 Op (
        error 1:6 SyntaxError: '(' was never closed
        explanation python-lexer-unclosed-bracket opening="(" closing=")"
    "#]],
    );
}

#[test]
fn two_hundred_brackets_are_allowed() {
    let source = format!("{}{}\n", "(".repeat(200), ")".repeat(200));
    assert!(lex(&source).error.is_none());
}

#[test]
fn three_hundred_brackets_are_too_many() {
    let lexed = lex(&"(".repeat(300));
    assert_eq!(lexed.tokens.len(), 200);
    let error = lexed.error.unwrap();
    expect![[r#"
        (
            "too many nested parentheses",
            Span {
                start: 200,
                end: 201,
            },
        )
    "#]]
    .assert_debug_eq(&(error.kind.cpython_message(), error.span));
}

#[test]
fn a_typographic_quote() {
    check(
        "print(“hi”)\n",
        expect![[r#"
        0..5 Name print
        5..6 Op (
        error 1:7 SyntaxError: invalid character '“' (U+201C)
        explanation python-lexer-look-alike-character character="“" code="U+201C" replacement="\""
    "#]],
    );
}

#[test]
fn a_dash_instead_of_a_minus() {
    check(
        "x = 5 – 2\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 5
        error 1:7 SyntaxError: invalid character '–' (U+2013)
        explanation python-lexer-look-alike-character character="–" code="U+2013" replacement="-"
    "#]],
    );
}

#[test]
fn a_multiplication_sign() {
    check(
        "x = 5 × 2\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 5
        error 1:7 SyntaxError: invalid character '×' (U+00D7)
        explanation python-lexer-look-alike-character character="×" code="U+00D7" replacement="*"
    "#]],
    );
}

#[test]
fn a_character_that_is_not_a_letter_inside_a_name() {
    check(
        "x² = 1\n",
        expect![[r#"
        error 1:2 SyntaxError: invalid character '²' (U+00B2)
        explanation python-lexer-invalid-character character="²" code="U+00B2"
    "#]],
    );
}

#[test]
fn a_euro_sign() {
    check(
        "x = 1\n€\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        error 2:1 SyntaxError: invalid character '€' (U+20AC)
        explanation python-lexer-invalid-character character="€" code="U+20AC"
    "#]],
    );
}

#[test]
fn a_no_break_space() {
    check(
        "x =\u{a0}1\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:4 SyntaxError: invalid non-printable character U+00A0
        explanation python-lexer-non-printable-character code="U+00A0"
    "#]],
    );
}

#[test]
fn a_control_character() {
    check(
        "x = 1\x01\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        error 1:6 SyntaxError: invalid non-printable character U+0001
        explanation python-lexer-non-printable-character code="U+0001"
    "#]],
    );
}

#[test]
fn a_dollar_sign_stops_the_tokens() {
    check(
        "x = $y\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: invalid syntax
        explanation python-lexer-unknown-symbol symbol="$"
    "#]],
    );
}

#[test]
fn a_question_mark_then_a_later_tokenizer_error() {
    check(
        "x = a?\ny = 1abc\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Name a
        error 2:5 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn a_backtick_then_a_bracket_open_since_an_earlier_line() {
    check(
        "(\na`b\n",
        expect![[r#"
        0..1 Op (
        2..3 Name a
        error 1:1 SyntaxError: '(' was never closed
        explanation python-lexer-unclosed-bracket opening="(" closing=")"
    "#]],
    );
}

#[test]
fn a_dollar_sign_then_a_bracket_opened_on_its_line() {
    check(
        "x = $ (\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: invalid syntax
        explanation python-lexer-unknown-symbol symbol="$"
    "#]],
    );
}

#[test]
fn an_old_not_equal_sign() {
    check(
        "1 <> 2\n",
        expect![[r#"
        0..1 Int 1
        error 1:3 SyntaxError: invalid syntax
        explanation python-lexer-old-not-equal
    "#]],
    );
}

#[test]
fn a_lone_exclamation_mark() {
    check(
        "x = !y\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: invalid syntax
        explanation python-lexer-lone-exclamation-mark
    "#]],
    );
}

#[test]
fn something_after_a_line_continuation() {
    check(
        "x = 1 \\ 2\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        error 1:8 SyntaxError: unexpected character after line continuation character
        explanation python-lexer-character-after-backslash
    "#]],
    );
}

#[test]
fn the_end_of_the_file_after_a_line_continuation() {
    check(
        "if x:\n  \\\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        error 2:4 SyntaxError: unexpected EOF while parsing
        explanation python-lexer-end-after-backslash
    "#]],
    );
}

#[test]
fn the_end_of_the_file_after_a_line_continuation_inside_brackets() {
    check(
        "x = (1 \\\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Op (
        5..6 Int 1
        error 1:5 SyntaxError: '(' was never closed
        explanation python-lexer-unclosed-bracket opening="(" closing=")"
    "#]],
    );
}

#[test]
fn a_null_byte() {
    check(
        "x = 1\ny = 2\0\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        error 2:6 SyntaxError: source code cannot contain null bytes
        explanation python-lexer-null-byte
    "#]],
    );
}
