# A defaultdict and a Counter keep their kind when cleared and when many
# removals make the dict squeeze out its holes.
from collections import Counter, defaultdict

groups = defaultdict(list)
groups["a"].append(1)
groups.clear()
groups["x"].append(2)
print(groups)
counts = Counter()
for number in range(20):
    counts[number] += 1
for number in range(18):
    del counts[number]
for number in range(30, 60):
    counts[number] += 1
print(counts["missing"], type(counts).__name__, len(counts))
squares = defaultdict(int)
for number in range(50):
    squares[number] = number * number
for number in range(45):
    squares.pop(number)
for number in range(100, 140):
    squares[number] += 1
print(squares[999], len(squares), list(squares)[:6])
