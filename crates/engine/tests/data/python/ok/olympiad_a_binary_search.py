# Binary search variants: exact, lower bound, upper bound, answer search, real sqrt.
a = [1, 3, 3, 3, 5, 8, 8, 13, 21, 34]

def find(a, x):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        steps += 1
        if a[mid] == x:
            return mid, steps
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo

for x in (3, 8, 13, 0, 40, 4):
    idx, steps = find(a, x)
    lo, up = lower(a, x), upper(a, x)
    print(f"x={x:>2} find={idx:>2} steps={steps} lower={lo:>2} upper={up:>2} count={up - lo}")

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 99, 100, 10 ** 20)])

def sqrt_real(x):
    lo, hi = 0.0, max(1.0, x)
    for _ in range(60):
        mid = (lo + hi) / 2
        if mid * mid < x:
            lo = mid
        else:
            hi = mid
    return lo
for x in (2, 10, 0.25):
    print(f"sqrt({x}) ~ {sqrt_real(x):.9f}")

lengths = [802, 743, 457, 539]
k = 11
lo, hi = 1, max(lengths)
while lo < hi:
    mid = (lo + hi + 1) // 2
    if sum(l // mid for l in lengths) >= k:
        lo = mid
    else:
        hi = mid - 1
print("cable pieces of length", lo, "give", sum(l // lo for l in lengths))
