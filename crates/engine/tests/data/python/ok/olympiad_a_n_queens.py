# N queens with backtracking: count solutions for n = 1..8, print boards for n = 6.
def solve(n, collect=None):
    cols = set()
    d1 = set()
    d2 = set()
    pos = []
    count = 0

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            if collect is not None:
                collect.append(pos[:])
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c)
            d1.add(r - c)
            d2.add(r + c)
            pos.append(c)
            place(r + 1)
            pos.pop()
            cols.remove(c)
            d1.remove(r - c)
            d2.remove(r + c)

    place(0)
    return count

for n in range(1, 9):
    print(f"n={n}: {solve(n)} solutions")
sols = []
solve(6, sols)
print("n=6 solutions:", sols)
for s in sols:
    for c in s:
        print(" ".join("Q" if j == c else "." for j in range(6)))
    print()

def safe(queens):
    for i in range(len(queens)):
        for j in range(i + 1, len(queens)):
            if queens[i] == queens[j] or abs(queens[i] - queens[j]) == j - i:
                return False
    return True
print(all(safe(s) for s in sols), safe([0, 1, 2]), safe([1, 3, 0, 2]))
mirrored = [[5 - c for c in s] for s in sols]
print("mirror closed:", sorted(mirrored) == sorted(sols))
