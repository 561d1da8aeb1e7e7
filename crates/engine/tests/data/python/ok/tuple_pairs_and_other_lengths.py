# Pairs are kept inside the tuple object; every other length in a vector.
# Both must behave as one type: equality, hashing, order, slices, unpacking.
empty, one, pair, triple = (), (1,), (1, 2), (1, 2, 3)
print(len(empty), len(one), len(pair), len(triple))
print(pair == (1, 2), pair == (1, 2.0), pair == [1, 2], pair == triple[:2])
print(hash(pair) == hash((1, 2)), hash(pair) == hash(triple[:2]), hash((1, 2.0)) == hash(pair))
print(sorted([(2, 1), (1, 2, 3), (1,), (), (1, 2)]))
print(pair + pair, pair * 2, pair + one, empty + pair, triple[1:], triple[::2])
a, b = pair
print(a, b, *pair, [*pair, *triple])
cells = {}
for i in range(3):
    for j in range(3):
        cells[(i, j)] = i * 3 + j
print(cells[(2, 1)], (1, 1) in cells, (1, 1, 1) in cells, cells[triple[:2]])
print(list(enumerate("ab")), list(zip("ab", "cd")), list({"x": 1}.items()))
print(divmod(17, 5), tuple([4, 5]), tuple(x for x in range(2)), tuple("xyz"))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, "a"), (3, "b")), pair.index(2), pair.count(1))
print(repr((pair,)), str(((), (1,), (1, 2))), pair < (1, 3), pair < (1, 2, 0), (2,) > pair)
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested, (pair, pair) == ((1, 2), (1, 2)), {pair, (1, 2), (2, 1)} == {(1, 2), (2, 1)})
match pair:
    case (x, y):
        print("pair of", x, y)
for x, y in [(1, 2), (3, 4)]:
    print(x + y, end=" ")
print()
try:
    pair[2]
except IndexError as error:
    print("IndexError:", error)
try:
    hash(([1], 2))
except TypeError as error:
    print("TypeError:", error)
