//! Canvas programs frame by frame: every `NAME.py` in `tests/data/canvas`
//! runs for the frames its `# frames: N` line asks, with the scripted input
//! of its `# input: ...` lines (see `worlds::canvas::InputScript`), and what
//! it printed and each frame's shapes must equal `NAME.frames`
//! (`BASTAU_BLESS=1` rewrites them after a change).

use std::path::PathBuf;

use engine::python::vm::{Limits, RunOutcome, Vm};
use engine::worlds::canvas::InputScript;

fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/canvas")
}

/// Runs `source` for the frames and input its header asks; the record of
/// each frame (its output, then its shapes) and how the run ended.
fn run_frames(source: &str) -> String {
    let header = |prefix: &str| -> Vec<String> {
        source
            .lines()
            .filter_map(|line| line.strip_prefix(prefix).map(|rest| rest.trim().to_owned()))
            .collect()
    };
    let frames: u64 = header("# frames:")
        .first()
        .expect("a `# frames: N` line")
        .parse()
        .unwrap();
    let entries = header("# input:");
    let script = InputScript::parse(entries.iter().map(String::as_str)).unwrap();
    let mut vm = Vm::start(source, Limits::default(), 7).unwrap();
    let mut record = String::new();
    let mut frame = 0;
    loop {
        let outcome = vm.run(1_000_000);
        let output = vm.take_output();
        match outcome {
            RunOutcome::Paused => {
                record.push_str(&output);
                continue;
            }
            RunOutcome::WaitingForFrame | RunOutcome::Finished => {
                record.push_str(&format!("== frame {frame}\n{output}"));
                if let Some(world) = vm.canvas_world() {
                    for shape in &world.frame_shapes {
                        record.push_str(&format!("  {} (line {})\n", shape.describe(), shape.line));
                    }
                }
                if outcome == RunOutcome::Finished {
                    record.push_str("== finished\n");
                    break;
                }
            }
            RunOutcome::Failed(failure) => {
                record.push_str(&output);
                record.push_str(&format!(
                    "== failed on line {}: {}\n",
                    failure.line,
                    failure.headline()
                ));
                break;
            }
            RunOutcome::WaitingForInput => panic!("a canvas test does not read input"),
        }
        if frame == frames {
            record.push_str("== stopped\n");
            break;
        }
        frame += 1;
        vm.provide_frame(script.frame_input(frame, 60.0));
    }
    record
}

#[test]
fn canvas_frames_are_what_the_snapshots_show() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 7);
    for path in &paths {
        let actual = run_frames(&std::fs::read_to_string(path).unwrap());
        let expected_path = path.with_extension("frames");
        if std::env::var_os("BASTAU_BLESS").is_some() {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        assert_eq!(actual, expected, "{}", expected_path.display());
    }
}

#[test]
fn a_run_replayed_with_the_same_input_draws_the_same_frames() {
    let path = folder().join("keys.py");
    let source = std::fs::read_to_string(path).unwrap();
    assert_eq!(run_frames(&source), run_frames(&source));
}

#[test]
fn each_frame_gets_the_whole_work_budget_again() {
    // 30 frames of 40,000 steps each: more than the run's budget of
    // 300,000 in all, but never more in one frame.
    let source = "from canvas import *\ndef draw():\n    total = 0\n    for i in range(10000):\n        total += i\n";
    let limits = Limits {
        work: 300_000,
        ..Limits::default()
    };
    let mut vm = Vm::start(source, limits, 0).unwrap();
    for frame in 1..=30 {
        loop {
            match vm.run(100_000) {
                RunOutcome::Paused => continue,
                RunOutcome::WaitingForFrame => break,
                other => panic!("frame {frame}: {other:?}"),
            }
        }
        vm.provide_frame(engine::worlds::canvas::FrameInput::default());
    }
    // One frame of a million steps is over the budget.
    let endless = "from canvas import *\ndef draw():\n    while True:\n        pass\n";
    let mut vm = Vm::start(endless, limits, 0).unwrap();
    assert_eq!(vm.run(1_000), RunOutcome::WaitingForFrame);
    vm.provide_frame(engine::worlds::canvas::FrameInput::default());
    let outcome = vm.run(10_000_000);
    assert!(
        matches!(outcome, RunOutcome::Failed(ref failure) if failure.explanation.id == "python-runtime-work-limit"),
        "{outcome:?}"
    );
}
