class Square:
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side * self.side


s = Square(4)
print(s.area)
s.side = 5
print(s.area)
s.area = 36
print(s.area)
