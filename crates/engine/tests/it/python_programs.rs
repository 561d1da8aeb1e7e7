//! The conformance corpus, whole programs through compiler and VM, against
//! what CPython 3.11 printed (`tests/data/python/`): stdout byte for byte and,
//! for failing programs, the exception type and line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use engine::python::syntax::LineIndex;
use engine::python::vm::{run_source, Limits, RunFailure};

fn corpus_folder(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/python")
        .join(name)
}

fn programs_in(folder: &str) -> Vec<PathBuf> {
    let mut programs: Vec<PathBuf> = std::fs::read_dir(corpus_folder(folder))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
        .collect();
    programs.sort();
    programs
}

/// Runs one program and describes how it ended: its stdout, then either
/// `finished` or `TYPE LINE`, the corpus's format.
fn run_program(path: &Path) -> (String, String) {
    let source = std::fs::read_to_string(path).unwrap();
    let input = std::fs::read_to_string(path.with_extension("in")).unwrap_or_default();
    let run = run_source(&source, &input, 0, Limits::default());
    let ending = match run.failure {
        None => String::from("finished"),
        Some(RunFailure::Compile(error)) => {
            let line = LineIndex::new(&source).line(error.span.start);
            format!("{} {line}", error.kind.python_type())
        }
        Some(RunFailure::Runtime(failure)) => format!("{} {}", failure.type_name, failure.line),
    };
    (run.output, ending)
}

/// Compares every program of a folder with what CPython did, and reports all
/// differences at once.
fn check(folder: &str, expected_ending: impl Fn(&Path) -> String) {
    let programs = programs_in(folder);
    assert!(
        programs.len() >= 30,
        "the corpus folder {folder} is missing"
    );
    let mut differences = String::new();
    let mut passed = 0;
    for path in &programs {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let expected_output = std::fs::read_to_string(path.with_extension("out")).unwrap();
        let expected = expected_ending(path);
        let (output, ending) = run_program(path);
        if output != expected_output {
            let _ = writeln!(
                differences,
                "{folder}/{name}: stdout differs\n--- CPython\n{expected_output}--- ours\n{output}---"
            );
        } else if ending != expected {
            let _ = writeln!(
                differences,
                "{folder}/{name}: expected `{expected}`, got `{ending}`"
            );
        } else {
            passed += 1;
        }
    }
    assert!(
        differences.is_empty(),
        "{passed} of {} programs in {folder}/ agree with CPython; the others:\n{differences}",
        programs.len()
    );
}

#[test]
fn programs_that_finish_print_what_cpython_prints() {
    check("ok", |_| String::from("finished"));
}

#[test]
fn programs_that_fail_fail_with_cpython_s_exception_and_line() {
    check("err", |path| {
        std::fs::read_to_string(path.with_extension("expected"))
            .unwrap()
            .trim()
            .to_owned()
    });
}
