class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __mul__(self, other):
        if isinstance(other, int):
            return Matrix([[x * other for x in r] for r in self.rows])
        res = [[0] * other.m for _ in range(self.n)]
        for i in range(self.n):
            for j in range(other.m):
                for k in range(self.m):
                    res[i][j] += self.rows[i][k] * other.rows[k][j]
        return Matrix(res)

    def __rmul__(self, k):
        return self * k

    def __pow__(self, p):
        result = Matrix.identity(self.n)
        base = self
        while p:
            if p & 1:
                result = result * base
            base = base * base
            p >>= 1
        return result

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        return "\n".join(" ".join(f"{x:4}" for x in r) for r in self.rows)

    def __repr__(self):
        return f"Matrix({self.rows})"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a * b)
print(b * a)
print(repr(a * 2), repr(3 * b))
fib = Matrix([[1, 1], [1, 0]])
for p in [1, 2, 5, 10, 30]:
    print(p, (fib ** p).rows[0][1])
print(fib ** 0 == Matrix.identity(2))
print(Matrix([[1, 2, 3]]) * Matrix([[1], [2], [3]]))
print([a, b])
