# Dict and set lookups with the keys the quick loop answers (ints, bools,
# floats, strs, flat tuples) and with the ones it leaves to the general path.
from collections import Counter, defaultdict

grid = {}
for row in range(4):
    for column in range(3):
        grid[(row, column)] = row * 10 + column
print(len(grid), grid[(2, 1)], (3, 2) in grid, (4, 0) in grid, (0, 0) not in grid)
grid[(2, 1)] = -1
print(grid[(2, 1)], grid.get((2, 1)), grid.get((9, 9)), grid.get((9, 9), "none"))

# 1, 1.0 and True are one key.
numbers = {1: "one", 2.5: "two and a half", "ü": "umlaut", None: "nothing"}
print(numbers[1.0], numbers[True], 1.0 in numbers, True in numbers, 2.5 in numbers)
print(numbers["ü"], None in numbers, numbers.get(None), numbers.get(0, 0))
numbers[True] = "true"
print(numbers)
print((1, "a") in {(1, "a"), (2, "b")}, (1.0, "a") in frozenset({(1, "a")}), ("a",) in set())
print(float("nan") in {float("nan")}, 0 in {0.0}, -0.0 in {0})

# Nested tuples, lists and the program's own keys go the general way.
nested = {((1, 2), 3): "nested"}
print(nested[((1, 2), 3)], ((1, 2), 3) in nested)


class Key:
    def __init__(self, number):
        self.number = number

    def __eq__(self, other):
        return other == self.number

    def __hash__(self):
        return hash(self.number)


special = {Key(5): "five", 7: "seven"}
print(5 in special, special.get(5), special[5], 6 in special, special.get(7))
special[5] = "replaced"
print(len(special), sorted(value for value in special.values()))
members = {Key(3)}
print(3 in members, 4 in members)

# Missing keys: KeyError, and the defaults of defaultdict and Counter.
try:
    grid[(5, 5)]
except KeyError as error:
    print("KeyError", error)
counts = Counter()
counts["a"] += 1
print(counts["a"], counts["b"], "b" in counts, counts.get("b"))
lists = defaultdict(list)
lists[(1, 2)].append(3)
print(lists[(1, 2)], (1, 3) in lists, lists[(1, 3)], (1, 3) in lists)
try:
    {}[[1]]
except TypeError as error:
    print("TypeError", error)
try:
    [1] in {1: 2}
except TypeError as error:
    print("TypeError", error)

# Words counted, as pupils do.
text = "the cat and the dog and the bird"
tally = {}
for word in text.split():
    tally[word] = tally.get(word, 0) + 1
print(tally, max(tally, key=tally.get))
