class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __str__(self):
        return f"({self.x}, {self.y})"


p = Point(3, 4)
print(p)
print(repr(p))
print(str(p))
print([p, Point(0, -1)])
print({"a": p, "b": Point(1, 1)})
print((p,))
print(f"{p} and {p!r}")
print("%s / %r" % (p, p))
pts = [Point(i, i * i) for i in range(4)]
print(pts)
for q in pts:
    print(q, end=" ")
print()
print(str(pts))
print(p.x + p.y, p.x * p.y)
p.x = 10
print(p, p.x)
