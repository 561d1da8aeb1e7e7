# Filling a matrix: spiral numbering, snake order and diagonal order.
def spiral_fill(n, m):
    a = [[0] * m for _ in range(n)]
    dr = [0, 1, 0, -1]
    dc = [1, 0, -1, 0]
    r = c = d = 0
    for k in range(1, n * m + 1):
        a[r][c] = k
        nr, nc = r + dr[d], c + dc[d]
        if not (0 <= nr < n and 0 <= nc < m) or a[nr][nc]:
            d = (d + 1) % 4
            nr, nc = r + dr[d], c + dc[d]
        r, c = nr, nc
    return a

def show(a):
    w = len(str(max(max(row) for row in a)))
    for row in a:
        print(" ".join(str(x).rjust(w) for x in row))
    print("-" * 10)

show(spiral_fill(5, 5))
show(spiral_fill(3, 6))
show(spiral_fill(1, 4))
snake = [[r * 6 + (c if r % 2 == 0 else 5 - c) + 1 for c in range(6)] for r in range(4)]
show(snake)
n = 5
diag = [[0] * n for _ in range(n)]
k = 1
for s in range(2 * n - 1):
    for i in range(n):
        j = s - i
        if 0 <= j < n:
            diag[i][j] = k
            k += 1
show(diag)
mult = [[(i + 1) * (j + 1) for j in range(9)] for i in range(9)]
print("   |" + "".join(f"{j:>4}" for j in range(1, 10)))
print("---+" + "-" * 36)
for i, row in enumerate(mult, 1):
    print(f"{i:>2} |" + "".join(f"{x:>4}" for x in row))
