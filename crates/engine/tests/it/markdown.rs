//! Lesson Markdown to a safe tree: the shapes, and every safety rule.
//!
//! `check` prints the tree and the warnings as an indented outline and
//! compares them with an inline snapshot (`UPDATE_EXPECT=1` rewrites them).
//! The safety tests assert on the tree directly: no unsafe link or image may
//! survive, and every one is reported.

use std::fmt::Write;

use engine::markdown::{
    parse_markdown, LinkTarget, MarkdownBlock, MarkdownDocument, MarkdownInline, MarkdownWarning,
    MAXIMUM_NESTING_DEPTH,
};
use expect_test::{expect, Expect};

#[track_caller]
fn check(source: &str, expected: Expect) {
    let (document, warnings) = parse_markdown(source);
    let mut outline = String::new();
    for block in &document.blocks {
        write_block(block, 0, &mut outline);
    }
    for warning in &warnings {
        writeln!(outline, "warning: {warning:?}").unwrap();
    }
    expected.assert_eq(&outline);
}

fn write_block(block: &MarkdownBlock, depth: usize, outline: &mut String) {
    let indent = "  ".repeat(depth);
    match block {
        MarkdownBlock::Paragraph(content) => {
            writeln!(outline, "{indent}paragraph").unwrap();
            write_inlines(content, depth + 1, outline);
        }
        MarkdownBlock::Heading {
            level,
            anchor,
            content,
        } => {
            writeln!(outline, "{indent}heading {level} #{anchor}").unwrap();
            write_inlines(content, depth + 1, outline);
        }
        MarkdownBlock::List { start, items } => {
            writeln!(outline, "{indent}list start={start:?}").unwrap();
            for item in items {
                writeln!(outline, "{indent}  item").unwrap();
                for block in item {
                    write_block(block, depth + 2, outline);
                }
            }
        }
        MarkdownBlock::CodeBlock { language, code } => {
            writeln!(outline, "{indent}code {language:?} {code:?}").unwrap();
        }
        MarkdownBlock::Quote(blocks) => {
            writeln!(outline, "{indent}quote").unwrap();
            for block in blocks {
                write_block(block, depth + 1, outline);
            }
        }
        MarkdownBlock::Rule => writeln!(outline, "{indent}rule").unwrap(),
        MarkdownBlock::Table { header, rows } => {
            writeln!(outline, "{indent}table").unwrap();
            for (index, row) in std::iter::once(header).chain(rows).enumerate() {
                let name = if index == 0 { "header" } else { "row" };
                writeln!(outline, "{indent}  {name}").unwrap();
                for cell in row {
                    writeln!(outline, "{indent}    cell").unwrap();
                    write_inlines(cell, depth + 3, outline);
                }
            }
        }
    }
}

fn write_inlines(inlines: &[MarkdownInline], depth: usize, outline: &mut String) {
    let indent = "  ".repeat(depth);
    for inline in inlines {
        match inline {
            MarkdownInline::Text(text) => writeln!(outline, "{indent}{text:?}").unwrap(),
            MarkdownInline::Code(code) => writeln!(outline, "{indent}code {code:?}").unwrap(),
            MarkdownInline::Emphasis(content) => {
                writeln!(outline, "{indent}emphasis").unwrap();
                write_inlines(content, depth + 1, outline);
            }
            MarkdownInline::Strong(content) => {
                writeln!(outline, "{indent}strong").unwrap();
                write_inlines(content, depth + 1, outline);
            }
            MarkdownInline::Strikethrough(content) => {
                writeln!(outline, "{indent}strikethrough").unwrap();
                write_inlines(content, depth + 1, outline);
            }
            MarkdownInline::Link { target, content } => {
                writeln!(outline, "{indent}link {target:?}").unwrap();
                write_inlines(content, depth + 1, outline);
            }
            MarkdownInline::Image { source, alt } => {
                writeln!(outline, "{indent}image {source:?} alt={alt:?}").unwrap();
            }
            MarkdownInline::LineBreak => writeln!(outline, "{indent}line break").unwrap(),
        }
    }
}

/// Every link target in the document, walked without recursion.
fn links_of(document: &MarkdownDocument) -> Vec<LinkTarget> {
    let mut links = Vec::new();
    let mut inline_lists: Vec<&[MarkdownInline]> = Vec::new();
    let mut blocks: Vec<&MarkdownBlock> = document.blocks.iter().collect();
    while let Some(block) = blocks.pop() {
        match block {
            MarkdownBlock::Paragraph(content) | MarkdownBlock::Heading { content, .. } => {
                inline_lists.push(content);
            }
            MarkdownBlock::List { items, .. } => blocks.extend(items.iter().flatten()),
            MarkdownBlock::Quote(inner) => blocks.extend(inner),
            MarkdownBlock::Table { header, rows } => {
                inline_lists.extend(header.iter().map(Vec::as_slice));
                inline_lists.extend(rows.iter().flatten().map(Vec::as_slice));
            }
            MarkdownBlock::CodeBlock { .. } | MarkdownBlock::Rule => {}
        }
    }
    while let Some(inlines) = inline_lists.pop() {
        for inline in inlines {
            match inline {
                MarkdownInline::Link { target, content } => {
                    links.push(target.clone());
                    inline_lists.push(content);
                }
                MarkdownInline::Emphasis(content)
                | MarkdownInline::Strong(content)
                | MarkdownInline::Strikethrough(content) => inline_lists.push(content),
                MarkdownInline::Text(_)
                | MarkdownInline::Code(_)
                | MarkdownInline::Image { .. }
                | MarkdownInline::LineBreak => {}
            }
        }
    }
    links
}

/// How deeply the document's blocks and inlines nest, walked without recursion.
fn nesting_depth(document: &MarkdownDocument) -> usize {
    enum Node<'a> {
        Block(&'a MarkdownBlock),
        Inline(&'a MarkdownInline),
    }
    let mut deepest = 0;
    let mut to_visit: Vec<(Node, usize)> = document
        .blocks
        .iter()
        .map(|block| (Node::Block(block), 1))
        .collect();
    while let Some((node, depth)) = to_visit.pop() {
        deepest = deepest.max(depth);
        let below = depth + 1;
        match node {
            Node::Block(block) => match block {
                MarkdownBlock::Paragraph(content) | MarkdownBlock::Heading { content, .. } => {
                    to_visit.extend(content.iter().map(|inline| (Node::Inline(inline), below)));
                }
                MarkdownBlock::List { items, .. } => {
                    to_visit.extend(items.iter().flatten().map(|b| (Node::Block(b), below)));
                }
                MarkdownBlock::Quote(inner) => {
                    to_visit.extend(inner.iter().map(|b| (Node::Block(b), below)));
                }
                MarkdownBlock::Table { header, rows } => {
                    let cells = header.iter().chain(rows.iter().flatten());
                    to_visit.extend(cells.flatten().map(|inline| (Node::Inline(inline), below)));
                }
                MarkdownBlock::CodeBlock { .. } | MarkdownBlock::Rule => {}
            },
            Node::Inline(
                MarkdownInline::Emphasis(content)
                | MarkdownInline::Strong(content)
                | MarkdownInline::Strikethrough(content)
                | MarkdownInline::Link { content, .. },
            ) => to_visit.extend(content.iter().map(|inline| (Node::Inline(inline), below))),
            Node::Inline(_) => {}
        }
    }
    deepest
}

// The shapes.

#[test]
fn paragraphs_and_inline_styles() {
    check(
        "Print *this* and **that**, ~~not~~ `print(1)`.\nNext line  \nafter a break.\n\nSecond.",
        expect![[r#"
            paragraph
              "Print "
              emphasis
                "this"
              " and "
              strong
                "that"
              ", "
              strikethrough
                "not"
              " "
              code "print(1)"
              ". Next line"
              line break
              "after a break."
            paragraph
              "Second."
        "#]],
    );
}

#[test]
fn headings_get_unique_slugged_anchors() {
    check(
        "# Loops: for and while\n## Loops: for and while\n### Циклдар — for\n#### !!!\n##### Loops for and while 2\n",
        expect![[r#"
            heading 1 #md-loops-for-and-while
              "Loops: for and while"
            heading 2 #md-loops-for-and-while-2
              "Loops: for and while"
            heading 3 #md-циклдар-for
              "Циклдар — for"
            heading 4 #md-section
              "!!!"
            heading 5 #md-loops-for-and-while-2-2
              "Loops for and while 2"
        "#]],
    );
}

#[test]
fn lists_bulleted_numbered_and_nested() {
    check(
        "- one\n- two\n  1. inner\n  2. inner two\n\n3. three\n4. four\n",
        expect![[r#"
            list start=None
              item
                paragraph
                  "one"
              item
                paragraph
                  "two"
                list start=Some(1)
                  item
                    paragraph
                      "inner"
                  item
                    paragraph
                      "inner two"
            list start=Some(3)
              item
                paragraph
                  "three"
              item
                paragraph
                  "four"
        "#]],
    );
}

#[test]
fn code_blocks_fenced_and_indented() {
    check(
        "```python title=\"x\"\nprint(1)\n```\n\n```\nplain\n```\n\n    indented = 1\n",
        expect![[r#"
            code "python" "print(1)\n"
            code "" "plain\n"
            code "" "indented = 1\n"
        "#]],
    );
}

#[test]
fn quotes_rules_and_tables() {
    check(
        "> quoted\n> > twice\n\n---\n\n| a | **b** |\n|---|---|\n| 1 | `2` |\n| 3 | 4 |\n",
        expect![[r#"
            quote
              paragraph
                "quoted"
              quote
                paragraph
                  "twice"
            rule
            table
              header
                cell
                  "a"
                cell
                  strong
                    "b"
              row
                cell
                  "1"
                cell
                  code "2"
              row
                cell
                  "3"
                cell
                  "4"
        "#]],
    );
}

#[test]
fn plain_text_joins_all_text() {
    let (document, _) = parse_markdown(
        "# Title\n\nSome *text* with [a link](https://example.kz).\n\n```\ncode()\n```\n\n| h |\n|---|\n| c |\n\n![a turtle](img/t.png)",
    );
    assert_eq!(
        document.plain_text(),
        "Title\nSome text with a link.\ncode()\nh\nc\na turtle\n"
    );
}

#[test]
fn empty_source_is_an_empty_document() {
    let (document, warnings) = parse_markdown("");
    assert_eq!(document, MarkdownDocument::default());
    assert!(warnings.is_empty());
}

// Raw HTML.

#[test]
fn an_html_block_is_shown_as_text() {
    check(
        "Intro\n\n<script>alert(1)</script>\n\nAfter",
        expect![[r#"
            paragraph
              "Intro"
            paragraph
              "<script>alert(1)</script>"
            paragraph
              "After"
            warning: RawHtml { line: 3 }
        "#]],
    );
}

#[test]
fn inline_html_is_shown_as_text() {
    check(
        "Line one\nA picture <img src=x onerror=alert(1)> here <b>bold</b>",
        expect![[r#"
            paragraph
              "Line one A picture <img src=x onerror=alert(1)> here <b>bold</b>"
            warning: RawHtml { line: 2 }
            warning: RawHtml { line: 2 }
            warning: RawHtml { line: 2 }
        "#]],
    );
}

#[test]
fn html_never_reaches_the_tree_as_markup() {
    let sources = [
        "<div onclick=\"alert(1)\">x</div>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "a <svg onload=alert(1)> b",
        "<!-- comment -->",
        "<style>body{display:none}</style>",
    ];
    for source in sources {
        let (document, warnings) = parse_markdown(source);
        assert!(
            matches!(
                warnings.as_slice(),
                [MarkdownWarning::RawHtml { line: 1 }, ..]
            ),
            "{source}: {warnings:?}"
        );
        assert!(
            document.plain_text().contains(source.trim()),
            "{source}: the HTML is shown as written, got {:?}",
            document.plain_text()
        );
    }
}

// Links.

#[test]
fn safe_links_are_kept() {
    check(
        "[site](https://example.kz/a?b=1) [plain](HTTP://example.kz) [mail](mailto:teacher@example.kz) <https://auto.example> <pupil@example.kz> [next](#Loops-and-more) [кирилл](#%D1%86%D0%B8%D0%BA%D0%BB)",
        expect![[r#"
            paragraph
              link Web("https://example.kz/a?b=1")
                "site"
              " "
              link Web("HTTP://example.kz")
                "plain"
              " "
              link Web("mailto:teacher@example.kz")
                "mail"
              " "
              link Web("https://auto.example")
                "https://auto.example"
              " "
              link Web("mailto:pupil@example.kz")
                "pupil@example.kz"
              " "
              link Anchor("md-loops-and-more")
                "next"
              " "
              link Anchor("md-цикл")
                "кирилл"
        "#]],
    );
}

#[test]
fn unsafe_links_keep_only_their_text() {
    let destinations = [
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("JaVaScRiPt:alert(1)", "JaVaScRiPt:alert(1)"),
        ("< javascript:alert(1)>", " javascript:alert(1)"),
        ("<java\tscript:alert(1)>", "java\tscript:alert(1)"),
        ("java&#9;script:alert(1)", "java\tscript:alert(1)"),
        ("&#1;javascript:alert(1)", "\u{1}javascript:alert(1)"),
        ("<\njavascript:alert(1)>", "\njavascript:alert(1)"),
        ("data:text/html,hello", "data:text/html,hello"),
        ("vbscript:msgbox(1)", "vbscript:msgbox(1)"),
        ("file:///etc/passwd", "file:///etc/passwd"),
        ("//evil.example/x", "//evil.example/x"),
        ("other.md", "other.md"),
        ("../secret", "../secret"),
        ("#", "#"),
        ("", ""),
    ];
    for (written, target) in destinations {
        let source = format!("Click [here *now*]({written}) please");
        let (document, warnings) = parse_markdown(&source);
        if written.contains('\n') {
            // A line break is not allowed in `<...>`: not a link at all.
            assert!(links_of(&document).is_empty(), "{source:?}");
            continue;
        }
        assert_eq!(links_of(&document), [], "{source:?}");
        assert_eq!(
            warnings,
            [MarkdownWarning::UnsafeLink {
                line: 1,
                target: target.to_owned()
            }],
            "{source:?}"
        );
        assert_eq!(
            document.plain_text(),
            "Click here now please\n",
            "{source:?}"
        );
    }
}

#[test]
fn unsafe_autolinks_and_references_keep_only_their_text() {
    check(
        "<javascript:alert(1)>\n\n[ref][evil] and [short]\n\n[evil]: javascript:alert(2)\n[short]: data:text/html,x",
        expect![[r#"
            paragraph
              "javascript:alert(1)"
            paragraph
              "ref and short"
            warning: UnsafeLink { line: 1, target: "javascript:alert(1)" }
            warning: UnsafeLink { line: 3, target: "javascript:alert(2)" }
            warning: UnsafeLink { line: 3, target: "data:text/html,x" }
        "#]],
    );
}

#[test]
fn a_warning_names_the_line_of_its_link() {
    let (_, warnings) = parse_markdown("one\n\ntwo\n\nthree [x](file:a) and\n[y](vbscript:b)");
    assert_eq!(
        warnings,
        [
            MarkdownWarning::UnsafeLink {
                line: 5,
                target: "file:a".to_owned()
            },
            MarkdownWarning::UnsafeLink {
                line: 6,
                target: "vbscript:b".to_owned()
            },
        ]
    );
}

// Images.

#[test]
fn images_inside_the_pack_are_kept() {
    check(
        "![a turtle](images/turtle.png) ![](./robot%20map.svg) ![*styled* alt](a/b/c.png \"title\")",
        expect![[r#"
            paragraph
              image "images/turtle.png" alt="a turtle"
              " "
              image "./robot%20map.svg" alt=""
              " "
              image "a/b/c.png" alt="styled alt"
        "#]],
    );
}

#[test]
fn images_outside_the_pack_become_their_text() {
    let sources = [
        "https://evil.example/x.png",
        "http://evil.example/x.png",
        "//evil.example/x.png",
        "/etc/passwd",
        "../x.png",
        "a/../../x.png",
        "a/..",
        "%2e%2e/x.png",
        ".%2E/x.png",
        "a%5c..%5cx.png",
        "<a\\b.png>",
        "C:/x.png",
        "file:x.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "javascript:alert(1)",
        "<>",
    ];
    for written in sources {
        let source = format!("See ![the map]({written}) here");
        let (document, warnings) = parse_markdown(&source);
        let expected_source = written.trim_start_matches('<').trim_end_matches('>');
        assert_eq!(
            warnings,
            [MarkdownWarning::ImageOutsidePack {
                line: 1,
                source: expected_source.to_owned()
            }],
            "{source:?}"
        );
        assert_eq!(
            document.blocks,
            [MarkdownBlock::Paragraph(vec![MarkdownInline::Text(
                "See the map here".to_owned()
            )])],
            "{source:?}"
        );
    }
}

// Depth.

/// Parses `source` on a thread with a 256 KiB stack, then drops the tree
/// there too, and returns the nesting depth and the plain text.
fn parse_on_small_stack(source: String) -> (usize, String, usize) {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let (document, warnings) = parse_markdown(&source);
            let copy = document.clone();
            assert_eq!(copy, document);
            (
                nesting_depth(&document),
                document.plain_text(),
                warnings.len(),
            )
        })
        .unwrap()
        .join()
        .unwrap()
}

#[track_caller]
fn check_deep(source: String, innermost_text: &str) {
    let (depth, plain_text, _) = parse_on_small_stack(source);
    assert!(
        depth <= MAXIMUM_NESTING_DEPTH + 3,
        "nesting {depth} is capped"
    );
    assert!(
        depth >= MAXIMUM_NESTING_DEPTH / 2,
        "nesting {depth} is kept up to the cap"
    );
    assert!(plain_text.contains(innermost_text), "{plain_text:?}");
}

#[test]
fn ten_thousand_nested_quotes_do_not_overflow() {
    check_deep(format!("{} deepest", ">".repeat(10_000)), "deepest");
}

#[test]
fn ten_thousand_nested_bullets_do_not_overflow() {
    check_deep(format!("{}deepest", "- ".repeat(10_000)), "deepest");
}

#[test]
fn ten_thousand_nested_numbered_items_do_not_overflow() {
    check_deep(format!("{}deepest", "1. ".repeat(10_000)), "deepest");
}

#[test]
fn ten_thousand_nested_emphases_do_not_overflow() {
    let source = format!("{}deepest{}", "*a ".repeat(10_000), " b*".repeat(10_000));
    check_deep(source, "deepest");
}

#[test]
fn ten_thousand_nested_strong_spans_do_not_overflow() {
    let source = format!("{}deepest{}", "**".repeat(10_000), "**".repeat(10_000));
    let (depth, plain_text, _) = parse_on_small_stack(source);
    assert!(
        depth <= MAXIMUM_NESTING_DEPTH + 3,
        "nesting {depth} is capped"
    );
    assert!(plain_text.contains("deepest"), "{plain_text:?}");
}

#[test]
fn ten_thousand_nested_links_do_not_overflow() {
    let source = format!(
        "{}deepest{}",
        "[".repeat(10_000),
        "](https://x.kz)".repeat(10_000)
    );
    let (depth, plain_text, _) = parse_on_small_stack(source);
    assert!(
        depth <= MAXIMUM_NESTING_DEPTH + 3,
        "nesting {depth} is capped"
    );
    assert!(plain_text.contains("deepest"), "{plain_text:?}");
}

#[test]
fn quotes_holding_lists_holding_quotes_do_not_overflow() {
    let source = format!("{}deepest\n", "> - ".repeat(5_000));
    check_deep(source, "deepest");
}

#[test]
fn content_below_the_cap_is_flattened_not_lost() {
    let prefix = format!("{} ", ">".repeat(MAXIMUM_NESTING_DEPTH + 5));
    let body = "first\n\n```\ncode\n```\n\n<div>html</div>\n\n- item one\n- item two\n\n[unsafe](javascript:x) ![img](../x.png)";
    let source: String = body
        .lines()
        .map(|line| format!("{prefix}{line}\n"))
        .collect();
    let (depth, plain_text, warning_count) = parse_on_small_stack(source);
    assert!(
        depth <= MAXIMUM_NESTING_DEPTH + 3,
        "nesting {depth} is capped"
    );
    for text in [
        "first",
        "code",
        "<div>html</div>",
        "item one",
        "item two",
        "unsafe",
        "img",
    ] {
        assert!(plain_text.contains(text), "{text} in {plain_text:?}");
    }
    assert_eq!(warning_count, 3, "html, link and image are still reported");
}

// Robustness.

#[test]
fn odd_inputs_never_panic() {
    let pieces = [
        "# h", "> q", "- l", "1. n", "```", "~~~py", "    c", "| a |", "|---|", "*", "**", "_",
        "~~", "`", "[", "]", "(", ")", "![", "<", ">", "<a>", "</a>", "\\", "&amp;", "&#0;", "\t",
        "\r\n", "\n", "\u{feff}", "é", "---", "[x]: y", "[x]", "#%", "<!--", "-->",
    ];
    let mut count = 0;
    for first in pieces {
        for second in pieces {
            for third in ["", "\n", " text ", "\n\n"] {
                let source = format!("{first}{third}{second}{third}{first}");
                let (document, _) = parse_markdown(&source);
                let _ = document.plain_text();
                count += 1;
            }
        }
    }
    assert_eq!(count, pieces.len() * pieces.len() * 4);
}
