# math модулі
import math
print(math.pi)
print(math.e)
print(math.sqrt(16), math.sqrt(2))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2))
print(math.trunc(-3.7), int(-3.7))
print(math.fabs(-4), abs(-4))
print(math.pow(2, 10), 2 ** 10)
print(math.isqrt(99), math.isqrt(10 ** 20))
