#!/usr/bin/env python3
"""Writes cases.txt: the order in which CPython 3.11 iterates sets of numbers.

Each line is `operations<TAB>iteration order`: operations are `+v` (add) and
`-v` (discard) separated by spaces, v an int or a float literal; the order is
the set's elements as `repr`s separated by spaces (`-` for an empty set).
Also records hash() of the values, one `value<TAB>hash` per line in hashes.txt.

    python3 generate.py    (from this folder; needs CPython 3.11)
"""

import random
import sys
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "the reference is CPython 3.11"

HERE = Path(__file__).resolve().parent


def random_value(generator):
    kind = generator.random()
    if kind < 0.55:
        return generator.randrange(0, 200)
    if kind < 0.7:
        return generator.randrange(-50, 50)
    if kind < 0.8:
        return generator.choice([2**61 - 1, 2**61, 2**64 + 7, -(2**70), 10**30, -1, -2, 2**61 - 2])
    if kind < 0.9:
        return generator.randrange(0, 10**6) * generator.choice([1, 8, 64, 1024])
    return generator.choice([0.5, 1.5, -2.25, 3.0, 1e-3, 2.0**-40, 123.456, 1e300, float("inf"), -0.0, 7.0])


def main():
    generator = random.Random(3311)
    lines = ["+3 +1 +2 +100 +33\t1 2 3 100 33\n"]
    hashes = {}
    for case in range(400):
        values = set()
        operations = []
        for _ in range(generator.randint(0, 60 if case % 4 else 400)):
            value = random_value(generator)
            hashes[repr(value)] = hash(value)
            if values and generator.random() < 0.2:
                victim = generator.choice(sorted(values, key=repr))
                operations.append(f"-{victim!r}")
                values.discard(victim)
            else:
                operations.append(f"+{value!r}")
                values.add(value)
        order = " ".join(repr(value) for value in values) or "-"
        lines.append(f"{' '.join(operations) or '-'}\t{order}\n")
    (HERE / "cases.txt").write_text("".join(lines), encoding="utf-8")
    (HERE / "hashes.txt").write_text(
        "".join(f"{value}\t{hashed}\n" for value, hashed in sorted(hashes.items())), encoding="utf-8"
    )
    print(f"{len(lines)} cases, {len(hashes)} hashes")


if __name__ == "__main__":
    main()
