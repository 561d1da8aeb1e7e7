# Спираль матрица
n = 5
m = [[0] * n for _ in range(n)]
dr, dc = [0, 1, 0, -1], [1, 0, -1, 0]
r = c = d = 0
for k in range(1, n * n + 1):
    m[r][c] = k
    nr, nc = r + dr[d], c + dc[d]
    if not (0 <= nr < n and 0 <= nc < n and m[nr][nc] == 0):
        d = (d + 1) % 4
        nr, nc = r + dr[d], c + dc[d]
    r, c = nr, nc
for row in m:
    print(" ".join(f"{x:2}" for x in row))
