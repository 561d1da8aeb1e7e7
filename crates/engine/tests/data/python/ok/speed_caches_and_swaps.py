# One place in the program that calls methods of different kinds of
# objects, classes changed while it runs, and parallel assignments.
import math


class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


def greet(animal):
    return animal.speak()


animals = [Cat(), Dog(), Cat()]
print([greet(animal) for animal in animals])

# The class's method replaced between calls at the same place.
Cat.speak = lambda self: "purr"
print([greet(animal) for animal in animals])

# A method added to a base class later; an instance that shadows it.
class Base:
    pass


class Child(Base):
    pass


child = Child()
Base.hello = lambda self: "hello from Base"
print(child.hello())
Child.hello = lambda self: "hello from Child"
print(child.hello())
child.hello = lambda: "hello from the instance"
print(child.hello())
del child.hello
print(child.hello())

# Builtin methods of different types at one place.
def first_upper(thing):
    return thing.index(thing[0])


print([first_upper(thing) for thing in ["abc", [5, 6], (7, 8)]])
for module_function in [math.floor, math.ceil]:
    print(module_function(2.5))
values = [math.sqrt(n) for n in range(5)]
print(values)

# Parallel assignments.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
items = [10, 20]
items[0], items[1] = items[1], items[0]
print(items)


class Point:
    pass


point = Point()
point.x, point.y = 3, 4
point.x, point.y = point.y, point.x
print(point.x, point.y)
i, items[i] = 1, 99
print(i, items)
first, second = second, first = 5, 6
print(first, second)
[p, q] = 7, 8
print(p, q)
