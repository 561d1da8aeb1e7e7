from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def manhattan(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=1))
print(p == Point(1, 2), p == Point(2, 2), p != Point(1, 2), p.manhattan())
print([Point(1), Point(2, 3)], {"home": Point(0, 0)})


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), Point3(1) == Point3(1, 0, 0), Point(1, 0) == Point3(1, 0, 0))


@dataclass
class Student:
    name: str
    grade: int

    def __post_init__(self):
        self.name = self.name.title()


s = Student("ali", 5)
print(s, s.name, s.grade)
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, q=2),
             lambda: Point(1, x=2), lambda: Student()]:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
try:
    hash(p)
except TypeError as error:
    print("TypeError:", error)
students = [Student("bota", 7), Student("arman", 6), Student("dana", 7)]
students.sort(key=lambda student: (-student.grade, student.name))
print(students)
