//! The Fluent files: complete, parseable, consistent and really translated.

use std::collections::{BTreeMap, BTreeSet};

use engine::i18n::{
    boot_source, fluent_sources, Language, Localizer, MessageArgument, BOOT_FILE_NAME,
    FETCHED_FILE_NAMES, FLUENT_FILE_NAMES,
};
use engine::progress::LessonState;
use fluent_syntax::ast;

/// Messages that may read the same in kk or ru as in English: names and symbols.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[];

struct MessageFacts {
    variables: BTreeSet<String>,
    text: String,
}

/// Every message of `language`, from all its files; a message lives in one file only.
fn messages_of(language: Language) -> BTreeMap<String, MessageFacts> {
    let mut messages = BTreeMap::new();
    for (file_name, source) in FLUENT_FILE_NAMES.iter().zip(fluent_sources(language)) {
        let code = language.code();
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{code}/{file_name} does not parse: {errors:?}"));
        for entry in resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                let pattern = message
                    .value
                    .as_ref()
                    .unwrap_or_else(|| panic!("{code}/{file_name}: message {id} has no value"));
                let mut facts = MessageFacts {
                    variables: BTreeSet::new(),
                    text: String::new(),
                };
                collect_pattern(pattern, &mut facts);
                let previous = messages.insert(id.to_owned(), facts);
                assert!(previous.is_none(), "{code}/{file_name}: message {id} twice");
            }
        }
    }
    messages
}

fn collect_pattern(pattern: &ast::Pattern<&str>, facts: &mut MessageFacts) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => facts.text.push_str(value),
            ast::PatternElement::Placeable { expression } => collect_expression(expression, facts),
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, facts: &mut MessageFacts) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, facts);
            for variant in variants {
                collect_pattern(&variant.value, facts);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, facts),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, facts: &mut MessageFacts) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            facts.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, facts),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = messages_of(Language::English);
    assert!(english.len() > 20, "en.ftl has its messages");
    for language in [Language::Kazakh, Language::Russian] {
        let translated = messages_of(language);
        let code = language.code();
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        let extra: Vec<&String> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(
            extra.is_empty(),
            "{code}.ftl has messages en.ftl lacks: {extra:?}"
        );
        for (id, english_facts) in &english {
            let facts = &translated[id];
            assert_eq!(
                facts.variables, english_facts.variables,
                "{code}.ftl: message {id} uses other variables than in English"
            );
            if !SAME_IN_EVERY_LANGUAGE.contains(&id.as_str()) {
                assert_ne!(
                    facts.text.trim(),
                    english_facts.text.trim(),
                    "{code}.ftl: message {id} is the English text, not a translation"
                );
            }
        }
    }
}

#[track_caller]
fn check(
    language: Language,
    message_id: &str,
    arguments: &[(&str, MessageArgument)],
    expect: &str,
) {
    assert_eq!(
        Localizer::new(language).text_with(message_id, arguments),
        expect
    );
}

#[test]
fn plural_forms_follow_each_language() {
    check(
        Language::English,
        "profile-solved",
        &[("count", 1.into())],
        "1 lesson solved",
    );
    check(
        Language::English,
        "profile-solved",
        &[("count", 5.into())],
        "5 lessons solved",
    );
    check(
        Language::Russian,
        "profile-solved",
        &[("count", 1.into())],
        "решён 1 урок",
    );
    check(
        Language::Russian,
        "profile-solved",
        &[("count", 3.into())],
        "решено 3 урока",
    );
    check(
        Language::Russian,
        "profile-solved",
        &[("count", 11.into())],
        "решено 11 уроков",
    );
    check(
        Language::Kazakh,
        "profile-solved",
        &[("count", 7.into())],
        "7 сабақ шешілді",
    );
}

#[test]
fn arguments_are_filled_in_without_isolation_marks() {
    check(
        Language::Russian,
        "load-error-missing",
        &[("pack", "robots".into())],
        "Такого набора уроков нет: «robots».",
    );
}

#[test]
fn a_missing_message_shows_its_id() {
    check(Language::Kazakh, "no-such-message", &[], "no-such-message");
}

#[test]
fn language_codes_and_browser_preferences() {
    assert_eq!(Language::from_code("kk-KZ"), Some(Language::Kazakh));
    assert_eq!(Language::from_code("RU"), Some(Language::Russian));
    assert_eq!(Language::from_code("en_GB"), Some(Language::English));
    assert_eq!(Language::from_code("de"), None);
    assert_eq!(
        Language::from_browser_preferences(["de-DE", "en-US", "ru"]),
        Language::English
    );
    assert_eq!(
        Language::from_browser_preferences(["uz", "fr"]),
        Language::Russian
    );
    assert_eq!(Language::from_browser_preferences([]), Language::Russian);
}

#[test]
fn lesson_states_have_their_messages() {
    for language in Language::ALL {
        let localizer = Localizer::new(language);
        for state in [
            LessonState::NotStarted,
            LessonState::InProgress,
            LessonState::Solved,
        ] {
            assert!(
                localizer.has_message(state.message_id()),
                "{}: {}",
                language.code(),
                state.message_id()
            );
        }
    }
}

/// Every explanation id the Rust code of an area names (a string literal
/// starting with the area's prefix) is a message in every language: an error
/// can never show a missing translation. Returns how many literals it found.
fn check_literal_ids(subfolder: &str, prefix: &str) -> usize {
    let messages = messages_of(Language::English);
    let mut missing = Vec::new();
    let mut folders = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(subfolder)];
    let mut literal_count = 0;
    let quoted_prefix = format!("\"{prefix}");
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            if path.extension().is_none_or(|extension| extension != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for piece in text.split(quoted_prefix.as_str()).skip(1) {
                let id_end = piece
                    .find(|character: char| {
                        !(character.is_ascii_alphanumeric() || character == '-')
                    })
                    .unwrap_or(piece.len());
                // Only whole literals: an id built with format! ends in `{`.
                if !piece[id_end..].starts_with('"') {
                    continue;
                }
                literal_count += 1;
                let id = format!("{prefix}{}", &piece[..id_end]);
                if !messages.contains_key(&id) {
                    missing.push(format!("{id} ({})", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "explanations without a message: {missing:#?}"
    );
    literal_count
}

#[test]
fn every_explanation_id_in_the_python_code_has_a_message() {
    let found = check_literal_ids("python", "python-");
    assert!(found > 50, "only {found} explanation ids found");
}

#[test]
fn every_message_id_in_the_pack_code_has_a_message() {
    let found = check_literal_ids("pack", "pack-error-") + check_literal_ids("pack", "check-");
    assert!(found > 40, "only {found} pack and check message ids found");
}

/// The app builds its messages from `boot.ftl` and the other files joined (as
/// xtask joins them): every message reads as with [`Localizer::new`].
#[test]
fn from_sources_gives_the_same_texts_as_new() {
    for language in Language::ALL {
        let all = fluent_sources(language);
        let mut joined = String::new();
        for (file_name, source) in FLUENT_FILE_NAMES.iter().zip(all) {
            if FETCHED_FILE_NAMES.contains(file_name) {
                joined.push_str(source);
                if !joined.ends_with('\n') {
                    joined.push('\n');
                }
            }
        }
        let compiled = Localizer::new(language);
        let file_by_file = Localizer::from_sources(language, &all).unwrap();
        let as_fetched =
            Localizer::from_sources(language, &[boot_source(language), joined.as_str()]).unwrap();
        let arguments = [
            ("count", MessageArgument::Number(3.0)),
            ("pack", "p".into()),
            ("detail", "d".into()),
            ("name", "n".into()),
        ];
        for id in messages_of(language).keys() {
            let expected = compiled.text_with(id, &arguments);
            assert_eq!(file_by_file.text_with(id, &arguments), expected, "{id}");
            assert_eq!(as_fetched.text_with(id, &arguments), expected, "{id}");
        }
        assert_eq!(as_fetched.language(), language);
    }
}

#[test]
fn from_sources_refuses_a_broken_source_or_a_message_twice() {
    let broken = Localizer::from_sources(Language::English, &["good = Good\n", "bad = {\n"]);
    assert_eq!(broken.err().map(|error| error.source_index), Some(1));
    let twice = Localizer::from_sources(Language::English, &["a = One\n", "a = Two\n"]);
    assert_eq!(twice.err().map(|error| error.source_index), Some(1));
}

/// What the app shows before (or without) the fetched messages is compiled in.
#[test]
fn the_boot_messages_cover_what_shows_before_the_fetch() {
    for language in Language::ALL {
        let boot = Localizer::boot(language);
        for id in [
            "app-name",
            "language-question-title",
            "language-question-hint",
            "panic-title",
            "panic-text",
            "reload",
            "load-failed-title",
            "load-failed-text",
            "texts-failed-title",
            "texts-failed-text",
            "try-again",
        ] {
            assert!(boot.has_message(id), "{}: {id}", language.code());
        }
        assert!(!boot.has_message("nav-home"), "only the boot file");
    }
    assert_eq!(FLUENT_FILE_NAMES[0], BOOT_FILE_NAME);
    assert_eq!(FLUENT_FILE_NAMES[1..], FETCHED_FILE_NAMES);
}
