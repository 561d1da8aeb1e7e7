//! Fuzzing: thousands of mutations of a few valid programs (characters and
//! words deleted, doubled, swapped or inserted, from a seeded generator). The
//! parser must not panic, must end, and must point inside the program.

use engine::python::syntax::parser::parse_module;
use engine::python::syntax::LineIndex;

/// Programs a pupil might write, covering most of the grammar.
const PROGRAMS: &[&str] = &[
    "def greet(name, times=2, *args, key=None, **options):\n    \"\"\"Says hello.\"\"\"\n    for i in range(times):\n        print(f\"Hello, {name!r:>{10}}!\", i, sep='')\n    return [x ** 2 for x in args if x % 2 == 0]\n\nclass Robot(Base, metaclass=Meta):\n    count: int = 0\n\n    @property\n    def position(self):\n        return (self.x, self.y)\n",
    "import math\nfrom . import helpers as h\nx, *rest = [1, 2, 3]\nwhile x < 10 and not done:\n    x += 1\n    if x == 5:\n        continue\n    elif x > 8:\n        break\nelse:\n    pass\ntry:\n    y = {1: 'a', **other}[x]\nexcept (KeyError, ValueError) as error:\n    raise RuntimeError('bad') from error\nfinally:\n    del x\n",
    "with open('f') as f, lock:\n    data = f.read()\nsquares = {n: n * n for n in range(10)}\nodd = {n for n in squares if n & 1}\ngen = (a if a > 0 else -a for a in data[1:-1:2])\nlam = lambda a, /, b=1, *c, d, **e: (a, b, c, d, e)\nassert total >= 0, \"negative\"\nglobal counter\nmatrix[0][1] = value = yield\nprint(*args, end=\"\")\nif (n := len(data)) > 3: print(n)\n",
];

/// Characters worth inserting: Python's signs, brackets, quotes, spaces.
const INSERTIONS: &[char] = &[
    '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '+', '-', '*', '/', '%', '<', '>', '!', '@',
    '"', '\'', '#', '\\', ' ', '\n', '\t', 'x', '1', 'f', '_', 'é', ';', '~', '^', '&', '|',
];

/// A small deterministic random generator (xorshift).
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound.max(1) as u64) as usize
    }
}

/// One mutation of `source`: on characters or on words.
fn mutate(source: &str, random: &mut Random) -> String {
    let mut characters: Vec<char> = source.chars().collect();
    if random.below(2) == 0 {
        let index = random.below(characters.len());
        match random.below(4) {
            0 => {
                characters.remove(index);
            }
            1 => characters.insert(index, characters[index]),
            2 if index + 1 < characters.len() => characters.swap(index, index + 1),
            _ => characters.insert(index, INSERTIONS[random.below(INSERTIONS.len())]),
        }
        return characters.into_iter().collect();
    }
    let mut words: Vec<String> = source
        .split_inclusive([' ', '(', ')', ',', '\n'])
        .map(str::to_owned)
        .collect();
    let index = random.below(words.len());
    match random.below(3) {
        0 => {
            words.remove(index);
        }
        1 => {
            let word = words[index].clone();
            words.insert(index, word);
        }
        _ => {
            let other = random.below(words.len());
            words.swap(index, other);
        }
    }
    words.concat()
}

#[test]
fn mutated_programs_never_panic() {
    let mut random = Random(0x5eed_1234_abcd_0042);
    let mut errors = 0;
    let mut parsed = 0;
    for round in 0..6000 {
        let mut source = PROGRAMS[round % PROGRAMS.len()].to_owned();
        for _ in 0..=random.below(3) {
            source = mutate(&source, &mut random);
        }
        match parse_module(&source) {
            Ok(_) => parsed += 1,
            Err(error) => {
                errors += 1;
                assert!(
                    error.span.start <= error.span.end && error.span.end as usize <= source.len(),
                    "the error points outside the program: {error:?} in {source:?}"
                );
                let (line, column) =
                    LineIndex::new(&source).line_and_column(&source, error.span.start);
                assert!(line >= 1 && column >= 1);
                assert!(!error.kind.cpython_message().is_empty());
            }
        }
    }
    assert!(
        parsed > 100 && errors > 1000,
        "parsed {parsed}, errors {errors}"
    );
}

#[test]
fn the_original_programs_parse() {
    for program in PROGRAMS {
        assert!(parse_module(program).is_ok(), "{program}");
    }
}
