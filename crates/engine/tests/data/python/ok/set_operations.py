# Жиын амалдары
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a - b))
print(sorted(b - a))
print(sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)))
print(a.issubset({0, 1, 2, 3, 4, 5, 6}), {1, 2} <= a, {1, 9} <= a)
print(a.isdisjoint({8, 9}), 3 in a, 30 not in a)
print(a & {9}, a == {5, 4, 3, 2, 1})
