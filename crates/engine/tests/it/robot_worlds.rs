//! The grid robot: `tests/data/robot/WORLD.toml` is a world file (some with
//! a reference `solution`), and each `WORLD/NAME.py` a program whose report,
//! one line per world variant as `sandbox robot` prints it in English, is in
//! `WORLD/NAME.expected`; `tests/data/robot/err/NAME.toml` is a world file
//! with mistakes, reported as in `NAME.expected` (`BASTAU_BLESS=1` rewrites
//! the expected files after a change).

use std::fs;
use std::path::{Path, PathBuf};

use engine::i18n::{Language, Localizer};
use engine::pack::checks::{localize, variant_reports};
use engine::pack::{load_robot_task, DEFAULT_WORK_BUDGET};
use engine::python::vm::builtins::{robot_command, ROBOT_NAMES};
use engine::python::vm::{Limits, RunOutcome, Vm};
use engine::worlds::robot::{RobotAction, RobotTask, RobotWorld};

fn data_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/robot")
}

fn files_with_extension(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|found| found == extension))
        .collect();
    files.sort();
    files
}

/// What `sandbox robot` prints for `code` in the world file `world_source`.
fn report_text(world_name: &str, world_source: &str, code: &str) -> String {
    let localizer = Localizer::new(Language::English);
    match load_robot_task(world_name, world_source) {
        Err(problems) => problems
            .iter()
            .map(|problem| {
                format!(
                    "{}: {}",
                    problem.place(),
                    localize(&localizer, &problem.message)
                )
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Ok(task) => {
            let lesson: toml::Table = toml::from_str(world_source).unwrap();
            let solution = lesson.get("solution").and_then(|value| value.as_str());
            variant_reports(&task, code, solution, false, DEFAULT_WORK_BUDGET)
                .iter()
                .map(|report| localize(&localizer, &report.explanation))
                .collect::<Vec<_>>()
                .join("\n")
        }
    }
}

/// Compares `input`'s report with the text of the `expected` file (written
/// first under `BASTAU_BLESS=1`).
fn check(world: &Path, program: Option<&Path>, expected: &Path) {
    let world_source = fs::read_to_string(world).unwrap();
    let code = program.map_or_else(String::new, |program| fs::read_to_string(program).unwrap());
    let name = world.file_name().unwrap().to_string_lossy();
    let got = report_text(&name, &world_source, &code) + "\n";
    if std::env::var_os("BASTAU_BLESS").is_some() {
        fs::write(expected, &got).unwrap();
    }
    let wanted = fs::read_to_string(expected)
        .unwrap_or_else(|_| panic!("{} has no .expected file", expected.display()));
    assert_eq!(got, wanted, "{}", program.unwrap_or(world).display());
}

#[test]
fn every_program_gets_its_report_in_every_world() {
    let mut programs = 0;
    for world in files_with_extension(&data_folder(), "toml") {
        for program in files_with_extension(&world.with_extension(""), "py") {
            check(&world, Some(&program), &program.with_extension("expected"));
            programs += 1;
        }
    }
    assert!(programs >= 15, "only {programs} programs");
}

#[test]
fn world_file_mistakes_are_reported_at_their_place() {
    let files = files_with_extension(&data_folder().join("err"), "toml");
    assert!(files.len() >= 4);
    for world in files {
        check(&world, None, &world.with_extension("expected"));
    }
}

/// Runs `code` in `world` to its end.
fn run_in(world: RobotWorld, code: &str) -> Vm {
    let task = RobotTask {
        variants: vec![engine::worlds::robot::WorldVariant { world, goal: None }],
        offers_turn_right: true,
    };
    let mut vm = Vm::start(code, Limits::default(), 1).unwrap();
    vm.set_robot_world(&task, 0);
    assert_eq!(vm.run(50_000_000), RunOutcome::Finished);
    vm
}

#[test]
fn any_step_of_a_long_run_is_the_start_replayed_to_it() {
    // 12,000 steps around an empty 20 by 20 field, putting as it goes.
    let mut world = RobotWorld::new(20, 20);
    world.robot.bag = engine::worlds::robot::Bag::Unlimited;
    let code = "from robot import *\nfor i in range(4000):\n    if front_is_blocked():\n        turn_left()\n    move()\n    put()\n";
    let vm = run_in(world, code);
    let record = vm.robot_record().unwrap();
    assert!(record.steps.len() >= 8_000, "{} steps", record.steps.len());
    assert_eq!(record.world_at(0), record.start);
    assert_eq!(record.world_at(record.steps.len()), record.now);
    let mut replayed = record.start.clone();
    for (index, step) in record.steps.iter().enumerate().take(3_000) {
        assert_eq!(record.world_at(index), replayed, "before step {index}");
        replayed.apply(step.action).unwrap();
        assert_eq!(
            step.line,
            match step.action {
                RobotAction::TurnLeft => 4,
                RobotAction::Move => 5,
                _ => 6,
            }
        );
    }
    assert_eq!(record.now.total_items(), 4_000);
}

#[test]
fn every_command_has_a_kazakh_and_a_russian_name() {
    for (function, names) in ROBOT_NAMES {
        let cyrillic = |letter: char| ('\u{400}'..='\u{4ff}').contains(&letter);
        let kazakh_letters = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
        let russian = names
            .iter()
            .filter(|name| name.chars().any(cyrillic) && !name.contains(kazakh_letters));
        assert!(
            russian.count() >= 1,
            "{} has no Russian name",
            function.name()
        );
        assert!(names.iter().any(|name| name.chars().any(cyrillic)));
        for name in names.iter().copied().chain([function.name()]) {
            assert_eq!(robot_command(name), Some(*function), "{name}");
        }
    }
    // The glossary's names.
    for (english, kazakh, russian) in [
        ("move", "алға", "вперёд"),
        ("turn_left", "солға_бұрыл", "налево"),
        ("turn_right", "оңға_бұрыл", "направо"),
        ("pick", "ал", "взять"),
        ("put", "қой", "положить"),
        ("front_is_clear", "алда_бос", "впереди_свободно"),
        ("left_is_clear", "солда_бос", "слева_свободно"),
        ("right_is_clear", "оңда_бос", "справа_свободно"),
        ("front_is_blocked", "алда_қабырға", "впереди_стена"),
        ("facing_north", "бағыты_солтүстік", "смотрит_на_север"),
    ] {
        assert_eq!(robot_command(kazakh), robot_command(english), "{kazakh}");
        assert_eq!(robot_command(russian), robot_command(english), "{russian}");
        assert!(robot_command(english).is_some(), "{english}");
    }
}

#[test]
fn a_lesson_may_leave_turn_right_for_the_pupil_to_write() {
    let task = load_robot_task(
        "world.toml",
        "[world]\nwidth = 3\nheight = 3\nturn_right = false\n",
    )
    .unwrap();
    let mut vm = Vm::start(
        "from robot import *\nmove()\nturn_right()\n",
        Limits::default(),
        1,
    )
    .unwrap();
    vm.set_robot_world(&task, 0);
    let RunOutcome::Failed(failure) = vm.run(1_000_000) else {
        panic!("turn_right() ran");
    };
    assert_eq!((failure.type_name.as_str(), failure.line), ("NameError", 3));
    assert_eq!(failure.explanation.id, "python-runtime-robot-no-turn-right");
    let mut vm = Vm::start("import robot\nrobot.turn_right()\n", Limits::default(), 1).unwrap();
    vm.set_robot_world(&task, 0);
    let RunOutcome::Failed(failure) = vm.run(1_000_000) else {
        panic!("robot.turn_right() ran");
    };
    assert_eq!(failure.explanation.id, "python-runtime-robot-no-turn-right");
    // Written by the pupil, it works.
    let code = "from robot import *\ndef turn_right():\n    for i in range(3):\n        turn_left()\nturn_right()\n";
    let mut vm = Vm::start(code, Limits::default(), 1).unwrap();
    vm.set_robot_world(&task, 0);
    assert_eq!(vm.run(1_000_000), RunOutcome::Finished);
    assert_eq!(
        vm.robot_record().unwrap().now.robot.facing,
        engine::worlds::robot::Direction::South
    );
}

/// The course's lessons (`lessons/robot`).
fn robot_course() -> engine::pack::Pack {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons/robot");
    let (manifest, files) = crate::pack::read_pack_files(&folder);
    engine::pack::load_pack(&manifest, &files).unwrap()
}

#[test]
fn the_robot_course_teaches_with_worlds_that_catch_a_memorised_path() {
    let course = robot_course();
    assert!(
        course.lessons.len() >= 12,
        "{} lessons",
        course.lessons.len()
    );
    let mut memorised = 0;
    for lesson in &course.lessons {
        let task = lesson.robot.as_ref().unwrap();
        assert!(
            task.variants.len() >= 3,
            "{}: {} worlds",
            lesson.id,
            task.variants.len()
        );
        // The reference solution reaches the goal in every world.
        let reports = variant_reports(
            task,
            &lesson.solution,
            Some(&lesson.solution),
            false,
            lesson.work_budget,
        );
        assert!(reports.iter().all(|report| report.met), "{}", lesson.id);
        assert!(
            engine::pack::checks::check_code(lesson, &lesson.solution).passed(),
            "{}",
            lesson.id
        );
        // The stage can draw every world's goal when the lesson opens.
        let goals = engine::pack::checks::variant_goals(
            task,
            &lesson.solution,
            true,
            engine::pack::checks::GOAL_DRAWING_WORK,
        );
        assert!(
            goals.iter().all(Option::is_some),
            "{}: a goal is not drawn",
            lesson.id
        );
        // Known-wrong programs fail; one that memorises world 1's path
        // reaches the goal there and fails in another world.
        let wrong_folder = data_folder().join("../robot-course").join(&lesson.id);
        let wrong = files_with_extension(&wrong_folder, "py");
        assert!(!wrong.is_empty(), "{}: no wrong programs", lesson.id);
        for program in wrong {
            let code = fs::read_to_string(&program).unwrap();
            let report = engine::pack::checks::check_code(lesson, &code);
            assert!(!report.passed(), "{} passes", program.display());
            if program.file_stem().is_some_and(|stem| stem == "memorised") {
                memorised += 1;
                let reports = variant_reports(
                    task,
                    &code,
                    Some(&lesson.solution),
                    false,
                    lesson.work_budget,
                );
                assert!(reports[0].met, "{} fails world 1", program.display());
                assert!(reports.iter().any(|report| !report.met));
            }
        }
    }
    assert!(
        memorised + 3 >= course.lessons.len(),
        "only {memorised} memorised paths"
    );
}
