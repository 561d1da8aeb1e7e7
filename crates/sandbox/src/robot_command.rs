//! `sandbox robot WORLD_OR_LESSON SOLUTION.py [--lang kk|ru|en]`: runs a
//! grid-robot program in every world variant of a world file (or of a
//! robot lesson's file) and says, per variant and in the chosen language,
//! whether the goal was met and if not why: the cell, what was expected
//! and what was got, or the crash and its line. A variant without a goal
//! of its own is judged against the lesson's `solution` when the file has
//! one. Exits with 0 when every goal was met, 1 when one was not, 2 when
//! the files cannot be read.

use std::process::ExitCode;

use engine::i18n::{Language, Localizer};
use engine::pack::checks::{localize, variant_reports};
use engine::pack::{load_robot_task, DEFAULT_WORK_BUDGET};

const USAGE: &str = "usage: sandbox robot WORLD_OR_LESSON.toml SOLUTION.py [--lang kk|ru|en]";

/// `sandbox robot`.
pub fn robot(arguments: &[String]) -> ExitCode {
    let mut paths = Vec::new();
    let mut language = Language::English;
    let mut rest = arguments.iter();
    while let Some(argument) = rest.next() {
        if argument == "--lang" {
            match rest.next().and_then(|code| Language::from_code(code)) {
                Some(chosen) => language = chosen,
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            }
        } else {
            paths.push(argument.clone());
        }
    }
    let [world_path, program_path] = &paths[..] else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let read = |path: &str| {
        std::fs::read_to_string(path).map_err(|error| {
            eprintln!("sandbox: cannot read {path}: {error}");
            ExitCode::from(2)
        })
    };
    let (world_source, code) = match (read(world_path), read(program_path)) {
        (Ok(world_source), Ok(code)) => (world_source, code),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let localizer = Localizer::new(language);
    let task = match load_robot_task(world_path, &world_source) {
        Ok(task) => task,
        Err(problems) => {
            for problem in problems {
                println!(
                    "{}: {}",
                    problem.place(),
                    localize(&localizer, &problem.message)
                );
            }
            return ExitCode::from(2);
        }
    };
    // A lesson's file also gives the reference solution, the budget and
    // whether the goal asks the robot's direction.
    let lesson = toml::from_str::<toml::Table>(&world_source).unwrap_or_default();
    let solution = lesson.get("solution").and_then(|value| value.as_str());
    let work_budget = lesson
        .get("work_budget")
        .and_then(|value| value.as_integer())
        .and_then(|budget| u64::try_from(budget).ok())
        .unwrap_or(DEFAULT_WORK_BUDGET);
    let facing = lesson
        .get("checks")
        .and_then(|checks| checks.as_array())
        .into_iter()
        .flatten()
        .filter(|check| check.get("kind").and_then(|kind| kind.as_str()) == Some("goal"))
        .any(|check| check.get("facing").and_then(|facing| facing.as_bool()) == Some(true));
    let reports = variant_reports(&task, &code, solution, facing, work_budget);
    for report in &reports {
        println!("{}", localize(&localizer, &report.explanation));
    }
    if reports.iter().all(|report| report.met) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
