# Tricky scoping for the symbol table test: closures, nonlocal, global,
# class bodies, comprehensions, lambdas, walrus.
counter = 0


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def uses_global():
    global counter
    counter += 1
    return counter


def outer():
    shared = []
    hidden = 5

    def middle():
        def inner():
            shared.append(hidden)
            return len(shared)
        return inner

    return middle


def comprehensions(n):
    squares = [i * i for i in range(n)]
    pairs = [(a, b) for a in range(n) for b in range(a) if a + b > n]
    lookup = {k: v for k, v in zip("abc", range(3))}
    unique = {x % 3 for x in squares}
    total = sum(x for x in squares if x > n)
    return squares, pairs, lookup, unique, total


def lambdas(factor):
    scale = lambda x: x * factor
    add = lambda a, b=factor: a + b
    return scale(2) + add(1)


def walrus(values):
    found = [y for x in values if (y := x * 2) > 4]
    return found, y


class Shape:
    sides = 0
    names = [n for n in range(3)]

    def describe(self):
        return self.sides

    def uses_class_name(self):
        return sides if False else Shape.sides


def class_in_function(value):
    class Inner:
        attribute = value

        def get(self):
            return value

    return Inner


def shadowing(x):
    def inner(x):
        return x + 1
    return inner(x)


def parameter_cell(a, b):
    def inner():
        return a
    return inner, b


def deleted():
    temporary = 1
    del temporary


def exception_name():
    try:
        raise ValueError("x")
    except ValueError as error:
        message = str(error)
    return message


def imports():
    import math
    from math import sqrt as root
    return math.pi, root(4)


def loop_targets(items):
    for index, (left, *rest) in enumerate(items):
        pass
    with open("x") if False else None as handle:
        pass
    return index, left, rest


nested_lambda = lambda a: lambda b: a + b
module_walrus = [z := 5, z + 1]
