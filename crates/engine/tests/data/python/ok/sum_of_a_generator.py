# sum() of a generator: the VM adds ints and floats as the generator yields
# them; anything else (lists, big ints, special methods) goes on in the
# prelude's __sum_rest; sent values, exhausted and running generators.
def g():
    x = yield 1
    print("sent", x)
    yield 2.5
    yield 3
    return 99
print(sum(g()))
print(sum(g(), 10))
print(sum((i for i in range(5)), 0.5))
print(sum(x * x for x in range(10) if x % 2))
print(sum((2 ** 70 for _ in range(3))))
print(sum((i for i in [1, 2**63 - 1, 5])))
print(sum(([i] for i in range(3)), []))
class V:
    def __init__(self, n): self.n = n
    def __add__(self, other): return V(self.n + (other.n if isinstance(other, V) else other))
    __radd__ = __add__
print(sum(V(i) for i in range(4)).n)
it = (i for i in range(10))
print(sum(i for i in it if i < 3), list(it))
gen = (i for i in [1, 2, "a", 4])
try:
    sum(gen)
except TypeError as e:
    print("TypeError", e)
print(next(gen))
def bad():
    yield 1
    raise ValueError("boom")
try:
    sum(bad())
except ValueError as e:
    print("ValueError", e)
e = (i for i in range(3))
print(sum(e), sum(e))
def selfsum():
    yield sum(h)
h = selfsum()
try:
    next(h)
except ValueError as e:
    print("ValueError", e)
print(sum(True for _ in range(3)))
print(sum(x for x in [0.1] * 10))
