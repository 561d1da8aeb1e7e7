# matching namedtuples with class and sequence patterns
from collections import namedtuple

Move = namedtuple("Move", "piece frm to")
Point = namedtuple("Point", "x y")

moves = [Move("K", "e1", "g1"), Move("P", "e2", "e4"), Move("N", "g1", "f3"), Move("Q", "d1", "d1")]
for m in moves:
    match m:
        case Move("K", "e1", "g1"):
            print("castle short")
        case Move(piece="P", to=dest):
            print("pawn to", dest)
        case Move(p, a, b) if a == b:
            print("null move by", p)
        case Move(p, a, b):
            print(p, a, "->", b)

print(Point.__match_args__)
for pt in [Point(0, 0), Point(3, 0), Point(2, 2), Point(1, 5)]:
    match pt:
        case (0, 0):
            print(pt, "origin")
        case (x, 0):
            print(pt, "on x axis", x)
        case [a, b] if a == b:
            print(pt, "diagonal")
        case Point(x, y):
            print(pt, "plain", x + y)

match Point(7, 8):
    case (a, *rest):
        print("star", a, rest)
