//! String and bytes literals: prefixes, escapes and their errors.

use super::check;
use expect_test::expect;

#[test]
fn quotes_and_prefixes() {
    check(
        "'a' \"b\" u'c' r'\\d' R\"\\e\" b'f' B'g' rb'\\h' bR'\\i' Rb'j' BR'k'\n",
        expect![[r#"
            0..3 String "a"
            4..7 String "b"
            8..12 String "c"
            13..18 String "\\d"
            19..24 String "\\e"
            25..29 Bytes "f"
            30..34 Bytes "g"
            35..41 Bytes "\\h"
            42..48 Bytes "\\i"
            49..54 Bytes "j"
            55..60 Bytes "k"
            60..60 Newline
            61..61 EndOfFile
        "#]],
    );
}

#[test]
fn prefix_letters_that_do_not_combine_are_names() {
    check(
        "ur'a' bu'b' fb'c'\n",
        expect![[r#"
        0..2 Name ur
        2..5 String "a"
        6..8 Name bu
        8..11 String "b"
        12..14 Name fb
        14..17 String "c"
        17..17 Newline
        18..18 EndOfFile
    "#]],
    );
}

#[test]
fn empty_strings() {
    check(
        "'' \"\" '''''' \"\"\"\"\"\"\n",
        expect![[r#"
        0..2 String ""
        3..5 String ""
        6..12 String ""
        13..19 String ""
        19..19 Newline
        20..20 EndOfFile
    "#]],
    );
}

#[test]
fn a_triple_quoted_string_spans_lines() {
    check(
        "s = '''one\n'two'\n\"\"three'''\n",
        expect![[r#"
        0..1 Name s
        2..3 Op =
        4..27 String "one\n'two'\n\"\"three"
        27..27 Newline
        28..28 EndOfFile
    "#]],
    );
}

#[test]
fn a_triple_quoted_string_with_crlf_keeps_plain_newlines() {
    check(
        "s = \"\"\"a\r\nb\"\"\"\r\n",
        expect![[r#"
        0..1 Name s
        2..3 Op =
        4..14 String "a\nb"
        14..14 Newline
        16..16 EndOfFile
    "#]],
    );
}

#[test]
fn one_letter_escapes() {
    check(
        r#"'\n\t\\\'\"\a\b\f\v\r'"#,
        expect![[r#"
        0..22 String "\n\t\\'\"\u{7}\u{8}\u{c}\u{b}\r"
        22..22 Newline
        22..22 EndOfFile
    "#]],
    );
}

#[test]
fn octal_and_hexadecimal_escapes() {
    check(
        r"'\0 \101 \7777 \x41 \u00e9 \U0001F600'",
        expect![[r#"
        0..38 String "\0 A ǿ7 A é 😀"
        38..38 Newline
        38..38 EndOfFile
    "#]],
    );
}

#[test]
fn named_escapes() {
    check(
        r"'\N{BULLET}\N{latin small letter a}\N{CYRILLIC CAPITAL LETTER KA WITH DESCENDER}\N{DIGIT SEVEN}\N{LF}'",
        expect![[r#"
            0..102 String "•aҚ7\n"
            102..102 Newline
            102..102 EndOfFile
        "#]],
    );
}

#[test]
fn unknown_escapes_keep_the_backslash() {
    check(
        r"'\d \w \ж'",
        expect![[r#"
        0..11 String "\\d \\w \\ж"
        11..11 Newline
        11..11 EndOfFile
    "#]],
    );
}

#[test]
fn a_backslash_at_a_line_end_continues_the_string() {
    check(
        "s = 'one \\\ntwo'\n",
        expect![[r#"
        0..1 Name s
        2..3 Op =
        4..15 String "one two"
        15..15 Newline
        16..16 EndOfFile
    "#]],
    );
}

#[test]
fn raw_strings_keep_backslashes() {
    check(
        r"r'\n\x\'' rb'\x'",
        expect![[r#"
        0..9 String "\\n\\x\\'"
        10..16 Bytes "\\x"
        16..16 Newline
        16..16 EndOfFile
    "#]],
    );
}

#[test]
fn bytes_escapes() {
    check(
        r"b'\x41\xff\101\777\n\u1234\N{BULLET}'",
        expect![[r#"
        0..37 Bytes "AÿAÿ\n\\u1234\\N{BULLET}"
        37..37 Newline
        37..37 EndOfFile
    "#]],
    );
}
