def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    total = yield from inner(3)
    print("inner returned", total)
    rest = yield from [7, 8]
    print("list gives", rest)
    return total

print(list(outer()))
def chain(*gens):
    results = []
    for g in gens:
        results.append((yield from g))
    return results
c = chain(inner(1), inner(2))
try:
    while True:
        print(next(c))
except StopIteration as s:
    print("done", s.value)
