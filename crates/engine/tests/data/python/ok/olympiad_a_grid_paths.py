# Paths in a grid: counting with obstacles, max gold path, and binomial check.
from math import comb
grid = [
    "....#...",
    "..#.....",
    "........",
    ".#..#.#.",
    "........",
]
n, m = len(grid), len(grid[0])
cnt = [[0] * m for _ in range(n)]
for i in range(n):
    for j in range(m):
        if grid[i][j] == "#":
            cnt[i][j] = 0
        elif i == 0 and j == 0:
            cnt[i][j] = 1
        else:
            cnt[i][j] = (cnt[i - 1][j] if i else 0) + (cnt[i][j - 1] if j else 0)
for row in cnt:
    print("".join(f"{x:>5}" for x in row))
print("paths:", cnt[-1][-1])
print("free 5x8 grid:", comb(n + m - 2, n - 1))

gold = [
    [1, 3, 1, 5, 2],
    [2, 2, 4, 1, 7],
    [5, 0, 2, 3, 1],
    [0, 6, 1, 2, 4],
]
r, c = len(gold), len(gold[0])
best = [[0] * c for _ in range(r)]
for i in range(r):
    for j in range(c):
        up = best[i - 1][j] if i else None
        left = best[i][j - 1] if j else None
        options = [x for x in (up, left) if x is not None]
        best[i][j] = gold[i][j] + (max(options) if options else 0)
    print(best[i])
i, j = r - 1, c - 1
trail = [(i, j)]
while (i, j) != (0, 0):
    if i and (j == 0 or best[i - 1][j] >= best[i][j - 1]):
        i -= 1
    else:
        j -= 1
    trail.append((i, j))
print("max gold", best[-1][-1], "via", trail[::-1])
print("collected", [gold[a][b] for a, b in reversed(trail)])
