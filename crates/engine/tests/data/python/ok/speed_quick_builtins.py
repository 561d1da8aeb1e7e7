# Builtins the quick path answers, at their edges.
import math
from collections import Counter, deque

print(len("қазақ"), len([1, 2]), len((3,)), len({1: 2}), len({5, 6, 7}), len(frozenset()), len(deque([1])))
print(len(Counter("hello")), len(range(10)), len({}.keys()))
print(abs(-5), abs(5.5), abs(-0.0), abs(-9223372036854775807), abs(-9223372036854775808), abs(True))
print(math.sqrt(16), math.sqrt(2), math.sin(0), math.cos(0), math.radians(180), math.degrees(math.pi))
print(math.fabs(-3), math.exp(1), math.tan(0.5), math.atan(1), math.sqrt(9007199254740993))
points = []
for step in range(5):
    points.append((step, [step] * 2, ()))
print(points, [(1, 2)] * 2, [[]])


class Sized:
    def __len__(self):
        return 42


print(len(Sized()))
