//! The CPython-checked corpus: `tests/data/python-parser/cases.txt` holds
//! programs and what CPython 3.11 gives for each (the tree in the dump's form,
//! or the error), written by `generate.py`.

use std::fs;

use super::render;

/// Undoes the escapes of a case's line: `\n`, `\t`, `\r` and `\\`.
fn unescape(line: &str) -> String {
    let mut text = String::new();
    let mut characters = line.chars();
    while let Some(character) = characters.next() {
        if character != '\\' {
            text.push(character);
            continue;
        }
        match characters.next() {
            Some('n') => text.push('\n'),
            Some('t') => text.push('\t'),
            Some('r') => text.push('\r'),
            Some('\\') => text.push('\\'),
            Some(other) => {
                text.push('\\');
                text.push(other);
            }
            None => text.push('\\'),
        }
    }
    text
}

#[test]
fn every_case_matches_cpython() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/python-parser/cases.txt"
    );
    let cases = fs::read_to_string(path).unwrap();
    let mut lines = cases.lines().peekable();
    let mut count = 0;
    let mut differences = Vec::new();
    while let Some(line) = lines.next() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut expected = String::new();
        while let Some(result) = lines.next_if(|next| next.starts_with('>')) {
            expected.push_str(result.strip_prefix("> ").unwrap_or(result));
            expected.push('\n');
        }
        count += 1;
        let actual = render(&unescape(line));
        if actual != expected {
            differences.push(format!("{line}\n  CPython:\n{expected}  parser:\n{actual}"));
        }
    }
    assert!(count > 300, "the corpus has its cases: {count}");
    assert!(
        differences.is_empty(),
        "{} of {count} cases differ from CPython:\n\n{}",
        differences.len(),
        differences.join("\n")
    );
}

/// The programs of the interpreter's corpus (`tests/data/python`): those that
/// run parse, and a syntax error comes with CPython's type and line (a
/// compiler's error, such as `'return' outside function`, parses).
#[test]
fn the_conformance_programs_parse_as_cpython_does() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/python");
    let mut checked = 0;
    let mut problems = Vec::new();
    for kind in ["ok", "err"] {
        let mut paths: Vec<_> = fs::read_dir(format!("{folder}/{kind}"))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
            .collect();
        paths.sort();
        for path in paths {
            let source = fs::read_to_string(&path).unwrap();
            let expected = fs::read_to_string(path.with_extension("expected")).unwrap_or_default();
            let mut expected = expected.split_whitespace();
            let (expected_type, expected_line) =
                (expected.next().unwrap_or(""), expected.next().unwrap_or(""));
            let syntax = matches!(
                expected_type,
                "SyntaxError" | "IndentationError" | "TabError"
            );
            checked += 1;
            match engine::python::syntax::parser::parse_module(&source) {
                Ok(_) if kind == "ok" || !syntax => {}
                Ok(_) => {} // The compiler's errors, such as 'return' outside function.
                Err(error) => {
                    let line =
                        engine::python::syntax::LineIndex::new(&source).line(error.span.start);
                    let found = format!("{} {line}", error.kind.python_type());
                    if kind == "ok"
                        || !syntax
                        || found != format!("{expected_type} {expected_line}")
                    {
                        problems.push(format!(
                            "{}: {found} {}",
                            path.display(),
                            error.kind.cpython_message()
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 100, "the corpus has its programs: {checked}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
