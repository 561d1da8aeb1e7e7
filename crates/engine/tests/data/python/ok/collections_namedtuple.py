from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], len(p), list(p), p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]))
Edge = namedtuple("Edge", ["u", "v", "w"], defaults=[1])
edges = [Edge(1, 2, 5), Edge(2, 3), Edge(0, 1, 2)]
print(sorted(edges), min(edges, key=lambda e: e.w), sorted(edges, key=lambda e: -e.w)[0])
print({Point(0, 0): "o"}[Point(0, 0)], Point(0, 0) in {Point(0, 0)}, type(p).__name__, p[:1])
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "_x"), lambda: p._replace(z=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
Student = namedtuple("Student", "name grade")
students = [Student("Ali", 5), Student("Bota", 7)]
print(max(students, key=lambda s: s.grade).name, p + (3,), Point(3, 4) > Point(3, 3))
