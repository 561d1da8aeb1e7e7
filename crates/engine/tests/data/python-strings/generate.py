#!/usr/bin/env python3
"""Writes cases.txt, the expected results of `str` methods, with CPython 3.11.

Run it from the repository root:

    python3 crates/engine/tests/data/python-strings/generate.py

Each line of cases.txt is a JSON array `[method, receiver, arguments, status,
value]`: `status` is "ok" and `value` the result (a tuple as a list, -1 for a
failed find), or the exception type and `value` its message. Besides the `str`
methods, `join` is `receiver.join(arguments[0])`, `repeat` is `receiver *
arguments[0]`, `getitem` is `receiver[arguments[0]]` and `slice` is `receiver[start:stop:step]`. A list as first
argument of `startswith`/`endswith` stands for a tuple. Seeded random texts
mixing Kazakh, Russian, Greek, marks, digits and spaces exercise the case
methods and the predicates.

It also writes case_mappings.txt: for every code point that some case method
changes, `[character, upper, lower, title, casefold, swapcase, capitalize]`.
"""

import json
import pathlib
import random

OUTPUT = pathlib.Path("crates/engine/tests/data/python-strings/cases.txt")
CASE_MAPPINGS = pathlib.Path("crates/engine/tests/data/python-strings/case_mappings.txt")

KAZAKH = "Сәлем, әлем! Қазақ тілі: ә ғ қ ң ө ұ ү һ і"
RUSSIAN = "Ёлка и ёжик. Привет, мир"
TEXTS = [
    "",
    " ",
    "hello world",
    "  Hello  World  ",
    "a,b,,c,",
    KAZAKH,
    RUSSIAN,
    "әлем",
    "ҚАЗАҚСТАН",
    "қазақстан республикасы",
    "ёжик в тумане",
    "ЁЖИК",
    "x\ty\tzz\t\n\tw",
    "a\u00a0b\u2028c\x1cd\x1de\x1ef\x1fg\x85h\u3000i",
    "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\u2028line7\u2029\x85end\n",
    "🙂 emoji 👍🏽 text 🇰🇿",
    "ß straße ﬁ ǆ ǉ ŉ",
    "ΣΑΣ ΟΔΟΣ Σ aΣ aΣb",
    "İstanbul ıi",
    "they're bill's friends from the UK",
    "123",
    "-42",
    "+7",
    "١٢٣",
    "²³",
    "½五",
    "_name1",
    "1abc",
    "Привет_мир",
    "aaaa",
    "abcabcabc",
    "Hello World",
    "HELLO",
    "hello",
    "Ǆungla",
]

cases = []


def add(method, receiver, *arguments):
    cases.append((method, receiver, list(arguments)))


for text in TEXTS:
    for method in ["upper", "lower", "casefold", "capitalize", "title", "swapcase",
                   "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace",
                   "isupper", "islower", "istitle", "isidentifier", "isascii", "isprintable"]:
        add(method, text)
    add("split", text)
    add("split", text, None, 1)
    add("rsplit", text)
    add("rsplit", text, None, 1)
    add("split", text, ",")
    add("rsplit", text, " ", 2)
    add("splitlines", text)
    add("splitlines", text, True)
    add("strip", text)
    add("lstrip", text)
    add("rstrip", text)
    add("expandtabs", text)
    add("expandtabs", text, 4)
    add("center", text, 20)
    add("ljust", text, 12, "*")
    add("rjust", text, 12, "ә")
    add("zfill", text, 6)
    add("find", text, "а")
    add("count", text, "")
    add("slice", text, None, None, -1)
    add("slice", text, 1, -1, 2)

for text in ["сәлем әлем", "a\u00a0b  c", "\u2028x\u2028", "  a  b  c  ", "\x1ca\x1db", "\t\n\x0b\x0c\r "]:
    for max_split in [-1, 0, 1, 2, 5]:
        add("split", text, None, max_split)
        add("rsplit", text, None, max_split)
        add("split", text, " ", max_split)
        add("rsplit", text, " ", max_split)
        add("split", text, "ә", max_split)
add("split", "abc", "")
add("rsplit", "abc", "")
add("split", "a--b----c", "--")
add("rsplit", "a--b---c", "--", 1)
add("split", "", "x")
add("rsplit", "", "x")

for chars in [None, "", " ", "аә!", "ab", "🙂", "\u00a0"]:
    for text in ["  сәлем  ", "ааәсалемә!!", "\u00a0 x \u00a0", "🙂🙂hi🙂", "", "abba"]:
        add("strip", text, chars)
        add("lstrip", text, chars)
        add("rstrip", text, chars)

for parts in [[], [""], ["a"], ["сәлем", "әлем"], ["ё", "", "🙂"]]:
    for separator in ["", ", ", "ә", "\n"]:
        add("join", separator, parts)

for text in ["abc", "", "сәлем әлем", "aaaa", "ёёё"]:
    for old, new in [("", "-"), ("a", "b"), ("әлем", "мир"), ("ё", "е"), ("aa", "x"), ("", "")]:
        for count in [-1, 0, 1, 2, 10]:
            add("replace", text, old, new, count)
        add("replace", text, old, new)

FIND_TEXT = "Қазақ қазақ ққ 🙂 қ"
for sub in ["қ", "қа", "", "🙂", "zz", FIND_TEXT, "қ 🙂"]:
    for start, end in [(None, None), (1, None), (-3, None), (2, 8), (-100, 100), (5, 2),
                       (100, None), (None, -2), (0, 0), (len(FIND_TEXT), None),
                       (len(FIND_TEXT) + 1, None), (-1, -1)]:
        for method in ["find", "rfind", "index", "rindex", "count"]:
            if end is None:
                if start is None:
                    add(method, FIND_TEXT, sub)
                else:
                    add(method, FIND_TEXT, sub, start)
            else:
                add(method, FIND_TEXT, sub, start, end)
for text in ["", "abc"]:
    for start in [-5, -1, 0, 2, 3, 4, 10]:
        add("count", text, "", start)
        add("find", text, "", start)
        add("rfind", text, "", start)
        add("startswith", text, "", start)
        add("endswith", text, "", start)

for prefixes in ["Сәл", ["x", "Сә"], [], "", "ем", ["ем", "zz"], "🙂"]:
    for start, end in [(None, None), (1, None), (-3, None), (0, 3), (-100, 100), (5, 2)]:
        for method in ["startswith", "endswith"]:
            text = "Сәлем"
            if start is None:
                add(method, text, prefixes)
            elif end is None:
                add(method, text, prefixes, start)
            else:
                add(method, text, prefixes, start, end)

for text in ["", "a", "abc", "сәлем", "-", "+", "-42", "+ә", "42-", "🙂"]:
    for width in [-1, 0, 1, 3, 4, 5, 6, 7, 10]:
        add("center", text, width)
        add("center", text, width, "ё")
        add("ljust", text, width, "-")
        add("rjust", text, width)
        add("zfill", text, width)
add("center", "a", 5, "")
add("center", "a", 5, "ab")
add("ljust", "abc", 1, "xy")
add("rjust", "a", 3, "🙂")

for text in ["a\tb", "\t", "ab\tcd\tef", "ә\tқ\n\tx\r\ty", "🙂\t.", "no tabs", "12345678\tx"]:
    for tab_size in [-1, 0, 1, 2, 3, 8]:
        add("expandtabs", text, tab_size)

for text in ["сәлем әлем", "сәлем", "", "abc"]:
    for sep in ["ә", " ", "әлем", "x", "", "сәлем"]:
        add("partition", text, sep)
        add("rpartition", text, sep)
    for affix in ["сә", "лем", "", "x", "сәлем әлем!"]:
        add("removeprefix", text, affix)
        add("removesuffix", text, affix)

for text in ["", "ә", "аб", "🙂x"]:
    for times in [-1, 0, 1, 3]:
        add("repeat", text, times)

SLICE_TEXT = "Қазақстан🙂ё"
for start in [None, 0, 2, -3, -100, 100]:
    for stop in [None, 3, -1, -100, 100]:
        for step in [None, 1, 2, -1, -2, 3, 0]:
            add("slice", SLICE_TEXT, start, stop, step)
for index in [0, 1, 10, 11, 12, -1, -11, -12, -100, 100, -9223372036854775808, 9223372036854775807]:
    add("getitem", SLICE_TEXT, index)
add("getitem", "", 0)
add("getitem", "", -1)
add("slice", "", None, None, -1)
add("slice", "abc", None, None, 9223372036854775807)
add("slice", "abc", None, None, -9223372036854775807)

ALPHABET = ("әғқңөұүһіӘҒҚҢӨҰҮҺІёЁаБвГ" "ΣσςΑαΟ" "aZ1٣²½五 '\t.-_"
            "\u0301\u00ad\u00a0ßǅǆﬁİıꭰᏸ🙂ʰ")
generator = random.Random(2026)
for _ in range(250):
    text = "".join(generator.choice(ALPHABET) for _ in range(generator.randint(0, 8)))
    for method in ["upper", "lower", "casefold", "capitalize", "title", "swapcase",
                   "isupper", "islower", "istitle", "isalpha", "isalnum", "isnumeric",
                   "isdigit", "isdecimal", "isidentifier", "isspace", "isprintable"]:
        add(method, text)
    add("split", text)
    add("rsplit", text, None, 1)
    add("strip", text)


def write_case_mappings():
    lines = []
    for code_point in range(0x110000):
        if 0xD800 <= code_point <= 0xDFFF:
            continue
        character = chr(code_point)
        mapped = [character.upper(), character.lower(), character.title(), character.casefold(),
                  character.swapcase(), character.capitalize()]
        if any(text != character for text in mapped):
            lines.append(json.dumps([character] + mapped, ensure_ascii=False))
    CASE_MAPPINGS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} case mappings")


def run(method, receiver, arguments):
    if method == "join":
        return receiver.join(arguments[0])
    if method == "repeat":
        return receiver * arguments[0]
    if method == "getitem":
        return receiver[arguments[0]]
    if method == "slice":
        return receiver[slice(*arguments)]
    if method in ("startswith", "endswith") and isinstance(arguments[0], list):
        arguments = [tuple(arguments[0])] + arguments[1:]
    return getattr(receiver, method)(*arguments)


def main():
    lines = []
    for method, receiver, arguments in cases:
        try:
            value = run(method, receiver, arguments)
            status = "ok"
            if isinstance(value, tuple):
                value = list(value)
        except Exception as error:  # the expected exception is the case's result
            status, value = type(error).__name__, str(error)
        lines.append(json.dumps([method, receiver, arguments, status, value], ensure_ascii=False))
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} cases")
    write_case_mappings()


if __name__ == "__main__":
    main()
