# value patterns: dotted names
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Limits:
    LOW = 10
    HIGH = 100

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE:
            return "calm"
        case _:
            return "unknown colour"

for c in ["red", "green", "blue", "pink"]:
    print(c, paint(c))

def level(v):
    match v:
        case Limits.LOW:
            return "exactly low"
        case Limits.HIGH:
            return "exactly high"
        case n if Limits.LOW < n < Limits.HIGH:
            return "in range"
        case _:
            return "out of range"

for v in [5, 10, 50, 100, 150]:
    print(v, level(v))

import math
match math.pi:
    case math.e:
        print("e")
    case math.pi:
        print("pi matched by value")

RED = "red"
match "blue":
    case RED:
        print("bare name captures:", RED)
