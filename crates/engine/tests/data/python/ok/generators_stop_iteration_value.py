def g():
    yield 1
    return "r"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
try:
    next(iter([]))
except StopIteration as e:
    print(e.value, e.args)
print("%a %a" % ("ж", 1))
