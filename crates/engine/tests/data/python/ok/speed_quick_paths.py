# The interpreter's quick paths and their edges: ints that outgrow 64 bits,
# floor division and remainders of negatives, ints and floats mixed, nan,
# for over a list that changes, negative indexes, globals from functions.
total = 0
for i in range(100):
    total = total * 3 + i
print(total, total > 2 ** 63, -total < -(2 ** 63))

big = 9223372036854775807
print(big + 1, big * 2, -big - 2, (-big - 1) // -1, (-big - 1) % -1)
for a in (7, -7, 0, 13):
    for b in (2, -2, 5, -5):
        print(a, b, a // b, a % b, a / b, a & b, a | b, a ^ b)
print(7 // 2.0, -7 % 2.5, 2 ** 53 + 1.0, (2 ** 53 + 1) / 1, 10 / 4, 3 * 1.5, 1 - 0.5)

nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1.0 <= nan, 0.0 == -0.0, 1 == 1.0, 2 < 2.5)

items = [1, 2, 3]
seen = []
for item in items:
    seen.append(item)
    if item < 3:
        items.append(item * 10)
print(seen, items[-1], items[-len(items)], (4, 5, 6)[-2])
items[-1] = 99
items[0] += 100
print(items)

count = 0


def bump(step):
    global count
    count = count + step
    return count


for step in range(5):
    bump(step)
print(count, bump(0.5))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), [fib(k) for k in range(10)])


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(900))
flag = 0
while not flag:
    flag = 1.5
print(flag, not 0.0, not None)
for x in range(10, 0, -3):
    print(x, end=" ")
print()
