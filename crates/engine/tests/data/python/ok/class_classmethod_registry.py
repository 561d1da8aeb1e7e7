class Shape:
    registry = {}

    @classmethod
    def register(cls, name):
        Shape.registry[name] = cls
        return cls

    @classmethod
    def make(cls, name, *args):
        return Shape.registry[name](*args)

    @classmethod
    def kind(cls):
        return cls.__name__.lower()


class Sq(Shape):
    def __init__(self, a):
        self.a = a

    def area(self):
        return self.a * self.a


class Tri(Shape):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


Shape.register("sq")
Sq.register("square")
Tri.register("tri")
print(sorted(Shape.registry))
for name, args in [("square", (3,)), ("tri", (4, 5)), ("square", (1,))]:
    s = Shape.make(name, *args)
    print(name, s.kind(), s.area())
print(Sq.kind(), Tri.kind(), Shape.kind())
print(Shape.registry["sq"].kind())
