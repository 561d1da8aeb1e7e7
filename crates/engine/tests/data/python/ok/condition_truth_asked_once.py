# A condition asks each operand's truth once, as CPython does: and, or and
# not in if, elif, while, assert, conditional expressions and filters.
asked = []


class Flag:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth

    def __bool__(self):
        asked.append(self.name)
        return self.truth


yes, no = Flag("yes", True), Flag("no", False)
cases = [
    lambda: "then" if no and yes else "else",
    lambda: "then" if yes and no else "else",
    lambda: "then" if no or yes else "else",
    lambda: "then" if yes or no else "else",
    lambda: "then" if not (no or no) else "else",
    lambda: "then" if (yes and no) or (no or yes) else "else",
    lambda: "then" if not yes and not no else "else",
    lambda: "then" if (yes or no) and not (no and yes) else "else",
]
for case in cases:
    asked.clear()
    print(case(), asked)

asked.clear()
if no and yes:
    print("if")
elif yes and (no or yes):
    print("elif")
print(asked)

asked.clear()
count = 0
while (count < 3 and yes) or no:
    count += 1
print(count, asked)

asked.clear()
assert yes and (no or yes), "never"
print(asked)
asked.clear()
try:
    assert yes and no, "failed"
except AssertionError as error:
    print("AssertionError", error, asked)

asked.clear()
picked = [n for n in range(4) if n % 2 and yes or not no]
print(picked, len(asked))
value = (no and 1) or (yes and 2)
print(value, [x and y for x in (0, 1) for y in (0, 2)])
print([1, 2] and [] or "empty", not [] and 0 or "x")


# Chained comparisons as tests, and a comparison whose result has a truth.
class Loose:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        asked.append("lt " + str(self.value))
        return Flag(str(self.value), self.value < other.value)


asked.clear()
a, b, c = Loose(1), Loose(2), Loose(0)
if a < b < c:
    print("chain then")
else:
    print("chain else", asked)
asked.clear()
print("yes" if not (b < a < c) else "no", asked)
hits = [(i, j) for i in range(4) for j in range(4) if 0 <= i - j < 2 <= i + j]
print(hits)
n = 5
while 0 < n <= 5:
    n -= 2
print(n, 1 < 2 < 3, 3 < 2 < 1, [1 < x < 4 for x in range(6)])
assert 0 <= n + 1 < 1, "assert chain"
