# match and case are soft keywords: usable as ordinary names
match = [1, 2, 3]
case = {"a": 1}
print(match, case)

def match_count(match, case):
    return match.count(case)

print(match_count([1, 2, 1, 1], 1))
match[0] = 10
print(match)
case["b"] = 2
print(sorted(case.items()))

class Game:
    def __init__(self):
        self.match = "final"
        self.case = 0

g = Game()
print(g.match, g.case)
_ = 5
match (_):
    case 5:
        print("match statement still works")
match match:
    case [10, *rest]:
        print("rest", rest)
match case:
    case {"a": a, "b": b}:
        print("case dict", a, b)

for match in range(3):
    print("loop var match", match)
case = lambda match: match * 2
print(case(21))
