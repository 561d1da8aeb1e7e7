class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __floordiv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return Money(self.cents % k)

    def __neg__(self):
        return Money(-self.cents)

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        c = self.cents if self.cents >= 0 else -self.cents
        return f"{sign}${c // 100}.{c % 100:02d}"


a = Money(1050)
b = Money(275)
print(a + b, a - b, b - a, a * 3, 2 * b, a // 4, a % 100, -a)
total = Money(0)
total += a
total += b
print(total)
total -= Money(5)
total *= 2
print(total)
print(sum([a, b, Money(1)]))
print(sum([Money(i) for i in range(10)], Money(0)))
x = a
x += b
print(x, a)
try:
    a + 5
except TypeError as e:
    print("TypeError:", e)
