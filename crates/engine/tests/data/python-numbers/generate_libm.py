"""Writes libm_cases.txt: CPython 3.11's results for the float math functions
on 2,000 arguments each, to prove the sandbox's portable `libm` bit for bit.

Run from this folder with `python3 generate_libm.py` (CPython on Linux x86_64,
glibc >= 2.28, so the results are glibc's). Each line is the operation, its
float arguments (repr) and the outcome: the repr of the result or the name of
the exception. Arguments cover tiny and subnormal values, values near 0, 1 and
multiples of pi/2, large values, values near overflow, random bit patterns and
the special values.
"""

import math
import operator
import random
import struct

N = 2_000
SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, math.inf, -math.inf, math.nan, 5e-324,
            -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            math.pi, math.pi / 2, math.e, 0.1, 10.0]


def bits_to_float(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def any_finite(rng):
    while True:
        value = bits_to_float(rng.getrandbits(64))
        if math.isfinite(value):
            return value


def signed_power(rng, low, high):
    return rng.choice([-1.0, 1.0]) * 2.0 ** rng.uniform(low, high)


def subnormal(rng):
    return rng.choice([-1.0, 1.0]) * bits_to_float(rng.getrandbits(52))


def near_half_pi_multiple(rng):
    k = rng.choice([rng.randint(-8, 8), rng.randint(-10**6, 10**6), rng.randint(-2**40, 2**40)])
    value = k * (math.pi / 2)
    for _ in range(rng.randint(0, 3)):
        value = math.nextafter(value, rng.choice([-math.inf, math.inf]))
    return value + rng.choice([0.0, 0.0, rng.uniform(-1e-9, 1e-9)])


def trig_argument(rng):
    kind = rng.randrange(7)
    if kind == 0:
        return rng.uniform(-1.0, 1.0)
    if kind == 1:
        return rng.uniform(-10.0, 10.0)
    if kind == 2:
        return signed_power(rng, -60, 0)
    if kind == 3:
        return near_half_pi_multiple(rng)
    if kind == 4:
        return signed_power(rng, 3, 1023)
    if kind == 5:
        return any_finite(rng)
    return rng.choice([subnormal(rng), signed_power(rng, -1074, -60)])


def unit_argument(rng):
    kind = rng.randrange(5)
    if kind == 0:
        return rng.uniform(-1.0, 1.0)
    if kind == 1:
        return rng.choice([-1.0, 1.0]) * (1.0 - 2.0 ** rng.uniform(-53, -1))
    if kind == 2:
        return signed_power(rng, -60, 0)
    if kind == 3:
        return rng.choice([subnormal(rng), signed_power(rng, -1074, -60)])
    return rng.uniform(-1.1, 1.1)


def exp_argument(rng):
    kind = rng.randrange(7)
    if kind == 0:
        return rng.uniform(-2.0, 2.0)
    if kind == 1:
        return rng.uniform(-745.2, 709.8)
    if kind == 2:
        return rng.uniform(700.0, 710.0)
    if kind == 3:
        return rng.uniform(-750.0, -700.0)
    if kind == 4:
        return signed_power(rng, -70, 0)
    if kind == 5:
        return rng.choice([subnormal(rng), any_finite(rng)])
    return rng.uniform(-40.0, 40.0)


def exp2_argument(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return rng.uniform(-1080.0, 1025.0)
    if kind == 1:
        return rng.uniform(-3.0, 3.0)
    if kind == 2:
        return rng.uniform(1020.0, 1025.0) * rng.choice([1.0, -1.0])
    return rng.choice([signed_power(rng, -70, 0), any_finite(rng)])


def log_argument(rng):
    kind = rng.randrange(7)
    if kind == 0:
        return rng.uniform(0.9, 1.1)
    if kind == 1:
        return 1.0 + rng.uniform(-1.0, 1.0) * 2.0 ** rng.uniform(-53, -4)
    if kind == 2:
        return rng.uniform(0.0, 100.0)
    if kind == 3:
        return abs(any_finite(rng))
    if kind == 4:
        return abs(subnormal(rng))
    if kind == 5:
        return 2.0 ** rng.uniform(-1022, 1024)
    return rng.choice([-rng.uniform(0.0, 10.0), float(rng.randint(1, 10**6)), 10.0 ** rng.randint(-300, 300)])


def pow_arguments(rng):
    kind = rng.randrange(8)
    if kind == 0:
        return rng.uniform(0.0, 10.0), rng.uniform(-50.0, 50.0)
    if kind == 1:
        return rng.uniform(0.5, 2.0), rng.uniform(-3000.0, 3000.0)
    if kind == 2:
        return abs(any_finite(rng)), rng.uniform(-2.0, 2.0)
    if kind == 3:
        return -rng.uniform(0.0, 10.0), float(rng.randint(-400, 400))
    if kind == 4:
        return 1.0 + rng.uniform(-1.0, 1.0) * 2.0 ** rng.uniform(-53, -10), rng.uniform(-1e15, 1e15)
    if kind == 5:
        return rng.uniform(0.0, 1e-300), rng.uniform(-2.0, 2.0)
    if kind == 6:
        return float(rng.randint(2, 100)), float(rng.randint(-1100, 1100))
    return any_finite(rng), any_finite(rng)


def atan2_arguments(rng):
    kind = rng.randrange(4)
    if kind == 0:
        return rng.uniform(-10.0, 10.0), rng.uniform(-10.0, 10.0)
    if kind == 1:
        return signed_power(rng, -60, 60), signed_power(rng, -60, 60)
    if kind == 2:
        return any_finite(rng), any_finite(rng)
    return rng.choice(SPECIALS), rng.choice([rng.uniform(-3.0, 3.0), rng.choice(SPECIALS)])


def hypot_arguments(rng):
    kind = rng.randrange(3)
    if kind == 0:
        return signed_power(rng, 1000, 1024), signed_power(rng, 990, 1024)
    if kind == 1:
        return rng.choice([subnormal(rng), signed_power(rng, -1074, -1000)]), subnormal(rng)
    return atan2_arguments(rng)


def float_pow(base, exponent):
    """`base ** exponent`; a complex result (the sandbox has no complex numbers,
    and refuses any negative base with a non-integer exponent) is a TypeError."""
    if -math.inf < base < 0 and math.isfinite(exponent) and exponent != math.floor(exponent):
        raise TypeError("complex")
    return operator.pow(base, exponent)


UNARY = [
    ("math_exp", math.exp, exp_argument),
    ("math_exp2", math.exp2, exp2_argument),
    ("math_log", math.log, log_argument),
    ("math_log2", math.log2, log_argument),
    ("math_log10", math.log10, log_argument),
    ("math_sin", math.sin, trig_argument),
    ("math_cos", math.cos, trig_argument),
    ("math_tan", math.tan, trig_argument),
    ("math_atan", math.atan, trig_argument),
    ("math_asin", math.asin, unit_argument),
    ("math_acos", math.acos, unit_argument),
]
BINARY = [
    ("math_pow", math.pow, pow_arguments),
    ("float_pow", float_pow, pow_arguments),
    ("math_atan2", math.atan2, atan2_arguments),
    ("math_hypot", math.hypot, hypot_arguments),
]


def outcome(function, *args):
    try:
        return repr(function(*args))
    except Exception as error:  # noqa: BLE001 - every exception is a case
        return type(error).__name__


def main():
    rng = random.Random(20261126)
    lines = ["# Written by generate_libm.py: operation, arguments, CPython 3.11's result."]
    for name, function, argument in UNARY:
        args = SPECIALS + [argument(rng) for _ in range(N - len(SPECIALS))]
        lines += [f"{name} {x!r} {outcome(function, x)}" for x in args]
    for name, function, arguments in BINARY:
        pairs = [(x, y) for x in SPECIALS[:10] for y in SPECIALS[:10]]
        pairs += [arguments(rng) for _ in range(N - len(pairs))]
        lines += [f"{name} {x!r} {y!r} {outcome(function, x, y)}" for x, y in pairs]
    with open("libm_cases.txt", "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
