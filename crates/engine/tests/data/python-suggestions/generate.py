#!/usr/bin/env python3
"""Writes cases.txt: CPython 3.11's "Did you mean" for misspelt names.

Each line is `written<TAB>candidates separated by spaces<TAB>CPython's suggestion or -`.
The candidates are defined as globals of a small program that then uses the
written name; the suggestion is read from CPython's own traceback. CPython
searches the module's names (module-names.txt, then the candidates) and then
the builtins (builtin-names.txt, in the builtins module's own order).

    python3 generate.py    (from this folder; needs CPython 3.11)
"""

import random
import re
import subprocess
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the reference is CPython 3.11"

NAMES = [
    "print", "input", "range", "len", "count", "total", "summa", "answer", "Answer",
    "number", "numbers", "name", "names", "score", "scores", "is_even", "isEven",
    "сан", "сандар", "аты", "жауап", "число", "ответ", "result", "results", "x1", "x2",
    "max_value", "min_value", "maxValue", "my_list", "mylist", "item", "items", "index",
    "total_sum", "totalSum", "counter", "count_words", "qwertyuiopasdfghjklzxcvbnm_long_name",
]

MISSPELLINGS = [
    ("pritn", ["print"]), ("prin", ["print"]), ("Print", ["print"]), ("PRINT", ["print"]),
    ("lenght", ["len", "length"]), ("cout", ["count", "total"]), ("summ", ["summa"]),
    ("answr", ["answer", "Answer"]), ("ANSWER", ["answer", "Answer"]), ("nmber", ["number", "numbers"]),
    ("nam", ["name", "names"]), ("scor", ["score", "scores"]), ("iseven", ["is_even", "isEven"]),
    ("сн", ["сан", "сандар"]), ("ат", ["аты"]), ("жауп", ["жауап"]), ("чило", ["число"]),
    ("otvet", ["ответ"]), ("reslt", ["result", "results"]), ("x3", ["x1", "x2"]),
    ("maxvalue", ["max_value", "min_value", "maxValue"]), ("my_lst", ["my_list", "mylist"]),
    ("itm", ["item", "items", "index"]), ("totalsum", ["total_sum", "totalSum"]),
    ("zzz", ["print", "input"]), ("a", ["ab", "b"]), ("abcdef", ["uvwxyz"]),
    ("counter_", ["counter", "count_words"]), ("coutn_words", ["count_words", "counter"]),
    ("qwertyuiopasdfghjklzxcvbnm_long_nam", ["qwertyuiopasdfghjklzxcvbnm_long_name"]),
    ("nаme", ["name"]),  # a Cyrillic а: CPython's byte distance may or may not find it
    ("ргint", ["print"]), ("x", ["y", "z"]), ("foo", ["fo", "fooo", "bar"]),
]


def suggestion(written, candidates):
    program = "".join(f"{name} = 0\n" for name in candidates) + f"{written}\n"
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    last_line = result.stderr.strip().splitlines()[-1]
    match = re.search(r"Did you mean: '([^']*)'\?", last_line)
    return match.group(1) if match else "-"


def main():
    generator = random.Random(2026)
    cases = list(MISSPELLINGS)
    for _ in range(120):
        target = generator.choice(NAMES)
        letters = list(target)
        for _ in range(generator.randint(1, 3)):
            operation = generator.choice(["delete", "insert", "swap", "case"])
            position = generator.randrange(len(letters))
            if operation == "delete" and len(letters) > 1:
                del letters[position]
            elif operation == "insert":
                letters.insert(position, generator.choice("abcxyzеаоі_"))
            elif operation == "swap" and position + 1 < len(letters):
                letters[position], letters[position + 1] = letters[position + 1], letters[position]
            else:
                letters[position] = letters[position].swapcase()
        written = "".join(letters)
        if not written.isidentifier() or written in NAMES or written[0].isdigit():
            continue
        candidates = generator.sample(NAMES, 6)
        if target not in candidates:
            candidates[0] = target
        cases.append((written, candidates))
    lines = []
    for written, candidates in cases:
        if written in candidates:
            continue
        lines.append(f"{written}\t{' '.join(candidates)}\t{suggestion(written, candidates)}\n")
    Path(__file__).with_name("cases.txt").write_text("".join(lines), encoding="utf-8")
    # The namespaces CPython searches after a module's own names, in its order.
    module_names = subprocess.run(
        [sys.executable, "-c", "print(*globals(), sep=chr(10))"], capture_output=True, text=True
    ).stdout
    Path(__file__).with_name("module-names.txt").write_text(module_names, encoding="utf-8")
    builtin_names = subprocess.run(
        [sys.executable, "-c", "import builtins; print(*vars(builtins), sep=chr(10))"],
        capture_output=True,
        text=True,
    ).stdout
    Path(__file__).with_name("builtin-names.txt").write_text(builtin_names, encoding="utf-8")
    print(f"{len(lines)} cases")


if __name__ == "__main__":
    main()
