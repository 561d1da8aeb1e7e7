# Generators driven by for loops (and by sum, max, list...), int() of the
# values pupils convert, and what must still go the general way.
def digit_sum(number):
    return sum(int(digit) for digit in str(number))


print(digit_sum(2 ** 200), digit_sum(0), max(int(d) for d in "90817"))
print([int(x) for x in (" 7", "+3", "007", "1_000", 2.9, -2.9, True, -0.0, 10 ** 20)])


def countdown(start):
    while start > 0:
        received = yield start
        if received is not None:
            print("received", received)
        start -= 1
    return "done"


total = 0
for value in countdown(5):
    total += value
    if value == 2:
        break
print(total)
counter = countdown(3)
print(next(counter), counter.send("hello"), list(counter))


def pairs(limit):
    for first in range(limit):
        for second in range(first):
            yield first, second


print(sum(first * second for first, second in pairs(6)), len(list(pairs(30))))


def failing():
    yield 1
    yield 2
    raise ValueError("third item")


try:
    for item in failing():
        print("item", item)
except ValueError as error:
    print("caught", error)


def itself():
    for item in generator:
        yield item


generator = itself()
try:
    next(generator)
except ValueError as error:
    print("ValueError", error)


def nested(depth):
    if depth == 0:
        yield "bottom"
        return
    for item in nested(depth - 1):
        yield item + "."


print(list(nested(20))[0])
lines = (line.strip() for line in ["a ", " b", "c"])
for line in lines:
    print(line, end=";")
print(list(lines))
try:
    int("12a")
except ValueError as error:
    print("ValueError", error)
try:
    int(float("inf"))
except OverflowError as error:
    print("OverflowError", error)
