# dataclass inheritance and __post_init__
from dataclasses import dataclass

@dataclass
class Animal:
    name: str
    legs: int = 4

    def speak(self):
        return f"{self.name} makes a sound"

@dataclass
class Dog(Animal):
    breed: str = "mixed"

    def speak(self):
        return f"{self.name} the {self.breed} says woof"

@dataclass
class Bird(Animal):
    can_fly: bool = True

    def __post_init__(self):
        self.legs = 2
        self.label = self.name.upper() + ("" if self.can_fly else " (flightless)")

zoo = [Animal("generic"), Dog("rex"), Dog("fido", 3, "beagle"), Bird("tweety"), Bird("pingu", can_fly=False)]
for a in zoo:
    print(a)
    print("   ", a.speak(), "| legs:", a.legs)
print([b.label for b in zoo if isinstance(b, Bird)])
print(Dog("rex") == Dog("rex"), Dog("rex") == Animal("rex"))

@dataclass
class Rectangle:
    w: float
    h: float

    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError("negative size")
        self.area = self.w * self.h

@dataclass
class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

print(Rectangle(2, 3), Rectangle(2, 3).area)
sq = Square(5)
print(sq, sq.area)
try:
    Rectangle(-1, 2)
except ValueError as e:
    print("error:", e)
