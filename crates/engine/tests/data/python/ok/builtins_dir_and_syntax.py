import math
width = 8
print(f"{'x':>{width}}|{3.14159:.{2}f}|{42:{'0'}{5}}", "{:^{w}}".format("ab", w=6))
if (n := len("hello")) > 3:
    print(n)
print([x if x % 2 else -x for x in range(5)], "  a b ".strip().upper().split())
print(math.dist((0, 0), (3, 4)), math.lcm(4, 6), math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.hypot(3, 4))
for i in range(3):
    pass
else:
    print("loop done")
class P:
    def __init__(self):
        self.a = 1
    def m(self):
        pass
print([n for n in dir(P()) if not n.startswith("__")])
print(dir(P()) == dir(P), len(dir(P())))
class E(ValueError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
print([n for n in dir(E(5)) if not n.startswith("__")])
print(dir(E) == sorted(dir(E)))
