class Circle:
    PI = 3.14159

    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return round(Circle.PI * self._r ** 2, 2)

    @property
    def diameter(self):
        return 2 * self._r


c = Circle(2)
print(c.radius, c.diameter, c.area)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError caught")
c._r = 10
print(c.radius, c.diameter, c.area)
circles = [Circle(r) for r in range(1, 5)]
print([x.area for x in circles])
print(sum(x.diameter for x in circles))
print(max(circles, key=lambda x: x.area).radius)
