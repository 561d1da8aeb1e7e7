# Рекурсиямен тізімдерді өңдеу
def total(items):
    s = 0
    for x in items:
        if isinstance(x, list):
            s += total(x)
        else:
            s += x
    return s

def flatten(items):
    result = []
    for x in items:
        if isinstance(x, list):
            result.extend(flatten(x))
        else:
            result.append(x)
    return result

data = [1, [2, 3], [[4], [5, [6, 7]]], [], 8]
print(total(data))
print(flatten(data))
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth(data), depth([]), depth(5))
