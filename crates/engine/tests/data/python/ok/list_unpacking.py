# Тізімді тарқату
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*start, last = "сәлем"
print(start, last)
x, *middle, y = range(6)
print(x, middle, y)
p, *q = [1]
print(p, q)
(m, n), k = [3, 4], 5
print(m, n, k)
print(*[1, 2, 3])
print([*"аб", *range(2)])
