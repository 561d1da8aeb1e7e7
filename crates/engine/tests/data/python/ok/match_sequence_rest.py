# sequence patterns with star
def analyse(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"

for s in [[], [1], [1, 2], [1, 2, 3], list(range(7)), (9, 8, 7), "ab"]:
    print(repr(s), "->", analyse(s))

def sum_rec(xs):
    match xs:
        case []:
            return 0
        case [h, *t]:
            return h + sum_rec(t)

print(sum_rec([1, 2, 3, 4, 5]))
print(sum_rec(list(range(20))))

def starts(seq):
    match seq:
        case [0, 0, *rest]:
            return f"two zeros then {len(rest)}"
        case [*init, 9]:
            return f"ends with 9 after {init}"
        case [1, *_, 1]:
            return "framed by ones"
        case _:
            return "nothing special"

for s in [[0, 0], [0, 0, 5, 6], [3, 9], [9], [1, 5, 1], [1, 1], [1], [2, 3]]:
    print(s, starts(s))
