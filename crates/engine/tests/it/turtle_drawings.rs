//! Turtle programs and their drawings as SVG text snapshots: every
//! `NAME.py` in `tests/data/turtle/drawings` runs, and its output and the
//! SVG of its drawing must equal `NAME.out` and `NAME.svg`
//! (`BASTAU_BLESS=1` rewrites them after a change).

use std::path::PathBuf;

use engine::python::vm::{Limits, RunOutcome, Vm};
use engine::worlds::turtle::{to_svg, TurtleWorld};

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/turtle/drawings")
}

/// The program's output and its drawing.
fn run(source: &str) -> (String, String) {
    let mut vm = Vm::start(source, Limits::default(), 0).unwrap();
    let mut output = String::new();
    loop {
        let outcome = vm.run(100_000);
        output.push_str(&vm.take_output());
        match outcome {
            RunOutcome::Paused => {}
            RunOutcome::Finished => break,
            other => panic!("the program did not finish: {other:?}"),
        }
    }
    let svg = match vm.turtle_world() {
        Some(world) => to_svg(world),
        None => to_svg(&TurtleWorld::new()),
    };
    (output, svg)
}

#[test]
fn drawings_are_what_the_snapshots_show() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 4);
    for path in &paths {
        let (output, svg) = run(&std::fs::read_to_string(path).unwrap());
        for (extension, actual) in [("out", &output), ("svg", &svg)] {
            let expected_path = path.with_extension(extension);
            if std::env::var_os("BASTAU_BLESS").is_some() {
                std::fs::write(&expected_path, actual).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            assert_eq!(actual, &expected, "{}", expected_path.display());
        }
    }
}
