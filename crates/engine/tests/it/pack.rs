//! Lesson pack manifests: the shipped packs, and folders of good and broken ones.
//!
//! `tests/data/packs/ok/*.toml` must parse; each `tests/data/packs/err/NAME.toml`
//! must fail with the problem written in `NAME.expected`.

use std::fs;
use std::path::{Path, PathBuf};

use engine::i18n::Language;
use engine::pack::{PackIndex, PackManifest};

fn data_folder(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/packs")
        .join(kind)
}

fn toml_files_in(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "toml")
        })
        .collect();
    files.sort();
    files
}

#[track_caller]
fn check(source: &str, expect: Result<(), &str>) {
    match (PackManifest::parse(source), expect) {
        (Ok(_), Ok(())) => {}
        (Err(error), Err(expected_problem)) => {
            assert_eq!(error.problem.trim(), expected_problem.trim())
        }
        (got, expected) => panic!("expected {expected:?}, got {got:?}"),
    }
}

#[test]
fn good_packs_parse() {
    let files = toml_files_in(&data_folder("ok"));
    assert!(!files.is_empty());
    for file in files {
        check(&fs::read_to_string(&file).unwrap(), Ok(()));
    }
}

#[test]
fn broken_packs_say_what_is_wrong() {
    let files = toml_files_in(&data_folder("err"));
    assert!(files.len() >= 4);
    for file in files {
        let expected = fs::read_to_string(file.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{} has no .expected file", file.display()));
        check(&fs::read_to_string(&file).unwrap(), Err(&expected));
    }
}

#[test]
fn the_shipped_packs_parse_and_match_their_folders() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let index = PackIndex::parse(&fs::read_to_string(lessons.join("index.toml")).unwrap()).unwrap();
    assert!(!index.packs.is_empty());
    for pack_id in &index.packs {
        let source = fs::read_to_string(lessons.join(pack_id).join("pack.toml")).unwrap();
        let manifest =
            PackManifest::parse(&source).unwrap_or_else(|error| panic!("{pack_id}: {error:?}"));
        assert_eq!(&manifest.id, pack_id, "a pack's id is its folder's name");
        for language in Language::ALL {
            assert!(
                manifest.title.has(language),
                "{pack_id}: no title in {}",
                language.code()
            );
        }
    }
}

#[test]
fn texts_fall_back_to_the_pack_language_then_russian_then_english() {
    let manifest = PackManifest::parse(
        &fs::read_to_string(data_folder("ok").join("partly-translated.toml")).unwrap(),
    )
    .unwrap();
    let lesson = manifest.lesson("only-russian").unwrap();
    assert_eq!(
        lesson
            .summary
            .pick(Language::Kazakh, manifest.default_language),
        ("Только по-русски", true)
    );
    assert_eq!(
        lesson
            .summary
            .pick(Language::Russian, manifest.default_language),
        ("Только по-русски", false)
    );
    let lesson = manifest.lesson("english-and-kazakh").unwrap();
    assert_eq!(
        lesson
            .summary
            .pick(Language::Russian, manifest.default_language),
        ("Print a greeting.", true)
    );
    assert_eq!(
        lesson
            .title
            .pick(Language::Russian, manifest.default_language),
        ("Қазақша", true)
    );
    assert_eq!(
        lesson
            .title
            .pick(Language::English, manifest.default_language),
        ("In English", false)
    );
    assert!(manifest.lesson("no-such-lesson").is_none());
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
        assert_eq!(
            engine::pack::LessonEntry::command_cursor_offset(command),
            offset,
            "{command}"
        );
    }
}

#[test]
fn a_lesson_without_commands_offers_print_and_input() {
    let manifest = PackManifest::parse(
        "id = \"p\"\nversion = \"1\"\ndefault_language = \"en\"\ntitle = { en = \"P\" }\ndescription = { en = \"D\" }\n[[lessons]]\nid = \"l\"\ntitle = { en = \"L\" }\nsummary = { en = \"S\" }\n",
    )
    .unwrap();
    assert_eq!(manifest.lessons[0].commands, ["print()", "input()"]);
}
