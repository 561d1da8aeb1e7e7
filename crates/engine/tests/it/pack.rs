//! Lesson packs: the shipped packs, and folders of good and broken ones.
//!
//! Each case of `tests/data/packs/` is a single-document pack (`NAME.toml`)
//! or a pack folder (`NAME/pack.toml` and its lesson files). The ones in
//! `ok/` load and pass their review; each one in `err/` gives exactly the
//! problems (place and English message) written in `err/NAME.expected`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use engine::i18n::{Language, Localizer};
use engine::pack::checks::{check_code, CheckOutcome};
use engine::pack::{
    bundle_pack, command_cursor_offset, lesson_files_of, load_built_in_pack, load_pack,
    review_pack, Pack, PackIndex,
};

fn data_folder(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/packs")
        .join(kind)
}

/// The cases of a folder: `*.toml` files and sub-folders, sorted.
fn cases_in(folder: &Path) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.is_dir()
                || path
                    .extension()
                    .is_some_and(|extension| extension == "toml")
        })
        .collect();
    cases.sort();
    cases
}

/// `pack.toml` and the lesson files it names, from a folder or one file.
pub fn read_pack_files(path: &Path) -> (String, BTreeMap<String, String>) {
    let (folder, manifest_path) = if path.is_dir() {
        (path.to_path_buf(), path.join("pack.toml"))
    } else {
        (path.parent().unwrap().to_path_buf(), path.to_path_buf())
    };
    let manifest = fs::read_to_string(manifest_path).unwrap();
    let mut files = BTreeMap::new();
    for name in lesson_files_of(&manifest) {
        if let Ok(text) = fs::read_to_string(folder.join(&name)) {
            files.insert(name, text);
        }
    }
    (manifest, files)
}

/// Every problem of the pack at `path` (loading, then review), one line each
/// as `place: message` in English.
fn problems_of(path: &Path) -> Vec<String> {
    let (manifest, files) = read_pack_files(path);
    let english = Localizer::new(Language::English);
    let problems = match load_pack(&manifest, &files) {
        Ok(pack) => review_pack(&pack).problems,
        Err(problems) => problems,
    };
    problems
        .iter()
        .map(|problem| {
            assert!(
                english.has_message(problem.message.id),
                "{}",
                problem.message.id
            );
            format!(
                "{}: {}",
                problem.place(),
                english.explanation(&problem.message)
            )
        })
        .collect()
}

#[track_caller]
fn check(path: &Path, expect: &str) {
    let got = problems_of(path).join("\n");
    assert_eq!(got.trim(), expect.trim(), "{}", path.display());
}

fn load(path: &Path) -> Pack {
    let (manifest, files) = read_pack_files(path);
    load_pack(&manifest, &files)
        .unwrap_or_else(|problems| panic!("{}: {problems:?}", path.display()))
}

#[test]
fn good_packs_load_and_pass_their_review() {
    let cases = cases_in(&data_folder("ok"));
    assert!(cases.len() >= 3);
    for case in cases {
        check(&case, "");
    }
}

#[test]
fn broken_packs_say_what_is_wrong_and_where() {
    let cases = cases_in(&data_folder("err"));
    assert!(cases.len() >= 15);
    for case in cases {
        let expected_file = case.with_extension("expected");
        if std::env::var_os("BASTAU_BLESS").is_some() {
            fs::write(&expected_file, problems_of(&case).join("\n") + "\n").unwrap();
        }
        let expected = fs::read_to_string(&expected_file)
            .unwrap_or_else(|_| panic!("{} has no .expected file", case.display()));
        assert!(!expected.trim().is_empty());
        check(&case, &expected);
    }
}

#[test]
fn the_shipped_packs_pass_their_review_and_teach_something() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let index = PackIndex::parse(&fs::read_to_string(lessons.join("index.toml")).unwrap()).unwrap();
    assert!(!index.packs.is_empty());
    for pack_id in &index.packs {
        let folder = lessons.join(pack_id);
        check(&folder, "");
        let pack = load(&folder);
        assert_eq!(&pack.id, pack_id, "a pack's id is its folder's name");
        for lesson in &pack.lessons {
            assert!(
                check_code(lesson, &lesson.solution).passed(),
                "{pack_id}/{}",
                lesson.id
            );
            assert!(
                !check_code(lesson, &lesson.starter_code).passed(),
                "{pack_id}/{}",
                lesson.id
            );
            for language in Language::ALL {
                assert!(
                    lesson.title.has(language),
                    "{pack_id}/{}: {}",
                    lesson.id,
                    language.code()
                );
                assert!(
                    lesson.instructions.has(language),
                    "{pack_id}/{}: {}",
                    lesson.id,
                    language.code()
                );
            }
        }
    }
}

#[test]
fn a_bundled_pack_is_the_same_pack_in_one_document() {
    let folder = data_folder("ok").join("folder-pack");
    let (manifest, files) = read_pack_files(&folder);
    let document = bundle_pack(&manifest, &files).unwrap();
    assert!(lesson_files_of(&document).is_empty());
    let mut from_document = load_pack(&document, &BTreeMap::new()).unwrap();
    let from_folder = load(&folder);
    // Only where the lessons are written differs.
    for lesson in &mut from_document.lessons {
        lesson.file = "first.toml".to_owned();
    }
    for (bundled, original) in from_document.lessons.iter_mut().zip(&from_folder.lessons) {
        for (check, original_check) in bundled.checks.iter_mut().zip(&original.checks) {
            check.line = original_check.line;
        }
    }
    assert_eq!(from_document, from_folder);
}

#[test]
fn a_built_in_bundle_loads_the_same_pack_without_compiling_its_snippets() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let index = PackIndex::parse(&fs::read_to_string(lessons.join("index.toml")).unwrap()).unwrap();
    for pack_id in &index.packs {
        let (manifest, files) = read_pack_files(&lessons.join(pack_id));
        let document = bundle_pack(&manifest, &files).unwrap();
        assert_eq!(
            load_built_in_pack(&document).unwrap(),
            load_pack(&document, &BTreeMap::new()).unwrap(),
            "{pack_id}"
        );
    }
    // Only the snippets' compiling is left out (the build did it): arguments
    // that do not compile are found by `load_pack` alone.
    let good = fs::read_to_string(data_folder("ok").join("call-check.toml")).unwrap();
    let bad_arguments = good.replace("arguments = \"2\"", "arguments = \"2 +\"");
    assert_ne!(good, bad_arguments);
    assert!(load_pack(&bad_arguments, &BTreeMap::new()).is_err());
    assert!(load_built_in_pack(&bad_arguments).is_ok());
}

#[test]
fn texts_fall_back_to_the_pack_language_then_russian_then_english() {
    let pack = load(&data_folder("ok").join("single-document.toml"));
    let lesson = pack.lesson("first").unwrap();
    assert_eq!(
        lesson.title.pick(Language::English, pack.default_language),
        ("First", false)
    );
    assert_eq!(
        lesson.title.pick(Language::Kazakh, pack.default_language),
        ("First", true)
    );
    assert!(pack.lesson("no-such-lesson").is_none());
}

#[test]
fn a_lesson_without_commands_offers_print_and_input() {
    let pack = load(&data_folder("ok").join("single-document.toml"));
    assert_eq!(pack.lessons[0].commands, ["print()", "input()"]);
}

#[test]
fn the_command_panel_puts_the_cursor_where_the_pupil_types_next() {
    for (command, offset) in [
        ("print()", 6),
        ("for i in range():", 15),
        ("if :", 3),
        ("else:", 4),
        ("import math", 11),
        ("алға()", 5),
    ] {
        assert_eq!(command_cursor_offset(command), offset, "{command}");
    }
}

#[test]
fn a_starter_code_that_fails_says_why() {
    let pack = load(&data_folder("ok").join("call-check.toml"));
    let lesson = &pack.lessons[0];
    let report = check_code(lesson, "print(1)\n");
    assert!(!report.passed());
    assert_eq!(report.results[0].outcome, CheckOutcome::Passed);
    assert_eq!(report.results[1].outcome, CheckOutcome::MissingFunction);
}
