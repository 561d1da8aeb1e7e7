# Method calls of every kind (they compile to LoadMethod and CallMethod).
import math

words = []
for word in "one two three".split():
    words.append(word.upper())
print(words, " ".join(words).lower().count("o"))

counts = {}
for letter in "abracadabra":
    counts[letter] = counts.get(letter, 0) + 1
print(sorted(counts.items()), len(counts.keys()))


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return self.name + " with " + str(self.sides) + " sides"

    @staticmethod
    def unit():
        return "cm"

    @classmethod
    def make(cls, name):
        return cls(name)

    @property
    def label(self):
        return self.name.title()


class Square(Shape):
    sides = 4

    def describe(self):
        return "square: " + super().describe()


square = Square.make("box")
print(square.describe(), square.unit(), Square.unit(), square.label)
print(Shape.describe(square))

# An instance attribute shadows the class's method.
square.describe = lambda: "shadowed"
print(square.describe())

# A bound method kept and called later.
append = words.append
append("FOUR")
print(words, math.sqrt(16), math.floor(2.5))

# A method stored in a list and a method of a method's result.
print(" a b ".strip().split(" "), [str.upper][0]("x"))


class Counter:
    def __init__(self):
        self.total = 0

    def add(self, amount=1, *more):
        self.total += amount + sum(more)
        return self


counter = Counter()
counter.add().add(5).add(1, 2, 3)
print(counter.total)

try:
    counter.missing()
except AttributeError as error:
    print("AttributeError:", error)

try:
    counter.total()
except TypeError as error:
    print("TypeError:", error)

try:
    None.upper()
except AttributeError as error:
    print("AttributeError:", error)
