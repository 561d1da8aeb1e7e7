//! The errors pupils meet most, each with its own explanation in kk, ru
//! and en: a program that raises it, the exception type, and the Fluent id
//! of the explanation the pupil reads (never the general one of the type).

use engine::i18n::{Language, Localizer, MessageArgument};
use engine::python::vm::{run_source, Limits, RunFailure};

/// (program, exception type, explanation id).
const COMMON_ERRORS: &[(&str, &str, &str)] = &[
    ("print(x)", "NameError", "python-runtime-name-not-defined"),
    (
        "prnt(1)",
        "NameError",
        "python-runtime-name-error-did-you-mean",
    ),
    (
        "def f():\n    y += 1\nf()",
        "UnboundLocalError",
        "python-runtime-unbound-local",
    ),
    (
        "1 / 0",
        "ZeroDivisionError",
        "python-runtime-zero-division-error",
    ),
    (
        "5 % 0",
        "ZeroDivisionError",
        "python-runtime-zero-division-error",
    ),
    ("'a' + 1", "TypeError", "python-operations-text-and-number"),
    ("1 + 'a'", "TypeError", "python-operations-text-and-number"),
    ("[1] + (2,)", "TypeError", "python-operations-concatenate"),
    (
        "'ab' * 'c'",
        "TypeError",
        "python-operations-repeat-non-int",
    ),
    (
        "None + 1",
        "TypeError",
        "python-operations-unsupported-operand",
    ),
    ("-'a'", "TypeError", "python-operations-bad-unary-operand"),
    ("len(5)", "TypeError", "python-builtins-no-len"),
    ("5()", "TypeError", "python-runtime-not-callable"),
    (
        "x = 5\nx[0]",
        "TypeError",
        "python-operations-not-subscriptable",
    ),
    (
        "for i in 5:\n    pass",
        "TypeError",
        "python-operations-not-iterable",
    ),
    ("{[1]: 2}", "TypeError", "python-operations-unhashable"),
    (
        "'abc'[0] = 'x'",
        "TypeError",
        "python-operations-item-assignment",
    ),
    (
        "def f(a):\n    pass\nf()",
        "TypeError",
        "python-runtime-missing-arguments",
    ),
    (
        "def f(a):\n    pass\nf(1, 2)",
        "TypeError",
        "python-runtime-too-many-arguments",
    ),
    (
        "def f(a):\n    pass\nf(b=1)",
        "TypeError",
        "python-runtime-unexpected-keyword",
    ),
    (
        "int('abc')",
        "ValueError",
        "python-builtins-invalid-int-literal",
    ),
    (
        "float('x')",
        "ValueError",
        "python-builtins-invalid-float-literal",
    ),
    ("int(input())", "EOFError", "python-builtins-input-eof"),
    (
        "[1, 2][5]",
        "IndexError",
        "python-operations-index-out-of-range",
    ),
    (
        "'ab'[9]",
        "IndexError",
        "python-operations-index-out-of-range",
    ),
    ("[].pop()", "IndexError", "python-builtins-pop-from-empty"),
    ("{'a': 1}['b']", "KeyError", "python-operations-key-missing"),
    (
        "'abc'.push(1)",
        "AttributeError",
        "python-builtins-attribute-missing",
    ),
    (
        "[1].add(2)",
        "AttributeError",
        "python-builtins-attribute-missing",
    ),
    (
        "None.x",
        "AttributeError",
        "python-builtins-attribute-on-none",
    ),
    (
        "import nothing",
        "ModuleNotFoundError",
        "python-runtime-module-not-offered",
    ),
    (
        "from math import nothing",
        "ImportError",
        "python-runtime-cannot-import-name",
    ),
    (
        "def f():\n    return f()\nf()",
        "RecursionError",
        "python-runtime-recursion-error",
    ),
    (
        "a, b = [1, 2, 3]",
        "ValueError",
        "python-runtime-too-many-values-to-unpack",
    ),
    (
        "a, b, c = [1, 2]",
        "ValueError",
        "python-runtime-not-enough-values-to-unpack",
    ),
    ("a, b = 5", "TypeError", "python-operations-not-iterable"),
    (
        "[1, 2].index(3)",
        "ValueError",
        "python-builtins-list-index-missing",
    ),
    (
        "[1].remove(2)",
        "ValueError",
        "python-builtins-list-remove-missing",
    ),
    (
        "import math\nmath.sqrt(-1)",
        "ValueError",
        "python-builtins-math-domain",
    ),
    (
        "assert 1 == 2",
        "AssertionError",
        "python-runtime-assertion-error",
    ),
    ("raise 5", "TypeError", "python-runtime-raise-non-exception"),
    (
        "'{} {}'.format(1)",
        "IndexError",
        "python-builtins-format-index",
    ),
    (
        "'%d' % 'a'",
        "TypeError",
        "python-operations-percent-needs-number",
    ),
    (
        "int('5.5')",
        "ValueError",
        "python-builtins-invalid-int-literal",
    ),
    (
        "sum(['a', 'b'])",
        "TypeError",
        "python-operations-text-and-number",
    ),
    (
        "sorted([1, 'a'])",
        "TypeError",
        "python-operations-not-orderable",
    ),
    ("max([])", "ValueError", "python-builtins-empty-min-max"),
    ("chr(-1)", "ValueError", "python-builtins-chr-range"),
    (
        "class A:\n    pass\nA().x",
        "AttributeError",
        "python-builtins-attribute-missing",
    ),
    (
        "class A:\n    pass\nA(1)",
        "TypeError",
        "python-runtime-class-takes-no-arguments",
    ),
    (
        "class A:\n    def f(self):\n        pass\nA().f(1)",
        "TypeError",
        "python-runtime-too-many-arguments",
    ),
    (
        "d = {}\nfor k in d:\n    pass\nd.x = 1",
        "AttributeError",
        "python-runtime-cannot-set-attribute",
    ),
    (
        "x = [1]\nx.append(1, 2)",
        "TypeError",
        "python-builtins-argument-count",
    ),
    (
        "while True:\n    pass",
        "RuntimeError",
        "python-runtime-work-limit",
    ),
];

/// Runs `source`; its failure's type, explanation id and the explanation
/// in each language.
fn check(source: &str, expected_type: &str, expected_id: &str) -> Vec<String> {
    let limits = Limits {
        work: 2_000_000,
        ..Limits::default()
    };
    let failure = match run_source(source, "", 0, limits).failure {
        Some(RunFailure::Runtime(failure)) => failure,
        other => panic!("{source:?} did not fail at run time: {other:?}"),
    };
    assert_eq!(
        (failure.type_name.as_str(), failure.explanation.id),
        (expected_type, expected_id),
        "{source:?}"
    );
    let arguments: Vec<(&str, MessageArgument)> = failure
        .explanation
        .arguments
        .iter()
        .map(|(name, value)| (*name, MessageArgument::from(value.as_str())))
        .collect();
    Language::ALL
        .iter()
        .map(|language| {
            let localizer = Localizer::new(*language);
            assert!(
                localizer.has_message(expected_id),
                "{expected_id} has no {language:?} message"
            );
            let text = localizer.text_with(expected_id, &arguments);
            assert!(
                !text.contains("{$") && text.len() > 20,
                "{expected_id} in {language:?} is not filled in: {text}"
            );
            text
        })
        .collect()
}

#[test]
fn common_errors_are_explained_in_every_language() {
    let mut kinds = std::collections::BTreeSet::new();
    for (source, expected_type, expected_id) in COMMON_ERRORS {
        let texts = check(source, expected_type, expected_id);
        // Each language has its own words, not a copy of another's.
        assert!(
            texts[0] != texts[1] && texts[1] != texts[2] && texts[0] != texts[2],
            "{expected_id}: {texts:?}"
        );
        kinds.insert(*expected_id);
    }
    assert!(kinds.len() >= 40, "only {} kinds of error", kinds.len());
}
