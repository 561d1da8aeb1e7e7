# namedtuples behave like tuples in every operation
from collections import namedtuple

RGB = namedtuple("RGB", "r g b")
red = RGB(255, 0, 0)
teal = RGB(0, 128, 128)
print(red + teal)
print((1, 2) + red)
print(red * 2)
print(2 * teal)
print(list(reversed(teal)))
print(red[::-1], teal[1:], sum(teal), max(red), min(teal))
print(sorted([(0, 200, 0), teal, red, (0, 128, 0)]))
print(red == (255, 0, 0), (0, 128, 128) == teal, red != teal)
print(red > teal, teal < (0, 129), (255, 0) < red)
palette = {red, teal}
print({(255, 0, 0), (0, 128, 128)} == palette, palette == {(0, 128, 128), (255, 0, 0)})
print((255, 0, 0) in palette, RGB(0, 128, 128) in palette)
names = {red: "red", teal: "teal"}
print(names[(255, 0, 0)], names.get((0, 128, 128)), names.get((1, 1, 1), "?"))
seen = {}
for c in [red, (255, 0, 0), RGB(255, 0, 0), teal]:
    seen[c] = seen.get(c, 0) + 1
print(seen)
r, *rest = teal
print(r, rest)
print([c for c in [(0, 128, 128), (1, 2, 3)] if c in [teal]])
