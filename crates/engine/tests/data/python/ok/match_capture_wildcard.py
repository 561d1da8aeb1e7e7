# capture patterns and wildcard
def first_word(words):
    match words:
        case []:
            return "empty"
        case [only]:
            return "single " + only
        case [a, b]:
            return "pair " + a + "+" + b
        case [head, *_]:
            return "many, head=" + head

for ws in [[], ["x"], ["x", "y"], ["p", "q", "r"], ["alpha", "beta", "gamma", "delta"]]:
    print(ws, first_word(ws))

value = 42
match value:
    case n:
        print("captured", n, n * 2)
print("n still bound:", n)

match (1, 2):
    case (x, _):
        print("x =", x)

total = 0
for item in [3, "a", 4.5, None, [1], (2, 3)]:
    match item:
        case int(k):
            total += k
            print("int", k)
        case str(s):
            print("str", s)
        case _:
            print("ignored", item)
print("total", total)
