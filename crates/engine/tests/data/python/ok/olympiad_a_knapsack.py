# 0/1 knapsack: 2D table with item recovery, then 1D version and unbounded version.
items = [("water", 3, 10), ("map", 1, 3), ("tent", 5, 30), ("food", 4, 14), ("rope", 2, 6), ("lamp", 2, 9)]
cap = 10
n = len(items)
dp = [[0] * (cap + 1) for _ in range(n + 1)]
for i in range(1, n + 1):
    name, wt, val = items[i - 1]
    for c in range(cap + 1):
        dp[i][c] = dp[i - 1][c]
        if wt <= c and dp[i - 1][c - wt] + val > dp[i][c]:
            dp[i][c] = dp[i - 1][c - wt] + val
    print(f"{name:<6}|" + "".join(f"{x:>4}" for x in dp[i]))
print("best value:", dp[n][cap])
c = cap
chosen = []
for i in range(n, 0, -1):
    if dp[i][c] != dp[i - 1][c]:
        chosen.append(items[i - 1][0])
        c -= items[i - 1][1]
print("chosen:", sorted(chosen), "weight left:", c)

one = [0] * (cap + 1)
for name, wt, val in items:
    for c in range(cap, wt - 1, -1):
        one[c] = max(one[c], one[c - wt] + val)
print("1D table:", one)

unb = [0] * (cap + 1)
for c in range(1, cap + 1):
    unb[c] = max([unb[c - wt] + val for _, wt, val in items if wt <= c] + [0])
print("unbounded:", unb)
ratio = sorted(items, key=lambda it: (-it[2] / it[1], it[0]))
print([f"{nm}:{v / w:.2f}" for nm, w, v in ratio])
