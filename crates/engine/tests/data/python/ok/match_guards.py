# guards for grading and FizzBuzz
def grade(score):
    match score:
        case int(s) if s < 0 or s > 100:
            return "invalid"
        case s if s >= 90:
            return "A"
        case s if s >= 75:
            return "B"
        case s if s >= 50:
            return "C"
        case _:
            return "F"

for s in [-5, 0, 49, 50, 74, 75, 89, 90, 100, 101]:
    print(s, grade(s))

for i in range(1, 16):
    match (i % 3, i % 5):
        case (0, 0):
            print("FizzBuzz", end=" ")
        case (0, _):
            print("Fizz", end=" ")
        case (_, 0):
            print("Buzz", end=" ")
        case _:
            print(i, end=" ")
print()

calls = []
def check(tag, result):
    calls.append(tag)
    return result

match 7:
    case x if check("first", False):
        print("not here")
    case 8 if check("never", True):
        print("not here either")
    case x if check("second", True):
        print("matched with guard", x)
print(calls)
