//! F-strings: literal text and `{...}` fields, by Python 3.11's rules.

use super::check;
use expect_test::expect;

#[test]
fn text_and_a_field() {
    check(
        "f'Hi, {name}!'\n",
        expect![[r#"
        0..14 FString ["Hi, ", {"name"@7}, "!"]
        14..14 Newline
        15..15 EndOfFile
    "#]],
    );
}

#[test]
fn doubled_braces_are_braces() {
    check(
        "f'{{x}} {{{x}}}'\n",
        expect![[r#"
        0..16 FString ["{x} {", {"x"@11}, "}"]
        16..16 Newline
        17..17 EndOfFile
    "#]],
    );
}

#[test]
fn escapes_are_decoded_in_the_text() {
    check(
        "f'\\t{x}\\n\\N{BULLET}'\n",
        expect![[r#"
        0..20 FString ["\t", {"x"@5}, "\n•"]
        20..20 Newline
        21..21 EndOfFile
    "#]],
    );
}

#[test]
fn brackets_and_strings_inside_a_field() {
    check(
        "f\"{d['a']} {f(x, y)} {[1, 2][0]} {s[1:2]} {'}'}\"\n",
        expect![[r#"
        0..48 FString [{"d['a']"@3}, " ", {"f(x, y)"@12}, " ", {"[1, 2][0]"@22}, " ", {"s[1:2]"@34}, " ", {"'}'"@43}]
        48..48 Newline
        49..49 EndOfFile
    "#]],
    );
}

#[test]
fn a_conditional_expression_and_comparisons() {
    check(
        "f'{a if b else c} {a != b} {a == b} {a < b}'\n",
        expect![[r#"
        0..44 FString [{"a if b else c"@3}, " ", {"a != b"@19}, " ", {"a == b"@28}, " ", {"a < b"@37}]
        44..44 Newline
        45..45 EndOfFile
    "#]],
    );
}

#[test]
fn conversions() {
    check(
        "f'{x!r} {x!s} {x!a}'\n",
        expect![[r#"
        0..20 FString [{"x"@3 !r}, " ", {"x"@9 !s}, " ", {"x"@15 !a}]
        20..20 Newline
        21..21 EndOfFile
    "#]],
    );
}

#[test]
fn format_specs_with_nested_fields() {
    check(
        "f'{x:>10} {x:{width}.{precision}f} {x!r:^{w}}'\n",
        expect![[r#"
        0..46 FString [{"x"@3 :[">10"]}, " ", {"x"@11 :[{"width"@14}, ".", {"precision"@22}, "f"]}, " ", {"x"@36 !r :["^", {"w"@42}]}]
        46..46 Newline
        47..47 EndOfFile
    "#]],
    );
}

#[test]
fn debug_fields() {
    check(
        "f'{x=} {x = } {x=!s} {x=:>5}'\n",
        expect![[r#"
        0..29 FString [{"x"@3 ="x=" !r}, " ", {"x "@8 ="x = " !r}, " ", {"x"@15 ="x=" !s}, " ", {"x"@22 ="x=" :[">5"]}]
        29..29 Newline
        30..30 EndOfFile
    "#]],
    );
}

#[test]
fn a_walrus_needs_parentheses() {
    check(
        "f'{x:=5} {(y:=5)}'\n",
        expect![[r#"
        0..18 FString [{"x"@3 :["=5"]}, " ", {"(y:=5)"@10}]
        18..18 Newline
        19..19 EndOfFile
    "#]],
    );
}

#[test]
fn a_raw_f_string() {
    check(
        "rf'\\d{x}\\n'\n",
        expect![[r#"
        0..11 FString ["\\d", {"x"@6}, "\\n"]
        11..11 Newline
        12..12 EndOfFile
    "#]],
    );
}

#[test]
fn a_triple_quoted_f_string_spans_lines() {
    check(
        "f'''{\nx\n}\n'''\n",
        expect![[r#"
        0..13 FString [{"\nx\n"@5}, "\n"]
        13..13 Newline
        14..14 EndOfFile
    "#]],
    );
}

#[test]
fn offsets_point_into_the_whole_program() {
    check(
        "y = 1\nz = F'ab{ y }'\n",
        expect![[r#"
        0..1 Name y
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        6..7 Name z
        8..9 Op =
        10..20 FString ["ab", {" y "@15}]
        20..20 Newline
        21..21 EndOfFile
    "#]],
    );
}

#[test]
fn a_single_closing_brace() {
    check(
        "x = f'a}b'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:11 SyntaxError: f-string: single '}' is not allowed
        explanation python-lexer-fstring-single-brace
    "#]],
    );
}

#[test]
fn an_unclosed_field() {
    check(
        "x = f'{a'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:10 SyntaxError: f-string: expecting '}'
        explanation python-lexer-fstring-expecting-brace
    "#]],
    );
}

#[test]
fn a_backslash_in_a_field() {
    check(
        "x = f'{a\\n}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:13 SyntaxError: f-string expression part cannot include a backslash
        explanation python-lexer-fstring-backslash
    "#]],
    );
}

#[test]
fn a_hash_in_a_field() {
    check(
        "x = f'{a#}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:12 SyntaxError: f-string expression part cannot include '#'
        explanation python-lexer-fstring-hash
    "#]],
    );
}

#[test]
fn an_empty_field() {
    check(
        "x = f'{ }' + 1\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:12 SyntaxError: f-string: empty expression not allowed
        explanation python-lexer-fstring-empty
    "#]],
    );
}

#[test]
fn a_conversion_without_an_expression() {
    check(
        "x = f'{!r}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:12 SyntaxError: f-string: expression required before '!'
        explanation python-lexer-fstring-expression-required sign="!"
    "#]],
    );
}

#[test]
fn a_bad_conversion() {
    check(
        "x = f'{a!x}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:13 SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'
        explanation python-lexer-fstring-conversion
    "#]],
    );
}

#[test]
fn a_conversion_followed_by_a_space() {
    check(
        "x = f'{a!r }'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:14 SyntaxError: f-string: expecting '}'
        explanation python-lexer-fstring-expecting-brace
    "#]],
    );
}

#[test]
fn an_unmatched_closing_bracket_in_a_field() {
    check(
        "x = f'{a)}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:12 SyntaxError: f-string: unmatched ')'
        explanation python-lexer-fstring-unmatched-closing closing=")"
    "#]],
    );
}

#[test]
fn mismatched_brackets_in_a_field() {
    check(
        "x = f'{a(]}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:13 SyntaxError: f-string: closing parenthesis ']' does not match opening parenthesis '('
        explanation python-lexer-fstring-mismatched-brackets closing="]" opening="(" expected=")"
    "#]],
    );
}

#[test]
fn the_same_quotes_inside_a_field() {
    check(
        "x = f\"{d[\"a\"]}\"\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:11 SyntaxError: f-string: unmatched '['
        explanation python-lexer-fstring-unclosed-bracket opening="[" closing="]"
    "#]],
    );
}

#[test]
fn an_unterminated_string_in_a_field() {
    check(
        "x = f\"{'a}\"\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:12 SyntaxError: f-string: unterminated string
        explanation python-lexer-fstring-unterminated-string
    "#]],
    );
}

#[test]
fn fields_nested_too_deeply() {
    check(
        "x = f'{a:{b:{c}}}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:19 SyntaxError: f-string: expressions nested too deeply
        explanation python-lexer-fstring-nested-too-deeply
    "#]],
    );
}

#[test]
fn an_f_string_error_is_reported_at_the_next_token() {
    check(
        "x = f'{}'  # comment\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:12 SyntaxError: f-string: empty expression not allowed
        explanation python-lexer-fstring-empty
    "#]],
    );
}

#[test]
fn a_newline_in_a_single_quoted_f_string() {
    check(
        "x = f'{x\n}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:5 SyntaxError: unterminated string literal (detected at line 1)
        explanation python-lexer-unterminated-string line="1"
    "#]],
    );
}

/// CPython compiles each expression before it reads the rest of the field, so
/// the tokenizer's error in it comes first. (CPython counts its column within
/// `(expression)`; the lexer points at the character itself.)
#[test]
fn a_tokenizer_error_inside_a_field() {
    check(
        "x = f'{a×b!x}'\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:9 SyntaxError: invalid character '×' (U+00D7)
        explanation python-lexer-look-alike-character character="×" code="U+00D7" replacement="*"
    "#]],
    );
}

#[test]
fn an_unknown_sign_inside_a_field() {
    check(
        "x = f'{a?}' + 1\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        error 1:9 SyntaxError: f-string: invalid syntax
        explanation python-lexer-unknown-symbol symbol="?"
    "#]],
    );
}

#[test]
fn an_error_inside_a_field_on_a_later_line() {
    check(
        "x = 1\ny = f'''{\n\"a\nb\"}'''\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        6..7 Name y
        8..9 Op =
        error 3:1 SyntaxError: unterminated string literal (detected at line 3)
        explanation python-lexer-unterminated-string line="3"
    "#]],
    );
}
