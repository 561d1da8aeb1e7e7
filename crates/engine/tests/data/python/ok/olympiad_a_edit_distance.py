# Levenshtein edit distance with the list of operations.
def edit(a, b):
    n, m = len(a), len(b)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
    ops = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and a[i - 1] == b[j - 1] and d[i][j] == d[i - 1][j - 1]:
            i, j = i - 1, j - 1
        elif i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + 1:
            ops.append(f"replace {a[i - 1]}->{b[j - 1]} at {i - 1}")
            i, j = i - 1, j - 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            ops.append(f"delete {a[i - 1]} at {i - 1}")
            i -= 1
        else:
            ops.append(f"insert {b[j - 1]} at {i}")
            j -= 1
    return d, ops[::-1]

d, ops = edit("kitten", "sitting")
for row in d:
    print(" ".join(f"{x}" for x in row))
print("distance", d[-1][-1])
for op in ops:
    print(" ", op)
for a, b in [("sunday", "saturday"), ("", "abc"), ("flaw", "lawn"), ("mektep", "mektep"), ("abc", "")]:
    dd, oo = edit(a, b)
    print(f"{a:>8} -> {b:<8} = {dd[-1][-1]} ops={len(oo)}")
