# recursion with memoization in a dict
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print([fib(i) for i in range(15)])
print(fib(90), len(memo))
paths_memo = {}
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    key = (r, c)
    if key not in paths_memo:
        paths_memo[key] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return paths_memo[key]
print(grid_paths(2, 2), grid_paths(10, 10), grid_paths(16, 16))
part_memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    if (n, k) not in part_memo:
        part_memo[(n, k)] = partitions(n - k, k) + partitions(n, k - 1)
    return part_memo[(n, k)]
print([partitions(n, n) for n in range(1, 16)])
print(partitions(100, 100))
stairs = {}
def climb(n, steps=(1, 2, 3)):
    if n == 0:
        return 1
    if n < 0:
        return 0
    if n not in stairs:
        stairs[n] = sum(climb(n - s) for s in steps)
    return stairs[n]
print([climb(n) for n in range(1, 12)])
def make_change(amount, coins, memo=None):
    if memo is None:
        memo = {}
    if amount == 0:
        return 0
    if amount in memo:
        return memo[amount]
    best = float("inf")
    for c in coins:
        if c <= amount:
            best = min(best, make_change(amount - c, coins, memo) + 1)
    memo[amount] = best
    return best
print(make_change(63, [1, 5, 10, 25]), make_change(30, [1, 15, 25]), make_change(7, [2, 4]))
binom = {}
def C(n, k):
    if k == 0 or k == n:
        return 1
    if (n, k) not in binom:
        binom[(n, k)] = C(n - 1, k - 1) + C(n - 1, k)
    return binom[(n, k)]
for n in range(7):
    print(" " * (6 - n) * 2 + "".join(f"{C(n, k):4}" for k in range(n + 1)))
