from dataclasses import dataclass

def describe(command):
    match command.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["look"] | ["l"]:
            return "looking"
        case ["quit" | "exit" as word]:
            return f"bye ({word})"
        case []:
            return "nothing"
        case _:
            return "unknown"

for text in ["go north", "take key lamp", "take", "look", "l", "exit", "", "dance now"]:
    print(repr(text), describe(text))

@dataclass
class Point:
    x: int
    y: int

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case (a, b):
            return f"tuple {a} {b}"
        case {"x": x, "y": y, **rest}:
            return f"dict {x} {y} {rest}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"text {s!r}"
        case None:
            return "none"
        case [1, 2, *_]:
            return "list from 1 2"
    return "no match"

for value in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (1, 2), [3, 4],
              {"x": 1, "y": 2, "z": 3}, 5, 2.5, "hi", None, [1, 2, 3, 4], True, {1}]:
    print(where(value))

def grade(score):
    match score:
        case 5:
            return "excellent"
        case 4 | 3:
            return "fine"
        case -1:
            return "absent"
        case x if x < 3:
            return "weak"
    return "?"
print([grade(s) for s in [5, 4, 3, 2, -1, 7]])
class Color:
    RED = "red"
    GREEN = "green"
for c in ["red", "green", "blue"]:
    match c:
        case Color.RED:
            print("stop")
        case Color.GREEN:
            print("go")
        case other:
            print("what is", other)
match = 5
case = match + 1
print(match, case)
