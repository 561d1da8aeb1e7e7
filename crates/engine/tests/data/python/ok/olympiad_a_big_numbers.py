# Big integers: factorials, Fibonacci 300, digit sums, trailing zeros, long addition.
f = 1
for i in range(1, 31):
    f *= i
    if i % 5 == 0:
        print(f"{i:>2}! = {f}")
big = 1
for i in range(2, 101):
    big *= i
s = str(big)
print("100! has", len(s), "digits, digit sum", sum(int(c) for c in s))
print("trailing zeros:", len(s) - len(s.rstrip("0")), "by formula:", 100 // 5 + 100 // 25)

a, b = 0, 1
fibs = [0]
for _ in range(300):
    a, b = b, a + b
    fibs.append(a)
print("F(100) =", fibs[100])
print("F(300) =", fibs[300])
print("digits of F(300):", len(str(fibs[300])))
first = next(i for i, x in enumerate(fibs) if len(str(x)) >= 50)
print("first Fibonacci with 50 digits: F(%d)" % first)
print(fibs[300] % 1000000007, fibs[298] * fibs[300] - fibs[299] ** 2)

def long_add(x, y):
    x, y = x[::-1], y[::-1]
    out = []
    carry = 0
    for i in range(max(len(x), len(y))):
        d = carry + (int(x[i]) if i < len(x) else 0) + (int(y[i]) if i < len(y) else 0)
        out.append(str(d % 10))
        carry = d // 10
    if carry:
        out.append(str(carry))
    return "".join(reversed(out))

x = "99999999999999999999999999"
y = "12345678901234567890"
print(long_add(x, y), int(x) + int(y) == int(long_add(x, y)))
print(2 ** 200, -(2 ** 70) // 3, (2 ** 70) % 1000)
print(divmod(10 ** 30 + 7, 12345678901))
print(f"{2 ** 64:,}", f"{big:.3e}", hex(2 ** 80))
