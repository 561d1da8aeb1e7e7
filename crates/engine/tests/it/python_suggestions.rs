//! "Did you mean": CPython's own suggestions, and look-alike letters from the other keyboard.

use std::fs;
use std::path::Path;

use engine::python::suggestions::{cpython_suggestion, suggest_name, Alphabet, LookAlikeLetter};

fn data_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/python-suggestions")
        .join(name);
    fs::read_to_string(path).unwrap()
}

#[test]
fn suggestions_match_cpython() {
    let module_names = data_file("module-names.txt");
    let builtin_names = data_file("builtin-names.txt");
    let builtins: Vec<&str> = builtin_names.lines().collect();
    let cases = data_file("cases.txt");
    let mut checked = 0;
    for line in cases.lines() {
        let [written, candidates, expected] = line.split('\t').collect::<Vec<_>>()[..] else {
            panic!("malformed line {line:?}");
        };
        let mut globals: Vec<&str> = module_names.lines().collect();
        globals.extend(candidates.split(' '));
        // CPython searches the module's names first, then the builtins.
        let suggestion = cpython_suggestion(written, &globals)
            .or_else(|| cpython_suggestion(written, &builtins));
        let expected = (expected != "-").then_some(expected);
        assert_eq!(suggestion, expected, "{written} among {candidates}");
        checked += 1;
    }
    assert!(checked > 100, "{checked} cases");
}

#[track_caller]
fn check(
    written: &str,
    groups: &[&[&str]],
    expect_name: Option<&str>,
    expect_letters: &[LookAlikeLetter],
) {
    let suggestion = suggest_name(written, groups);
    assert_eq!(
        suggestion.as_ref().map(|found| found.name.as_str()),
        expect_name
    );
    let letters = suggestion
        .map(|found| found.other_keyboard_letters)
        .unwrap_or_default();
    assert_eq!(letters, expect_letters);
}

fn letter(
    position: usize,
    written: char,
    meant: char,
    written_alphabet: Alphabet,
) -> LookAlikeLetter {
    LookAlikeLetter {
        position,
        written,
        meant,
        written_alphabet,
    }
}

#[test]
fn cyrillic_letters_in_a_latin_name_are_pointed_out() {
    // "nаme" with a Cyrillic а: CPython's byte distance finds nothing here.
    check(
        "nаme",
        &[&["name", "names"]],
        Some("name"),
        &[letter(2, 'а', 'a', Alphabet::Cyrillic)],
    );
    check(
        "рrint",
        &[&[], &["print", "input"]],
        Some("print"),
        &[letter(1, 'р', 'p', Alphabet::Cyrillic)],
    );
    check(
        "\u{441}o\u{440}\u{443}",
        &[&["copy"]],
        Some("copy"),
        &[
            letter(1, 'с', 'c', Alphabet::Cyrillic),
            letter(3, 'р', 'p', Alphabet::Cyrillic),
            letter(4, 'у', 'y', Alphabet::Cyrillic),
        ],
    );
}

#[test]
fn latin_letters_in_a_cyrillic_name_are_pointed_out() {
    check(
        "cан",
        &[&["сан"]],
        Some("сан"),
        &[letter(1, 'c', 'с', Alphabet::Latin)],
    );
    check(
        "Xoрошо",
        &[&["Хорошо"]],
        Some("Хорошо"),
        &[
            letter(1, 'X', 'Х', Alphabet::Latin),
            letter(2, 'o', 'о', Alphabet::Latin),
        ],
    );
}

#[test]
fn kazakh_letters_typed_on_the_russian_layout_are_pointed_out() {
    check("сандар_саны", &[&["сандар_саны"]], None, &[]);
    check(
        "кадам",
        &[&["қадам"]],
        Some("қадам"),
        &[letter(1, 'к', 'қ', Alphabet::Cyrillic)],
    );
    check(
        "солга_бурыл",
        &[&["солға_бұрыл"]],
        Some("солға_бұрыл"),
        &[
            letter(4, 'г', 'ғ', Alphabet::Cyrillic),
            letter(8, 'у', 'ұ', Alphabet::Cyrillic),
        ],
    );
    check(
        "бiр",
        &[&["бір"]],
        Some("бір"),
        &[letter(2, 'i', 'і', Alphabet::Latin)],
    );
    check(
        "вперед",
        &[&["вперёд"]],
        Some("вперёд"),
        &[letter(5, 'е', 'ё', Alphabet::Cyrillic)],
    );
}

#[test]
fn look_alikes_win_over_typos_and_groups_are_searched_in_order() {
    // In the first group "nane" is one typo away, but the look-alike in the
    // second group is what the pupil meant.
    check(
        "nаme",
        &[&["nane"], &["name"]],
        Some("name"),
        &[letter(2, 'а', 'a', Alphabet::Cyrillic)],
    );
    // Ordinary typos fall back to CPython's rule, group by group.
    check(
        "pritn",
        &[&["total"], &["print", "input"]],
        Some("print"),
        &[],
    );
    check("zzzzzz", &[&["print"]], None, &[]);
}

#[test]
fn large_namespaces_and_long_names_give_no_suggestion() {
    let many: Vec<String> = (0..750).map(|index| format!("name{index}")).collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    assert_eq!(cpython_suggestion("name1x", &many), None);
    // Common ends are trimmed first, so long names that differ in one letter still match ...
    let long_written = format!("{}b", "a".repeat(100));
    let long_existing = format!("{}c", "a".repeat(100));
    assert_eq!(
        cpython_suggestion(&long_written, &[&long_existing]),
        Some(long_existing.as_str())
    );
    // ... but more than 40 differing bytes are never compared (checked with CPython 3.11).
    let written = format!("q{}q", "y".repeat(45));
    let existing = format!("q{}q", "x".repeat(45));
    assert_eq!(cpython_suggestion(&written, &[&existing]), None);
}
