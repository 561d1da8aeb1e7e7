//! Every lexical error has its explanation, in every language, with its arguments.

use std::collections::BTreeSet;

use engine::i18n::{fluent_sources, Language, Localizer, MessageArgument, FLUENT_FILE_NAMES};
use engine::python::syntax::lexer::lex;

/// One program for every kind of lexical error (and every explanation).
const EVERY_ERROR: &[&str] = &[
    "if x:\n\ta\n        b\n",
    "if x:\n    a\n  b\n",
    "x = 1 \\ 2\n",
    "x = 1 \\\n",
    "\0",
    "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
    ")",
    "(]",
    "(\n]",
    "(",
    "×",
    "€",
    "\u{a0}",
    "$",
    "<>",
    "!",
    "1abc",
    "0x",
    "0o",
    "0b",
    "1jx",
    "0o8",
    "0b2",
    "012",
    "'a",
    "'''a",
    "b'ж'",
    "'\\x1'",
    "'\\u1'",
    "'\\U1'",
    "'\\U00110000'",
    "'\\N'",
    "'\\N{nope}'",
    "b'\\x1'",
    "f'{'",
    "f'}'",
    "f'{\\n}'",
    "f'{#}'",
    "f'{}'",
    "f'{=}'",
    "f'{x!x}'",
    "f'{)}'",
    "f'{(}'",
    "f'{('",
    "f'{(]}'",
    "f\"{'}\"",
    "f'{a:{b:{c}}}'",
    "f'{((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((}'",
];

#[test]
fn every_explanation_is_written_in_every_language() {
    let mut used_ids = BTreeSet::new();
    let too_deep = (0..100)
        .map(|level| format!("{}if x:\n", " ".repeat(level)))
        .collect::<String>()
        + &" ".repeat(100)
        + "x\n";
    for source in EVERY_ERROR.iter().copied().chain([too_deep.as_str()]) {
        let error = lex(source)
            .error
            .unwrap_or_else(|| panic!("{source:?} has no error"));
        let (message_id, arguments) = error.kind.explanation();
        used_ids.insert(message_id.to_owned());
        let arguments: Vec<(&str, MessageArgument)> = arguments
            .into_iter()
            .map(|(name, value)| (name, value.into()))
            .collect();
        for language in Language::ALL {
            let localizer = Localizer::new(language);
            assert!(
                localizer.has_message(message_id),
                "{message_id} in {}",
                language.code()
            );
            let text = localizer.text_with(message_id, &arguments);
            assert!(
                !text.contains("{$"),
                "{message_id} in {} lacks an argument: {text}",
                language.code()
            );
        }
    }
    let lexer_file = FLUENT_FILE_NAMES
        .iter()
        .position(|name| *name == "python-lexer.ftl")
        .unwrap();
    let english = fluent_sources(Language::English)[lexer_file];
    let written_ids: BTreeSet<String> = english
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .map(|(id, _)| id.to_owned())
        .collect();
    assert_eq!(
        used_ids, written_ids,
        "every message is used, and every error explained"
    );
}
