//! Errors in strings: unterminated ones, bad escapes, and when CPython reports them.

use super::check;
use expect_test::expect;

#[test]
fn an_unterminated_string() {
    check(
        "x = 1\ny = 'abc\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        6..7 Name y
        8..9 Op =
        error 2:5 SyntaxError: unterminated string literal (detected at line 2)
        explanation python-lexer-unterminated-string line="2"
    "#]],
    );
}

#[test]
fn an_unterminated_string_continued_by_a_backslash() {
    check(
        "x = \"abc\\\ndef\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: unterminated string literal (detected at line 2)
        explanation python-lexer-unterminated-string line="1"
    "#]],
    );
}

#[test]
fn an_unterminated_string_at_the_end_of_the_file() {
    check(
        "x = \"abc",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: unterminated string literal (detected at line 1)
        explanation python-lexer-unterminated-string line="1"
    "#]],
    );
}

#[test]
fn an_unterminated_triple_quoted_string() {
    check(
        "x = 1\ny = '''abc\n\ndef\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        6..7 Name y
        8..9 Op =
        error 2:5 SyntaxError: unterminated triple-quoted string literal (detected at line 4)
        explanation python-lexer-unterminated-triple-quoted-string line="2"
    "#]],
    );
}

#[test]
fn a_string_with_a_quote_escaped_at_its_end() {
    check(
        "x = '\\'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: unterminated string literal (detected at line 1)
        explanation python-lexer-unterminated-string line="1"
    "#]],
    );
}

#[test]
fn a_truncated_hexadecimal_escape() {
    check(
        "x = 'ab\\x1' + 1\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:13 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape
        explanation python-lexer-escape-x
    "#]],
    );
}

#[test]
fn escape_positions_count_non_ascii_characters_as_ten() {
    check(
        "x = 'абв\\x1'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:13 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 30-32: truncated \xXX escape
        explanation python-lexer-escape-x
    "#]],
    );
}

#[test]
fn a_truncated_unicode_escape() {
    check(
        "x = '\\u12'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:11 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape
        explanation python-lexer-escape-small-u
    "#]],
    );
}

#[test]
fn a_too_big_unicode_escape() {
    check(
        "x = '\\U00110000'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:17 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character
        explanation python-lexer-escape-too-big
    "#]],
    );
}

#[test]
fn a_named_escape_without_braces() {
    check(
        "x = '\\N'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:9 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape
        explanation python-lexer-escape-malformed-name
    "#]],
    );
}

#[test]
fn an_unknown_character_name() {
    check(
        "x = '\\N{NO SUCH NAME}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:23 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name
        explanation python-lexer-escape-unknown-name
    "#]],
    );
}

#[test]
fn a_bad_escape_in_bytes() {
    check(
        "x = b'ab\\x'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:12 SyntaxError: (value error) invalid \x escape at position 2
        explanation python-lexer-escape-x
    "#]],
    );
}

#[test]
fn non_ascii_in_bytes_is_reported_at_the_literal() {
    check(
        "x = 'a' b'ж'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:9 SyntaxError: bytes can only contain ASCII literal characters
        explanation python-lexer-non-ascii-in-bytes
    "#]],
    );
}

#[test]
fn a_string_error_waits_for_the_next_token() {
    check(
        "print('a',\n      '\\x1'\n      , 2)\n",
        expect![[r#"
        0..5 Name print
        5..6 Op (
        6..9 String "a"
        9..10 Op ,
        error 3:7 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
        explanation python-lexer-escape-x
    "#]],
    );
}

#[test]
fn a_string_error_waits_for_the_strings_joined_to_it() {
    check(
        "x = '\\x1' 'b' \"c\"\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:18 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
        explanation python-lexer-escape-x
    "#]],
    );
}

#[test]
fn a_tokenizer_error_after_the_strings_wins() {
    check(
        "x = '\\x1' 'b\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..9 String ""
        error 1:11 SyntaxError: unterminated string literal (detected at line 1)
        explanation python-lexer-unterminated-string line="1"
    "#]],
    );
}

#[test]
fn a_later_tokenizer_error_replaces_a_string_error() {
    check(
        "x = '\\x1'\ny = 1abc\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 2:5 SyntaxError: invalid decimal literal
        explanation python-lexer-invalid-decimal
    "#]],
    );
}

#[test]
fn mixing_bytes_and_str_is_left_to_the_parser() {
    check(
        "x = b'a' f'{}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..8 Bytes "a"
        9..14 FString []
        14..14 Newline
        15..15 EndOfFile
    "#]],
    );
}

#[test]
fn a_decoding_error_comes_before_the_mix() {
    check(
        "x = b'a' '\\x1'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:15 SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape
        explanation python-lexer-escape-x
    "#]],
    );
}
