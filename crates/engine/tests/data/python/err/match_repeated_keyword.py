# the same attribute twice in a class pattern is a syntax error
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print("this line never runs")
for p in [Pt(1, 2)]:
    match p:
        case Pt(x=0):
            print("x zero")
        case Pt(x=1, y=2, x=3):
            print("impossible")
