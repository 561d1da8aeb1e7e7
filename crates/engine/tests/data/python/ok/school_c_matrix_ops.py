# matrix operations on lists of lists
def show(m, title):
    print(title)
    for row in m:
        print(" ".join(f"{x:>4}" for x in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
def mul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]
def transpose(m):
    return [list(r) for r in zip(*m)]
show(A, "A")
show(transpose(A), "A^T")
show(mul(A, B), "A*B")
show(mul(B, A), "B*A")
I = [[int(i == j) for j in range(3)] for i in range(3)]
show(I, "I")
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(M), det(I), det([[1, 2], [3, 4]]))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
R = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
show(rotate(R), "rotated")
print("trace", sum(R[i][i] for i in range(3)), "anti", sum(R[i][2 - i] for i in range(3)))
def mpow(m, k):
    res = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while k:
        if k & 1:
            res = mul(res, m)
        m = mul(m, m)
        k >>= 1
    return res
print("fib via matrix", mpow([[1, 1], [1, 0]], 50)[0][1])
magic = [[2, 7, 6], [9, 5, 1], [4, 3, 8]]
sums = [sum(r) for r in magic] + [sum(c) for c in zip(*magic)]
print("magic", len(set(sums)) == 1, sums)
print([row[:] for row in R] == R, [row for row in R] is R)
