# A place that looks a name up in a module remembers what it found; the same
# place meeting another module, or an object, must look again.
import math
import random


class Fake:
    pi = "fake pi"

    def sqrt(self, x):
        return "fake sqrt of " + str(x)


total = 0.0
for i in range(200):
    total += math.cos(math.radians(i)) + math.sqrt(i) + math.pi
print(round(total, 6))
for thing in [math, Fake(), math, random, Fake()]:
    print(getattr(thing, "__name__", "object"), thing.pi if hasattr(thing, "pi") else "-")
    if hasattr(thing, "sqrt"):
        print(thing.sqrt(16))
random.seed(5)
for module in [math, random]:
    print(module.__name__, hasattr(module, "floor"))
functions = [math.floor, math.ceil]
print([f(2.5) for f in functions], max(math.fabs(v) for v in (-3.5, 2.0)))
