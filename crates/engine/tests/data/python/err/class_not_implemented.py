class Shape:
    def area(self):
        raise NotImplementedError("area not implemented")

    def report(self):
        return f"{type(self).__name__}: {self.area()}"


class Square(Shape):
    def __init__(self, a):
        self.a = a

    def area(self):
        return self.a ** 2


class Blob(Shape):
    pass


print(Square(3).report())
print(Blob().report())
