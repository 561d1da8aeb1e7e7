# class patterns with dataclasses
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: int

@dataclass
class Rect:
    corner: Point
    w: int
    h: int

def area(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle at origin, r={r}, area~{3 * r * r}"
        case Circle(center=c, r=r):
            return f"circle at {c.x},{c.y} area~{3 * r * r}"
        case Rect(_, w, h) if w == h:
            return f"square side {w} area {w * h}"
        case Rect(corner=Point(x=px), w=w, h=h):
            return f"rect from x={px}: area {w * h}"
        case Point(x=0, y=0):
            return "origin point"
        case Point():
            return "some point " + repr(shape)
        case _:
            return "unknown"

shapes = [
    Circle(Point(0, 0), 2),
    Circle(Point(1, 2), 3),
    Rect(Point(5, 5), 4, 4),
    Rect(Point(7, 1), 2, 9),
    Point(0, 0),
    Point(3, -1),
    "blob",
]
for s in shapes:
    print(area(s))
print(Point.__match_args__)
print(Rect.__match_args__)
