# The math, random and time modules (expected output from CPython 3.11, but
# for time, which is simulated).
import math, random, time
print(math.pi, math.e, math.tau, math.inf, math.nan, math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(5))
print(math.factorial(10), math.gcd(12, 18), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.perm(4))
print(math.pow(2, 3), math.exp(1), math.log(8, 2), math.log(100), math.log2(8), math.log10(1000), math.sin(0), math.cos(0), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.copysign(3, -0.0), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.modf(3.5), math.fmod(7, 3), math.fabs(-2))
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice([1, 2, 3]), random.randrange(10), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 3))
random.seed("abc"); print(random.randint(1, 6), random.getrandbits(8))
random.seed(1)
print(random.choices([1, 2, 3], k=5), random.choices('abc', weights=[1, 0, 5], k=4), random.choices(range(10), cum_weights=list(range(1, 11)), k=3))
print(random.choice('hello'), random.choice(range(100)), random.sample('abcdef', 2), random.randrange(0, 100, 5))
t0 = time.time(); time.sleep(1.5); print(round(time.time() - t0, 1))
