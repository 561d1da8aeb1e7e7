"""Writes expected.json: what CPython's random module produces for fixed seeds.

Run from this directory with CPython 3.11:  python3 generate.py
The Rust test tests/it/python_random.rs replays every operation in the same
order on one generator per seed and checks every result.

Floats are stored as their IEEE-754 bits (an unsigned 64-bit int) plus their
repr, so the comparison is exact.  Seeds and big ints are stored as decimal
strings.
"""

import json
import math
import random
import struct
import sys

sys.set_int_max_str_digits(0)
assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"


def float_entry(value):
    return {"bits": struct.unpack("<Q", struct.pack("<d", value))[0], "repr": repr(value)}


def operations(rng):
    out = []

    def record(op, args, result):
        out.append({"op": op, "args": args, "result": result})

    for _ in range(20):
        record("random", [], float_entry(rng.random()))
    for k in [0, 1, 5, 31, 32, 33, 53, 63, 64]:
        record("getrandbits", [k], rng.getrandbits(k))
    for k in [65, 100, 1000]:
        record("getrandbits_big", [k], str(rng.getrandbits(k)))
    for low, high, times in [(1, 6, 10), (-10, 10, 5), (0, 2**40, 5), (-(2**62), 2**62, 3), (7, 7, 1)]:
        for _ in range(times):
            record("randint", [low, high], rng.randint(low, high))
    for stop in [1, 10, 2**40]:
        record("randrange_stop", [stop], rng.randrange(stop))
    for start, stop, step in [(0, 2**40, 1), (0, 100, 7), (100, 0, -3), (-50, 50, 5), (5, 2**50, 2**33), (3, 4, 1), (10, -10, -1)]:
        for _ in range(3):
            record("randrange", [start, stop, step], rng.randrange(start, stop, step))
    for length in [1, 3, 10, 1000, 2**33]:
        record("choice", [length], rng.choice(range(length)))
    for length in [10, 50, 1]:
        items = list(range(length))
        rng.shuffle(items)
        record("shuffle", [length], items)
    for low, high in [(0.0, 1.0), (-3.5, 2.25), (10.0, 1.0), (1e-300, 1e300)]:
        record("uniform", [float_entry(low), float_entry(high)], float_entry(rng.uniform(low, high)))
    for n, k in [(100, 10), (10, 7), (30, 6), (5, 5), (1000, 100), (22, 0), (85, 6), (86, 6), (26, 5), (25, 5), (300, 22), (276, 22), (277, 22)]:
        record("sample", [n, k], rng.sample(range(n), k))
    # Both sides of the pool/set threshold of sample(), for many sample sizes.
    for k in [6, 11, 21, 22, 50, 85, 86]:
        threshold = 21 + 4 ** math.ceil(math.log(k * 3, 4))
        record("sample", [threshold, k], rng.sample(range(threshold), k))
        record("sample", [threshold + 1, k], rng.sample(range(threshold + 1), k))
    for counts, k in [([4, 2], 5), ([1, 0, 3, 10], 6), ([100, 1, 50, 7], 20), ([3], 3)]:
        record("sample_with_counts", [len(counts), counts, k], rng.sample(range(len(counts)), counts=counts, k=k))
    for n, k in [(10, 5), (3, 4), (1, 2)]:
        record("choices", [n, k], rng.choices(range(n), k=k))
    for weights, k in [([1.0, 2.0, 3.0, 4.0], 6), ([0.1, 0.0, 2.5], 5), ([0.0, 0.0, 1e-300], 2)]:
        record("choices_weighted", [len(weights), [float_entry(w) for w in weights], k], rng.choices(range(len(weights)), weights, k=k))
    for cumulative, k in [([1.0, 1.0, 5.0, 10.0], 5), ([0.5], 2)]:
        record("choices_cumulative", [len(cumulative), [float_entry(w) for w in cumulative], k],
               rng.choices(range(len(cumulative)), cum_weights=cumulative, k=k))
    # gauss() caches the second deviate of each pair across other calls.
    for mu, sigma in [(0.0, 1.0), (0.0, 1.0), (10.0, 2.5)]:
        record("gauss", [float_entry(mu), float_entry(sigma)], float_entry(rng.gauss(mu, sigma)))
    for mu, sigma in [(0.0, 1.0), (100.0, 15.0), (0.0, 1.0), (-1.0, 0.5)]:
        record("normalvariate", [float_entry(mu), float_entry(sigma)], float_entry(rng.normalvariate(mu, sigma)))
    for mu, sigma in [(0.0, 1.0), (0.0, 1.0)]:
        record("gauss", [float_entry(mu), float_entry(sigma)], float_entry(rng.gauss(mu, sigma)))
    for rate in [1.5, 1.5, -2.0, 1e-3]:
        record("expovariate", [float_entry(rate)], float_entry(rng.expovariate(rate)))
    for low, high, mode in [(0.0, 1.0, None), (0.0, 1.0, None), (1.0, 3.0, 2.5), (1.0, 3.0, 2.5), (5.0, 5.0, 5.0), (10.0, 0.0, 1.0)]:
        args = [float_entry(low), float_entry(high), None if mode is None else float_entry(mode)]
        value = rng.triangular(low, high) if mode is None else rng.triangular(low, high, mode)
        record("triangular", args, float_entry(value))
    # Ints of any size are stored as decimal strings.
    for start, stop, step in [(0, 2**100, 1), (-(2**80), 2**80, 3), (10**30, -(10**30), -7), (5, 2**64 + 5, 1), (0, 10, 1), (-3, 40, 4)]:
        for _ in range(2):
            record("randrange_big", [str(start), str(stop), str(step)], str(rng.randrange(start, stop, step)))
    for low, high in [(-(2**70), 2**70), (1, 6), (2**64, 2**64), (-(2**63), 2**63 - 1), (-(2**63), 2**63 - 1)]:
        record("randint_big", [str(low), str(high)], str(rng.randint(low, high)))
    for stop in [2**65, 2**64, 7, 2**200 + 1]:
        record("randrange_stop_big", [str(stop)], str(rng.randrange(stop)))
    for count in [0, 1, 3, 4, 5, 17]:
        record("randbytes", [count], list(rng.randbytes(count)))
    for mu, sigma in [(0.0, 1.0), (1.0, 0.25)]:
        record("lognormvariate", [float_entry(mu), float_entry(sigma)], float_entry(rng.lognormvariate(mu, sigma)))
    for alpha in [1.0, 3.5, -2.0]:
        record("paretovariate", [float_entry(alpha)], float_entry(rng.paretovariate(alpha)))
    for alpha, beta in [(1.0, 1.0), (2.0, 0.5), (0.5, 3.0)]:
        record("weibullvariate", [float_entry(alpha), float_entry(beta)], float_entry(rng.weibullvariate(alpha, beta)))
    for mu, kappa in [(0.0, 1.0), (1.0, 4.0), (-3.0, 0.5), (2.0, 1e-7), (100.0, 50.0)]:
        record("vonmisesvariate", [float_entry(mu), float_entry(kappa)], float_entry(rng.vonmisesvariate(mu, kappa)))
    for alpha, beta in [(0.5, 1.0), (1.0, 2.0), (2.5, 1.0), (9.0, 0.5), (0.1, 3.0)]:
        record("gammavariate", [float_entry(alpha), float_entry(beta)], float_entry(rng.gammavariate(alpha, beta)))
    for alpha, beta in [(2.0, 5.0), (0.5, 0.5), (1.0, 1.0)]:
        record("betavariate", [float_entry(alpha), float_entry(beta)], float_entry(rng.betavariate(alpha, beta)))
    for _ in range(5):
        record("random", [], float_entry(rng.random()))
    return out


INT_SEEDS = [0, 1, 42, 2026, 12345678901234567890, -5, 2**32, 2**32 - 1, -(2**100) - 12345, 2**20000 + 7]
STR_SEEDS = ["", "hello", "h\u00e9llo \u2713", "x" * 111, "y" * 112, "z" * 300]

cases = []
for seed in INT_SEEDS:
    rng = random.Random(seed)
    cases.append({"seed_kind": "int", "seed": str(seed), "operations": operations(rng)})
FLOAT_SEEDS = [3.5, -1.0, 42.0, 1e300, -2.5e-10, float("inf"), 0.1]
for seed in FLOAT_SEEDS:
    rng = random.Random(seed)
    cases.append({"seed_kind": "float_bits", "seed": str(float_entry(seed)["bits"]), "operations": operations(rng)})
for seed in STR_SEEDS:
    rng = random.Random(seed)
    cases.append({"seed_kind": "str", "seed": seed, "operations": operations(rng)})

# getstate() after a few draws, and what follows it.
state_rng = random.Random(42)
state_rng.random()
state_rng.gauss(0.0, 1.0)
version, state_words, state_gauss_next = state_rng.getstate()
assert version == 3
state_record = {"words": list(state_words), "gauss_next": float_entry(state_gauss_next),
                "next_gauss": float_entry(state_rng.gauss(0.0, 1.0)), "next_random": float_entry(state_rng.random())}

# The teacher's example, on the module-level functions.
random.seed(42)
teacher = random.randint(1, 6)

errors = []
for op, args, call in [
    ("randrange", [1, 1, 1], lambda r: r.randrange(1, 1)),
    ("randrange", [5, 2, 1], lambda r: r.randrange(5, 2)),
    ("randint", [5, 1], lambda r: r.randint(5, 1)),
    ("randrange_stop", [0], lambda r: r.randrange(0)),
    ("randrange_stop", [-3], lambda r: r.randrange(-3)),
    ("randrange", [1, 5, 0], lambda r: r.randrange(1, 5, 0)),
    ("randrange", [5, 1, 2], lambda r: r.randrange(5, 1, 2)),
    ("randrange", [1, 5, -1], lambda r: r.randrange(1, 5, -1)),
    ("choice", [0], lambda r: r.choice([])),
    ("sample", [3, 4], lambda r: r.sample(range(3), 4)),
    ("choices", [0, 1], lambda r: r.choices([], k=1)),
    ("choices_weighted", [0, [], 1], lambda r: r.choices([], [], k=1)),
    ("choices_weighted", [2, [1.0], 1], lambda r: r.choices([1, 2], [1.0], k=1)),
    ("choices_weighted", [2, [0.0, 0.0], 1], lambda r: r.choices([1, 2], [0.0, 0.0], k=1)),
    ("choices_weighted", [2, [1.0, -3.0], 1], lambda r: r.choices([1, 2], [1.0, -3.0], k=1)),
    ("choices_weighted", [2, [1.0, float("inf")], 1], lambda r: r.choices([1, 2], [1.0, float("inf")], k=1)),
    ("choices_cumulative", [2, [1.0, float("nan")], 1], lambda r: r.choices([1, 2], cum_weights=[1.0, float("nan")], k=1)),
    ("expovariate", [0.0], lambda r: r.expovariate(0.0)),
    ("sample_with_counts", [2, [1], 1], lambda r: r.sample([1, 2], counts=[1], k=1)),
    ("sample_with_counts", [2, [0, 0], 1], lambda r: r.sample([1, 2], counts=[0, 0], k=1)),
    ("sample_with_counts", [0, [], 1], lambda r: r.sample([], counts=[], k=1)),
    ("sample_with_counts", [2, [1, 1], 3], lambda r: r.sample([1, 2], counts=[1, 1], k=3)),
    ("setstate_size", [623], lambda r: r.setstate((3, tuple([0] * 623 + [0]), None))),
    ("setstate_position", [625], lambda r: r.setstate((3, tuple([0] * 624 + [625]), None))),
    ("gammavariate", [0.0, 1.0], lambda r: r.gammavariate(0.0, 1.0)),
    ("gammavariate", [1.0, -1.0], lambda r: r.gammavariate(1.0, -1.0)),
    ("betavariate", [-1.0, 1.0], lambda r: r.betavariate(-1.0, 1.0)),
    ("paretovariate", [0.0], lambda r: r.paretovariate(0.0)),
    ("weibullvariate", [1.0, 0.0], lambda r: r.weibullvariate(1.0, 0.0)),
    ("randrange_big", [str(2**70), str(2**70), "1"], lambda r: r.randrange(2**70, 2**70)),
    ("randrange_big", [str(2**70), "-5", "1"], lambda r: r.randrange(2**70, -5)),
    ("randrange_big", ["0", str(10**40), "0"], lambda r: r.randrange(0, 10**40, 0)),
    ("randrange_big", ["0", str(10**40), str(-(10**20))], lambda r: r.randrange(0, 10**40, -(10**20))),
    ("randrange_stop_big", [str(-(2**90))], lambda r: r.randrange(-(2**90))),
]:
    try:
        call(random.Random(0))
    except Exception as error:  # noqa: BLE001 - we record whatever CPython raises.
        errors.append({"op": op, "args": [[float_entry(w) if isinstance(w, float) else w for w in a] if isinstance(a, list) else float_entry(a) if isinstance(a, float) else a for a in args],
                       "type": type(error).__name__, "message": str(error)})
    else:
        raise AssertionError(f"{op}{args} did not raise")

with open("expected.json", "w", encoding="utf-8") as handle:
    # One operation per line keeps the file readable and its diffs small.
    handle.write("{\n")
    handle.write(f'"python_version": {json.dumps(sys.version.split()[0])},\n')
    handle.write(f'"teacher_seed_42_randint_1_6": {json.dumps(teacher)},\n')
    handle.write(f'"state_after_random_and_gauss_seed_42": {json.dumps(state_record)},\n')
    handle.write('"cases": [\n')
    for case_number, case in enumerate(cases):
        handle.write(f'{{"seed_kind": {json.dumps(case["seed_kind"])}, "seed": {json.dumps(case["seed"])}, "operations": [\n')
        handle.write(",\n".join(json.dumps(operation) for operation in case["operations"]))
        handle.write("\n]}" + ("," if case_number + 1 < len(cases) else "") + "\n")
    handle.write('],\n"errors": [\n')
    handle.write(",\n".join(json.dumps(error) for error in errors))
    handle.write("\n]\n}\n")
