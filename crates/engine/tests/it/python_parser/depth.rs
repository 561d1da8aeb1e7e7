//! Deep nesting: parsing (and dropping the tree) must never overflow the
//! stack, even on a thread with a 256 KiB stack in a debug build.

use engine::python::syntax::parser::parse_module;

use super::error_line;

/// Parses `source` on a thread with a 256 KiB stack (the tree is dropped
/// there too): "ok", or the error as `Type line:column message`.
fn parse_on_small_stack(source: String) -> String {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || match parse_module(&source) {
            Ok(_) => "ok".to_owned(),
            Err(error) => error_line(&source, &error),
        })
        .unwrap()
        .join()
        .unwrap()
}

/// `x = ` and `depth` times `open`, `1`, `depth` times `close`.
fn nested(open: &str, close: &str, depth: usize) -> String {
    format!("x = {}1{}\n", open.repeat(depth), close.repeat(depth))
}

#[test]
fn brackets_as_deep_as_the_lexer_allows_parse() {
    let kinds = [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("{1: ", "}"),
        ("f(", ")"),
        ("x[", "]"),
        ("-(", ")"),
        ("not (", ")"),
        ("(lambda: ", ")"),
        ("[y for y in ", "]"),
        ("f(*", ")"),
        ("f(a=", ")"),
        ("a[1:", "]"),
        ("(1 if x else ", ")"),
        ("(a or b and not c < d | e ^ f & g << h + i * -j ** ", ")"),
    ];
    for (open, close) in kinds {
        for depth in [3, 10, 100, 190, 199] {
            let source = nested(open, close, depth);
            let result = parse_on_small_stack(source);
            let too_tall = open.len() > 40 && depth > 30;
            if too_tall {
                assert!(result.contains("too complex"), "{open} {depth}: {result}");
            } else {
                assert_eq!(result, "ok", "{open} nested {depth} deep");
            }
        }
    }
}

#[test]
fn more_brackets_are_the_lexers_error() {
    assert_eq!(
        parse_on_small_stack(nested("(", ")", 300)),
        "SyntaxError 1:205 too many nested parentheses"
    );
    assert_eq!(
        parse_on_small_stack(nested("[", "", 199)),
        "SyntaxError 1:203 '[' was never closed"
    );
}

#[test]
fn long_chains_are_too_complex_not_a_crash() {
    let chains = [
        format!("x = {}x\n", "not ".repeat(10000)),
        format!("x = {}x\n", "-".repeat(10000)),
        format!("x = {}x\n", "lambda: ".repeat(10000)),
        format!("x = 2{}\n", "**2".repeat(10000)),
        format!("x = {}c\n", "a if b else ".repeat(10000)),
        format!("x = y{}\n", ".a".repeat(10000)),
        format!("x = y{}\n", "()".repeat(10000)),
        format!("x = y{}\n", "[0]".repeat(10000)),
        format!("x = y{}\n", " + y".repeat(10000)),
        format!("if x: pass\n{}", "elif x: pass\n".repeat(10000)),
        format!("x = {}1{}\n", "lambda a=".repeat(100), ": 1".repeat(100)),
    ];
    for source in chains {
        let result = parse_on_small_stack(source.clone());
        assert!(
            result.contains("Parser stack overflowed - Python source too complex to parse"),
            "{}: {result}",
            &source[..30]
        );
    }
}

#[test]
fn long_but_reasonable_chains_parse() {
    let chains = [
        format!("x = {}x\n", "not ".repeat(400)),
        format!("x = {}x\n", "-".repeat(400)),
        format!("x = 2{}\n", "**2".repeat(400)),
        format!("x = y{}\n", " + y".repeat(400)),
        format!("x = y{}\n", ".a".repeat(400)),
        format!("if x: pass\n{}", "elif x: pass\n".repeat(400)),
        format!("x = 1\n{}", "y = x + 1\n".repeat(5000)),
    ];
    for source in chains {
        assert_eq!(
            parse_on_small_stack(source.clone()),
            "ok",
            "{}",
            &source[..30]
        );
    }
}

#[test]
fn blocks_as_deep_as_the_lexer_allows_parse() {
    let mut source = String::new();
    for level in 0..99 {
        source.push_str(&"    ".repeat(level));
        source.push_str(["if x:\n", "for i in y:\n", "while z:\n", "def f():\n"][level % 4]);
    }
    source.push_str(&"    ".repeat(99));
    source.push_str("x = [[[1]]] + f(g(h(2)))\n");
    assert_eq!(parse_on_small_stack(source), "ok");
}

#[test]
fn nested_fstrings_with_brackets_parse() {
    let inner = format!("{}1{}", "(".repeat(150), ")".repeat(150));
    let source = format!("x = f'''{{f\"\"\"{{f'{{f\"{{{inner}}}\"}}'}}\"\"\"}}'''\n");
    assert_eq!(parse_on_small_stack(source), "ok");
}

#[test]
fn an_error_deep_inside_is_found_where_it_is() {
    let source = format!("x = {}1 2{}\n", "[".repeat(150), "]".repeat(150));
    assert_eq!(
        parse_on_small_stack(source),
        "SyntaxError 1:155 invalid syntax. Perhaps you forgot a comma?"
    );
    let source = format!("x = = 1\ny = {}1{}\n", "[".repeat(150), "]".repeat(150));
    assert_eq!(
        parse_on_small_stack(source),
        "SyntaxError 1:5 invalid syntax"
    );
}
