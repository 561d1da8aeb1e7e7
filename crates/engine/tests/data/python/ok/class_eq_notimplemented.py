class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, P):
            return NotImplemented
        return self.v == other.v

    def __repr__(self):
        return f"P({self.v})"


class Plain:
    pass


a, b, c = P(1), P(1), P(2)
print(a == b, a != b, a == c, a != c)
print(a == 1, 1 == a, a != "x", a is b)
print(a in [c, b], [a, c] == [b, P(2)], (a,) == (b,))
print([P(1), P(2), P(1)].count(P(1)), [c, a].index(b))
x, y = Plain(), Plain()
print(x == x, x == y, x != y, x is x)
print(x in [y], x in [y, x])
print({"k": P(3)} == {"k": P(3)})
print(a.__eq__(5), a.__eq__(b))
print(NotImplemented.__class__.__name__)
print(sorted([3, 1, 2]) == [1, 2, 3])
