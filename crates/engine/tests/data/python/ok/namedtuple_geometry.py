# geometry with namedtuples: vectors, segments, polygons
from collections import namedtuple
import math

Vec = namedtuple("Vec", "x y")
Seg = namedtuple("Seg", "a b")

def add(u, v):
    return Vec(u.x + v.x, u.y + v.y)

def sub(u, v):
    return Vec(u.x - v.x, u.y - v.y)

def cross(u, v):
    return u.x * v.y - u.y * v.x

def length(s):
    d = sub(s.b, s.a)
    return math.hypot(*d)

poly = [Vec(0, 0), Vec(4, 0), Vec(4, 3), Vec(0, 3)]
area2 = sum(cross(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly)))
print("area", area2 / 2)
segs = [Seg(poly[i], poly[(i + 1) % len(poly)]) for i in range(len(poly))]
for s in segs:
    print(s, round(length(s), 3))
print("perimeter", sum(length(s) for s in segs))
diag = Seg(poly[0], poly[2])
print("diagonal", length(diag))
a, b = diag
print("endpoints", a, b, add(a, b))
(ax, ay), (bx, by) = diag
print(ax, ay, bx, by)
print(Vec(*map(int, "7 8".split())))
print(sorted(poly, key=lambda v: math.atan2(v.y - 1.5, v.x - 2)))
print(min(poly), max(poly))
print(Vec(1, 2)._replace(y=5)._asdict())
