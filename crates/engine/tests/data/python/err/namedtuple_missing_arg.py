# creating a namedtuple with a missing field
from collections import namedtuple

Point3 = namedtuple("Point3", "x y z")
a = Point3(1, 2, 3)
print(a)
rows = [(4, 5, 6), (7, 8)]
for r in rows:
    p = Point3(*r)
    print(p.x + p.y + p.z)
