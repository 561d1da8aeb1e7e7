# generators that return a value, caught as StopIteration.value
def read_until_zero(values):
    total = 0
    for v in values:
        if v == 0:
            return total
        total += v
        yield v
    return -1
g = read_until_zero([3, 4, 0, 9])
while True:
    try:
        print("got", next(g))
    except StopIteration as e:
        print("finished with", e.value)
        break
def summary(nums):
    count = 0
    for n in nums:
        count += 1
        yield n * n
    return f"{count} numbers"
g = summary([1, 2, 3])
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("value:", stop.value, "args:", stop.args)
def empty():
    return "nothing"
    yield
try:
    next(empty())
except StopIteration as e:
    print(repr(e.value))
def plain():
    yield 1
g = plain()
next(g)
try:
    next(g)
except StopIteration as e:
    print("plain value:", e.value)
def collatz(n):
    steps = 0
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
gen = collatz(6)
seq = []
try:
    while True:
        seq.append(next(gen))
except StopIteration as e:
    print(seq, "steps:", e.value)
print(list(collatz(7)))
print(next(collatz(1), "default"))
