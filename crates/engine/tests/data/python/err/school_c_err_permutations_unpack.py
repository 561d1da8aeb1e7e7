# ValueError: too many values to unpack from itertools.permutations
from itertools import permutations
for a, b in permutations("xy"):
    print(a + b)
for a, b in permutations("abc", 3):
    print(a, b)
