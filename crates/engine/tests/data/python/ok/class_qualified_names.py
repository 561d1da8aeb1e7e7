class Robot:
    def move(self, steps):
        return steps

    class Part:
        def fix(self):
            return "fixed"


def factory():
    def helper(a):
        return a

    class Local:
        pass

    return helper, Local


helper, Local = factory()
calls = [lambda: Robot().move(), lambda: Robot().move(1, 2), lambda: helper(),
         lambda: Robot.Part().fix(3), lambda: Local(5), lambda: Robot.move(Robot())]
for call in calls:
    try:
        call()
    except TypeError as error:
        print(error)
print(Local, Robot.Part, Robot.Part.__qualname__, Robot.Part.__name__)
print(Robot.move.__qualname__, helper.__qualname__, Robot.__module__)


class Inventory:
    items = []

    def add(self, item):
        self.items.append(item)


first, second = Inventory(), Inventory()
first.add("apple")
second.add("pear")
print(first.items, Inventory.items, first.items is second.items)


class Counter:
    total = 1


c = Counter()
c.total += 1
print(c.total, Counter.total, vars(c))


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as error:
    print(error)
print(NotImplemented, type(NotImplemented).__name__)


class Doc:
    """A class with a docstring."""

    def method(self):
        """A method with one."""


print(Doc.__doc__, Doc().__doc__, Doc.method.__doc__)
