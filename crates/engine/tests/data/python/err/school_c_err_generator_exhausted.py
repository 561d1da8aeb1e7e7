# StopIteration: next() on an exhausted generator outside a loop
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
    return "done"
g = evens(5)
print(next(g))
print(next(g))
print(next(g))
print(next(g))
