# math module
import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.trunc(-3.7))
print(math.factorial(10), math.factorial(20))
print(math.gcd(48, 18), math.lcm(4, 6), math.gcd(0, 5))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(8))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10), round(math.tan(math.pi / 4), 10))
print(math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.fabs(-2), math.copysign(3, -1))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf))
print(math.comb(5, 2), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.dist((0, 0), (3, 4)), math.modf(3.5), math.fmod(-7, 3))
print(round(math.atan2(1, 1), 6), round(math.asin(1), 6), round(math.acos(0), 6))
r = 5
print(f"area={math.pi * r ** 2:.3f} circumference={2 * math.pi * r:.3f}")
a, b, c = 1, -3, 2
d = b * b - 4 * a * c
print((-b + math.sqrt(d)) / (2 * a), (-b - math.sqrt(d)) / (2 * a))
print(math.sqrt(2) ** 2, math.floor(2.0), type(math.floor(2.5)).__name__)
print(math.ceil(10 / 3), math.log(1), math.exp(0), math.sqrt(0.25))
def is_prime(n):
    if n < 2:
        return False
    for i in range(2, math.isqrt(n) + 1):
        if n % i == 0:
            return False
    return True
print([n for n in range(50) if is_prime(n)])
