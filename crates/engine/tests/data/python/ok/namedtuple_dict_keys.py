# namedtuples as dict keys and set members
from collections import namedtuple

Pos = namedtuple("Pos", "r c")
grid = ["#....",
        "..#..",
        "....#"]
walls = set()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            walls.add(Pos(r, c))
print(sorted(walls))
print(Pos(1, 2) in walls, (1, 2) in walls, Pos(0, 1) in walls)

dist = {Pos(0, 1): 0}
frontier = [Pos(0, 1)]
while frontier:
    nxt = []
    for p in frontier:
        for dr, dc in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
            q = Pos(p.r + dr, p.c + dc)
            if 0 <= q.r < 3 and 0 <= q.c < 5 and q not in walls and q not in dist:
                dist[q] = dist[p] + 1
                nxt.append(q)
    frontier = nxt
for r in range(3):
    print(" ".join("#" if Pos(r, c) in walls else str(dist.get(Pos(r, c), "?")) for c in range(5)))

counts = {}
for p in [Pos(1, 1), (1, 1), Pos(r=1, c=1), Pos(2, 2)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print(hash(Pos(3, 4)) == hash((3, 4)))
print({Pos(0, 0): "origin"}[(0, 0)])
