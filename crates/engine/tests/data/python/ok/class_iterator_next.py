class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v


for x in Countdown(5):
    print(x, end=" ")
print()
print(list(Countdown(3)), sum(Countdown(10)))
print(list(Fib(100)))
print(sum(Fib(1000)), max(Fib(50)), len(list(Fib(10))))
c = Countdown(4)
print(next(c), next(c))
print(list(c), list(c))
print(next(Countdown(0), "done"))
print([x * x for x in Countdown(4)])
print(sorted(Fib(20), reverse=True))
print(list(zip(Countdown(3), Fib(100))))
print(list(enumerate(Countdown(2))))
print(any(x > 20 for x in Fib(30)), all(x < 100 for x in Fib(30)))
