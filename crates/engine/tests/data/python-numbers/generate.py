"""Writes cases.txt: CPython 3.11's results for the numeric operations.

Run from this folder with `python3 generate.py`. Each line is a JSON array:
the operation's name, its arguments ("i:<decimal>" for an int, "f:<repr>" for
a float), then "ok" and the result (str of an int, repr of a float, "True" or
"False", or "(a, b)" for divmod), or the exception type and its message. A
complex result (which the sandbox refuses) is written as the TypeError the Rust
side reports.
"""

import itertools
import json
import math
import operator
import random

INTS = [0, 1, -1, 2, -2, 3, 7, -7, 10, -10, 255, 2**31, -(2**31), 2**53, 2**53 + 1,
        2**63 - 1, -(2**63), 2**64, 2**100, -(10**50), 2**1030]
FLOATS = [0.0, -0.0, 0.1, -0.1, 0.5, 1.0, -1.0, 2.0, -2.5, 3.7, -7.5, 1e-300, 5e-324,
          1e16, 1e308, -1e308, math.inf, -math.inf, math.nan]
SMALL_INTS = [0, 1, -1, 2, -3, 7, 12, -12, 100, 2**64]


def encode(value):
    if isinstance(value, bool):
        raise TypeError("bool argument")
    if isinstance(value, int):
        return "i:" + str(value)
    return "f:" + repr(value)


def show(result):
    if isinstance(result, tuple):
        return "(" + ", ".join(show(item) for item in result) + ")"
    if isinstance(result, float):
        return repr(result)
    return str(result)


def case(name, function, *args):
    try:
        result = function(*args)
        if isinstance(result, complex):
            outcome = ["TypeError", "complex numbers are not supported in the sandbox"]
        else:
            outcome = ["ok", show(result)]
    except Exception as error:  # noqa: BLE001 - every exception is a case
        outcome = [type(error).__name__, str(error)]
    return [name] + [encode(arg) for arg in args] + outcome


def compare(left, right):
    return (left < right, left == right, left > right)


BINARY_INT = {
    "int_add": operator.add, "int_sub": operator.sub, "int_mul": operator.mul,
    "int_floor_div": operator.floordiv, "int_modulo": operator.mod, "int_divmod": divmod,
    "int_true_div": operator.truediv, "int_and": operator.and_, "int_or": operator.or_,
    "int_xor": operator.xor, "int_compare": compare,
}
UNARY_INT = {"int_neg": operator.neg, "int_abs": abs, "int_invert": operator.invert,
             "int_to_float": float, "int_bit_length": int.bit_length}
BINARY_FLOAT = {
    "float_true_div": operator.truediv, "float_floor_div": operator.floordiv,
    "float_modulo": operator.mod, "float_divmod": divmod, "float_pow": operator.pow,
    "math_pow": math.pow, "math_atan2": math.atan2, "math_copysign": math.copysign,
    "math_hypot": math.hypot,
}
UNARY_FLOAT = {
    "float_to_int": int, "float_is_integer": float.is_integer, "math_floor": math.floor,
    "math_ceil": math.ceil, "math_trunc": math.trunc, "math_sqrt": math.sqrt,
    "math_exp": math.exp, "math_sin": math.sin, "math_cos": math.cos, "math_tan": math.tan,
    "math_asin": math.asin, "math_acos": math.acos, "math_atan": math.atan,
    "math_fabs": math.fabs, "math_degrees": math.degrees, "math_radians": math.radians,
}
MATH_FLOAT_EXTRA = [0.7, -0.9, 1.5, 10.0, 100.0, 709.0, 710.0, -745.0, 3.141592653589793,
                    1e-8, 123456.789, 2.0**0.5, 1e22]


def cases():
    for (name, function), left, right in itertools.product(BINARY_INT.items(), INTS, INTS):
        yield case(name, function, left, right)
    for (name, function), value in itertools.product(UNARY_INT.items(), INTS):
        yield case(name, function, value)
    powers = [0, 1, -1, 2, -2, 3, 10, -7, 2**64]
    for base, exponent in itertools.product(INTS, [0, 1, 2, 3, 10, 63, 64, -1, -2, -3]):
        if abs(base) < 2**70 or exponent < 5:
            yield case("int_pow", pow, base, exponent)
    for base, exponent, modulus in itertools.product(powers, [0, 1, 5, -1, 2**64], [0, 1, -1, 7, -7, 2**61 - 1]):
        yield case("int_pow_modulo", pow, base, exponent, modulus)
    for value, count in itertools.product(INTS, [0, 1, 3, 63, 64, 100, -1]):
        yield case("int_shift_left", operator.lshift, value, count)
        yield case("int_shift_right", operator.rshift, value, count)
    yield case("int_shift_right", operator.rshift, -(2**100), 2**70)
    for value, number in itertools.product(INTS, FLOATS + [float(2**53), 2.0**64, 1e100]):
        yield case("int_float_compare", compare, value, number)
    for number in FLOATS + [2.0**63, -(2.0**63), 1e100, 123.75, -123.75]:
        for name, function in UNARY_FLOAT.items():
            yield case(name, function, number)
    for name, function in UNARY_FLOAT.items():
        if name.startswith("math_") and name not in ("math_floor", "math_ceil", "math_trunc"):
            for number in MATH_FLOAT_EXTRA:
                yield case(name, function, number)
    for (name, function), left, right in itertools.product(BINARY_FLOAT.items(), FLOATS, FLOATS):
        yield case(name, function, left, right)
    for left, right in itertools.product([5.0, -5.0, 7.5, -7.5, 1e300, 0.3], [3.0, -3.0, 2.0, -2.0, 0.1, 1e-300, 2.5, -0.5]):
        for name in ["float_floor_div", "float_modulo", "float_divmod", "float_pow", "math_pow"]:
            yield case(name, BINARY_FLOAT[name], left, right)
    for left, right in [(2**53 + 1, 1), (10**400, 10**399), (1, 3), (-1, 3), (2**1100, 3**500),
                        (1, 10**400), (-1, 10**400), (0, -5), (10**308 * 17, 10), (2**1024 - 2**970, 1),
                        (2**1024 - 2**971, 1), (1, 2**1074), (1, 2**1075), (3, 2**1076), (2**54 + 3, 2**54 + 1)]:
        yield case("int_true_div", operator.truediv, left, right)
    for left, right in itertools.product([1.0, 0.1, 1e308, 0.0, -0.0, 1e-320, 100.0],
                                         [1.0, 0.1 + 0.2, 1e308, 0.0, 1.0000000001, 1e-320, 100.01]):
        for rel, abs_tol in [(1e-09, 0.0), (0.01, 0.0), (0.0, 0.05), (-1.0, 0.0), (1e-09, -1.0)]:
            yield case("math_isclose", lambda a, b, r, t: math.isclose(a, b, rel_tol=r, abs_tol=t),
                       left, right, rel, abs_tol)
    log_args = [1, 2, 8, 10, 100, 1000, 0, -1, 2**1000, 10**400, -(10**400), 0.5, 1.0, 0.0, -0.0,
                -2.0, 1e-300, math.inf, math.nan, 2.718281828459045, 1e308]
    for value in log_args:
        yield case("math_log", math.log, value)
        yield case("math_log2", math.log2, value)
        yield case("math_log10", math.log10, value)
        for base in [2, 10, 1, 0.5, math.e, 0]:
            yield case("math_log", math.log, value, base)
    for value in [0, 1, 2, 3, 15, 16, 17, 10**20, 10**401, -1, 2**64]:
        yield case("math_isqrt", math.isqrt, value)
    for value in [0, 1, 2, 5, 10, 20, 21, 25, 100, -1]:
        yield case("math_factorial", math.factorial, value)
    for values in [(), (0,), (-12,), (12, 18), (-12, 18), (0, 0), (2**100, 2**64 * 3), (12, 18, 27),
                   (10**50, 15), (7, 0, 14)]:
        yield case("math_gcd", math.gcd, *values)
        yield case("math_lcm", math.lcm, *values)
    for n, k in itertools.product([0, 1, 5, 10, 52, 100, -1], [0, 1, 2, 5, 10, 60, -1]):
        yield case("math_comb", math.comb, n, k)
        yield case("math_perm", math.perm, n, k)
    for n in [0, 5, -3]:
        yield case("math_perm", math.perm, n)
    for coordinates in [(), (3.0,), (-4.0,), (3.0, 4.0, 12.0), (1e-320, 1e-320), (1e308, 1e308),
                        (math.inf, math.nan), (math.nan, 1.0), (1, 2, 3, 4, 5), (0.1, 0.2, 0.3)]:
        yield case("math_hypot", math.hypot, *coordinates)
    generator = random.Random(311)
    for _ in range(150):
        left = generator.getrandbits(generator.randrange(1, 1200)) * generator.choice([1, -1])
        right = generator.getrandbits(generator.randrange(1, 1200)) or 1
        yield case("int_true_div", operator.truediv, left, right)
        yield case("int_to_float", float, left)
        yield case("int_float_compare", compare, left, generator.choice([1.0, -1.0]) * 2.0 ** generator.randrange(0, 1020) * generator.uniform(0.5, 1.0))
    for _ in range(200):
        number = generator.uniform(-10.0, 10.0) * 10.0 ** generator.randrange(-5, 6)
        for name in ["math_sin", "math_cos", "math_tan", "math_exp", "math_atan", "math_sqrt",
                     "math_asin", "math_acos", "math_degrees", "math_radians"]:
            yield case(name, UNARY_FLOAT[name], number)
        for name in ["math_log", "math_log2", "math_log10"]:
            yield case(name, getattr(math, name[5:]), abs(number))
        other = generator.uniform(-10.0, 10.0)
        for name in ["float_pow", "math_pow", "math_atan2", "math_hypot", "float_modulo", "float_floor_div"]:
            yield case(name, BINARY_FLOAT[name], number, other)


def main():
    with open("cases.txt", "w", encoding="utf-8") as output:
        output.write("# Written by generate.py with CPython 3.11; do not edit.\n")
        for line in cases():
            output.write(json.dumps(line) + "\n")


if __name__ == "__main__":
    main()
