# or-patterns and as-patterns
def weekday_kind(day):
    match day.lower():
        case "sat" | "sun" as d:
            return f"weekend ({d})"
        case "mon" | "tue" | "wed" | "thu" | "fri":
            return "workday"
        case other:
            return f"invalid: {other}"

for d in ["Mon", "SAT", "sun", "fri", "xyz"]:
    print(d, "->", weekday_kind(d))

def shape_of(obj):
    match obj:
        case (0, 0) | [0, 0]:
            return "origin"
        case (x, 0) | (0, x):
            return f"on axis at {x}"
        case ((a, b) as p) if a + b == 10:
            return f"sum ten {p}"
        case [int() | float() as a, int() | float() as b]:
            return f"numeric pair {a} {b}"
        case _:
            return "?"

for o in [(0, 0), [0, 0], (5, 0), (0, 7), (3, 7), [1.5, 2], ["a", "b"], (1, 2, 3)]:
    print(o, "->", shape_of(o))

match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
