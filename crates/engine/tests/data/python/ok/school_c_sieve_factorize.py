# primes: sieve, factorization with defaultdict(int), twin primes
from collections import defaultdict
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(100)
print(primes, len(primes))
def factorize(n):
    f = defaultdict(int)
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] += 1
            n //= d
        d += 1
    if n > 1:
        f[n] += 1
    return f
for n in [12, 360, 97, 1001, 2 ** 10 * 3 ** 4, 600851475143]:
    f = factorize(n)
    text = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))
    divs = 1
    for e in f.values():
        divs *= e + 1
    print(f"{n} = {text}  ({divs} divisors)")
big = sieve(10000)
twins = [(p, p + 2) for p, q in zip(big, big[1:]) if q == p + 2]
print(len(twins), twins[:6], twins[-1])
gaps = defaultdict(int)
for p, q in zip(big, big[1:]):
    gaps[q - p] += 1
print(sorted(gaps.items())[:8])
def goldbach(n):
    s = set(big)
    for p in big:
        if n - p in s:
            return p, n - p
for n in [4, 28, 100, 998]:
    print(n, goldbach(n))
print(sum(sieve(2000)), max(big))
