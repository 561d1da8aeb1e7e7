# nested patterns: evaluating expression trees written as tuples
def ev(node):
    match node:
        case ("num", n):
            return n
        case ("neg", inner):
            return -ev(inner)
        case ("add", left, right):
            return ev(left) + ev(right)
        case ("mul", ("num", 0), _) | ("mul", _, ("num", 0)):
            return 0
        case ("mul", left, right):
            return ev(left) * ev(right)
        case ("sum", *items):
            return sum(ev(i) for i in items)
        case _:
            raise ValueError("bad node")

def show(node):
    match node:
        case ("num", n):
            return str(n)
        case ("neg", inner):
            return "-" + show(inner)
        case (op, *items):
            sym = {"add": " + ", "mul": " * ", "sum": " + "}[op]
            return "(" + sym.join(show(i) for i in items) + ")"

trees = [
    ("num", 5),
    ("neg", ("num", 3)),
    ("add", ("num", 2), ("mul", ("num", 3), ("num", 4))),
    ("mul", ("num", 0), ("add", ("num", 1), ("num", 1))),
    ("sum", ("num", 1), ("num", 2), ("neg", ("num", 3)), ("num", 10)),
    ("mul", ("add", ("num", 1), ("num", 2)), ("neg", ("num", 5))),
]
for t in trees:
    print(show(t), "=", ev(t))
try:
    ev(("pow", 2, 3))
except ValueError as e:
    print("error:", e)
