# Brute force with itertools: the shortest route through all towns,
# the pairs of numbers with a given sum, and codes of a lock.
from itertools import permutations, combinations, product, accumulate, groupby

distance = [
    [0, 12, 10, 19, 8],
    [12, 0, 3, 7, 2],
    [10, 3, 0, 6, 20],
    [19, 7, 6, 0, 4],
    [8, 2, 20, 4, 0],
]
best = None
for route in permutations(range(1, 5)):
    path = (0,) + route + (0,)
    length = sum(distance[a][b] for a, b in zip(path, path[1:]))
    if best is None or length < best[0]:
        best = (length, path)
print("shortest:", best)

numbers = [3, 9, 14, 5, 11, 6, 8]
pairs = [pair for pair in combinations(numbers, 2) if sum(pair) == 17]
print("pairs:", pairs)

codes = ["".join(code) for code in product("0123", repeat=3) if code.count("0") == 2]
print(len(codes), codes[:5])

prefix = list(accumulate([5, -2, 7, -9, 4]))
print("prefix sums:", prefix, "max:", max(prefix))

runs = [(digit, len(list(group))) for digit, group in groupby("1112233331")]
print("runs:", runs)
