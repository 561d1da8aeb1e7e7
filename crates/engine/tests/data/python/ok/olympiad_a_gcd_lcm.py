# GCD and LCM: Euclid with steps, extended Euclid, fractions and bus schedules.
import math

def gcd_steps(a, b):
    while b:
        print(f"  {a} = {a // b} * {b} + {a % b}")
        a, b = b, a % b
    return a

for a, b in ((1071, 462), (270, 192), (17, 5), (100, 0)):
    print(f"gcd({a}, {b}):")
    g = gcd_steps(a, b)
    print("  ->", g, g == math.gcd(a, b))

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

for a, b in ((240, 46), (35, 15), (7, 3)):
    g, x, y = ext_gcd(a, b)
    print(f"{a}*{x} + {b}*{y} = {g}")

def lcm(a, b):
    return a // math.gcd(a, b) * b

buses = [12, 15, 20, 9]
total = 1
for b in buses:
    total = lcm(total, b)
    print("lcm so far", total)
print(f"all buses meet again after {total} minutes = {total // 60} h {total % 60:02d} min")

def simplify(p, q):
    g = math.gcd(p, q)
    return p // g, q // g

for p, q in ((42, 56), (100, 75), (17, 51), (0, 9)):
    s = simplify(p, q)
    print(f"{p}/{q} = {s[0]}/{s[1]}")

num, den = 0, 1
for k in range(1, 8):
    num, den = num * k + den, den * k
    num, den = simplify(num, den)
    print(f"H({k}) = {num}/{den} ~ {num / den:.4f}")
print(math.gcd(0, 0), math.gcd(-12, 18), lcm(21, 6))
