def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d)
        self.n = n // g
        self.d = d // g

    def __add__(self, o):
        if isinstance(o, int):
            o = Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        if isinstance(o, int):
            return Frac(self.n * o, self.d)
        return Frac(self.n * o.n, self.d * o.d)

    def __rmul__(self, o):
        return self * o

    def __truediv__(self, o):
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __eq__(self, o):
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        return self.n * o.d < o.n * self.d

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"


a, b = Frac(1, 2), Frac(3, -4)
print(a, b, a + b, a - b, a * b, a / b, -b)
print(2 * a, a * 3, 1 + a, a + 1)
print(Frac(6, 8) == Frac(3, 4), Frac(1, 3) < Frac(1, 2))
print(sum([Frac(1, k) for k in range(1, 7)], Frac(0)))
print(sorted([Frac(2, 3), Frac(1, 5), Frac(-1, 2), Frac(7, 8)]))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
