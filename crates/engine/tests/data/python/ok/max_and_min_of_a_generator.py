# max() and min() of a generator without key=: the VM keeps the best item in
# the generator's own frame while items are ints or floats; anything else
# goes on in the prelude's __min_max_rest, with the language's own > and <.
print(max(x * x for x in range(-5, 4)), min(x * x for x in range(-5, 4)))
print(max(x / 2 for x in [3, 1, 4, 1, 5]), min(x - 0.5 for x in [3, 1, 4]))
print(max(v for v in [1, 2.5, 2]), min(v for v in [2, 1.0, 1]))
print(max(v for v in [1, 1.0]), min(v for v in [1.0, 1]))
print(max(s for s in ["pear", "apple", "plum"]), min(s for s in ["b", "a", "c"]))
print(max(t for t in [(1, 2), (1, 3), (0, 9)]), min(t for t in [[2], [1, 5], [1]]))
print(max((x for x in []), default="none"), min((x for x in []), default=0))
print(max((x for x in [3, 7]), default=-1), max(x for x in [2 ** 70, 5, 2 ** 71]))
print(max(x for x in [5, 2 ** 70, 3]), min(x for x in [5, -(2 ** 70), 3]))
nan = float("nan")
print(max(x for x in [nan, 1.0, 2.0]), max(x for x in [1.0, nan, 2.0]))
print(max(b for b in [False, True, 0]), min(b for b in [1, True, 0.0, False]))
rest = (i for i in range(10))
print(max(i for i in rest if i < 4), list(rest))


class Score:
    def __init__(self, points):
        self.points = points

    def __lt__(self, other):
        return self.points < other.points

    def __gt__(self, other):
        return self.points > other.points

    def __repr__(self):
        return f"Score({self.points})"


print(max(Score(p) for p in [3, 9, 4]), min(Score(p) for p in [3, 9, 1]))
print(max(item for item in [1, 5, Score(2)] if not isinstance(item, Score)))
try:
    max(x for x in [])
except ValueError as error:
    print("ValueError", error)
try:
    min(x for x in [1, "a"])
except TypeError as error:
    print("TypeError", error)
try:
    max(x for x in [1, 2, Score(3)])
except AttributeError as error:
    print("AttributeError", error)


def selfmax():
    yield max(loop)


loop = selfmax()
try:
    next(loop)
except ValueError as error:
    print("ValueError", error)
print(max(x for x in range(100000)), min(-x for x in range(100000)))
