//! INDENT and DEDENT, tabs, and the indentation errors.

use super::{check, render};
use expect_test::expect;

/// `levels` nested `if` blocks, each indented one space more.
fn nested_blocks(levels: usize) -> String {
    let mut source = String::new();
    for level in 0..levels {
        source.push_str(&" ".repeat(level));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(levels));
    source.push_str("pass\n");
    source
}

#[test]
fn blocks_open_and_close() {
    check(
        "if x:\n    y\n    if z:\n        w\nv\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..10 Indent
        10..11 Name y
        11..11 Newline
        16..18 Keyword if
        19..20 Name z
        20..21 Op :
        21..21 Newline
        22..30 Indent
        30..31 Name w
        31..31 Newline
        32..32 Dedent
        32..32 Dedent
        32..33 Name v
        33..33 Newline
        34..34 EndOfFile
    "#]],
    );
}

#[test]
fn open_blocks_close_at_the_end_of_the_file() {
    check(
        "def f():\n    if x:\n        return",
        expect![[r#"
        0..3 Keyword def
        4..5 Name f
        5..6 Op (
        6..7 Op )
        7..8 Op :
        8..8 Newline
        9..13 Indent
        13..15 Keyword if
        16..17 Name x
        17..18 Op :
        18..18 Newline
        19..27 Indent
        27..33 Keyword return
        33..33 Newline
        33..33 Dedent
        33..33 Dedent
        33..33 EndOfFile
    "#]],
    );
}

#[test]
fn blank_and_comment_lines_do_not_change_the_indentation() {
    check(
        "if x:\n    y\n\n  # a comment\n\t\n    z\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..10 Indent
        10..11 Name y
        11..11 Newline
        33..34 Name z
        34..34 Newline
        35..35 Dedent
        35..35 EndOfFile
    "#]],
    );
}

#[test]
fn a_tab_counts_to_the_next_multiple_of_eight() {
    check(
        "if x:\n\tif y:\n\t        z\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..7 Indent
        7..9 Keyword if
        10..11 Name y
        11..12 Op :
        12..12 Newline
        13..22 Indent
        22..23 Name z
        23..23 Newline
        24..24 Dedent
        24..24 Dedent
        24..24 EndOfFile
    "#]],
    );
}

#[test]
fn tabs_in_every_line_are_consistent() {
    check(
        "if x:\n\tif y:\n\t\tz\n\telse:\n\t\tw\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..7 Indent
        7..9 Keyword if
        10..11 Name y
        11..12 Op :
        12..12 Newline
        13..15 Indent
        15..16 Name z
        16..16 Newline
        18..18 Dedent
        18..22 Keyword else
        22..23 Op :
        23..23 Newline
        24..26 Indent
        26..27 Name w
        27..27 Newline
        28..28 Dedent
        28..28 Dedent
        28..28 EndOfFile
    "#]],
    );
}

#[test]
fn a_form_feed_resets_the_column() {
    check(
        "if x:\n  \x0c  y\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..11 Indent
        11..12 Name y
        12..12 Newline
        13..13 Dedent
        13..13 EndOfFile
    "#]],
    );
}

#[test]
fn lines_inside_brackets_are_not_indented() {
    check(
        "x = [\n        1,\n  2]\ny\n",
        expect![[r#"
        0..1 Name x
        2..3 Op =
        4..5 Op [
        14..15 Int 1
        15..16 Op ,
        19..20 Int 2
        20..21 Op ]
        21..21 Newline
        22..23 Name y
        23..23 Newline
        24..24 EndOfFile
    "#]],
    );
}

#[test]
fn a_backslash_line_takes_the_indentation_of_its_first_line() {
    check(
        "if x:\n  a\n \\\n  b\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..8 Indent
        8..9 Name a
        9..9 Newline
        error 4:4 IndentationError: unindent does not match any outer indentation level
        explanation python-lexer-unindent-mismatch
    "#]],
    );
}

#[test]
fn an_unexpected_indent_is_left_to_the_parser() {
    check(
        "x\n  y\n",
        expect![[r#"
        0..1 Name x
        1..1 Newline
        2..4 Indent
        4..5 Name y
        5..5 Newline
        6..6 Dedent
        6..6 EndOfFile
    "#]],
    );
}

#[test]
fn an_unindent_to_no_outer_level() {
    check(
        "if x:\n    a\n  b\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..10 Indent
        10..11 Name a
        11..11 Newline
        error 3:4 IndentationError: unindent does not match any outer indentation level
        explanation python-lexer-unindent-mismatch
    "#]],
    );
}

#[test]
fn tabs_then_spaces_are_inconsistent() {
    check(
        "if x:\n\ta\n        b\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..7 Indent
        7..8 Name a
        8..8 Newline
        error 3:1 TabError: inconsistent use of tabs and spaces in indentation
        explanation python-lexer-inconsistent-tabs
    "#]],
    );
}

#[test]
fn spaces_then_a_tab_are_inconsistent() {
    check(
        "if x:\n        a\n\tb\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..14 Indent
        14..15 Name a
        15..15 Newline
        error 3:1 TabError: inconsistent use of tabs and spaces in indentation
        explanation python-lexer-inconsistent-tabs
    "#]],
    );
}

#[test]
fn an_indent_that_depends_on_the_tab_size() {
    check(
        "if x:\n\ta\n    \tb\n",
        expect![[r#"
        0..2 Keyword if
        3..4 Name x
        4..5 Op :
        5..5 Newline
        6..7 Indent
        7..8 Name a
        8..8 Newline
        error 3:1 TabError: inconsistent use of tabs and spaces in indentation
        explanation python-lexer-inconsistent-tabs
    "#]],
    );
}

#[test]
fn ninety_nine_levels_are_allowed() {
    let rendered = render(&nested_blocks(99));
    assert!(!rendered.contains("error"), "{rendered}");
    assert_eq!(rendered.matches(" Indent").count(), 99);
    assert_eq!(rendered.matches(" Dedent").count(), 99);
}

#[test]
fn a_hundredth_level_is_too_many() {
    let rendered = render(&nested_blocks(100));
    let error = rendered.lines().rev().take(2).collect::<Vec<_>>();
    expect![[r#"
        [
            "explanation python-lexer-too-many-indentation-levels",
            "error 101:1 IndentationError: too many levels of indentation",
        ]
    "#]]
    .assert_debug_eq(&error);
}
