# Every place that reads, writes or calls through a class remembers what it
# found; changing a class afterwards must change what the same place does.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read(point):
    return point.x


def write(point, value):
    point.x = value


def make(x):
    return Point(x, 1)


def call(point):
    return point.total()


points = [make(i) for i in range(5)]
print([read(p) for p in points], [call(p) for p in points])

# A property added to the class later wins over the instance's own value.
Point.x = property(lambda self: 100, lambda self, value: print("set", value))
print(read(points[0]))
write(points[0], 7)
print(read(points[0]))
del Point.x
print(read(points[0]), points[0].x)

# An instance's own attribute shadows the class's method at the call place.
points[1].total = lambda: "own"
print(call(points[1]), call(points[2]))

# A new __init__ is used by the same call place.
def new_init(self, x, y):
    self.x = x * 10
    self.y = y


Point.__init__ = new_init
print(read(make(3)), call(make(3)))

# A subclass through the same places.
class Point3(Point):
    def __init__(self, x, y, z=0):
        Point.__init__(self, x, y)
        self.z = z

    def total(self):
        return super().total() + self.z


three = Point3(1, 2, 3)
print(read(three), call(three), call(points[3]))
write(three, 5)
print(read(three), vars(three))

# After __dict__ is asked for, the attributes live there.
d = vars(points[4])
d["x"] = 42
print(read(points[4]))
write(points[4], 43)
print(d["x"], read(points[4]))

# Many instances through one place, so the collector runs meanwhile.
chain = None
for i in range(20000):
    chain = make(i)
print(read(chain), call(chain))


# One reading place meets instances of one class whose attributes were set
# in other orders (and one set by setattr with a name made at run time).
class Ordered:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10


def read_b(items):
    return [item.b for item in items]


mixed = [Ordered(True), Ordered(False), Ordered(True), Ordered(False)]
late = Ordered(True)
del late.a
setattr(late, "".join(["a"]), 100)
mixed.append(late)
print(read_b(mixed), [item.a for item in mixed])
