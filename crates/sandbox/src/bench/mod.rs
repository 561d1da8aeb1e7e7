//! `sandbox bench [PROGRAMS_FOLDER] [--runs N] [--only NAME] [--ours]`: the
//! figures `cargo xtask bench` prints (`--only` times one program, `--ours`
//! skips CPython: both for profiling, and both skip the robot). The language: every `*.py` of the folder (pupil-like
//! workloads) run by our VM in this process and by CPython (`python3`,
//! timed inside its own process, so its start-up is not counted),
//! interleaved, the median of N runs each; their outputs must be equal;
//! each program's time ratio and the median ratio are printed. The wheeled
//! robot: simulated seconds per real second for a one-robot line follower.

mod language;
mod memory;

use std::process::ExitCode;

use engine::python::vm::{Limits, RunOutcome, Vm};
use engine::worlds::rover::{Field, FieldLine, Pose, RoverGoal, RoverTask};
use engine::worlds::turtle::Color;

/// The line follower timed: one sensor, zig-zagging along the line's edge.
const LINE_FOLLOWER: &str = "from rover import *
laps = 0
while timer() < 590:
    if on_line():
        motors(60, 25)
    else:
        motors(25, 60)
stop()
";

/// An oval line 160 by 110 cm on a 240 by 180 cm field.
fn oval_field() -> Field {
    let mut field = Field::new(240.0, 180.0);
    let points: Vec<(f64, f64)> = (0..=72)
        .map(|index| {
            let radians = (f64::from(index) * 5.0 - 90.0).to_radians();
            (120.0 + 80.0 * radians.cos(), 90.0 + 55.0 * radians.sin())
        })
        .collect();
    field.start = Pose {
        x: points[0].0,
        y: points[0].1,
        heading: 0.0,
    };
    field.lines.push(FieldLine {
        points,
        width: 3.0,
        color: Color::BLACK,
    });
    field
}

/// Runs the language benchmark (when a folder is given) and the wheeled
/// robot's.
pub fn bench(arguments: &[String]) -> ExitCode {
    let mut options = language::Options {
        runs: 3,
        only: None,
        ours_only: false,
    };
    let mut folder = None;
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        match argument.as_str() {
            "--runs" => match rest.next().and_then(|value| value.parse().ok()) {
                Some(value) if value > 0 => options.runs = value,
                _ => {
                    eprintln!("--runs takes a whole number above 0");
                    return ExitCode::FAILURE;
                }
            },
            "--only" => options.only = rest.next().cloned(),
            "--ours" => options.ours_only = true,
            path => folder = Some(std::path::PathBuf::from(path)),
        }
    }
    if let Some(folder) = folder {
        if let Err(problem) = language::bench(&folder, &options) {
            eprintln!("{problem}");
            return ExitCode::FAILURE;
        }
        if options.ours_only {
            return ExitCode::SUCCESS;
        }
        if let Err(problem) = memory::bench(&folder, options.only.as_deref()) {
            eprintln!("{problem}");
            return ExitCode::FAILURE;
        }
        if options.only.is_some() {
            return ExitCode::SUCCESS;
        }
    }
    rover_bench()
}

/// Runs the line follower for 590 simulated seconds, five times, and
/// prints the best and the median speed.
fn rover_bench() -> ExitCode {
    let task = RoverTask {
        field: oval_field(),
        goal: RoverGoal {
            time_limit: 600.0,
            ..RoverGoal::default()
        },
    };
    let mut speeds = Vec::new();
    let mut simulated = 0.0;
    for _ in 0..5 {
        let Ok(mut vm) = Vm::start(LINE_FOLLOWER, Limits::default(), 0) else {
            eprintln!("the benchmark program does not compile");
            return ExitCode::FAILURE;
        };
        vm.set_rover_task(&task);
        // Native only: the benchmark measures the machine, not the program.
        #[allow(clippy::disallowed_methods)]
        let started = std::time::Instant::now();
        loop {
            match vm.run(1_000_000) {
                RunOutcome::Paused => {}
                RunOutcome::Finished => break,
                other => {
                    eprintln!("the benchmark program ended with {other:?}");
                    return ExitCode::FAILURE;
                }
            }
        }
        let real = started.elapsed().as_secs_f64();
        simulated = vm
            .rover_simulation()
            .map_or(0.0, |simulation| simulation.time as f64 / 1_000_000.0);
        speeds.push(simulated / real.max(1e-9));
    }
    speeds.sort_by(f64::total_cmp);
    println!(
        "wheeled robot, one-sensor line follower on an oval: {simulated:.0} simulated s per run; median {:.0}x real time, best {:.0}x (goal: at least 1000x)",
        speeds[speeds.len() / 2],
        speeds[speeds.len() - 1]
    );
    ExitCode::SUCCESS
}
