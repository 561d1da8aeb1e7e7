import math


class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement area")

    def __str__(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, a):
        super().__init__(a, a)


shapes = [Circle(1), Rect(2, 3.5), Square(4), Circle(0.5)]
for s in shapes:
    print(s)
print(sorted(round(s.area(), 3) for s in shapes))
print(str(max(shapes, key=lambda s: s.area())))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    print(Shape())
except NotImplementedError as e:
    print("str failed:", e)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)])
