# while loops, break/continue/else, number tasks
n = 12345
total = 0
while n > 0:
    total += n % 10
    n //= 10
print("digit sum:", total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
for num in range(2, 20):
    for d in range(2, num):
        if num % d == 0:
            break
    else:
        print(num, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 8:
        break
    print(i, end=",")
else:
    print("never")
print()
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print("first fib >= 100:", b)
x = 1024
bits = ""
while x:
    bits = str(x % 2) + bits
    x //= 2
print(bits, bin(1024)[2:] == bits)
balance = 1000.0
years = 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2), f"{balance:.2f}")
for row in range(1, 5):
    print(" " * (4 - row) + "*" * (2 * row - 1))
s = "hello"
idx = len(s) - 1
out = ""
while idx >= 0:
    out += s[idx]
    idx -= 1
print(out)
count = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        count += i
print(count)
