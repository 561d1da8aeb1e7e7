# Sieve of Eratosthenes, prime factorisation, twin primes and Goldbach.
N = 120
is_prime = [True] * (N + 1)
is_prime[0] = is_prime[1] = False
p = 2
while p * p <= N:
    if is_prime[p]:
        crossed = list(range(p * p, N + 1, p))
        for k in crossed:
            is_prime[k] = False
        print(f"p={p}: crossed {len(crossed)} numbers, first {crossed[:5]}")
    p += 1
primes = [i for i in range(N + 1) if is_prime[i]]
print(len(primes), "primes up to", N)
for i in range(0, len(primes), 10):
    print(" ".join(f"{x:>3}" for x in primes[i:i + 10]))

def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

for n in (84, 97, 360, 1001, 2 ** 10 * 3, 999983 * 2):
    f = factorize(n)
    print(n, "=", " * ".join(map(str, f)))
twins = [(p, p + 2) for p in primes if p + 2 <= N and is_prime[p + 2]]
print("twins:", twins)
for even in range(4, 41, 6):
    pair = next((p, even - p) for p in primes if is_prime[even - p])
    print(f"{even} = {pair[0]} + {pair[1]}")
spf = list(range(N + 1))
for i in range(2, N + 1):
    if spf[i] == i:
        for j in range(i * i, N + 1, i):
            if spf[j] == j:
                spf[j] = i
print("smallest factors 90..100:", spf[90:101])
