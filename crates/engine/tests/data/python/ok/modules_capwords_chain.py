import string
from itertools import chain
print(string.capwords("hello   big  world"), string.capwords("a-b-c", "-"), string.capwords(" x y "))
print(list(chain.from_iterable([[1], [2, 3], [], "ab"])))
print(list(chain.from_iterable(range(n) for n in range(4))))
