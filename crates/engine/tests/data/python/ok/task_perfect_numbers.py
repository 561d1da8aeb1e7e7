# Кемел сандар
def divisors(n):
    result = []
    for d in range(1, n // 2 + 1):
        if n % d == 0:
            result.append(d)
    return result

for n in range(2, 500):
    if sum(divisors(n)) == n:
        print(n, divisors(n))
perfect = [n for n in [6, 28, 496, 8128, 12] if sum(d for d in range(1, n) if n % d == 0) == n]
print(perfect)
