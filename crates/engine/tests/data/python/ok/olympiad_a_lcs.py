# Longest common subsequence with a printed DP table and reconstruction.
def lcs(a, b, show=False):
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if a[i - 1] == b[j - 1]:
                t[i][j] = t[i - 1][j - 1] + 1
            else:
                t[i][j] = max(t[i - 1][j], t[i][j - 1])
    if show:
        print("    " + " ".join(b))
        for i in range(n + 1):
            head = a[i - 1] if i else " "
            print(head, " ".join(str(x) for x in t[i]))
    out = []
    i, j = n, m
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1])
            i -= 1
            j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return t[n][m], "".join(reversed(out))

print(lcs("ABCBDAB", "BDCABA", show=True))
pairs = [("olympiad", "polymorph"), ("kazakhstan", "pakistan"), ("", "abc"), ("same", "same"), ("abc", "xyz")]
for a, b in pairs:
    length, common = lcs(a, b)
    print(f"{a!r:>12} {b!r:<12} -> {length} {common!r}")
