//! Names, keywords, operators, comments and lines.

use super::check;
use expect_test::expect;

#[test]
fn a_simple_statement() {
    check(
        "x = 1\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        6..6 EndOfFile
    "#]],
    );
}

#[test]
fn kazakh_and_russian_names() {
    check(
        "сан = алға(Қ, ё)\n",
        expect![[r#"
        0..6 Name сан
        7..8 Op =
        9..17 Name алға
        17..18 Op (
        18..20 Name Қ
        20..21 Op ,
        22..24 Name ё
        24..25 Op )
        25..25 Newline
        26..26 EndOfFile
    "#]],
    );
}

#[test]
fn names_with_digits_underscores_and_accents() {
    check(
        "_x1 = café + a·b\n",
        expect![[r#"
        0..3 Name _x1
        4..5 Op =
        6..11 Name café
        12..13 Op +
        14..18 Name a·b
        18..18 Newline
        19..19 EndOfFile
    "#]],
    );
}

#[test]
fn keywords_and_soft_keywords() {
    check(
        "if not x: match = None\n",
        expect![[r#"
        0..2 Keyword if
        3..6 Keyword not
        7..8 Name x
        8..9 Op :
        10..15 Name match
        16..17 Op =
        18..22 Keyword None
        22..22 Newline
        23..23 EndOfFile
    "#]],
    );
}

#[test]
fn operators_match_the_longest_spelling() {
    check(
        "a **= b // c -> d := e ... f != g <<= h >= i\n",
        expect![[r#"
        0..1 Name a
        2..5 Op **=
        6..7 Name b
        8..10 Op //
        11..12 Name c
        13..15 Op ->
        16..17 Name d
        18..20 Op :=
        21..22 Name e
        23..26 Op ...
        27..28 Name f
        29..31 Op !=
        32..33 Name g
        34..37 Op <<=
        38..39 Name h
        40..42 Op >=
        43..44 Name i
        44..44 Newline
        45..45 EndOfFile
    "#]],
    );
}

#[test]
fn a_dot_then_a_dot_is_two_dots() {
    check(
        "x = ..\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Op .
        5..6 Op .
        6..6 Newline
        7..7 EndOfFile
    "#]],
    );
}

#[test]
fn comments_and_blank_lines_give_no_tokens() {
    check(
        "# start\n\nx = 1  # one\n   \n\t# indented comment\ny = 2\n",
        expect![[r#"
        9..10 Name x
        11..12 Op =
        13..14 Int 1
        16..21 Newline
        46..47 Name y
        48..49 Op =
        50..51 Int 2
        51..51 Newline
        52..52 EndOfFile
    "#]],
    );
}

#[test]
fn only_comments() {
    check(
        "# nothing\n# here\n",
        expect![[r#"
        17..17 EndOfFile
    "#]],
    );
}

#[test]
fn an_empty_source() {
    check(
        "",
        expect![[r#"
        0..0 EndOfFile
    "#]],
    );
}

#[test]
fn a_file_without_a_final_newline() {
    check(
        "print(1)",
        expect![[r#"
        0..5 Name print
        5..6 Op (
        6..7 Int 1
        7..8 Op )
        8..8 Newline
        8..8 EndOfFile
    "#]],
    );
}

#[test]
fn a_file_ending_in_a_comment_without_newline() {
    check(
        "x = 1  # done",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        7..13 Newline
        13..13 EndOfFile
    "#]],
    );
}

#[test]
fn crlf_line_ends() {
    check(
        "x = 1\r\nif x:\r\n    y = 2\r\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        7..9 Keyword if
        10..11 Name x
        11..12 Op :
        12..12 Newline
        14..18 Indent
        18..19 Name y
        20..21 Op =
        22..23 Int 2
        23..23 Newline
        25..25 Dedent
        25..25 EndOfFile
    "#]],
    );
}

#[test]
fn lone_carriage_returns_end_lines() {
    check(
        "x = 1\ry = 2\r",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        5..5 Newline
        6..7 Name y
        8..9 Op =
        10..11 Int 2
        11..11 Newline
        12..12 EndOfFile
    "#]],
    );
}

#[test]
fn brackets_join_lines() {
    check(
        "f(1,\n  2,\n\n    3)\nx\n",
        expect![[r#"
        0..1 Name f
        1..2 Op (
        2..3 Int 1
        3..4 Op ,
        7..8 Int 2
        8..9 Op ,
        15..16 Int 3
        16..17 Op )
        17..17 Newline
        18..19 Name x
        19..19 Newline
        20..20 EndOfFile
    "#]],
    );
}

#[test]
fn a_backslash_joins_lines() {
    check(
        "x = 1 + \\\n    2\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        6..7 Op +
        14..15 Int 2
        15..15 Newline
        16..16 EndOfFile
    "#]],
    );
}

#[test]
fn a_backslash_line_then_a_blank_line() {
    check(
        "x = 1 \\\n\ny\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Int 1
        8..8 Newline
        9..10 Name y
        10..10 Newline
        11..11 EndOfFile
    "#]],
    );
}

#[test]
fn a_byte_order_mark_is_skipped() {
    check(
        "\u{FEFF}x = 1\n",
        expect![[r#"
        3..4 Name x
        5..6 Op =
        7..8 Int 1
        8..8 Newline
        9..9 EndOfFile
    "#]],
    );
}

#[test]
fn form_feeds_are_spaces() {
    check(
        "\x0cx = 1\x0c+ 2\n",
        expect![[r#"
        1..2 Name x
        3..4 Op =
        5..6 Int 1
        7..8 Op +
        9..10 Int 2
        10..10 Newline
        11..11 EndOfFile
    "#]],
    );
}
