//! The lexer never panics, always ends, and stays linear on any input.

use engine::python::syntax::lexer::lex;
use engine::python::syntax::token::TokenKind;

use crate::seeded::Generator;

/// Pieces that exercise every path of the lexer.
const PIECES: &[&str] = &[
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\x0c",
    "\\",
    "\\\n",
    "#",
    "x",
    "сан",
    "Қ",
    "_",
    "if",
    "else",
    "0",
    "1",
    "9",
    "0x",
    "0o",
    "0b",
    "_",
    ".",
    "e",
    "j",
    "'",
    "\"",
    "'''",
    "\"\"\"",
    "f",
    "r",
    "b",
    "u",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "!",
    "=",
    ":",
    "<",
    ">",
    "$",
    "?",
    "`",
    "×",
    "“",
    "\u{a0}",
    "\0",
    "\\x",
    "\\N{",
    "\\u",
    "\\U",
    "\\N{BULLET}",
    "ж",
    "é",
    "\u{301}",
    "+",
    "-",
    "*",
    "/",
    "%",
    "@",
];

/// Programs to mutate.
const VALID_PROGRAMS: &[&str] = &[
    "def f(a, b=2):\n    if a > b:\n        return f'{a!r:>{b}}'\n    return [x * 2 for x in range(10)]\n",
    "сан = 0x1F + 0o17 + 0b101 + 1_000.5e-3j\nwhile сан:\n\tсан -= 1\nprint(\"\"\"end\n\"\"\", b'\\xff', r'\\d')\n",
    "class A:\n    x = {'a': (1, [2, 3])}\n    def m(self):\n        return self.x['a'] \\\n            [1]\n",
];

fn assert_well_formed(source: &str) {
    let lexed = lex(source);
    let ends_in_end_of_file =
        lexed.tokens.last().map(|token| &token.kind) == Some(&TokenKind::EndOfFile);
    assert!(
        lexed.error.is_some() || ends_in_end_of_file,
        "neither an error nor EndOfFile for {source:?}"
    );
    let mut previous_end = 0;
    for token in &lexed.tokens {
        let range = token.span.start as usize..token.span.end as usize;
        assert!(
            source.get(range.clone()).is_some(),
            "{range:?} is not in {source:?}"
        );
        assert!(
            token.span.start >= previous_end || token.kind == TokenKind::Dedent,
            "{source:?}"
        );
        previous_end = token.span.start.max(previous_end);
    }
    if let Some(error) = lexed.error {
        let range = error.span.start as usize..error.span.end as usize;
        assert!(
            source.get(range.clone()).is_some(),
            "{range:?} is not in {source:?}"
        );
    }
}

#[test]
fn random_programs_never_break_the_lexer() {
    let mut generator = Generator(0x5EED_1234_ABCD_0001);
    for _ in 0..3000 {
        let length = generator.below(40);
        let source: String = (0..length).map(|_| generator.pick(PIECES)).collect();
        assert_well_formed(&source);
    }
}

#[test]
fn mutated_programs_never_break_the_lexer() {
    let mut generator = Generator(0xC0FF_EE00_0000_0042);
    for round in 0..3000 {
        let mut characters: Vec<char> = VALID_PROGRAMS[round % VALID_PROGRAMS.len()]
            .chars()
            .collect();
        for _ in 0..1 + generator.below(4) {
            let position = generator.below(characters.len() + 1);
            match generator.below(3) {
                0 if position < characters.len() => {
                    characters.remove(position);
                }
                1 if position < characters.len() => {
                    let piece = generator.pick(PIECES);
                    characters.splice(position..=position, piece.chars());
                }
                _ => {
                    let piece = generator.pick(PIECES);
                    characters.splice(position..position, piece.chars());
                }
            }
        }
        let source: String = characters.into_iter().collect();
        assert_well_formed(&source);
    }
}

#[test]
fn the_valid_programs_lex_without_errors() {
    for program in VALID_PROGRAMS {
        assert!(lex(program).error.is_none(), "{program:?}");
    }
}

#[test]
fn long_inputs_lex_in_linear_time() {
    // Quadratic work on any of these would take minutes, not milliseconds.
    let long_inputs = [
        "x = 1\n".repeat(50_000),
        format!("s = '{}'\n", "\\x41".repeat(50_000)),
        format!("f'{}'\n", "{x}{{".repeat(50_000)),
        format!("x = [{}]\n", "1,\n".repeat(50_000)),
        "#".repeat(300_000),
        format!("'''{}", "\n".repeat(300_000)),
        format!("x = (\n{}", "$ ".repeat(100_000)),
        format!("{}\n", "1if ".repeat(50_000)),
    ];
    for source in &long_inputs {
        assert_well_formed(source);
    }
}
