# Staircase problems: steps of 1, 2 or 3; cheapest climb; forbidden steps.
def count_ways(n, steps):
    ways = [0] * (n + 1)
    ways[0] = 1
    for i in range(1, n + 1):
        ways[i] = sum(ways[i - s] for s in steps if s <= i)
    return ways

print("1,2:", count_ways(15, (1, 2)))
print("1,2,3:", count_ways(15, (1, 2, 3)))
print("big:", count_ways(90, (1, 2))[-1])

cost = [0, 3, 2, 7, 1, 4, 9, 2, 2, 5, 1, 8, 0]
best = [0] * len(cost)
how = [0] * len(cost)
for i in range(1, len(cost)):
    candidates = [(best[i - s] + cost[i], s) for s in (1, 2) if i - s >= 0]
    best[i], how[i] = min(candidates)
    print(f"step {i:>2}: cost {cost[i]} best {best[i]:>2} came by {how[i]}")
path = []
i = len(cost) - 1
while i > 0:
    path.append(i)
    i -= how[i]
print("path:", path[::-1], "total", best[-1])

broken = {4, 7, 8}
n = 12
w = [0] * (n + 1)
w[0] = 1
for i in range(1, n + 1):
    if i in broken:
        w[i] = 0
        continue
    w[i] = w[i - 1] + (w[i - 2] if i >= 2 else 0) + (w[i - 3] if i >= 3 else 0)
print("with broken steps", sorted(broken), "->", w)
