# Attribute names are shared texts inside the interpreter; names made at run
# time (setattr, getattr, vars) must still meet the program's own names.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
name = "".join(["x"])  # a new text, equal to the program's "x"
print(getattr(p, name), hasattr(p, "x" + ""), getattr(p, "y"))
setattr(p, "".join(["z"]), 3)
print(p.z, sorted(vars(Point(5, 6))))
setattr(p, name, 10)
p.x += 1
print(p.x, getattr(p, "x"))
delattr(p, "".join(["y"]))
print(hasattr(p, "y"), [k for k in vars(p)])
p.y = 20
print(vars(p))


class Other:
    pass


o = Other()
for index, key in enumerate(["alpha", "beta", "x", "y"]):
    setattr(o, key, index)
o.x = "changed"
print(o.alpha, o.beta, o.x, o.y, vars(o))
points = [Point(i, -i) for i in range(5)]
print(sum(q.x for q in points), sum(q.y for q in points))


class SameLengths:
    def __init__(self):
        self.ab = 1
        self.ac = 2
        self.бала = 3
        self.бата = 4
        self.әлем = 5


s = SameLengths()
print(s.ab, s.ac, s.бала, s.бата, s.әлем, getattr(s, "".join(["б", "ата"])), hasattr(s, "ad"), hasattr(s, "бал"))
setattr(s, "".join(["a", "d"]), 6)
print(s.ad, [key for key in vars(s)])
