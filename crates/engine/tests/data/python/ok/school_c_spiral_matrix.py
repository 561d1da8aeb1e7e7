# spiral and snake filling of a matrix, diagonals
def spiral(n, m):
    a = [[0] * m for _ in range(n)]
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    for k in range(1, n * m + 1):
        a[r][c] = k
        nr, nc = r + dirs[d][0], c + dirs[d][1]
        if not (0 <= nr < n and 0 <= nc < m) or a[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + dirs[d][0], c + dirs[d][1]
        r, c = nr, nc
    return a
def show(a):
    w = len(str(max(max(row) for row in a)))
    for row in a:
        print(" ".join(str(x).rjust(w) for x in row))
    print()
show(spiral(4, 4))
show(spiral(3, 5))
snake = [[r * 5 + (c if r % 2 == 0 else 4 - c) + 1 for c in range(5)] for r in range(4)]
show(snake)
n = 5
diag = [[0] * n for _ in range(n)]
k = 1
for s in range(2 * n - 1):
    for r in range(n):
        c = s - r
        if 0 <= c < n:
            diag[r][c] = k
            k += 1
show(diag)
def spiral_read(a):
    out = []
    while a:
        out += a.pop(0)
        a = [list(r) for r in zip(*a)][::-1]
    return out
print(spiral_read([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
print(spiral_read([[1, 2, 3, 4], [5, 6, 7, 8]]))
chess = ["".join("#" if (r + c) % 2 else "." for c in range(8)) for r in range(8)]
print("\n".join(chess))
