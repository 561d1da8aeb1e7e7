class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.k


class Accumulator:
    def __init__(self):
        self.total = 0

    def __call__(self, *values, reset=False):
        if reset:
            self.total = 0
        self.total += sum(values)
        return self.total


double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double("ab"))
print(list(map(double, [1, 2, 3])))
print(sorted([3, -1, 2], key=Multiplier(-1)))
print(double.calls, triple.calls)
acc = Accumulator()
print(acc(1), acc(2, 3), acc(10, reset=True), acc())
print(callable(acc), callable(double.k), callable(Multiplier))
fs = [Multiplier(i) for i in range(4)]
print([f(10) for f in fs])
compose = lambda f, g: lambda x: f(g(x))
print(compose(double, triple)(7))
