# Longest increasing subsequence: O(n^2) DP and the O(n log n) patience method.
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

seq = [5, 2, 8, 6, 3, 6, 9, 7, 1, 10, 4, 11, 2, 12]
n = len(seq)
dp = [1] * n
prev = [-1] * n
for i in range(n):
    for j in range(i):
        if seq[j] < seq[i] and dp[j] + 1 > dp[i]:
            dp[i] = dp[j] + 1
            prev[i] = j
    print(f"i={i:>2} a={seq[i]:>2} dp={dp[i]} prev={prev[i]}")
k = max(range(n), key=lambda i: dp[i])
lis = []
while k != -1:
    lis.append(seq[k])
    k = prev[k]
lis.reverse()
print("LIS length", len(lis), "->", lis)

tails = []
for x in seq:
    pos = bisect_left(tails, x)
    if pos == len(tails):
        tails.append(x)
    else:
        tails[pos] = x
    print(f"{x:>3} -> tails {tails}")
print("patience length", len(tails))

def lds(a):
    best = [1] * len(a)
    for i in range(len(a)):
        for j in range(i):
            if a[j] > a[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best)
print("longest decreasing", lds(seq))
