//! Every grammar error has its explanation for pupils in all three
//! languages, with its arguments filled in.

use engine::i18n::{Language, Localizer, MessageArgument};
use engine::python::syntax::parser::parse_module;
use engine::python::syntax::SyntaxErrorKind;

/// Programs with one grammar error each, covering every kind of error.
const MISTAKES: &[&str] = &[
    "x = 5 6\n",
    "x = (1,\n",
    "f(a b)\n",
    "if x = 5: pass\n",
    "1 = x\n",
    "x = 1 = y\n",
    "del 1\n",
    "x + 1 += 1\n",
    "a, b: int\n",
    "f(): int\n",
    "x = yield = 1\n",
    "(a.b := 1)\n",
    "if x\n    pass\n",
    "def f:\n    pass\n",
    "x = 1 if y\n",
    "try:\n    x\ny\n",
    "if x:\ny\n",
    "x\n    y\n",
    "class A:\n    @d\nx\n",
    "print 'a'\n",
    "f(a=1, b)\n",
    "f(**a, b)\n",
    "f(**a, *b)\n",
    "f(a, b for b in c)\n",
    "f(a.b=1)\n",
    "def f(a=1, b): pass\n",
    "def f((a)): pass\n",
    "def f(/, a): pass\n",
    "def f(a, /, /): pass\n",
    "def f(*a, /): pass\n",
    "def f(a, /*): pass\n",
    "def f(a=): pass\n",
    "def f(*): pass\n",
    "def f(*a=1): pass\n",
    "def f(**a=1): pass\n",
    "def f(*a, *b): pass\n",
    "def f(**a, b): pass\n",
    "[*a for a in b]\n",
    "{**a for a in b}\n",
    "[a, b for a in c]\n",
    "(*a)\n",
    "(**a)\n",
    "from a import b,\n",
    "try:\n    x\nexcept A, B:\n    pass\n",
    "{1: 2, 3}\n",
    "{1:}\n",
    "{1: *a}\n",
    "x = b'a' 'b'\n",
    "f'{a b}'\n",
    "x = 1\n",
];

#[test]
fn every_error_is_explained_in_every_language() {
    let localizers: Vec<Localizer> = Language::ALL.into_iter().map(Localizer::new).collect();
    let mut explained = 0;
    for source in MISTAKES {
        let Err(error) = parse_module(source) else {
            continue;
        };
        let SyntaxErrorKind::Grammar(_) = error.kind else {
            continue;
        };
        explained += 1;
        let (id, arguments) = error.kind.explanation();
        assert!(id.starts_with("python-parser-"), "{source:?}: {id}");
        let arguments: Vec<(&str, MessageArgument)> = arguments
            .into_iter()
            .map(|(name, value)| (name, MessageArgument::from(value)))
            .collect();
        for localizer in &localizers {
            let code = localizer.language().code();
            assert!(
                localizer.has_message(id),
                "{code} lacks {id} (for {source:?})"
            );
            let text = localizer.text_with(id, &arguments);
            assert!(!text.contains('$') && text != id, "{code} {id}: {text}");
        }
    }
    assert!(
        explained > 40,
        "the mistakes give grammar errors: {explained}"
    );
}
