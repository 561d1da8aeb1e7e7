# namedtuple fields, indexing, unpacking, repr
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p)
print(p.x, p.y, p[0], p[1], p[-1])
print(len(p), list(p))
x, y = p
print("unpacked", x, y)
print(Point._fields)
q = Point(y=10, x=-2)
print(q, q.x + q.y)

Student = namedtuple("Student", "name grade age")
s = Student("Ann", 5, 11)
print(s)
print(Student._fields)
print(s.name.upper(), s[1:], s.count(5), s.index(11))

Pair = namedtuple("Pair", "left, right")
pr = Pair("L", "R")
print(pr, pr.left + pr.right)
print(p == (3, 4), p == Point(3, 4), p != Point(4, 3))
print(p < Point(3, 5), Point(1, 9) < p, max(p, Point(3, 1)))
print(tuple(p), p + (5,), p * 2)
print("x" in Point._fields, 4 in p)
for field, value in zip(Point._fields, q):
    print(field, "=", value)
print(str(s), repr(pr))
print(f"{p}")
