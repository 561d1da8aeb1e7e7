//! Python highlighting: the spans always join back to the source (on the
//! program corpus, on every cut of it, on broken code), and the classes are
//! what a reader expects (`check` compares an outline with an inline snapshot).

use std::path::{Path, PathBuf};

use engine::python::highlight::{highlight_python, HighlightClass, HighlightSpan};
use expect_test::{expect, Expect};

#[track_caller]
fn check(source: &str, expected: Expect) {
    let spans = highlight_python(source);
    assert_joins_back(source, &spans);
    let outline: String = spans
        .iter()
        .map(|span| format!("{:?} {:?}\n", span.class, span.text))
        .collect();
    expected.assert_eq(&outline);
}

/// The spans' texts joined are `source`, no span is empty, and no two
/// neighbours share a class.
#[track_caller]
fn assert_joins_back(source: &str, spans: &[HighlightSpan]) {
    let joined: String = spans.iter().map(|span| span.text.as_str()).collect();
    assert_eq!(joined, source);
    assert!(spans.iter().all(|span| !span.text.is_empty()), "{spans:?}");
    assert!(
        spans.windows(2).all(|pair| pair[0].class != pair[1].class),
        "{spans:?}"
    );
}

/// Every `.py` file under `tests/data`.
fn corpus() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut folders = vec![root];
    let mut programs = Vec::new();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|extension| extension == "py") {
                let source = std::fs::read_to_string(&path).unwrap();
                programs.push((path, source));
            }
        }
    }
    programs.sort();
    programs
}

fn classes_of(source: &str, class: HighlightClass) -> Vec<String> {
    highlight_python(source)
        .into_iter()
        .filter(|span| span.class == class)
        .map(|span| span.text)
        .collect()
}

#[test]
fn every_corpus_program_joins_back() {
    let programs = corpus();
    assert!(
        programs.len() > 100,
        "the corpus was found: {}",
        programs.len()
    );
    for (path, source) in &programs {
        let spans = highlight_python(source);
        let joined: String = spans.iter().map(|span| span.text.as_str()).collect();
        assert_eq!(&joined, source, "{}", path.display());
    }
}

#[test]
fn every_cut_of_the_corpus_joins_back() {
    // Cut programs end inside strings, brackets and blocks: broken code.
    let mut cuts = 0;
    for (path, source) in corpus() {
        let step = (source.len() / 40).max(1);
        let boundaries = (0..source.len()).filter(|&index| source.is_char_boundary(index));
        for end in boundaries.step_by(step) {
            let cut = &source[..end];
            let joined: String = highlight_python(cut)
                .into_iter()
                .map(|span| span.text)
                .collect();
            assert_eq!(joined, cut, "{} cut at {end}", path.display());
            cuts += 1;
        }
    }
    assert!(cuts > 1000, "{cuts}");
}

#[test]
fn broken_code_comes_back_whole() {
    let sources = [
        "print('unterminated\nx = 1\n",
        "s = \"\"\"never closed\n# not a comment\n",
        "if True:\n        x = 1\n    y = 2\n",
        "def f():\nreturn 1\n",
        "x = (1,\n  2\n",
        "x = 1 $ 2  # tail\n",
        "x = `1`\n",
        "a = 1\0b = 2\n",
        "if x:\n\ty = 1\n        z = 2\n",
        "x = 0x\n",
        "x = 1__0\n",
        "s = 'bad \\N{NOT A NAME}'\n",
        "f'{'\n",
        "f'{x!z}'\n",
        "\u{feff}print(1)\r\nprint(2)\rprint(3)",
        "x = \\\n",
        "\\",
        "é = 'ü' # ы\n",
        "",
        "#",
        "\n\n   \n",
    ];
    for source in sources {
        assert_joins_back(source, &highlight_python(source));
    }
}

#[test]
fn a_small_program() {
    check(
        "def greet(name):  # say hello\n    print(f\"Hi {name}\", 3.5, len(name) >= 2)\n    return None\n",
        expect![[r##"
            Keyword "def"
            Plain " "
            Name "greet"
            Operator "("
            Name "name"
            Operator "):"
            Plain "  "
            Comment "# say hello"
            Plain "\n    "
            Builtin "print"
            Operator "("
            String "f\"Hi {name}\""
            Operator ","
            Plain " "
            Number "3.5"
            Operator ","
            Plain " "
            Builtin "len"
            Operator "("
            Name "name"
            Operator ")"
            Plain " "
            Operator ">="
            Plain " "
            Number "2"
            Operator ")"
            Plain "\n    "
            Keyword "return"
            Plain " "
            Keyword "None"
            Plain "\n"
        "##]],
    );
}

#[test]
fn after_a_lexical_error_the_rest_is_plain() {
    check(
        "x = 1\ns = 'no end\nprint(s)  # never lexed\n",
        expect![[r#"
            Name "x"
            Plain " "
            Operator "="
            Plain " "
            Number "1"
            Plain "\n"
            Name "s"
            Plain " "
            Operator "="
            Plain " 'no end\nprint(s)  # never lexed\n"
        "#]],
    );
}

#[test]
fn comments_are_found_between_tokens_only() {
    assert_eq!(
        classes_of(
            "# first\nx = '#not' + \"# no\"  # yes\n    # indented\ny = 1 # last",
            HighlightClass::Comment
        ),
        ["# first", "# yes", "# indented", "# last"]
    );
}

#[test]
fn every_keyword_is_a_keyword() {
    let keywords = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];
    let source = keywords.join(" ");
    assert_eq!(
        highlight_python(&source)
            .iter()
            .map(|span| span.class)
            .collect::<Vec<_>>(),
        [HighlightClass::Keyword, HighlightClass::Plain].repeat(keywords.len())
            [..keywords.len() * 2 - 1]
    );
}

#[test]
fn builtins_are_told_from_plain_names() {
    let source = "print len range int str input abs sorted my_print lenght x Print";
    assert_eq!(
        classes_of(source, HighlightClass::Builtin),
        ["print", "len", "range", "int", "str", "input", "abs", "sorted"]
    );
    assert_eq!(
        classes_of(source, HighlightClass::Name),
        ["my_print", "lenght", "x", "Print"]
    );
}

#[test]
fn numbers_strings_and_operators() {
    let source = "n = 0x1F + 1_000 * 2.5e-3 - 3j // 7 ** b'x' % r'\\d' != f'{n:>4}'";
    assert_eq!(
        classes_of(source, HighlightClass::Number),
        ["0x1F", "1_000", "2.5e-3", "3j", "7"]
    );
    assert_eq!(
        classes_of(source, HighlightClass::String),
        ["b'x'", "r'\\d'", "f'{n:>4}'"]
    );
    assert_eq!(
        classes_of(source, HighlightClass::Operator),
        ["=", "+", "*", "-", "//", "**", "%", "!="]
    );
}
