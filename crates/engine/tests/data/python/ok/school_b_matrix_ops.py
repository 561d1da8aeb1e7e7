# Matrices as lists of lists
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def show(m, title):
    print(title)
    for row in m:
        print("  " + " ".join(f"{v:>5}" for v in row))
def transpose(m):
    return [list(col) for col in zip(*m)]
def multiply(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
def add(x, y):
    return [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(x, y)]
show(A, "A")
show(transpose(A), "A^T")
show(multiply(A, B), "A*B")
show(add(A, A), "A+A")
identity = [[int(i == j) for j in range(3)] for i in range(3)]
show(identity, "I")
print(multiply(A, identity) == A)
def det2(m):
    return m[0][0] * m[1][1] - m[0][1] * m[1][0]
def det3(m):
    total = 0
    for c in range(3):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det2(minor)
    return total
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det:", det3(M), det2([[3, 8], [4, 6]]))
print("row sums:", [sum(r) for r in M], "col sums:", [sum(c) for c in zip(*M)])
print("diagonal:", [M[i][i] for i in range(3)], "anti:", [M[i][2 - i] for i in range(3)])
print("max cell:", max(max(r) for r in M), "flat sorted:", sorted(v for r in M for v in r))
spiral = [[0] * 4 for _ in range(4)]
r, c, dr, dc = 0, 0, 0, 1
for k in range(1, 17):
    spiral[r][c] = k
    nr, nc = r + dr, c + dc
    if not (0 <= nr < 4 and 0 <= nc < 4) or spiral[nr][nc]:
        dr, dc = dc, -dr
        nr, nc = r + dr, c + dc
    r, c = nr, nc
show(spiral, "spiral")
scaled = [[v / 2 for v in row] for row in A]
print(scaled)
