# Tuples and unpacking
t = (1, 2, 3)
x, y, z = t
print(x, y, z)
a, *rest = [10, 20, 30, 40]
print(a, rest)
*init, last = "hello"
print(init, last)
first, *middle, end = range(6)
print(first, middle, end)
p, *q = [1]
print(p, q)
a, b = 1, 2
a, b = b, a
print(a, b)
(m, n), k = (3, 4), 5
print(m, n, k)
for i, (name, mark) in enumerate([("Ali", 5), ("Dana", 4)]):
    print(i, name, mark)
single = (7,)
print(single, len(single), type(single).__name__, (7))
empty = ()
print(empty, len(empty))
print(t + (4,), t * 2, t[::-1], t.index(2), t.count(2))
print(tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), (2,) > (1, 9, 9))
def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([4, 9, 1, 7])
print(lo, hi)
print(min_max("python"))
coords = [(1, 2), (3, 1), (0, 5)]
print(sorted(coords), sorted(coords, key=lambda c: c[1]))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
print(divmod(17, 5), divmod(-17, 5))
q, r = divmod(100, 7)
print(f"{q} rem {r}")
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
print(hash((1, 2)) == hash((1, 2)))
print(1, *[2, 3], *"ab")
print([*range(3), *(9, 8)])
