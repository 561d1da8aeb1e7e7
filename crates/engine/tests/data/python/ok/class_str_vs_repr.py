class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"OnlyRepr({self.v!r})"


class OnlyStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return f"str:{self.v}"


class Both:
    def __str__(self):
        return "nice"

    def __repr__(self):
        return "Both()"


a = OnlyRepr("hi")
print(a, str(a), repr(a))
print([a, OnlyRepr(3)])
print(str(OnlyStr(5)), f"{OnlyStr(6)}")
b = Both()
print(b, [b], (b, b), {1: b}, {b.__str__(): 1})
print(f"{b} {b!r} {b!s}")
print("%s %r" % (b, b))
print(str([b]), repr(b), format(b))
print("x" + str(b) + "y")
print("{} {!r}".format(b, b))
print({"k": [a, (a,)]})
