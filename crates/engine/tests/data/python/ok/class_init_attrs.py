class Student:
    school = "Lyceum 1"

    def __init__(self, name, grade, scores=None):
        self.name = name
        self.grade = grade
        self.scores = scores if scores is not None else []

    def add(self, s):
        self.scores.append(s)

    def average(self):
        if not self.scores:
            return 0
        return sum(self.scores) / len(self.scores)


a = Student("Ann", 9)
b = Student("Bob", 10, [5, 4])
a.add(5)
a.add(3)
b.add(5)
print(a.name, a.grade, a.scores, a.average())
print(b.name, b.grade, b.scores, round(b.average(), 3))
print(a.school, b.school, Student.school)
Student.school = "Lyceum 2"
print(a.school, b.school)
a.school = "Own"
print(a.school, b.school, Student.school)
del a.school
print(a.school)
print(type(a).__name__, type(a) is Student)
print(Student.__name__)
print(isinstance(a, Student), isinstance(5, Student))
