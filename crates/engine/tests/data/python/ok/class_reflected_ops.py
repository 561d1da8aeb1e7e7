class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        print("  radd called with", o)
        return Num(o + self.v)

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __rsub__(self, o):
        return Num(o - self.v)

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __rmul__(self, o):
        return Num(o * self.v)

    def __truediv__(self, o):
        return Num(self.v / o)

    def __pow__(self, e):
        return Num(self.v ** e)

    def __repr__(self):
        return f"Num({self.v})"


n = Num(7)
print(n + 3)
print(3 + n)
print(n - 10, 10 - n, n * n, 4 * n, 2.5 * n)
print(n / 2, n ** 2, n + n + 1)
print(sum([Num(1), Num(2), Num(3)]))
print(1 - Num(1) - 1)
print([2 * Num(i) for i in range(3)])
