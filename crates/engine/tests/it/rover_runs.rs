//! The wheeled robot driven by programs: a square ends where it began, a
//! robot stops before a wall, a line follower goes round an oval line to
//! its end, a busy loop waiting for a sensor ends (simulated time follows
//! the program's work), a run past its time limit stops with RobotError,
//! and every lesson of the rover course is solved by its reference
//! solution and not by its known-wrong programs.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use engine::pack::checks::check_code;
use engine::pack::{lesson_files_of, load_pack};
use engine::python::vm::{Limits, RunOutcome, Vm};
use engine::worlds::rover::{
    playground_field, Field, FieldLine, FieldShape, RoverGoal, RoverTask, Simulation, BODY_RADIUS,
};

/// Runs `source` on `field` to its end; the VM, and how it ended.
fn run(source: &str, field: Field, time_limit: f64) -> (Vm, RunOutcome) {
    let mut vm = Vm::start(source, Limits::default(), 1).unwrap();
    vm.set_rover_task(&RoverTask {
        field,
        goal: RoverGoal {
            time_limit,
            ..RoverGoal::default()
        },
    });
    loop {
        match vm.run(1_000_000) {
            RunOutcome::Paused => {}
            outcome => return (vm, outcome),
        }
    }
}

fn simulation(vm: &Vm) -> &Simulation {
    vm.rover_simulation().expect("the program used the robot")
}

#[test]
fn a_square_ends_where_it_began() {
    let source = "from rover import *\nfor side in range(4):\n    drive(40)\n    turn(90)\n";
    let (vm, outcome) = run(source, Field::new(200.0, 200.0), 120.0);
    assert_eq!(outcome, RunOutcome::Finished);
    let pose = simulation(&vm).state.pose;
    assert!(
        (pose.x - 100.0).abs() < 2.0 && (pose.y - 100.0).abs() < 2.0,
        "{pose:?}"
    );
    assert!((pose.heading - 360.0).abs() < 3.0, "{pose:?}");
    // The far corner was reached on the way: the square is 40 cm wide.
    let farthest = simulation(&vm)
        .samples
        .iter()
        .map(|sample| sample.pose.x.max(sample.pose.y))
        .fold(0.0, f64::max);
    assert!((farthest - 140.0).abs() < 2.0, "{farthest}");
}

#[test]
fn a_robot_stops_before_the_wall_and_a_busy_loop_ends() {
    let mut field = Field::new(300.0, 100.0);
    field.start.x = 30.0;
    field.walls.push(FieldShape::Rectangle {
        x: 250.0,
        y: 0.0,
        width: 10.0,
        height: 100.0,
    });
    // `pass` in the loop: only the program's own work moves the clock.
    let source = "from rover import *\nmotors(60, 60)\nwhile distance() > 10:\n    pass\nstop()\nprint(distance(), bumper())\n";
    let (mut vm, outcome) = run(source, field, 60.0);
    assert_eq!(outcome, RunOutcome::Finished);
    let output = vm.take_output();
    let simulation = simulation(&vm);
    let gap = 250.0 - simulation.state.pose.x - BODY_RADIUS;
    // The sensor reads to a tenth: 10.0 may be up to 10.05.
    assert!(
        (8.0..=10.05).contains(&gap),
        "stopped {gap} cm from the wall: {output}"
    );
    assert!(output.ends_with("False\n"), "{output}");
    assert_eq!(simulation.first_collision, None);
    assert!(
        simulation.time > 5_000_000,
        "about 6 simulated seconds passed"
    );
}

#[test]
fn a_line_follower_goes_round_an_oval_to_its_end() {
    let mut field = Field::new(240.0, 180.0);
    let points: Vec<(f64, f64)> = (0..=36)
        .map(|index| {
            let radians = (f64::from(index) * 10.0 - 90.0).to_radians();
            (120.0 + 80.0 * radians.cos(), 90.0 + 55.0 * radians.sin())
        })
        .collect();
    field.start = engine::worlds::rover::Pose {
        x: points[0].0,
        y: points[0].1,
        heading: 0.0,
    };
    field.lines.push(FieldLine {
        points,
        width: 3.0,
        color: engine::worlds::turtle::Color::BLACK,
    });
    let follower = "from rover import *\nwhile timer() < 45:\n    if on_line():\n        motors(50, 20)\n    else:\n        motors(20, 50)\nstop()\n";
    let (vm, outcome) = run(follower, field.clone(), 60.0);
    assert_eq!(outcome, RunOutcome::Finished);
    let goal = RoverGoal {
        follow_line: true,
        touch_nothing: true,
        ..RoverGoal::default()
    };
    assert_eq!(goal.problem(simulation(&vm)), None);
    // Driving straight ahead leaves the line at once.
    let (vm, _) = run("from rover import *\ndrive(150)\n", field, 60.0);
    assert!(goal.problem(simulation(&vm)).is_some());
}

#[test]
fn a_run_past_its_time_limit_stops_with_robot_error() {
    let (_, outcome) = run(
        "from rover import *\nmotors(10, 10)\nwhile True:\n    pass\n",
        playground_field(),
        5.0,
    );
    let RunOutcome::Failed(failure) = outcome else {
        panic!("{outcome:?}");
    };
    assert_eq!(failure.type_name, "RobotError");
    assert_eq!(failure.explanation.id, "python-runtime-rover-time-up");
    assert!(
        [3, 4].contains(&failure.line),
        "the loop's lines: {}",
        failure.line
    );
}

#[test]
fn every_rover_lesson_is_solved_by_its_solution_and_not_by_known_wrong_programs() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../lessons/rover");
    let manifest = fs::read_to_string(root.join("pack.toml")).unwrap();
    let mut files = BTreeMap::new();
    for name in lesson_files_of(&manifest) {
        files.insert(name.clone(), fs::read_to_string(root.join(&name)).unwrap());
    }
    let pack = load_pack(&manifest, &files).unwrap();
    assert!(pack.lessons.len() >= 6);
    let wrong_root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/rover-course");
    for lesson in &pack.lessons {
        assert!(
            check_code(lesson, &lesson.solution).passed(),
            "{}",
            lesson.id
        );
        assert!(
            !check_code(lesson, &lesson.starter_code).passed(),
            "{} starter",
            lesson.id
        );
        let mut wrong: Vec<PathBuf> = fs::read_dir(wrong_root.join(&lesson.id))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
            .collect();
        wrong.sort();
        assert!(!wrong.is_empty(), "{}: no wrong programs", lesson.id);
        for program in wrong {
            let code = fs::read_to_string(&program).unwrap();
            assert!(
                !check_code(lesson, &code).passed(),
                "{} passes",
                program.display()
            );
        }
    }
}

#[test]
fn drive_and_turn_end_where_told_at_any_power_and_a_robot_at_a_wall_turns_away() {
    let source = "from rover import *\nturn(90, 100)\nprint(gyro())\ndrive(33.3, 100)\nturn(-45, 7)\nprint(gyro())\n";
    let (mut vm, outcome) = run(source, Field::new(300.0, 300.0), 60.0);
    assert_eq!(outcome, RunOutcome::Finished);
    assert_eq!(vm.take_output(), "90.0\n45.0\n");
    let pose = simulation(&vm).state.pose;
    assert!((pose.y - 183.3).abs() < 1e-6, "{pose:?}");
    // Pressed against the wall ahead, the robot still turns on the spot
    // (and on one wheel), then drives away.
    let mut field = Field::new(100.0, 100.0);
    field.start.x = 50.0;
    let source = "from rover import *\nmotors(50, 50)\nwait(3)\nprint(bumper())\nmotors(10, 50)\nwait(1)\nturn(90)\ndrive(20)\nprint(bumper())\n";
    let (mut vm, outcome) = run(source, field, 60.0);
    assert_eq!(outcome, RunOutcome::Finished);
    assert_eq!(vm.take_output(), "True\nFalse\n");
    assert!(simulation(&vm).state.pose.x < 80.0);
}
