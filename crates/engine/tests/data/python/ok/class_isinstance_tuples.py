class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
class Cube(Square): pass
class Unrelated: pass

items = [Circle(), Square(), Cube(), Unrelated(), 3, "s", 2.5, None]
for it in items:
    print(type(it).__name__,
          isinstance(it, Shape),
          isinstance(it, (Circle, Cube)),
          isinstance(it, (int, str)),
          isinstance(it, (Unrelated, (Square, float))))
print(issubclass(Cube, (Circle, Square)))
print(issubclass(Cube, (Circle, Unrelated)))
print(issubclass(Circle, object), issubclass(bool, int))
print(issubclass(Cube, Shape), issubclass(Shape, Cube))
print(isinstance(Circle, type), isinstance(Circle(), type))
print(type(Cube()) == Cube, type(Cube()) == Square)
print(sum(1 for it in items if isinstance(it, Shape)))
