# digit sums, digital roots, perfect and Armstrong numbers
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n
for n in [0, 7, 38, 12345, 999999999999]:
    print(n, digit_sum(n), digital_root(n), sum(map(int, str(n))))
def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
print(divisors(28), divisors(36), divisors(1))
perfect = [n for n in range(2, 10000) if sum(divisors(n)) - n == n]
print("perfect:", perfect)
armstrong = [n for n in range(1, 100000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print("armstrong:", armstrong)
def amicable(limit):
    s = [0] * limit
    for i in range(1, limit):
        for j in range(2 * i, limit, i):
            s[j] += i
    return [(a, s[a]) for a in range(2, limit) if s[a] < limit and s[a] > a and s[s[a]] == a]
print(amicable(3000))
print(max(range(1, 1000), key=lambda n: (digit_sum(n), -n)))
happy = []
for n in range(1, 50):
    seen = set()
    x = n
    while x != 1 and x not in seen:
        seen.add(x)
        x = sum(int(d) ** 2 for d in str(x))
    if x == 1:
        happy.append(n)
print("happy:", happy)
print(sum(int(d) for d in str(2 ** 100)), len(str(2 ** 100)))
