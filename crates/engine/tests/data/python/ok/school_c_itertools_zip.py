# zip_longest, pairwise, starmap, compress, filterfalse
from itertools import zip_longest, pairwise, starmap, compress, filterfalse
names = ["Asel", "Timur", "Nurlan"]
scores = [90, 85]
for n, s in zip_longest(names, scores, fillvalue="-"):
    print(f"{n:<7}{s}")
print(list(zip_longest("abc", "d")))
temps = [12, 15, 14, 19, 23, 21]
print(list(pairwise(temps)))
print([b - a for a, b in pairwise(temps)])
rises = sum(1 for a, b in pairwise(temps) if b > a)
print("rises:", rises)
print(list(pairwise("hello")))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: a * b, zip(range(1, 5), range(5, 9)))))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(filterfalse(lambda x: x % 3, range(20))))
matrix = [[1, 2, 3], [4, 5], [6]]
print([list(col) for col in zip_longest(*matrix, fillvalue=0)])
a = "1011"
b = "111"
bits = list(zip_longest(reversed(a), reversed(b), fillvalue="0"))
carry, out = 0, []
for x, y in bits:
    t = int(x) + int(y) + carry
    out.append(str(t % 2))
    carry = t // 2
if carry:
    out.append("1")
print(a, "+", b, "=", "".join(reversed(out)), int(a, 2) + int(b, 2))
