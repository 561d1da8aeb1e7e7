class Counter:
    def __init__(self, name):
        self.name = name
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self.n

    def reset(self):
        self.n = 0


a, b = Counter("a"), Counter("b")
actions = {"a+": a.inc, "b+": b.inc, "a0": a.reset}
for cmd in ["a+", "a+", "b+", "a0", "a+", "b+", "b+"]:
    r = actions[cmd]()
    print(cmd, r, a.n, b.n)
incs = [a.inc, b.inc]
print([f(10) for f in incs])
print(list(map(a.inc, [1, 2, 3])))
m = a.inc
print(m.__name__, m.__self__.name)
print(Counter.inc(b, 100), b.n)
ops = [Counter.inc, Counter.reset]
for op in ops:
    op(a)
    print(op.__name__, a.n)
print(getattr(b, "inc")(5))
