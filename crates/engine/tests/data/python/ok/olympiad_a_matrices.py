# Matrices: transpose, multiply, power, rotate, spiral traversal and determinant.
def show(m, title):
    print(title)
    for row in m:
        print(" ".join(f"{x:>4}" for x in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(A, "A")
show([list(r) for r in zip(*A)], "A transposed")
T = [[A[i][j] for i in range(len(A))] for j in range(len(A[0]))]
print(T == [list(r) for r in zip(*A)])

def mul(X, Y):
    return [[sum(X[i][k] * Y[k][j] for k in range(len(Y))) for j in range(len(Y[0]))] for i in range(len(X))]
show(mul(A, B), "A*B")
show(mul(B, A), "B*A")

F = [[1, 1], [1, 0]]
P = [[1, 0], [0, 1]]
for k in range(1, 11):
    P = mul(P, F)
    if k in (1, 2, 5, 10):
        print(f"F^{k} = {P}")

def rotate(m):
    return [list(row) for row in zip(*m[::-1])]
sq = [[n * 4 + k + 1 for k in range(4)] for n in range(4)]
show(sq, "square")
show(rotate(sq), "rotated")

def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1
    while top <= bottom and left <= right:
        out += [m[top][j] for j in range(left, right + 1)]
        out += [m[i][right] for i in range(top + 1, bottom + 1)]
        if top < bottom:
            out += [m[bottom][j] for j in range(right - 1, left - 1, -1)]
        if left < right:
            out += [m[i][left] for i in range(bottom - 1, top, -1)]
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out
print("spiral:", spiral(sq))
print("spiral A:", spiral(A))

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total
print("det:", det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), det(sq), det([[4, 7], [2, 6]]))
diag = sum(sq[i][i] for i in range(4)), sum(sq[i][3 - i] for i in range(4))
print("diagonals:", diag)
