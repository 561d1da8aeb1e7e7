# match inside loops and functions, with break/continue/return
def find_first_pair(items):
    for i, item in enumerate(items):
        match item:
            case (a, b) if a == b:
                return i, a
            case (a, b):
                continue
            case "stop":
                break
    return None

print(find_first_pair([(1, 2), (3, 3), (4, 4)]))
print(find_first_pair([(1, 2), "stop", (5, 5)]))
print(find_first_pair([]))

counts = {"int": 0, "str": 0, "list": 0, "other": 0}
for v in [1, "a", [1], 2.0, 3, "bc", [], None, (1,)]:
    match v:
        case bool():
            counts["other"] += 1
        case int():
            counts["int"] += 1
        case str():
            counts["str"] += 1
        case list():
            counts["list"] += 1
        case _:
            counts["other"] += 1
print(counts)

def collatz_steps(n):
    steps = 0
    while True:
        match n:
            case 1:
                return steps
            case k if k % 2 == 0:
                n = k // 2
            case k:
                n = 3 * k + 1
        steps += 1

print([collatz_steps(n) for n in range(1, 16)])

def tokens(text):
    out = []
    for ch in text:
        match ch:
            case " ":
                continue
            case "+" | "-" | "*" | "/":
                out.append(("op", ch))
            case d if d.isdigit():
                if out and out[-1][0] == "num":
                    out[-1] = ("num", out[-1][1] * 10 + int(d))
                else:
                    out.append(("num", int(d)))
            case other:
                out.append(("?", other))
    return out

print(tokens("12 + 345*6 - x"))
