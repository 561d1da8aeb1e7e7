class Base:
    def greet(self):
        return ["Base"]


class Left(Base):
    def greet(self):
        return ["Left"] + super().greet()


class Right(Base):
    def greet(self):
        return ["Right"] + super().greet()


class Child(Left, Right):
    def greet(self):
        return ["Child"] + super().greet()


class Other(Right, Left):
    pass


print([c.__name__ for c in Child.__mro__])
print(Child().greet())
print([c.__name__ for c in Other.__mro__])
print(Other().greet())
print([c.__name__ for c in Left.__mro__])
print([b.__name__ for b in Child.__bases__])
print(issubclass(Child, Right), issubclass(Other, Left), issubclass(Left, Right))
print(isinstance(Child(), (Right, int)))
