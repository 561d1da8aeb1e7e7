class Vector:
    def __init__(self, *coords):
        self.c = list(coords)

    def __repr__(self):
        return "Vector(" + ", ".join(str(x) for x in self.c) + ")"

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i]

    def __add__(self, o):
        return Vector(*[a + b for a, b in zip(self.c, o.c)])

    def __sub__(self, o):
        return Vector(*[a - b for a, b in zip(self.c, o.c)])

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self.c, k.c))
        return Vector(*[a * k for a in self.c])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(*[-a for a in self.c])

    def __eq__(self, o):
        return isinstance(o, Vector) and self.c == o.c

    def __bool__(self):
        return any(self.c)

    def norm2(self):
        return self * self


v = Vector(1, 2, 3)
w = Vector(4, -5, 6)
print(v, w, len(v), v[0], v[-1])
print(v + w, v - w, v * 2, 3 * v, -w)
print(v * w, v.norm2(), (v + w).norm2())
print(v == Vector(1, 2, 3), v == w, v != w, v == 5)
print(bool(v), bool(Vector(0, 0)), bool(v - v))
print(list(v), sum(v), max(w))
print([x * 2 for x in w])
print(2.5 * Vector(2, 4))
