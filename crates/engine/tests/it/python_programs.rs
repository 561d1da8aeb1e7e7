//! The conformance corpus, whole programs through compiler and VM, against
//! what CPython 3.11 printed (`tests/data/python/`): stdout byte for byte and,
//! for failing programs, the exception type and line.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use engine::python::syntax::LineIndex;
use engine::python::vm::{run_source, Limits, RunFailure, RunOutcome, Vm};

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

/// Runs one program as `run_source` does, with the quick loop on or off, and
/// gives its stdout, how it ended (`Debug` of the failure) and the work done.
fn run_with_quick_loop(
    source: &str,
    input: &str,
    quick_loop: bool,
    slice_fuel: u64,
) -> (String, String, u64) {
    let mut vm = match Vm::start(source, Limits::default(), 0) {
        Ok(vm) => vm,
        Err(error) => return (String::new(), format!("{error:?}"), 0),
    };
    vm.use_quick_loop(quick_loop);
    for line in input.lines() {
        vm.provide_input(line);
    }
    vm.close_input();
    let mut output = String::new();
    let ending = loop {
        let outcome = vm.run(slice_fuel);
        output.push_str(&vm.take_output());
        match outcome {
            RunOutcome::Paused => continue,
            RunOutcome::WaitingForInput => vm.close_input(),
            other => break format!("{other:?}"),
        }
    };
    (output, ending, vm.work_done())
}

/// The quick loop changes nothing but speed: every corpus program, run
/// through the general path alone, prints the same, ends the same (type,
/// message and line) and is charged exactly the same work (the wheeled
/// robot's clock and every budget depend on it).
#[test]
fn the_quick_loop_changes_no_output_ending_or_work() {
    let mut differences = String::new();
    let programs: Vec<PathBuf> = programs_in("ok")
        .into_iter()
        .chain(programs_in("err"))
        .collect();
    for path in &programs {
        let source = std::fs::read_to_string(path).unwrap();
        let input = std::fs::read_to_string(path.with_extension("in")).unwrap_or_default();
        let general = run_with_quick_loop(&source, &input, false, 1_000_000);
        // Large slices, and small ones of an odd size, so that slices end
        // at every kind of instruction (between a superinstruction's two too).
        for slice_fuel in [1_000_000, 97] {
            let quick = run_with_quick_loop(&source, &input, true, slice_fuel);
            if quick != general {
                let _ = writeln!(
                    differences,
                    "{} (slices of {slice_fuel}): quick loop {:?} / general path {:?}",
                    path.display(),
                    (&quick.1, quick.2),
                    (&general.1, general.2)
                );
            }
        }
    }
    assert!(
        differences.is_empty(),
        "of {} programs, these differ:\n{differences}",
        programs.len()
    );
}
