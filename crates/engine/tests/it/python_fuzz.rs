//! A bounded, deterministic fuzz run over the whole pipeline: programs of the
//! corpus, mutated (bytes flipped, pieces deleted, duplicated and swapped,
//! tokens of Python inserted), go through lexer, parser, compiler and VM with
//! small limits on a 256 KiB stack. No input may panic, overflow the stack or
//! run past its fuel. Cases it finds become tests in `python_hostile.rs` or
//! the corpus.

use std::path::Path;

use engine::python::vm::{Limits, RunOutcome, Vm};

use crate::seeded::Generator;

/// Mutated programs per corpus program.
const MUTATIONS_PER_PROGRAM: usize = 6;
/// Slices given to each run, and the fuel of each.
const SLICES: usize = 20;
const SLICE_FUEL: u64 = 5_000;

const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\n",
    "    ",
    "\t",
    "\"",
    "'",
    "f\"{",
    "}\"",
    "=",
    "==",
    "lambda x: ",
    "yield ",
    "return ",
    "def f(*a, **k):\n    ",
    "for i in range(3):\n    ",
    "while 1:\n    ",
    "try:\n    pass\nexcept:\n    ",
    "finally:\n    ",
    "del ",
    "global x\n",
    "nonlocal x\n",
    "**",
    "*",
    "//",
    "%",
    "10**10**10",
    "[0]*10**8",
    "'x'*10**9",
    "\\",
    "import math\n",
    "import os\n",
    "with x:\n    ",
    "class A:\n    ",
    "class B(A):\n    def __init__(self):\n        super().__init__()\n",
    "def __repr__(self):\n        return repr(self)\n",
    "def __eq__(self, other):\n        ",
    "def __iter__(self):\n        yield self\n",
    "@property\n",
    "@staticmethod\n",
    "self.",
    "raise E from ",
    "print(A())",
    "sorted([A(), A()])",
    "match x:\n    case [a, *b]:\n        ",
    "case {\"k\": v, **r} if v:\n        ",
    "case P(x=0) | None as y:\n        ",
    "with A() as a, B():\n    ",
    "def __enter__(self):\n        return self\n",
    "x = yield from g()\n",
    ".send(",
    "'é'.encode()",
    "await ",
    "x := 1",
    "print(",
    "input()",
    "sorted(key=",
    "[x for x in",
    "(x for x in range(10))",
    "1e308*10",
    "\u{0}",
    "é",
    "ә",
    "🙂",
    "#",
    "0x",
    "0b2",
    "1_",
    "...",
];

fn mutate(source: &str, generator: &mut Generator) -> String {
    let mut characters: Vec<char> = source.chars().collect();
    for _ in 0..1 + generator.below(4) {
        let length = characters.len();
        match generator.below(5) {
            0 if length > 0 => {
                let index = generator.below(length);
                characters[index] = char::from(b' ' + (generator.below(95) as u8));
            }
            1 if length > 0 => {
                let start = generator.below(length);
                let end = (start + 1 + generator.below(20)).min(length);
                characters.drain(start..end);
            }
            2 if length > 0 => {
                let start = generator.below(length);
                let end = (start + 1 + generator.below(40)).min(length);
                let piece: Vec<char> = characters[start..end].to_vec();
                let at = generator.below(length);
                characters.splice(at..at, piece);
            }
            3 => {
                let fragment = FRAGMENTS[generator.below(FRAGMENTS.len())];
                let at = generator.below(length + 1);
                characters.splice(at..at, fragment.chars());
            }
            _ => {
                let lines: Vec<&str> = source.lines().collect();
                if lines.len() > 1 {
                    let mut lines = lines;
                    let first = generator.below(lines.len());
                    let second = generator.below(lines.len());
                    lines.swap(first, second);
                    characters = lines.join("\n").chars().collect();
                }
            }
        }
    }
    characters.into_iter().collect()
}

/// Runs a program to its end or to the end of its slices; panics only if the
/// VM does something it must never do.
fn run_bounded(source: &str) {
    let limits = Limits {
        work: SLICES as u64 * SLICE_FUEL * 4,
        heap_bytes: 8 * 1024 * 1024,
        output_chars: 100_000,
        recursion_depth: 200,
        nested_calls: 4,
    };
    let Ok(mut vm) = Vm::start(source, limits, 7) else {
        return;
    };
    for _ in 0..SLICES {
        let outcome = vm.run(SLICE_FUEL);
        let _ = vm.take_output();
        assert!(
            vm.work_done() <= limits.work,
            "the run went past its work budget"
        );
        match outcome {
            RunOutcome::Paused => {}
            RunOutcome::WaitingForInput => vm.provide_input("5"),
            RunOutcome::WaitingForFrame => vm.provide_frame(Default::default()),
            RunOutcome::Finished | RunOutcome::Failed(_) => return,
        }
    }
}

#[test]
fn mutated_programs_never_panic_or_run_away() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/python/ok");
    let mut sources: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "py"))
        .map(|path| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    sources.sort();
    assert!(sources.len() > 100);
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let mut generator = Generator(0x5EED_1234_ABCD_0001);
            for (name, source) in &sources {
                run_bounded(source);
                for round in 0..MUTATIONS_PER_PROGRAM {
                    let mutated = mutate(source, &mut generator);
                    let outcome = std::panic::catch_unwind(|| run_bounded(&mutated));
                    assert!(
                        outcome.is_ok(),
                        "{name}, mutation {round} panicked:\n{mutated}"
                    );
                }
            }
        })
        .unwrap();
    handle.join().unwrap();
}
