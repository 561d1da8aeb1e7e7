# Fast exponentiation: recursive and iterative with bit steps; modular inverses.
MOD = 10 ** 9 + 7

def power_rec(a, n, m):
    if n == 0:
        return 1 % m
    half = power_rec(a, n // 2, m)
    res = half * half % m
    if n % 2:
        res = res * a % m
    return res

def power_iter(a, n, m, verbose=False):
    res = 1
    base = a % m
    while n > 0:
        if n & 1:
            res = res * base % m
        if verbose:
            print(f"  bit={n & 1} base={base:>6} res={res:>6}")
        base = base * base % m
        n >>= 1
    return res

print("3^13 mod 1000 step by step, 13 =", bin(13))
print(power_iter(3, 13, 1000, verbose=True))
tests = [(2, 10, 1000), (2, 100, MOD), (7, 222, 998244353), (123456789, 987654321, MOD), (5, 0, 7)]
for a, n, m in tests:
    r1, r2, r3 = power_rec(a, n, m), power_iter(a, n, m), pow(a, n, m)
    print(f"{a}^{n} mod {m} = {r1} {r1 == r2 == r3}")

def inverse(a, p):
    return power_iter(a, p - 2, p)
for a in (2, 3, 10, 123):
    inv = inverse(a, MOD)
    print(f"inv({a}) = {inv}, check {a * inv % MOD}")

def mat_mul(x, y, m):
    return [[sum(x[i][k] * y[k][j] for k in range(2)) % m for j in range(2)] for i in range(2)]

def fib_mod(n, m):
    res = [[1, 0], [0, 1]]
    base = [[1, 1], [1, 0]]
    while n:
        if n & 1:
            res = mat_mul(res, base, m)
        base = mat_mul(base, base, m)
        n >>= 1
    return res[0][1]
print([fib_mod(n, 1000) for n in range(15)])
print(fib_mod(10 ** 18, MOD))
print("last digits of 2^1000:", str(2 ** 1000)[-10:], power_iter(2, 1000, 10 ** 10))
