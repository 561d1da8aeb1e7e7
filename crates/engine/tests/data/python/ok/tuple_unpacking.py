# Кортежді тарқату
person = ("Асан", 15, "Шымкент")
name, age, city = person
print(name, age, city)
a, b = 1, 2
a, b = b, a + b
print(a, b)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
head, *tail = (1, 2, 3)
print(head, tail)
def min_max(values):
    return min(values), max(values)
lo, hi = min_max([5, 3, 9])
print(lo, hi)
result = min_max([1])
print(result)
