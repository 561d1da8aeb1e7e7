# Coin change: number of ways and minimum number of coins, with reconstruction.
coins = [1, 3, 5, 10, 25]
target = 63
ways = [0] * (target + 1)
ways[0] = 1
for coin in coins:
    for s in range(coin, target + 1):
        ways[s] += ways[s - coin]
    print(f"after coin {coin:>2}: ways[0..12] = {ways[:13]}")
print("ways to make", target, "=", ways[target])

INF = 10 ** 9
best = [0] + [INF] * target
last = [0] * (target + 1)
for s in range(1, target + 1):
    for coin in coins:
        if coin <= s and best[s - coin] + 1 < best[s]:
            best[s] = best[s - coin] + 1
            last[s] = coin
print("min coins table:")
for start in range(0, target + 1, 16):
    print(" ".join(f"{x:2d}" for x in best[start:start + 16]))
s = target
used = []
while s > 0:
    used.append(last[s])
    s -= last[s]
print("min coins for", target, "=", best[target], used)

odd = [4, 7]
reach = [False] * 30
reach[0] = True
for s in range(1, 30):
    reach[s] = any(s >= c and reach[s - c] for c in odd)
print("not reachable with 4 and 7:", [s for s in range(30) if not reach[s]])
