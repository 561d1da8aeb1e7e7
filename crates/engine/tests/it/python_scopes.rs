//! The symbol table against CPython 3.11: every function's locals, cells and
//! free variables, for the corpus programs and `tests/data/python-scopes/`.
//!
//! `tests/data/python-scopes/expected.txt` comes from CPython's code objects
//! (`generate.py` beside it); each line names a file, a code object's name and
//! first line, and its sorted `co_varnames`, `co_cellvars` and `co_freevars`.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use engine::python::compiler::scopes::{analyze_scopes, ScopeKind, ScopeTable, SymbolScope};
use engine::python::syntax::parser::parse_module;
use engine::python::syntax::LineIndex;

fn listed<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let mut names: Vec<&str> = names.collect();
    names.sort_unstable();
    if names.is_empty() {
        "-".to_owned()
    } else {
        names.join(" ")
    }
}

/// Our table in the shape of expected.txt's lines (without the file column).
fn render(table: &ScopeTable, source: &str) -> Vec<String> {
    let line_index = LineIndex::new(source);
    table
        .scopes
        .iter()
        .map(|scope| {
            let keeps_fast_locals = !matches!(scope.kind, ScopeKind::Module | ScopeKind::Class);
            let varnames = if keeps_fast_locals {
                listed(
                    scope
                        .symbols
                        .iter()
                        .filter(|symbol| {
                            symbol.scope == SymbolScope::Local
                                || (symbol.scope == SymbolScope::Cell && symbol.is_parameter)
                        })
                        .map(|symbol| symbol.name.as_str()),
                )
            } else {
                "-".to_owned()
            };
            let first_line = if scope.kind == ScopeKind::Module {
                1
            } else {
                line_index.line(scope.span.start)
            };
            format!(
                "{}\t{}\t{}\t{}\t{}",
                scope.name,
                first_line,
                varnames,
                listed(scope.names_with(SymbolScope::Cell)),
                listed(scope.names_with(SymbolScope::Free)),
            )
        })
        .collect()
}

#[test]
fn locals_cells_and_free_variables_match_cpython() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let expected_text = fs::read_to_string(data.join("python-scopes/expected.txt")).unwrap();
    let mut expected_by_file: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for line in expected_text.lines() {
        let (file, rest) = line.split_once('\t').unwrap();
        expected_by_file
            .entry(file)
            .or_default()
            .push(rest.to_owned());
    }
    assert!(
        expected_by_file.len() > 200,
        "{} files",
        expected_by_file.len()
    );
    let mut differences = Vec::new();
    for (file, mut expected) in expected_by_file {
        let folder = if file.starts_with("python-scopes/") {
            ""
        } else {
            "python/"
        };
        let source = fs::read_to_string(data.join(folder).join(file)).unwrap();
        let module = parse_module(&source).unwrap_or_else(|error| panic!("{file}: {error:?}"));
        let table = analyze_scopes(&module).unwrap_or_else(|error| panic!("{file}: {error:?}"));
        let mut ours = render(&table, &source);
        ours.sort();
        expected.sort();
        if ours != expected {
            differences.push(format!(
                "{file}:\n  ours     {ours:?}\n  CPython  {expected:?}"
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "{} files differ:\n{}",
        differences.len(),
        differences.join("\n")
    );
}

#[track_caller]
fn check_error(source: &str, expected_message: &str, expected_line: u32) {
    let module = parse_module(source).unwrap();
    let error = analyze_scopes(&module).unwrap_err();
    assert_eq!(error.kind.cpython_message(), expected_message);
    assert_eq!(LineIndex::new(source).line(error.span.start), expected_line);
}

/// Messages and lines as CPython 3.11 reports them.
#[test]
fn misplaced_declarations_are_syntax_errors() {
    check_error(
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
    );
    check_error(
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
    );
    check_error(
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
    );
    check_error(
        "def f(x):\n    def g():\n        nonlocal x\n        x = 1\n    nonlocal y\n",
        "no binding for nonlocal 'y' found",
        5,
    );
    check_error(
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
    );
    check_error(
        "x = 1\n\ndef f():\n    y = 2\n    nonlocal x\n    return x\n",
        "no binding for nonlocal 'x' found",
        5,
    );
    check_error(
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "name 'x' is nonlocal and global",
        4,
    );
}

#[test]
fn every_scope_error_is_explained_in_every_language() {
    use engine::i18n::{Language, Localizer};
    use engine::python::compiler::scopes::ScopeErrorKind;
    let name = || "x".to_owned();
    let kinds = [
        ScopeErrorKind::AssignedBeforeGlobal(name()),
        ScopeErrorKind::UsedBeforeGlobal(name()),
        ScopeErrorKind::AssignedBeforeNonlocal(name()),
        ScopeErrorKind::UsedBeforeNonlocal(name()),
        ScopeErrorKind::ParameterAndGlobal(name()),
        ScopeErrorKind::ParameterAndNonlocal(name()),
        ScopeErrorKind::NonlocalAndGlobal(name()),
        ScopeErrorKind::NonlocalAtModuleLevel,
        ScopeErrorKind::NoBindingForNonlocal(name()),
        ScopeErrorKind::AnnotatedAndDeclared(name()),
    ];
    for language in Language::ALL {
        let localizer = Localizer::new(language);
        for kind in &kinds {
            let (message_id, arguments) = kind.explanation();
            assert!(
                localizer.has_message(message_id),
                "{}: {message_id}",
                language.code()
            );
            let arguments: Vec<(&str, engine::i18n::MessageArgument)> = arguments
                .into_iter()
                .map(|(argument, value)| (argument, value.into()))
                .collect();
            let text = localizer.text_with(message_id, &arguments);
            assert!(!text.contains("{"), "{}: {text}", language.code());
        }
    }
}
