# class pattern with more positional sub-patterns than __match_args__
class Pt:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

for p in [Pt(1, 2), Pt(0, 0)]:
    match p:
        case Pt(0, 0):
            print("origin")
        case Pt(1, 2, 3):
            print("three?")
        case _:
            print("other")
