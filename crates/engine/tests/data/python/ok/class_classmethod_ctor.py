class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)

    @classmethod
    def first_of_year(cls, y):
        return cls(y, 1, 1)

    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"


class MyDate(Date):
    created = 0


a = Date.from_string("2024-03-15")
b = Date.first_of_year(1999)
c = MyDate.from_string("2000-12-31")
d = c.first_of_year(5)
print(a, b, c, d)
print(type(c).__name__, isinstance(d, MyDate))
print(Date.created, MyDate.created)
print([Date.from_string(s) for s in ["1-2-3", "2020-1-1"]])
print(Date.created)
