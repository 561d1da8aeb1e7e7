# Every math function of the course over a spread of arguments: the output
# must be the same bits in the browser as in CPython.
import math
values = [i / 7 - 20 for i in range(0, 280, 3)] + [0.1 * k for k in range(1, 60)] + [1e-10, 1e10, 123.456, 0.5, 2.0, 10.0, 100.0, 1e300]
names = []
for x in values:
    row = [math.exp(x) if x < 700 else 0.0, math.sin(x), math.cos(x), math.tan(x), math.atan(x)]
    if x > 0:
        row += [math.log(x), math.log10(x), math.log2(x), math.sqrt(x), x ** 0.5, x ** 1.7 if x < 1e100 else 0.0, math.pow(x, 2.5) if x < 1e100 else 0.0]
    if -1 <= x <= 1:
        row += [math.asin(x), math.acos(x)]
    row += [math.hypot(x, 3.0), math.atan2(x, 2.0), math.degrees(x), math.radians(x)]
    print(" ".join(repr(v) for v in row))
