class Colors:
    RED = 1
    GREEN = 2
    BLUE = 4
    ALL = RED | GREEN | BLUE
    NAMES = {RED: "red", GREEN: "green", BLUE: "blue"}
    squares = [i * i for i in range(5)]
    total = 0
    for k in (1, 2, 3):
        total += k
    del k

    def describe(self, mask):
        return [n for v, n in sorted(self.NAMES.items()) if mask & v]


print(Colors.ALL, Colors.NAMES, Colors.squares, Colors.total)
print(hasattr(Colors, "k"))
c = Colors()
print(c.describe(5), c.describe(Colors.ALL), c.describe(0))
print(Colors.describe(c, 2))


class Empty:
    """Just a docstring."""


print(Empty.__doc__, Empty().__class__.__name__)


def make_class(n):
    class Local:
        size = n

        def get(self):
            return self.size * 2
    return Local


L3 = make_class(3)
print(L3().get(), make_class(10)().get(), L3.__name__)
