//! A lesson's checks on pupils' programs: `tests/data/pack-checks/LESSON.toml`
//! is a one-lesson pack, and each `LESSON/NAME.py` a pupil's program whose
//! report, one line per check as the pupil reads it in English, is in
//! `LESSON/NAME.expected` (`BASTAU_BLESS=1` rewrites them after a change).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use engine::i18n::{Language, Localizer};
use engine::pack::checks::{
    case_labels, check_code, localize, outcome_explanation, CheckOutcome, CheckingStep,
    LessonChecking,
};
use engine::pack::{load_pack, Lesson};

fn data_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pack-checks")
}

fn lesson_of(path: &Path) -> Lesson {
    let pack = load_pack(&fs::read_to_string(path).unwrap(), &BTreeMap::new()).unwrap();
    pack.lessons.into_iter().next().unwrap()
}

/// The report of `code` on `lesson`, as the pupil reads it.
fn report_text(lesson: &Lesson, code: &str) -> String {
    let english = Localizer::new(Language::English);
    let report = check_code(lesson, code);
    let labels = case_labels(&report.results);
    let mut lines = Vec::new();
    for (label, result) in labels.iter().zip(&report.results) {
        let verdict = match outcome_explanation(result) {
            None => "passed".to_owned(),
            Some(explanation) => {
                assert!(english.has_message(explanation.id), "{}", explanation.id);
                localize(&english, &explanation)
            }
        };
        lines.push(format!("{}: {verdict}", localize(&english, label)));
    }
    if report.passed() {
        lines.push(english.text("check-all-passed"));
    }
    lines.join("\n")
}

#[track_caller]
fn check(lesson: &Lesson, program: &Path, expect: &str) {
    let code = fs::read_to_string(program).unwrap();
    assert_eq!(
        report_text(lesson, &code).trim(),
        expect.trim(),
        "{}",
        program.display()
    );
}

#[test]
fn pupils_programs_get_the_expected_reports() {
    let mut lessons: Vec<PathBuf> = fs::read_dir(data_folder())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "toml")
        })
        .collect();
    lessons.sort();
    assert!(lessons.len() >= 3);
    let mut programs_checked = 0;
    for lesson_path in lessons {
        let lesson = lesson_of(&lesson_path);
        assert!(
            check_code(&lesson, &lesson.solution).passed(),
            "{}",
            lesson_path.display()
        );
        for entry in fs::read_dir(lesson_path.with_extension("")).unwrap() {
            let program = entry.unwrap().path();
            if program
                .extension()
                .is_none_or(|extension| extension != "py")
            {
                continue;
            }
            let expected_file = program.with_extension("expected");
            if std::env::var_os("BASTAU_BLESS").is_some() {
                let code = fs::read_to_string(&program).unwrap();
                fs::write(&expected_file, report_text(&lesson, &code) + "\n").unwrap();
            }
            let expected = fs::read_to_string(&expected_file)
                .unwrap_or_else(|_| panic!("{} has no .expected file", program.display()));
            check(&lesson, &program, &expected);
            programs_checked += 1;
        }
    }
    assert!(programs_checked >= 15);
}

#[test]
fn checking_in_small_slices_gives_the_same_report() {
    let lesson = lesson_of(&data_folder().join("sum-to-n.toml"));
    let code = fs::read_to_string(data_folder().join("sum-to-n/endless-loop.py")).unwrap();
    let mut checking = LessonChecking::new(&lesson, &code);
    let mut steps = 0;
    let report = loop {
        steps += 1;
        match checking.step(1_000) {
            CheckingStep::Working { done, total } => assert!(done < total),
            CheckingStep::Finished(report) => break report,
        }
    };
    assert!(
        steps > 100,
        "a budget of 100,000 in slices of 1,000 takes over 100 steps, took {steps}"
    );
    assert_eq!(report, check_code(&lesson, &code));
    assert_eq!(report.results[0].outcome, CheckOutcome::TooMuchWork);
}

#[test]
fn a_wrong_output_keeps_what_the_program_printed() {
    let lesson = lesson_of(&data_folder().join("sum-to-n.toml"));
    let report = check_code(&lesson, "print('a')\nprint(7)\n");
    match &report.results[0].outcome {
        CheckOutcome::WrongOutput {
            got,
            first_difference,
        } => {
            assert_eq!(got, "a\n7\n");
            assert_eq!(*first_difference, 0);
        }
        other => panic!("{other:?}"),
    }
}
