# Method calls on small objects.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, factor):
        return Vector(self.x * factor, self.y * factor)

    def length_squared(self):
        return self.x * self.x + self.y * self.y


position = Vector(0, 0)
velocity = Vector(1, 2)
total = 0
for i in range(150000):
    position = position.add(velocity.scaled(i % 3))
    total += position.length_squared() % 7
print(position.x, position.y, total)
