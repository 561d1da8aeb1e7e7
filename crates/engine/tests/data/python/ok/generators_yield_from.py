def inner(n):
    for i in range(n):
        yield i * i

def outer():
    yield "start"
    yield from inner(3)
    yield from "ab"
    yield from [10, 20]
    yield "end"

print(list(outer()))

def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4], 5], [[6]], 7])))

def tree(depth):
    if depth == 0:
        yield ""
        return
    for rest in tree(depth - 1):
        yield from (rest + c for c in "LR")

print(list(tree(3)))
g = outer()
print(next(g), next(g), next(g))
