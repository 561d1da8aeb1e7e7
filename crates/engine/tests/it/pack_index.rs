//! The list of built-in packs (`PackIndex`): the written list of ids, the
//! generated summaries the home page shows, and broken indexes, each an
//! error with its place (never a panic).

use std::fs;
use std::path::Path;

use expect_test::{expect, Expect};

use engine::i18n::{Language, Localizer};
use engine::pack::{load_pack, PackIndex};

/// The index read from `source`, as text: each pack's id and, when the
/// index carries it, its summary (titles in English); or the first
/// problem, `place: message` in English.
fn describe(source: &str) -> String {
    let english = Localizer::new(Language::English);
    match PackIndex::parse(source) {
        Err(problem) => {
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
        }
        Ok(index) => {
            let mut lines = vec![format!("packs: {}", index.packs.join(", "))];
            for summary in &index.summaries {
                let (title, _) = summary
                    .title
                    .pick(Language::English, summary.default_language);
                let (description, _) = summary
                    .description
                    .pick(Language::English, summary.default_language);
                lines.push(format!(
                    "{} ({}): {title} / {description}",
                    summary.id,
                    summary.default_language.code()
                ));
                for lesson in &summary.lessons {
                    let (lesson_title, _) = lesson
                        .title
                        .pick(Language::English, summary.default_language);
                    lines.push(format!("  {}: {lesson_title}", lesson.id));
                }
            }
            lines.join("\n")
        }
    }
}

#[track_caller]
fn check(source: &str, expected: Expect) {
    expected.assert_eq(&describe(source));
}

#[test]
fn a_written_list_of_ids() {
    check(
        r#"packs = ["first-steps", "turtle"]"#,
        expect![[r#"packs: first-steps, turtle"#]],
    );
}

#[test]
fn an_empty_list() {
    check(r#"packs = []"#, expect![[r#"packs: "#]]);
}

#[test]
fn generated_summaries() {
    check(
        r#"
[[packs]]
id = "first-steps"
default_language = "ru"
title = { ru = "Первые шаги", en = "First steps" }
description = { ru = "Основы.", en = "The basics." }
lessons = [
  { id = "hello", title = { ru = "Привет", en = "Hello" } },
  { id = "sums", title = { ru = "Суммы" } },
]

[[packs]]
id = "turtle"
default_language = "kk"
title = { kk = "Тасбақа" }
lessons = []
"#,
        expect![[r#"
            packs: first-steps, turtle
            first-steps (ru): First steps / The basics.
              hello: Hello
              sums: Суммы
            turtle (kk): Тасбақа / "#]],
    );
}

#[test]
fn not_toml() {
    check(
        "packs = [\"first-steps\"",
        expect!["index.toml:1:23: The file cannot be read: unclosed array, expected `]`"],
    );
}

#[test]
fn no_list_of_packs() {
    check(
        "",
        expect![[r#"index.toml:1:1: The field “packs” is missing."#]],
    );
}

#[test]
fn packs_not_a_list() {
    check(
        r#"packs = "first-steps""#,
        expect!["index.toml:1:9: This value should be a list in square brackets."],
    );
}

#[test]
fn an_unknown_field() {
    check(
        "packs = []\ncourses = []",
        expect!["index.toml:2:1: Unknown field “courses”. Fields allowed here: packs."],
    );
}

#[test]
fn a_malformed_id() {
    check(
        r#"packs = ["First Steps"]"#,
        expect![[
            r#"index.toml:1:10: The id “First Steps” may only use lowercase Latin letters, digits and dashes (1 to 64 of them)."#
        ]],
    );
}

#[test]
fn an_item_neither_id_nor_summary() {
    check(
        r#"packs = [12]"#,
        expect!["index.toml:1:10: This value should be text in quotes."],
    );
}

#[test]
fn a_summary_without_its_title() {
    check(
        r#"
[[packs]]
id = "turtle"
default_language = "kk"
lessons = []
"#,
        expect![[r#"index.toml:2:1: The field “title” is missing."#]],
    );
}

#[test]
fn a_summary_with_an_unknown_language() {
    check(
        r#"
[[packs]]
id = "turtle"
default_language = "de"
title = { kk = "Тасбақа" }
lessons = []
"#,
        expect!["index.toml:4:20: Unknown value “de”. Values allowed: kk, ru, en."],
    );
}

#[test]
fn a_lesson_without_an_id() {
    check(
        r#"
[[packs]]
id = "turtle"
default_language = "kk"
title = { kk = "Тасбақа" }
lessons = [{ title = { kk = "Шаршы" } }]
"#,
        expect![[r#"index.toml:6:12: The field “id” is missing."#]],
    );
}

#[test]
fn a_title_that_is_not_per_language() {
    check(
        r#"
[[packs]]
id = "turtle"
default_language = "kk"
title = "Тасбақа"
lessons = []
"#,
        expect![[r#"index.toml:5:9: This value should be a table."#]],
    );
}

#[test]
fn the_shipped_packs_summaries_read_back_as_written() {
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lessons");
    let written =
        PackIndex::parse(&fs::read_to_string(lessons.join("index.toml")).unwrap()).unwrap();
    assert!(written.summaries.is_empty());
    let packs: Vec<_> = written
        .packs
        .iter()
        .map(|pack_id| {
            let (manifest, files) = crate::pack::read_pack_files(&lessons.join(pack_id));
            load_pack(&manifest, &files).unwrap()
        })
        .collect();
    let generated = PackIndex::of_packs(&packs);
    assert_eq!(generated.packs, written.packs);
    let read_back = PackIndex::parse(&generated.to_document()).unwrap();
    assert_eq!(read_back, generated);
    for pack in &packs {
        let summary = read_back.summary(&pack.id).unwrap();
        assert_eq!(summary.lessons.len(), pack.lessons.len());
        assert_eq!(summary.title, pack.title);
        for (lesson, lesson_summary) in pack.lessons.iter().zip(&summary.lessons) {
            assert_eq!(lesson_summary.id, lesson.id);
            assert_eq!(lesson_summary.title, lesson.title);
        }
    }
    // The written list reads back as itself too.
    assert_eq!(PackIndex::parse(&written.to_document()).unwrap(), written);
}
