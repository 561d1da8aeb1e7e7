class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def is_square(self):
        return self.w == self.h

    def describe(self):
        kind = "square" if self.is_square() else "rectangle"
        return f"{kind} {self.w}x{self.h}: area={self.area()}, perimeter={self.perimeter()}"

    def scale(self, k):
        self.w *= k
        self.h *= k
        return self

    def bigger_than(self, other):
        return self.area() > other.area()


r = Rectangle(3, 5)
s = Rectangle(4, 4)
print(r.describe())
print(s.describe())
print(r.bigger_than(s), s.bigger_than(r))
print(r.scale(2).describe())
print(r.scale(1).scale(2).area())
m = r.area
print(m())
f = Rectangle.area
print(f(s))
for rect in [Rectangle(1, 2), Rectangle(2, 2), Rectangle(10, 1)]:
    print(rect.describe())
