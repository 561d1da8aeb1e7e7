class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c

    def degree(self):
        return len(self.c) - 1

    def __call__(self, x):
        res = 0
        for a in reversed(self.c):
            res = res * x + a
        return res

    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        a = self.c + [0] * (n - len(self.c))
        b = o.c + [0] * (n - len(o.c))
        return Poly([x + y for x, y in zip(a, b)])

    def __mul__(self, o):
        res = [0] * (len(self.c) + len(o.c) - 1)
        for i, x in enumerate(self.c):
            for j, y in enumerate(o.c):
                res[i + j] += x * y
        return Poly(res)

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            terms.append(f"{a}" if i == 0 else f"{a}x^{i}" if i > 1 else f"{a}x")
        return " + ".join(terms)


p = Poly([1, 2, 3])
q = Poly([0, 1])
print(p, "|", q, "|", p.degree())
print(p + q, "|", p * q, "|", p * p)
print([p(x) for x in range(-2, 3)])
print(p.derivative(), "|", (p * p).derivative(), "|", Poly([5]).derivative())
print(Poly([1, 1]) * Poly([1, -1]), "|", Poly([0, 0, 0]))
