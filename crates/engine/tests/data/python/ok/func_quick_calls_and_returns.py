# Calls and returns the quick loop runs itself (a plain function's frame,
# reused after each return) mixed with calls it leaves to the general path:
# each result lands in its callable's place, whatever the frame before it held.


def twice(n):
    return n + n


def with_locals(a, b):
    total = a * b
    doubled = twice(total)
    return doubled - a


def no_arguments():
    return 7


def with_default(a, b=10):
    return a + b


def guarded(n):
    # A return from inside try: the next call reuses this frame.
    try:
        if n % 3 == 0:
            return n // 3
        return -n
    except ZeroDivisionError:
        return 0


def make_adder(step):
    def add(value):
        return value + step
    return add


def make_counter():
    count = 0

    def bump(amount):
        nonlocal count
        count += amount
        return count
    return bump


class Box:
    def __init__(self, value):
        self.value = value

    def plus(self, other):
        return self.value + other


def depth(n):
    if n == 0:
        return [n]
    inner = depth(n - 1)
    inner.append(n)
    return inner


add3 = make_adder(3)
bump = make_counter()
box = Box(5)
results = []
for i in range(12):
    results.append(
        twice(i)
        + with_locals(i, 2)
        + no_arguments()
        + with_default(i)
        + with_default(i, 1)
        + guarded(i)
        + add3(i)
        + bump(i)
        + box.plus(i)
    )
print(results)
print([guarded(i) for i in range(-3, 4)])
print(twice(twice(twice(1))), with_locals(twice(2), no_arguments()))
print(depth(6), len(depth(40)))
print(sum(map(add3, range(5))), bump(0))
